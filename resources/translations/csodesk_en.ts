<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CallDraft</name>
    <message>
        <source>Draf panggilan tersimpan tidak dapat dibaca (format tidak dikenal).</source>
        <translation>The saved call draft cannot be read (unknown format).</translation>
    </message>
    <message>
        <source>Draf panggilan tersimpan rusak (versi SOP tidak ada).</source>
        <translation>The saved call draft is damaged (no SOP version).</translation>
    </message>
</context>
<context>
    <name>CallDraftStore</name>
    <message>
        <source>Folder draf panggilan tidak dapat dibuat: %1</source>
        <translation>The call draft folder cannot be created: %1</translation>
    </message>
    <message>
        <source>Draf panggilan tidak dapat disimpan: %1</source>
        <translation>The call draft cannot be saved: %1</translation>
    </message>
    <message>
        <source>Draf panggilan tidak dapat dibaca: %1</source>
        <translation>The call draft cannot be read: %1</translation>
    </message>
    <message>
        <source>Draf panggilan tersimpan rusak dan tidak dapat dipulihkan.</source>
        <translation>The saved call draft is damaged and cannot be recovered.</translation>
    </message>
    <message>
        <source>Draf panggilan tidak dapat dihapus: %1</source>
        <translation>The call draft cannot be deleted: %1</translation>
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
        <source>Alamat basis data &quot;%1&quot; tidak valid: %2. Contoh: sqlite:/data/csodesk.db atau postgresql://pengguna@server:5432/csodesk</source>
        <translation>Database address &quot;%1&quot; is not valid: %2. Example: sqlite:/data/csodesk.db or postgresql://user@server:5432/csodesk</translation>
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
    <message>
        <source>IDPEL atau nomor meter</source>
        <translation>IDPEL or meter number</translation>
    </message>
