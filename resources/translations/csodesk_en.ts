<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgentWorkload</name>
    <message>
        <source>melihat beban kerja agen</source>
        <translation>view the agents&apos; workload</translation>
    </message>
    <message>
        <source>Periode tidak valid: tanggal awal harus sebelum tanggal akhir.</source>
        <translation>Invalid period: the start date must be before the end date.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>melihat jejak audit</source>
        <translation>view the audit trail</translation>
    </message>
</context>
<context>
    <name>DemoTicketGenerator</name>
    <message>
        <source>Jumlah tiket demo harus 0 sampai 5.000.000.</source>
        <translation>The number of demo tickets must be 0 to 5,000,000.</translation>
    </message>
    <message>
        <source>Rentang hari tiket demo harus 1 sampai 366.</source>
        <translation>The demo tickets must span 1 to 366 days.</translation>
    </message>
    <message>
        <source>Tiket demo butuh sedikitnya satu agen dan satu supervisor.</source>
        <translation>Demo tickets need at least one agent and one supervisor.</translation>
    </message>
    <message>
        <source>Belum ada pelanggan untuk tiket demo; buat pelanggan demo dulu.</source>
        <translation>There are no customers for demo tickets yet; create demo customers first.</translation>
    </message>
</context>
<context>
    <name>DemoUsers</name>
    <message>
        <source>Basis data ini sudah punya pengguna sendiri; akun demo hanya dibuat di basis data demo (kosong, atau dengan admin &quot;admin1&quot;).</source>
        <translation>This database already has its own users; demo accounts are only created in a demo database (empty, or with the admin &quot;admin1&quot;).</translation>
    </message>
</context>
<context>
    <name>TicketDraft</name>
    <message>
        <source>Draf tiket tidak valid: %1</source>
        <translation>Invalid ticket draft: %1</translation>
    </message>
</context>
<context>
    <name>csodesk</name>
    <message>
        <source>Alamat basis data "%1" tidak valid: %2. Contoh: sqlite:/data/csodesk.db atau postgresql://pengguna@server:5432/csodesk</source>
        <translation>Database address "%1" is not valid: %2. Example: sqlite:/data/csodesk.db or postgresql://user@server:5432/csodesk</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dihubungi. Periksa jaringan atau server, lalu coba lagi.</source>
        <translation>The database cannot be reached. Check the network or the server, then try again.</translation>
    </message>
    <message>
        <source>Basis data sedang sibuk. Coba lagi sebentar lagi.</source>
        <translation>The database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>Penyimpanan basis data penuh. Data belum tersimpan; hubungi admin.</source>
        <translation>The database storage is full. Nothing was saved; contact an admin.</translation>
    </message>
    <message>
        <source>Basis data hanya bisa dibaca. Data belum tersimpan; hubungi admin.</source>
        <translation>The database is read-only. Nothing was saved; contact an admin.</translation>
    </message>
    <message>
        <source>Data bertentangan dengan data yang sudah ada.</source>
        <translation>The data conflicts with existing data.</translation>
    </message>
    <message>
        <source>Operasi basis data gagal.</source>
        <translation>The database operation failed.</translation>
    </message>
    <message>
        <source>Folder basis data %1 tidak bisa dibuat.</source>
        <translation>The database folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak bisa dibuat: %2</source>
        <translation>The database file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Basis data ini memakai skema versi %1, lebih baru dari yang dikenal program ini (versi %2). Perbarui csodesk sebelum membuka basis data ini.</source>
        <translation>This database uses schema version %1, newer than this program knows (version %2). Update csodesk before opening this database.</translation>
    </message>
</context>
<context>
    <name>csodesk::Database</name>
    <message>
        <source>Driver PostgreSQL untuk Qt (QPSQL) tidak terpasang. Pasang paket libqt6sql6-psql.</source>
        <translation>Qt's PostgreSQL driver (QPSQL) is not installed. Install the libqt6sql6-psql package.</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke server basis data %1:%2 (%3). Periksa alamat, nama pengguna dan kata sandi, atau hubungi admin.</source>
        <translation>Cannot connect to the database server %1:%2 (%3). Check the address, user name and password, or contact an admin.</translation>
    </message>
