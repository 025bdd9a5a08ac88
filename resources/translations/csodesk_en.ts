<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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