</context>
<context>
    <name>csodesk::Database</name>
    <message>
        <source>Driver PostgreSQL untuk Qt (QPSQL) tidak terpasang. Pasang paket libqt6sql6-psql.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the libqt6sql6-psql package.</translation>
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
    <name>csodesk::ui::AgentWorkspace</name>
    <message>
        <source>&amp;Cari (F2):</source>
        <translation>&amp;Search (F2):</translation>
    </message>
    <message>
        <source>IDPEL 12 digit atau nomor meter 11 digit</source>
        <translation>IDPEL (12 digits) or meter number (11 digits)</translation>
    </message>
    <message>
        <source>Ca&amp;ri</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Akhiri &amp;panggilan</source>
        <translation>End &amp;call</translation>
    </message>
    <message>
        <source>Tiket terakhir:</source>
        <translation>Last ticket:</translation>
    </message>
    <message>
        <source>Salin nomor (Ctrl+Shift+C)</source>
        <translation>Copy number (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Tagihan</source>
        <translation>&amp;Bills</translation>
    </message>
    <message>
        <source>T&amp;oken</source>
        <translation>T&amp;okens</translation>
    </message>
    <message>
        <source>Riwayat &amp;kontak</source>
        <translation>Contact &amp;history</translation>
    </message>
    <message>
        <source>F4: penjelasan tagihan yang dipilih, siap dibacakan</source>
        <translation>F4: explanation of the selected bill, ready to read out</translation>
    </message>
    <message>
        <source>Panggilan</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Pencarian</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ke kolom pencarian</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <source>Pencarian terakhir panggilan ini (↓ di kolom pencarian)</source>
        <translation>Earlier searches of this call (↓ in the search field)</translation>
    </message>
    <message>
        <source>Penjelasan tagihan yang dipilih</source>
        <translation>Explanation of the selected bill</translation>
    </message>
    <message>
        <source>Mulai panggilan (timer)</source>
        <translation>Start the call (timer)</translation>
    </message>
    <message>
        <source>Akhiri panggilan tanpa tiket</source>
        <translation>End the call without a ticket</translation>
    </message>
    <message>
        <source>Salin nomor tiket terakhir</source>
        <translation>Copy the last ticket number</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Pilih SOP atau jawaban nomor 1–9</source>
        <translation>Choose SOP or answer number 1–9</translation>
    </message>
    <message>
        <source>Lanjut / simpan isian</source>
        <translation>Continue / save the fields</translation>
    </message>
    <message>
        <source>Langkah sebelumnya</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Kirim tiket</source>
        <translation>File the ticket</translation>
    </message>
    <message>
        <source>IDPEL atau nomor meter</source>
        <translation>IDPEL or meter number</translation>
    </message>
    <message>
        <source>IDPEL lengkap — tekan Enter</source>
        <translation>Complete IDPEL — press Enter</translation>
    </message>
    <message>
        <source>Nomor meter lengkap — tekan Enter</source>
        <translation>Complete meter number — press Enter</translation>
    </message>
    <message>
        <source>%1 digit — IDPEL 12 digit, nomor meter 11 digit</source>
        <translation>%1 digits — IDPEL 12 digits, meter number 11 digits</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Mencari pelanggan %1</source>
        <translation>Looking up customer %1</translation>
    </message>
    <message>
        <source>Mencari pelanggan…</source>
        <translation>Looking up the customer…</translation>
    </message>
    <message>
        <source>Terakhir (Ctrl+R): %1</source>
        <translation>Recent (Ctrl+R): %1</translation>
    </message>
    <message>
        <source>Pelanggan tidak ditemukan</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>Tidak ada pelanggan dengan nomor %1. Periksa kembali nomornya bersama pelanggan (IDPEL ada di struk atau rekening), atau coba nomor meter.</source>
        <translation>No customer has number %1. Check the number with the customer (the IDPEL is on the receipt or the bill), or try the meter number.</translation>
    </message>
    <message>
        <source>Nomor tidak valid</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Pencarian gagal</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>Riwayat kontak tidak dapat dimuat.</source>
        <translation>The contact history could not be loaded.</translation>
    </message>
    <message>
        <source>⚠ Kontak berulang: tiket %1 masih terbuka atau baru saja dibuat.</source>
        <translation>⚠ Repeat contact: ticket %1 is still open or was filed recently.</translation>
    </message>
    <message>
        <source>Belum ada tiket untuk pelanggan ini.</source>
        <translation>No tickets for this customer yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n tiket sebelumnya.</source>
        <translation>
            <numerusform>%n earlier ticket.</numerusform>
            <numerusform>%n earlier tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Riwayat &amp;kontak (%1)</source>
        <translation>Contact &amp;history (%1)</translation>
    </message>
    <message>
        <source>Riwayat &amp;kontak (%1) ⚠</source>
        <translation>Contact &amp;history (%1) ⚠</translation>
    </message>
    <message>
        <source>Menyusun penjelasan tagihan…</source>
        <translation>Preparing the bill explanation…</translation>
    </message>
    <message>
        <source>Penjelasan tagihan %1</source>
        <translation>Bill explanation %1</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tidak ada panggilan (F5 mulai)</source>
        <translation>No call (F5 starts one)</translation>
    </message>
    <message>
        <source>Durasi %1</source>
        <translation>Duration %1</translation>
    </message>
    <message>
        <source>Akhiri panggilan</source>
        <translation>End call</translation>
    </message>
    <message>
        <source>Akhiri panggilan tanpa membuat tiket? Draf panggilan ini akan dihapus.</source>
        <translation>End the call without filing a ticket? The draft of this call will be deleted.</translation>
    </message>
    <message>
        <source>Memeriksa kontak berulang…</source>
        <translation>Checking for repeat contacts…</translation>
    </message>
    <message>
        <source>Mengirim tiket…</source>
        <translation>Filing the ticket…</translation>
    </message>
    <message>
        <source>Tiket belum terkirim: basis data masih bermasalah. Draf panggilan tersimpan; tekan Ctrl+Enter untuk mencoba lagi.</source>
        <translation>The ticket was not filed: the database still has a problem. The call draft is saved; press Ctrl+Enter to try again.</translation>
    </message>
    <message>
        <source>Basis data tidak terhubung. Panggilan tersimpan sebagai draf; tiket dikirim sekali lagi secara otomatis begitu basis data kembali.</source>
        <translation>The database is not connected. The call is saved as a draft; the ticket is filed once more automatically as soon as the database is back.</translation>
    </message>
    <message>
        <source>Memeriksa koneksi basis data…</source>
        <translation>Checking the database connection…</translation>
    </message>
    <message>
        <source>Basis data kembali terhubung; tiket dikirim ulang…</source>
        <translation>The database is back; filing the ticket again…</translation>
    </message>
    <message>
        <source>Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2). Lanjutkan panggilan itu?</source>
        <translation>A call with customer %1 (started %2) was not finished. Resume that call?</translation>
    </message>
    <message numerus="yes">
        <source>Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2, %n langkah SOP). Lanjutkan panggilan itu?</source>
        <translation>
            <numerusform>A call with customer %1 (started %2, %n SOP step) was not finished. Resume that call?</numerusform>
            <numerusform>A call with customer %1 (started %2, %n SOP steps) was not finished. Resume that call?</numerusform>
        </translation>
    </message>
    <message>
        <source>Lanjutkan panggilan</source>
        <translation>Resume call</translation>
    </message>
    <message>
        <source>Panggilan masih berjalan</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <source>Panggilan ini belum menghasilkan tiket. Drafnya tersimpan dan ditawarkan lagi saat Anda masuk kembali. Keluar sekarang?</source>
        <translation>This call has no ticket yet. Its draft is saved and offered again when you sign in. Leave now?</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::BillTableModel</name>
    <message>
        <source>Taksiran</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Koreksi %1%2 kWh</source>
        <translation>Correction %1%2 kWh</translation>
    </message>
    <message>
        <source>Naik %1%</source>
        <translation>Up %1%</translation>
    </message>
    <message>
        <source>Lunas %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>Belum dibayar (lewat jatuh tempo)</source>
        <translation>Unpaid (overdue)</translation>
    </message>
    <message>
        <source>Belum dibayar</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Taksiran: dihitung dari rata-rata %1. Tekan F4 untuk penjelasan.</source>
        <translation>Estimated: computed from the average of %1. Press F4 for the explanation.</translation>
    </message>
    <message>
        <source>Tekan F4 untuk penjelasan tagihan ini.</source>
        <translation>Press F4 for the explanation of this bill.</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Stand awal</source>
        <translation>Start stand</translation>
    </message>
    <message>
        <source>Stand akhir</source>
        <translation>End stand</translation>
    </message>
    <message>
        <source>Pemakaian</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Tagihan</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::ContactHistoryModel</name>
    <message>
        <source>Keluhan</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Issue closed</source>
        <translation>Issue closed</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Diselesaikan unit</source>
        <translation>Done by unit</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Kontak berulang</source>
        <translation>Repeat contact</translation>
    </message>
    <message>
        <source>Nomor tiket</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sub-jenis</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berulang</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::CustomerCard</name>
    <message>
        <source>Belum berlangganan</source>
        <translation>Not subscribed</translation>
    </message>
    <message>
        <source>Diajukan ke %1</source>
        <translation>Requested for %1</translation>
    </message>
    <message>
        <source>Berlangganan ke %1</source>
        <translation>Subscribed at %1</translation>
    </message>
    <message>
        <source>Berhenti berlangganan</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>IDPEL / meter</source>
        <translation>IDPEL / meter</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tarif / daya</source>
        <translation>Tariff / power</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Invoice email</source>
        <translation>Invoice e-mail</translation>
    </message>
    <message>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Prabayar (token)</source>
        <translation>Prepaid (tokens)</translation>
    </message>
    <message>
        <source>Pascabayar (rekening)</source>
        <translation>Postpaid (bills)</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>— (prabayar)</source>
        <translation>— (prepaid)</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rekening, termasuk denda %2)</source>
        <translation>
            <numerusform>%1 (%n bill, late fees %2 included)</numerusform>
            <numerusform>%1 (%n bills, late fees %2 included)</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada pelanggan</source>
        <translation>No customer yet</translation>
    </message>
    <message>
        <source>Ketik IDPEL (12 digit) atau nomor meter (11 digit) di kolom pencarian, lalu Enter.</source>
        <translation>Type the IDPEL (12 digits) or the meter number (11 digits) in the search field, then Enter.</translation>
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
        <source>Ketik untuk menyaring, misalnya &quot;cari&quot; atau &quot;Ctrl&quot;</source>
        <translation>Type to filter, for example &quot;search&quot; or &quot;Ctrl&quot;</translation>
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
    <name>csodesk::ui::SopPanel</name>
    <message>
        <source>Cari pelanggan dulu (F2), lalu pilih SOP di sini.</source>
        <translation>Find the customer first (F2), then choose the SOP here.</translation>
    </message>
    <message>
        <source>Pilih SOP</source>
        <translation>Choose SOP</translation>
    </message>
    <message>
        <source>Ketik untuk menyaring, tekan angka 1–9 atau Enter untuk memilih.</source>
        <translation>Type to filter; press 1–9 or Enter to choose.</translation>
    </message>
    <message>
        <source>Saring SOP…</source>
        <translation>Filter SOPs…</translation>
    </message>
    <message>
        <source>&amp;Kembali (Alt+←)</source>
        <translation>&amp;Back (Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Lanjut (Enter)</source>
        <translation>&amp;Continue (Enter)</translation>
    </message>
    <message>
        <source>Pratinjau tiket</source>
        <translation>Ticket preview</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Jenis / sub-jenis:</source>
        <translation>Type / sub-type:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Catatan &amp;agen (opsional):</source>
        <translation>&amp;Agent note (optional):</translation>
    </message>
    <message>
        <source>Kirim &amp;tiket (Ctrl+Enter)</source>
        <translation>File &amp;ticket (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1, versi %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>SOP panggilan yang tersimpan tidak ditemukan lagi.</source>
        <translation>The SOP of the saved call no longer exists.</translation>
    </message>
    <message>
        <source>Kontak berulang: tautkan ke tiket %1</source>
        <translation>Repeat contact: link to ticket %1</translation>
    </message>
    <message>
        <source>Jalur: (awal)</source>
        <translation>Path: (start)</translation>
    </message>
    <message>
        <source>Jalur: %1</source>
        <translation>Path: %1</translation>
    </message>
    <message>
        <source>&amp;Simpan dan lanjut (Enter)</source>
        <translation>&amp;Save and continue (Enter)</translation>
    </message>
    <message>
        <source>  (disarankan)</source>
        <translation>  (suggested)</translation>
    </message>
    <message>
        <source>Saran dari angka stand: pilihan yang ditandai &quot;disarankan&quot;. Agen tetap memilih.</source>
        <translation>Suggested by the meter stands: the choice marked &quot;suggested&quot;. The agent still decides.</translation>
    </message>
    <message>
        <source>%1 (opsional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>KELUHAN (diteruskan ke unit, SLA %1 jam)</source>
        <translation>KELUHAN (forwarded to the unit, SLA %1 hours)</translation>
    </message>
    <message>
        <source>ISSUE CLOSED (selesai di contact center)</source>
        <translation>ISSUE CLOSED (closed at the contact centre)</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::TokenTableModel</name>
    <message>
        <source>Waktu pembelian</source>
        <translation>Purchased at</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Energi</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
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