</context>
<context>
    <name>csodesk::DatabaseUrl</name>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>nama berkas SQLite tidak ada</source>
        <translation>the SQLite file name is missing</translation>
    </message>
    <message>
        <source>nama server tidak ada</source>
        <translation>the server name is missing</translation>
    </message>
    <message>
        <source>nama basis data tidak ada</source>
        <translation>the database name is missing</translation>
    </message>
    <message>
        <source>nomor port tidak valid</source>
        <translation>the port number is not valid</translation>
    </message>
    <message>
        <source>harus diawali sqlite: atau postgresql://</source>
        <translation>it must start with sqlite: or postgresql://</translation>
    </message>
</context>
<context>
    <name>csodesk::Migrator</name>
    <message>
        <source>Berkas migrasi bernama salah: %1</source>
        <translation>Badly named migration file: %1</translation>
    </message>
    <message>
        <source>Berkas migrasi tidak terbaca: %1</source>
        <translation>Migration file cannot be read: %1</translation>
    </message>
    <message>
        <source>Dua migrasi memakai nomor %1</source>
        <translation>Two migrations use number %1</translation>
    </message>
    <message>
        <source>Nomor migrasi tidak berurutan di %1</source>
        <translation>Migration numbers are not consecutive at %1</translation>
    </message>
    <message>
        <source>Migrasi %1 gagal; skema tetap di versi %2.</source>
        <translation>Migration %1 failed; the schema stays at version %2.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::AuditLogModel</name>
    <message>
        <source>Mencari pelanggan</source>
        <translation>Customer look-up</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Catatan tiket</source>
        <translation>Ticket note</translation>
    </message>
    <message>
        <source>Ubah status tiket</source>
        <translation>Ticket status change</translation>
    </message>
    <message>
        <source>Mencatat tiket</source>
        <translation>Ticket filed</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Kelola pengguna</source>
        <translation>User administration</translation>
    </message>
    <message>
        <source>Impor data</source>
        <translation>Data import</translation>
    </message>
    <message>
        <source>Memuat jejak audit…</source>
        <translation>Loading the audit trail…</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>IDPEL</source>
        <translation>IDPEL</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::AuditView</name>
    <message>
        <source>Te&amp;rapkan</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>12 angka</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Pen&amp;gguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Tindakan</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>I&amp;DPEL</source>
        <translation>I&amp;DPEL</translation>
    </message>
    <message>
        <source>Periode tidak valid</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::CsvExportJob</name>
    <message>
        <source>Mengekspor tiket ke CSV…</source>
        <translation>Exporting tickets to CSV…</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: %2</source>
        <translation>The file %1 cannot be saved: %2</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::DashboardView</name>
    <message>
        <source>Per&amp;barui</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ce&amp;tak…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <source>Simpan P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 hari terakhir</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Rentang tanggal…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Selesai saat kontak pertama</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Rata-rata durasi panggilan</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <source>KELUHAN terbuka lewat SLA</source>
        <translation>Open KELUHAN past the SLA</translation>
    </message>
    <message>
        <source>Kontak ulang (7 hari)</source>
        <translation>Repeat contacts (7 days)</translation>
    </message>
    <message>
        <source>Periode tidak valid</source>
        <translation>Invalid period</translation>
    </message>
    <message>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Menghitung dasbor…</source>
        <translation>Computing the dashboard…</translation>
    </message>
    <message>
        <source>%1 s.d. %2, dibandingkan dengan %3 s.d. %4</source>
        <translation>%1 to %2, compared with %3 to %4</translation>
    </message>
    <message>
        <source>%1 dibanding periode sebelumnya</source>
        <translation>%1 against the previous period</translation>
    </message>
    <message>
        <source>%1 poin dibanding periode sebelumnya</source>
        <translation>%1 points against the previous period</translation>
    </message>
    <message>
        <source>%1%2 dibanding periode sebelumnya</source>
        <translation>%1%2 against the previous period</translation>
    </message>
    <message>
        <source>Tiket per hari menurut jenis</source>
        <translation>Tickets per day by kind</translation>
    </message>
    <message>
        <source>Sub-jenis terbanyak</source>
        <translation>Top sub-issue types</translation>
    </message>
    <message>
        <source>Tiket dan rata-rata durasi per agen</source>
        <translation>Tickets and average handle time per agent</translation>
    </message>
    <message>
        <source>Rata-rata durasi (menit)</source>
        <translation>Average handle time (minutes)</translation>
    </message>
    <message>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>KELUHAN terbuka menurut umur</source>
        <translation>Open KELUHAN by age</translation>
    </message>
    <message>
        <source>KELUHAN terbuka</source>
        <translation>Open KELUHAN</translation>
    </message>
    <message>
        <source>0–1 hari</source>
        <translation>0–1 day</translation>
    </message>
    <message>
        <source>1–3 hari</source>
        <translation>1–3 days</translation>
    </message>
    <message>
        <source>3–7 hari</source>
        <translation>3–7 days</translation>
    </message>
    <message>
        <source>≥ 7 hari</source>
        <translation>≥ 7 days</translation>
    </message>
    <message>
        <source>Dasbor supervisor</source>
        <translation>Supervisor dashboard</translation>
    </message>
    <message>
        <source>PDF tidak bisa disimpan ke %1.</source>
        <translation>The PDF cannot be saved to %1.</translation>
    </message>
    <message>
        <source>Dasbor supervisor — %1</source>
        <translation>Supervisor dashboard — %1</translation>
    </message>
    <message>
        <source>Simpan dasbor sebagai PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak dasbor</source>
        <translation>Print the dashboard</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::DisplayNames</name>
    <message>
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::LoginDialog</name>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Masuk — csodesk</source>
        <translation>Log in — csodesk</translation>
    </message>
    <message>
        <source>Masuk ke csodesk</source>
        <translation>Log in to csodesk</translation>
    </message>
    <message>
        <source>Layanan Pelanggan PLN 123</source>
        <translation>PLN 123 Customer Service</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Memeriksa nama pengguna dan kata sandi…</source>
        <translation>Checking user name and password…</translation>
    </message>
    <message>
        <source>Masuk…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Masuk…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <comment>Masuk</comment>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <comment>Keluar akun</comment>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <comment>Pengaturan</comment>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Tutup csodesk</source>
        <translation>&amp;Quit csodesk</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tentang csodesk</source>
        <translation>&amp;About csodesk</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>csodesk — %1 — %2</source>
        <translation>csodesk — %1 — %2</translation>
    </message>
    <message>
        <source>Pengguna: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>csodesk — %1</source>
        <translation>csodesk — %1</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Tentang csodesk</source>
        <translation>About csodesk</translation>
    </message>
    <message>
        <source>csodesk %1
Ruang kerja agen dan supervisor Layanan Pelanggan PLN 123.</source>
        <translation>csodesk %1
Workspace for PLN 123 customer service agents and supervisors.</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <comment>Tutup csodesk</comment>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::Messages</name>
    <message>
        <source>Data belum benar</source>
        <translation>Please check the data</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Tidak bisa dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Akses ditolak</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau</source>
        <translation>Database unreachable</translation>
    </message>
    <message>
        <source>Basis data bermasalah</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Versi csodesk terlalu lama</source>
        <translation>csodesk is out of date</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Periksa isian lalu coba lagi.</source>
        <translation>Check what you entered and try again.</translation>
    </message>
    <message>
        <source>Periksa kembali nomor atau kata kunci yang dipakai.</source>
        <translation>Check the number or search words you used.</translation>
    </message>
    <message>
        <source>Muat ulang data lalu periksa keadaannya sebelum mencoba lagi.</source>
        <translation>Reload the data and check its state before trying again.</translation>
    </message>
    <message>
        <source>Hubungi supervisor atau admin bila Anda memerlukan akses ini.</source>
        <translation>Ask a supervisor or an admin if you need this access.</translation>
    </message>
    <message>
        <source>Periksa jaringan atau tunggu sebentar, lalu pilih Coba lagi. Data yang sedang dikerjakan tidak hilang.</source>
        <translation>Check the network or wait a moment, then choose Retry. The work in progress is not lost.</translation>
    </message>
    <message>
        <source>Laporkan ke admin; sertakan waktu kejadian. Rincian teknis ada di log.</source>
        <translation>Report it to an admin with the time it happened. The technical details are in the log.</translation>
    </message>
    <message>
        <source>Basis data ini sudah dipakai csodesk versi lebih baru. Pasang versi terbaru.</source>
        <translation>This database has been used by a newer csodesk. Install the latest version.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Buang</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::SettingsDialog</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kosong: berkas bawaan %1</source>
        <translation>Empty: the built-in file %1</translation>
    </message>
    <message>
        <source>Hanya kesalahan</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Informasi (disarankan)</source>
        <translation>Information (recommended)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Jejak lengkap</source>
        <translation>Full trace</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Basis &amp;data:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Kode lokasi:</source>
        <translation>Site &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Tingkat log:</source>
        <translation>Log &amp;level:</translation>
    </message>
    <message>
        <source>Bahasa dan basis data berlaku setelah csodesk dibuka ulang. Kode lokasi adalah dua angka yang menandai lokasi ini di nomor tiket.</source>
        <translation>Language and database take effect when csodesk is restarted. The site code is the two digits that mark this site in ticket numbers.</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Isi kode lokasi: dua angka, misalnya 54.</source>
        <translation>Enter the site code: two digits, for example 54.</translation>
    </message>
    <message>
        <source>Kode lokasi harus tepat dua angka (00–99), misalnya 54.</source>
        <translation>The site code must be exactly two digits (00–99), for example 54.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::ShortcutHelpDialog</name>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ketik untuk menyaring, misalnya "cari" atau "Ctrl"</source>
        <translation>Type to filter, for example "search" or "Ctrl"</translation>
    </message>
    <message>
        <source>&amp;Saring:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::ShortcutListModel</name>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::SignedOutPage</name>
    <message>
        <source>&amp;Masuk…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <source>Ruang kerja Layanan Pelanggan PLN 123</source>
        <translation>PLN 123 Customer Service workspace</translation>
    </message>
    <message>
        <source>Anda belum masuk. Masuk untuk mulai melayani pelanggan.</source>
        <translation>You are not logged in. Log in to start serving customers.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::SupervisorConsole</name>
    <message>
        <source>&amp;Log tiket</source>
        <translation>Ticket &amp;log</translation>
    </message>
    <message>
        <source>&amp;Dasbor</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Jejak &amp;audit</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <source>&amp;Pengguna</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>Buka tab %1</source>
        <translation>Open the %1 tab</translation>
    </message>
    <message>
        <source>Konsol supervisor</source>
        <translation>Supervisor console</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketDetailDialog</name>
    <message>
        <source>Simpan &amp;catatan</source>
        <translation>Save &amp;note</translation>
    </message>
    <message>
        <source>Ubah &amp;status</source>
        <translation>Change &amp;status</translation>
    </message>
    <message>
        <source>Ce&amp;tak…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Tiket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>&amp;Jalur SOP</source>
        <translation>SOP &amp;path</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Tanpa penilaian</source>
        <translation>No verdict</translation>
    </message>
    <message>
        <source>Catatan penilaian, mis. &quot;Email tidak dieja ulang kepada pelanggan.&quot;</source>
        <translation>Review note, e.g. &quot;The e-mail address was not spelled back to the customer.&quot;</translation>
    </message>
    <message>
        <source>Penilaian supervisor</source>
        <translation>Supervisor&apos;s review</translation>
    </message>
    <message>
        <source>Cata&amp;tan</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Pe&amp;nilaian</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>Status KEL&amp;UHAN</source>
        <translation>KEL&amp;UHAN status</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Loading the ticket…</translation>
    </message>
    <message>
        <source>Memuat tiket %1…</source>
        <translation>Loading ticket %1…</translation>
    </message>
    <message>
        <source>Terbuka, lewat SLA</source>
        <translation>Open, past the SLA</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Tiket Issue Closed selesai di Contact Center; statusnya tidak berubah.</source>
        <translation>An Issue Closed ticket is resolved at the contact centre; its status does not change.</translation>
    </message>
    <message>
        <source>Catatan kosong</source>
        <translation>Empty note</translation>
    </message>
    <message>
        <source>Tulis catatan atau pilih penilaian dulu.</source>
        <translation>Write a note or choose a verdict first.</translation>
    </message>
    <message>
        <source>Menyimpan catatan…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <source>Status tidak berubah</source>
        <translation>Status unchanged</translation>
    </message>
    <message>
        <source>Pilih status yang berbeda dari status sekarang.</source>
        <translation>Choose a status other than the current one.</translation>
    </message>
    <message>
        <source>Mengubah status…</source>
        <translation>Changing the status…</translation>
    </message>
    <message>
        <source>Tiket belum dimuat.</source>
        <translation>The ticket has not been loaded yet.</translation>
    </message>
    <message>
        <source>PDF tidak bisa disimpan ke %1.</source>
        <translation>The PDF cannot be saved to %1.</translation>
    </message>
    <message>
        <source>Simpan tiket sebagai PDF</source>
        <translation>Save the ticket as PDF</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cetak tiket %1</source>
        <translation>Print ticket %1</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketDisplay</name>
    <message>
        <source>Issue Closed</source>
        <translation>Issue Closed</translation>
    </message>
    <message>
        <source>KELUHAN</source>
        <translation>KELUHAN</translation>
    </message>
    <message>
        <source>Selesai di CC</source>
        <translation>Resolved at the CC</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Selesai oleh unit</source>
        <translation>Done by the unit</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sesuai SOP</source>
        <translation>Followed the SOP</translation>
    </message>
    <message>
        <source>Perlu koreksi</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibacakan</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Ditanyakan</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketDocument</name>
    <message>
        <source>Tiket ini tidak menyimpan jalur SOP.</source>
        <translation>This ticket has no SOP path stored.</translation>
    </message>
    <message>
        <source>SOP %1 versi %2</source>
        <translation>SOP %1 version %2</translation>
    </message>
    <message>
        <source>Pilihan pelanggan:</source>
        <translation>Customer&apos;s choice:</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tiket dicatat</source>
        <translation>Ticket filed</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis keluhan</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <source>Sub-jenis</source>
        <translation>Sub-issue type</translation>
    </message>
    <message>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Mulai panggilan</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Durasi</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Batas SLA</source>
        <translation>SLA due</translation>
    </message>
    <message>
        <source>Tiket terkait</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <source>Data dicatat</source>
        <translation>Data noted</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Catatan agen</source>
        <translation>Agent&apos;s note</translation>
    </message>
    <message>
        <source>Jalur SOP</source>
        <translation>SOP path</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Dicetak %1 dari csodesk.</source>
        <translation>Printed %1 from csodesk.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketFilterBar</name>
    <message>
        <source>Hanya yang &amp;terbuka</source>
        <translation>&amp;Open only</translation>
    </message>
    <message>
        <source>Hanya yang le&amp;wat SLA</source>
        <translation>Past the &amp;SLA only</translation>
    </message>
    <message>
        <source>Te&amp;rapkan</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Atur &amp;ulang</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 hari terakhir</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Rentang tanggal…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>nama pengguna, mis. agen1</source>
        <translation>user name, e.g. agen1</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Semua jenis keluhan</source>
        <translation>All issue types</translation>
    </message>
    <message>
        <source>kode unit, mis. 54110</source>
        <translation>unit code, e.g. 54110</translation>
    </message>
    <message>
        <source>12 angka</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>kata dalam uraian tiket</source>
        <translation>words in the ticket description</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>A&amp;gen</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>I&amp;DPEL</source>
        <translation>I&amp;DPEL</translation>
    </message>
    <message>
        <source>Jenis &amp;keluhan</source>
        <translation>&amp;Issue type</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>Te&amp;ks</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Semua sub-jenis</source>
        <translation>All sub-issue types</translation>
    </message>
    <message>
        <source>IDPEL harus 12 angka.</source>
        <translation>The IDPEL must be 12 digits.</translation>
    </message>
    <message>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketLogModel</name>
    <message>
        <source>Menghitung tiket…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message>
        <source>Memuat tiket…</source>
        <translation>Loading the ticket…</translation>
    </message>
    <message>
        <source>Terbuka, lewat SLA</source>
        <translation>Open, past the SLA</translation>
    </message>
    <message>
        <source>Nomor tiket</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Jenis keluhan</source>
        <translation>Issue type</translation>
    </message>
    <message>
        <source>Sub-jenis</source>
        <translation>Sub-issue type</translation>
    </message>
    <message>
        <source>IDPEL</source>
        <translation>IDPEL</translation>
    </message>
    <message>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Durasi</source>
        <translation>Handle time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Batas SLA</source>
        <translation>SLA due</translation>
    </message>
    <message>
        <source>Penilaian</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TicketLogView</name>
    <message>
        <source>&amp;Buka detail</source>
        <translation>Open &amp;detail</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>K&amp;olom</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Buka detail tiket</source>
        <translation>Open the ticket&apos;s detail</translation>
    </message>
    <message>
        <source>Log tiket</source>
        <translation>Ticket log</translation>
    </message>
    <message>
        <source>Ekspor filter ke CSV</source>
        <translation>Export the filter to CSV</translation>
    </message>
    <message>
        <source>Menghitung tiket…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message>
        <source>%1 tiket sesuai filter</source>
        <translation>%1 tickets match the filter</translation>
    </message>
    <message>
        <source>Ekspor tiket ke CSV</source>
        <translation>Export tickets to CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor tiket ke %1…</source>
        <translation>Exporting tickets to %1…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ekspor CSV</source>
        <translation>CSV export</translation>
    </message>
    <message>
        <source>%1 dari %2 tiket diekspor…</source>
        <translation>%1 of %2 tickets exported…</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>The export was cancelled; no file was created.</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>%1 tiket diekspor ke %2.</source>
        <translation>%1 tickets exported to %2.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::UserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Ganti kata sandi %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Ubah peran %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>User &amp;name</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>Re&amp;peat password</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::UserListModel</name>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Terkunci sampai %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::UsersView</name>
    <message>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>Ubah pe&amp;ran…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Memuat daftar pengguna…</source>
        <translation>Loading the users…</translation>
    </message>
    <message>
        <source>Menambah pengguna…</source>
        <translation>Adding the user…</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Mengganti kata sandi…</source>
        <translation>Setting the password…</translation>
    </message>
    <message>
        <source>Kata sandi %1 diganti.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>Mengubah peran…</source>
        <translation>Changing the role…</translation>
    </message>
    <message>
        <source>Peran %1 diubah.</source>
        <translation>Role of %1 changed.</translation>
    </message>
    <message>
        <source>Menonaktifkan pengguna…</source>
        <translation>Disabling the user…</translation>
    </message>
    <message>
        <source>Pengguna %1 dinonaktifkan.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Nonaktifkan pengguna</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Nonaktifkan %1? Pengguna ini tidak bisa masuk lagi; tiketnya tetap tersimpan.</source>
        <translation>Disable %1? This user can no longer sign in; their tickets are kept.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::WorkspaceRouter</name>
    <message>
        <source>Ruang kerja untuk peran %1 tidak tersedia di versi csodesk ini.</source>
        <translation>There is no workspace for the role %1 in this version of csodesk.</translation>
    </message>
    <message>
        <source>Ruang kerja gagal dibuka.</source>
        <translation>The workspace could not be opened.</translation>
    </message>
</context>
</TS>