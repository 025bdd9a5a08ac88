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
    <name>ApktCatalogue</name>
    <message>
        <source>Katalog APKT %1 tidak valid: %2</source>
        <translation>APKT catalogue %1 is invalid: %2</translation>
    </message>
    <message>
        <source>Katalog APKT bawaan tidak ditemukan.</source>
        <translation>Built-in APKT catalogue not found.</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>agen</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>selesai di CC</source>
        <translation>closed at the CC</translation>
    </message>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>selesai oleh unit</source>
        <translation>done by the unit</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>pelanggan</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>tagihan</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>pembacaan meter</source>
        <translation>meter reading</translation>
    </message>
    <message>
        <source>Issue Closed</source>
        <translation>Issue Closed</translation>
    </message>
    <message>
        <source>KELUHAN</source>
        <translation>KELUHAN</translation>
    </message>
    <message>
        <source>kata sandi salah</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>kata sandi salah; akun kini terkunci</source>
        <translation>wrong password; the account is now locked</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>akun sedang terkunci</source>
        <translation>the account is locked</translation>
    </message>
    <message>
        <source>akun sudah dinonaktifkan</source>
        <translation>the account is disabled</translation>
    </message>
    <message>
        <source>dengan IDPEL</source>
        <translation>by IDPEL</translation>
    </message>
    <message>
        <source>dengan nomor meter</source>
        <translation>by meter number</translation>
    </message>
    <message>
        <source>penjelasan tagihan %1</source>
        <translation>bill explanation for %1</translation>
    </message>
    <message>
        <source>menambah pengguna %1 sebagai %2</source>
        <translation>added user %1 as %2</translation>
    </message>
    <message>
        <source>mengubah peran %1 menjadi %2</source>
        <translation>changed %1&apos;s role to %2</translation>
    </message>
    <message>
        <source>menonaktifkan %1</source>
        <translation>disabled %1</translation>
    </message>
    <message>
        <source>mengaktifkan kembali %1</source>
        <translation>re-enabled %1</translation>
    </message>
    <message>
        <source>mengganti kata sandi %1</source>
        <translation>changed %1&apos;s password</translation>
    </message>
    <message>
        <source>%1 baris %2 dari %3</source>
        <translation>%1 %2 rows from %3</translation>
    </message>
    <message>
        <source>%1: status menjadi %2</source>
        <translation>%1: status set to %2</translation>
    </message>
    <message>
        <source>dari %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>sebelum %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>agen %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>jenis %1</source>
        <translation>kind %1</translation>
    </message>
    <message>
        <source>jenis masalah %1</source>
        <translation>issue type %1</translation>
    </message>
    <message>
        <source>sub-jenis %1</source>
        <translation>sub-issue type %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>teks “%1”</source>
        <translation>text “%1”</translation>
    </message>
    <message>
        <source>hanya yang terbuka</source>
        <translation>open only</translation>
    </message>
    <message>
        <source>hanya yang lewat SLA</source>
        <translation>past the SLA only</translation>
    </message>
    <message>
        <source>pemisah %1</source>
        <translation>delimiter %1</translation>
    </message>
    <message>
        <source>CSV tiket</source>
        <translation>tickets CSV</translation>
    </message>
    <message>
        <source>CSV tiket, %1 baris</source>
        <translation>tickets CSV, %1 rows</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal; sedang terkunci</source>
        <translation>unknown user name; currently locked</translation>
    </message>
    <message>
        <source>%1 tiket dan %2 catatan dianonimkan, %3 baris log akses dikosongkan (masa simpan %4 dan %5 hari)</source>
        <translation>%1 tickets and %2 notes anonymised, %3 access-log rows cleared (retention %4 and %5 days)</translation>
    </message>
    <message>
        <source>masa simpan tiket %1 hari, log akses %2 hari</source>
        <translation>ticket retention %1 days, access log %2 days</translation>
    </message>
    <message>
        <source>cari telepon %1: %2 hasil</source>
        <translation>phone search %1: %2 results</translation>
    </message>
    <message>
        <source>cari nama/alamat &quot;%1&quot;: %2 hasil</source>
        <translation>name/address search &quot;%1&quot;: %2 results</translation>
    </message>
    <message>
        <source>tampil di hasil pencarian (urutan %1)</source>
        <translation>shown in search results (position %1)</translation>
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
    <name>Auth</name>
    <message>
        <source>Peran %1 tidak boleh %2.</source>
        <translation>Role %1 is not allowed to %2.</translation>
    </message>
    <message>
        <source>Silakan masuk terlebih dahulu.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <source>Akun terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1.</source>
        <translation>The account is locked because of too many failed sign-in attempts. Try again after %1.</translation>
    </message>
    <message>
        <source>Akun ini sudah dinonaktifkan. Hubungi admin.</source>
        <translation>This account has been deactivated. Contact the admin.</translation>
    </message>
    <message>
        <source>Kata sandi minimal %1 karakter.</source>
        <translation>The password must be at least %1 characters.</translation>
    </message>
    <message>
        <source>Modul kriptografi tidak siap.</source>
        <translation>The cryptography module is not ready.</translation>
    </message>
    <message>
        <source>Kata sandi tidak bisa diproses (memori tidak cukup).</source>
        <translation>The password could not be processed (not enough memory).</translation>
    </message>
    <message>
        <source>Peran &quot;%1&quot; tidak dikenal. Pilih agent, supervisor atau admin.</source>
        <translation>Unknown role &quot;%1&quot;. Choose agent, supervisor or admin.</translation>
    </message>
    <message>
        <source>Nama pengguna &quot;%1&quot; tidak valid: 2–32 karakter huruf, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>Username &quot;%1&quot; is invalid: use 2–32 letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Pengguna &quot;%1&quot; tidak ditemukan.</source>
        <translation>User &quot;%1&quot; not found.</translation>
    </message>
    <message>
        <source>Pengguna &quot;%1&quot; sudah ada.</source>
        <translation>User &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Sudah ada pengguna. Masuk sebagai admin untuk menambah pengguna baru.</source>
        <translation>Users already exist. Sign in as admin to add new users.</translation>
    </message>
    <message>
        <source>menambah pengguna</source>
        <translation>add users</translation>
    </message>
    <message>
        <source>melihat daftar pengguna</source>
        <translation>view the user list</translation>
    </message>
    <message>
        <source>menonaktifkan pengguna</source>
        <translation>deactivate users</translation>
    </message>
    <message>
        <source>Anda tidak bisa menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>mengubah peran pengguna</source>
        <translation>change user roles</translation>
    </message>
    <message>
        <source>Anda admin terakhir; peran Anda tidak bisa diubah.</source>
        <translation>You are the last admin; your role cannot be changed.</translation>
    </message>
    <message>
        <source>mengganti kata sandi pengguna lain</source>
        <translation>change another user&apos;s password</translation>
    </message>
    <message>
        <source>Basis data memakai skema versi %1, program ini versi %2. Minta admin basis data menyamakannya (csodesk-cli migrate sebagai pemilik skema, atau perbarui csodesk).</source>
        <translation>The database uses schema version %1, this program version %2. Ask the database admin to bring them in line (csodesk-cli migrate as the schema owner, or update csodesk).</translation>
    </message>
    <message>
        <source>Login basis data &quot;%1&quot; bukan pengguna csodesk. Hubungi admin.</source>
        <translation>The database login &quot;%1&quot; is not a csodesk user. Contact the admin.</translation>
    </message>
    <message>
        <source>Kata sandi kosong.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Pustaka kriptografi tidak bisa dimulai.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <source>Di basis data lantai, admin pertama dibuat oleh pemilik skema: csodesk-cli --db postgresql://PEMILIK@server/db floor init --admin NAMA.</source>
        <translation>On a floor database the first admin is created by the schema owner: csodesk-cli --db postgresql://OWNER@server/db floor init --admin NAME.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Daya harus lebih dari 0 VA.</source>
        <translation>Power must be greater than 0 VA.</translation>
    </message>
    <message>
        <source>Pemakaian tidak boleh negatif (%1 kWh).</source>
        <translation>Usage cannot be negative (%1 kWh).</translation>
    </message>
    <message>
        <source>Pemakaian %1 = (stand akhir %2 - stand awal %3) x faktor meter %4, dari stand meter yang dibaca atau dilaporkan.</source>
        <translation>Usage %1 = (final reading %2 - initial reading %3) x meter factor %4, based on the meter reading taken or reported.</translation>
    </message>
    <message>
        <source>Pemakaian %1 DITAKSIR dari rata-rata 3 bulan sebelumnya (%2), karena tidak ada laporan stand meter yang diterima untuk bulan ini. Stand akhir %3 = stand akhir sebelumnya %4 + rata-rata; angka ini bukan hasil baca meter.</source>
        <translation>Usage %1 was ESTIMATED from the average of the previous 3 months (%2), because no meter reading report was received for this month. Final reading (stand akhir) %3 = previous final reading %4 + average; this figure is not an actual meter reading.</translation>
    </message>
    <message>
        <source>Rekening %1, IDPEL %2: tagihan %3, jatuh tempo %4.</source>
        <translation>Bill %1, IDPEL %2: amount %3, due date %4.</translation>
    </message>
    <message>
        <source>Laporan stand yang masuk tidak dipakai: %1</source>
        <translation>Incoming meter reading report not used: %1</translation>
    </message>
    <message>
        <source>Rekening ini membawa koreksi %1 atas bulan yang sebelumnya ditaksir: pemakaian nyata sejak baca meter terakhir dibagi rata ke bulan-bulan itu, dan selisihnya %2 di rekening ini.</source>
        <translation>This bill includes a correction of %1 for previously estimated months: actual usage since the last meter reading was spread evenly over those months, and the difference is %2 on this bill.</translation>
    </message>
    <message>
        <source>ditambahkan (bulan taksiran ditagih kurang)</source>
        <translation>added (estimated months were under-billed)</translation>
    </message>
    <message>
        <source>dikurangkan (bulan taksiran ditagih lebih)</source>
        <translation>deducted (estimated months were over-billed)</translation>
    </message>
    <message>
        <source>Selisih taksiran ini sudah diperhitungkan pada rekening %1 (koreksi %2).</source>
        <translation>This estimate difference has already been settled in bill %1 (correction %2).</translation>
    </message>
    <message>
        <source>Selisih taksiran ini akan diperhitungkan otomatis pada rekening berikutnya setelah stand meter dibaca atau dilaporkan; tidak ada nota kredit terpisah.</source>
        <translation>This estimate difference will be settled automatically in the next bill once the meter reading is taken or reported; there is no separate credit note.</translation>
    </message>
    <message>
        <source> (%1 x %2/kWh, %3)</source>
        <translation> (%1 x %2/kWh, %3)</translation>
    </message>
    <message>
        <source> (tarif blok %1)</source>
        <translation> (block rate %1)</translation>
    </message>
    <message>
        <source>Pemakaian di bawah rekening minimum 40 jam nyala: yang ditagih %1 (40 jam x daya tersambung).</source>
        <translation>Usage is below the 40-hour minimum bill: the amount billed is %1 (40 hours x connected power).</translation>
    </message>
    <message>
        <source>Rincian: biaya pemakaian %1%2</source>
        <translation>Breakdown: usage charge %1%2</translation>
    </message>
    <message>
        <source>, biaya beban %1</source>
        <translation>, fixed charge %1</translation>
    </message>
    <message>
        <source>, PPJ %1</source>
        <translation>, PPJ %1</translation>
    </message>
    <message>
        <source>, PPN %1</source>
        <translation>, PPN %1</translation>
    </message>
    <message>
        <source>, total %1.</source>
        <translation>, total %1.</translation>
    </message>
    <message>
        <source>Dibayar %1 melalui %2, lewat jatuh tempo: dikenai biaya keterlambatan %3.</source>
        <translation>Paid %1 via %2, after the due date: a late fee of %3 was charged.</translation>
    </message>
    <message>
        <source>Sudah dibayar %1 melalui %2.</source>
        <translation>Paid %1 via %2.</translation>
    </message>
    <message>
        <source>BELUM DIBAYAR dan sudah lewat jatuh tempo: biaya keterlambatan %1, jumlah yang harus dibayar %2.</source>
        <translation>UNPAID and past the due date: late fee %1, amount to pay %2.</translation>
    </message>
    <message>
        <source>Belum dibayar; bayar paling lambat %1 agar tidak dikenai biaya keterlambatan.</source>
        <translation>Unpaid; pay by %1 to avoid a late fee.</translation>
    </message>
    <message>
        <source> Sebagian kenaikan berasal dari koreksi bulan taksiran.</source>
        <translation> Part of the increase comes from the correction for estimated months.</translation>
    </message>
    <message>
        <source> Tanyakan perubahan pemakaian (alat listrik baru, penghuni bertambah) dan cocokkan stand meter pelanggan dengan stand akhir rekening.</source>
        <translation> Ask about changes in usage (new electrical appliances, more occupants) and compare the customer&apos;s meter reading with the final reading (stand akhir) on the bill.</translation>
    </message>
    <message>
        <source>PERHATIAN: pemakaian %1% di atas rata-rata 3 bulan sebelumnya (%2 kWh).%3</source>
        <translation>ATTENTION: usage is %1% above the previous 3-month average (%2 kWh).%3</translation>
    </message>
    <message>
        <source>Pemakaian sebanding dengan rata-rata 3 bulan sebelumnya (%1 kWh).</source>
        <translation>Usage is in line with the previous 3-month average (%1 kWh).</translation>
    </message>
    <message>
        <source>Periode &apos;%1&apos; tidak sah; tulis sebagai TTTT-BB, mis. 2024-06.</source>
        <translation>Invalid period &apos;%1&apos;; write it as YYYY-MM, e.g. 2024-06.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; bukan angka yang sah.</source>
        <translation>%1 &apos;%2&apos; is not a valid number.</translation>
    </message>
    <message>
        <source>Tarif</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Jumlah rupiah</source>
        <translation>Rupiah amount</translation>
    </message>
    <message>
        <source>Jumlah rupiah &apos;%1&apos; bukan angka bulat yang sah.</source>
        <translation>Rupiah amount &apos;%1&apos; is not a valid whole number.</translation>
    </message>
    <message>
        <source>Persentase</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Persentase harus antara 0 dan 100; yang dimasukkan %1.</source>
        <translation>Percentage must be between 0 and 100; %1 was entered.</translation>
    </message>
    <message>
        <source>Stand meter pelanggan (%1) lebih kecil dari stand akhir rekening (%2): rekening menagih %3 lebih banyak dari yang terpakai (lebih tagih). Selisihnya diperhitungkan pada rekening berikutnya; bila pelanggan keberatan, catat KELUHAN Cater - Lebih tagih.</source>
        <translation>The customer&apos;s meter reading (%1) is lower than the final reading on the bill (%2): the bill charges %3 more than was used (over-billed). The difference will be settled in the next bill; if the customer objects, record a KELUHAN Cater - Lebih tagih.</translation>
    </message>
    <message>
        <source>Stand meter pelanggan (%1) jauh di atas stand akhir rekening (%2): selisih %3, sedangkan pemakaian wajar sejak pencatatan sekitar %4. Rekening menagih terlalu sedikit (kurang tagih); kekurangannya akan masuk rekening berikutnya.</source>
        <translation>The customer&apos;s meter reading (%1) is far above the final reading on the bill (%2): a difference of %3, while normal usage since the reading was taken is about %4. The bill charged too little (under-billed); the shortfall will be added to the next bill.</translation>
    </message>
    <message>
        <source>Stand meter pelanggan (%1) sesuai dengan stand akhir rekening (%2) ditambah pemakaian sejak pencatatan (%3): rekening sudah benar.</source>
        <translation>The customer&apos;s meter reading (%1) matches the final reading on the bill (%2) plus usage since the reading was taken (%3): the bill is correct.</translation>
    </message>
    <message>
        <source>Data tarif %1 rusak: %2</source>
        <translation>Tariff data %1 is corrupt: %2</translation>
    </message>
    <message>
        <source>Golongan tarif &apos;%1&apos; tidak dikenal (yang tersedia: R1, R1M, R2, R3).</source>
        <translation>Unknown tariff class &apos;%1&apos; (available: R1, R1M, R2, R3).</translation>
    </message>
    <message>
        <source>Daya %1 VA tidak termasuk golongan tarif %2.</source>
        <translation>Power %1 VA does not belong to tariff class %2.</translation>
    </message>
    <message>
        <source>Tidak ada tarif %1 %2 VA yang berlaku untuk periode %3.</source>
        <translation>No %1 %2 VA tariff applies to period %3.</translation>
    </message>
    <message>
        <source>Tagihan rata-rata membutuhkan %1 rekening sebelumnya; baru ada %2.</source>
        <translation>Average billing needs %1 previous bills; only %2 available.</translation>
    </message>
    <message>
        <source>Faktor meter harus lebih dari 0.</source>
        <translation>Meter factor must be greater than 0.</translation>
    </message>
    <message>
        <source>Stand yang dilaporkan (%1) lebih kecil dari stand akhir rekening sebelumnya (%2); laporan tidak diterima.</source>
        <translation>The reported reading (%1) is lower than the final reading of the previous bill (%2); the report was not accepted.</translation>
    </message>
</context>
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
    <name>Cli</name>
    <message>
        <source>golongan</source>
        <translation>class</translation>
    </message>
    <message>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <source>persen</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>Cetak sebagai JSON (tidak diterjemahkan).</source>
        <translation>Print JSON (not translated).</translation>
    </message>
    <message>
        <source>tindakan belum disebut</source>
        <translation>missing action</translation>
    </message>
    <message>
        <source>tindakan &apos;%1&apos; tidak dikenal</source>
        <translation>unknown action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Lihat uraian di atas.</source>
        <translation>See the description above.</translation>
    </message>
    <message>
        <source>argumen tak terduga</source>
        <translation>unexpected arguments</translation>
    </message>
    <message>
        <source>diharapkan: %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>Kata sandi tidak diberikan (stdin kosong).</source>
        <translation>No password given (standard input is empty).</translation>
    </message>
    <message>
        <source>Kata sandi %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Kata sandi baru %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Bertindak sebagai pengguna ini; kata sandi dari CSODESK_PASSWORD, masukan standar atau pertanyaan di terminal.</source>
        <translation>Act as this user; the password comes from CSODESK_PASSWORD, standard input or a prompt.</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Perintah ini perlu masuk sebagai pengguna: tambahkan --user NAMA.</source>
        <translation>This command needs a signed-in user: add --user NAME.</translation>
    </message>
    <message>
        <source>kesalahan: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>peringatan: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Jalankan &apos;%1 --help&apos; untuk cara pakai.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>Tampilkan teks program dalam bahasa Inggris (juga: setelan ui/language=en).</source>
        <translation>Show the program&apos;s text in English (also: the setting ui/language=en).</translation>
    </message>
    <message>
        <source>URL basis data (sqlite:PATH atau postgresql://...).</source>
        <translation>Database URL (sqlite:PATH or postgresql://...).</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Pendamping baris perintah csodesk.</source>
        <translation>csodesk command-line companion.</translation>
    </message>
    <message>
        <source>Perintah:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Jalankan &apos;csodesk-cli PERINTAH --help&apos; untuk opsi sebuah perintah.
Kode keluar: 0 berhasil, 1 masukan salah, 2 salah pakai, 3 tidak ditemukan, 4 kegagalan basis data.
Teks program dalam bahasa Indonesia; dalam bahasa Inggris dengan --english (di mana saja pada baris
perintah) atau dengan setelan ui/language=en. Keluaran --json dan CSV tidak diterjemahkan.</source>
        <translation>Run &apos;csodesk-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 bad input, 2 usage error, 3 not found, 4 database failure.
The program&apos;s text is Indonesian; English with --english (anywhere on the command line) or with the
setting ui/language=en. --json output and CSV files are not translated.</translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error atau off.</source>
        <translation>trace, debug, info, warn, error or off.</translation>
    </message>
    <message>
        <source>tingkat</source>
        <translation>level</translation>
    </message>
    <message>
        <source>perintah</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Apa yang dikerjakan (lihat Perintah).</source>
        <translation>What to do (see Commands).</translation>
    </message>
    <message>
        <source>perintah &apos;%1&apos; tidak dikenal</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Jalankan &apos;csodesk-cli --help&apos; untuk daftarnya.</source>
        <translation>Run &apos;csodesk-cli --help&apos; for the list.</translation>
    </message>
    <message>
        <source>tingkat log &apos;%1&apos; tidak dikenal</source>
        <translation>unknown log level &apos;%1&apos;</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>waktu</source>
        <translation>time</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <source>urutan</source>
        <translation>order</translation>
    </message>
    <message>
        <source>kursor</source>
        <translation>cursor</translation>
    </message>
    <message>
        <source>karakter</source>
        <translation>char</translation>
    </message>
    <message>
        <source>tanda</source>
        <translation>flag</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Timpa berkas tujuan yang sudah ada (bukan tautan, perangkat atau basis data).</source>
        <translation>Replace an existing target file (never a link, a device or the database).</translation>
    </message>
</context>
<context>
    <name>CliBill</name>
    <message>
        <source>Golongan tarif: R1, R1M, R2 atau R3.</source>
        <translation>Tariff class: R1, R1M, R2 or R3.</translation>
    </message>
    <message>
        <source>Daya kontrak dalam VA.</source>
        <translation>Contracted power in VA.</translation>
    </message>
    <message>
        <source>Pemakaian dalam kWh (paling banyak 3 desimal).</source>
        <translation>Usage in kWh (up to 3 decimals).</translation>
    </message>
    <message>
        <source>Periode rekening, YYYY-MM.</source>
        <translation>Bill period, YYYY-MM.</translation>
    </message>
    <message>
        <source>Pajak penerangan jalan dalam persen (bawaan 0).</source>
        <translation>Street-lighting tax in percent (default 0).</translation>
    </message>
    <message>
        <source>Hitung jumlah rekening pascabayar dari data tarif.</source>
        <translation>Compute the amounts of a postpaid bill from the tariff data.</translation>
    </message>
    <message>
        <source>--%1 wajib diisi</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>--va harus bilangan bulat positif (VA)</source>
        <translation>--va must be a positive whole number of VA</translation>
    </message>
    <message>
        <source>Tarif:</source>
        <translation>Tariff:</translation>
    </message>
    <message>
        <source>Harga:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 per kWh</translation>
    </message>
    <message>
        <source>blok:</source>
        <translation>block:</translation>
    </message>
    <message>
        <source>Rekening minimum:</source>
        <translation>Minimum bill:</translation>
    </message>
    <message>
        <source>%1 kWh (40 jam x kVA)</source>
        <translation>%1 kWh (40 hours x kVA)</translation>
    </message>
    <message>
        <source>Biaya energi:</source>
        <translation>Energy charge:</translation>
    </message>
    <message>
        <source>Biaya tetap:</source>
        <translation>Fixed charge:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>IDPEL atau nomor meter.</source>
        <translation>IDPEL or meter number.</translation>
    </message>
    <message>
        <source>Jelaskan bagaimana rekening yang tersimpan dihitung.</source>
        <translation>Explain how a stored bill was computed.</translation>
    </message>
    <message>
        <source>sebutkan IDPEL dan periode</source>
        <translation>give an IDPEL and a period</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli bill simulate|explain [opsi]</source>
        <translation>Usage: csodesk-cli bill simulate|explain [options]</translation>
    </message>
    <message>
        <source>hitung jumlah sebuah rekening dari data tarif</source>
        <translation>compute a bill&apos;s amounts from the tariff data</translation>
    </message>
    <message>
        <source>jelaskan rekening yang tersimpan (IDPEL PERIODE --user NAMA)</source>
        <translation>explain a stored bill (IDPEL PERIOD --user NAME)</translation>
    </message>
    <message>
        <source>Simulasikan rekening, atau jelaskan yang tersimpan</source>
        <translation>Simulate a bill, or explain a stored one</translation>
    </message>
</context>
<context>
    <name>CliDemo</name>
    <message numerus="yes">
        <source>%Ln akun demo dibuat; masuk sebagai agen1..agen5, spv1 atau admin1 dengan kata sandi &lt;nama&gt;-demo (hanya basis data demo)</source>
        <translation>
            <numerusform>%Ln demo account created; sign in as agen1..agen5, spv1 or admin1 with the password &lt;name&gt;-demo (demo databases only)</numerusform>
            <numerusform>%Ln demo accounts created; sign in as agen1..agen5, spv1 or admin1 with the password &lt;name&gt;-demo (demo databases only)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 tiket (%3)</source>
        <translation>%1/%2 tickets (%3)</translation>
    </message>
    <message>
        <source>%1 tiket selama %2 hari (%3 sudah ada dari proses sebelumnya), %4 kontak berulang, %5 ditinjau; kini di basis data: %6 KELUHAN, %7 selesai oleh unit, %8 terbuka melewati SLA</source>
        <translation>%1 tickets over %2 days (%3 already there from an earlier run), %4 repeat contacts, %5 reviewed; in the database now: %6 KELUHAN, %7 done by the unit, %8 open past the SLA</translation>
    </message>
    <message>
        <source>Berapa pelanggan (bawaan 1000).</source>
        <translation>How many customers (default 1000).</translation>
    </message>
    <message>
        <source>Benih acak; benih yang sama memberi data yang sama (bawaan 1).</source>
        <translation>Random seed; the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>Rekening per pelanggan pascabayar (bawaan 24).</source>
        <translation>Bills per postpaid customer (default 24).</translation>
    </message>
    <message>
        <source>Buat juga akun demo dan catat N tiket demo (bawaan 0).</source>
        <translation>Also create the demo accounts and file N demo tickets (default 0).</translation>
    </message>
    <message>
        <source>Rentang hari tiket demo, berakhir sekarang (bawaan 60).</source>
        <translation>Days the demo tickets span, ending now (default 60).</translation>
    </message>
    <message>
        <source>Tidak berbuat apa-apa kalau basis data sudah berisi pelanggan.</source>
        <translation>Do nothing when the database already holds customers.</translation>
    </message>
    <message>
        <source>Isi basis data dengan pelanggan, rekening, pembacaan meter dan token demo sintetis.
Dengan --tickets N juga akun demo (agen1..agen5, spv1, admin1; kata sandi &lt;nama&gt;-demo)
dan N tiket yang dicatat selama --days hari terakhir
(--customers 0 --tickets N: tiket untuk pelanggan yang sudah ada).
Mencetak beberapa IDPEL yang layak dicoba, satu per baris.</source>
        <translation>Fill the database with synthetic demo customers, bills, readings and tokens.
With --tickets N also the demo accounts (agen1..agen5, spv1, admin1; password &lt;name&gt;-demo)
and N tickets filed over the last --days days
(--customers 0 --tickets N: tickets for the customers already there).
Prints a few IDPELs worth trying, one per line.</translation>
    </message>
    <message>
        <source>--customers, --seed, --months, --tickets dan --days berisi bilangan bulat</source>
        <translation>--customers, --seed, --months, --tickets and --days take whole numbers</translation>
    </message>
    <message>
        <source>basis data sudah berisi pelanggan; tidak ada yang ditambahkan.</source>
        <translation>the database already holds customers; nothing added.</translation>
    </message>
    <message>
        <source>%1/%2 pelanggan (%3)</source>
        <translation>%1/%2 customers (%3)</translation>
    </message>
    <message>
        <source>%1 pelanggan (%2 pascabayar, %3 prabayar), %4 rekening (%5 ditaksir), %6 pembacaan meter, %7 pembelian token dalam %8 ms</source>
        <translation>%1 customers (%2 postpaid, %3 prepaid), %4 bills (%5 estimated), %6 readings, %7 token purchases in %8 ms</translation>
    </message>
    <message>
        <source>Layak dicoba (stdout, satu per baris):</source>
        <translation>Worth trying (stdout, one per line):</translation>
    </message>
    <message>
        <source>pascabayar; %1 ditaksir dari rata-rata 3 bulan, dikoreksi kemudian</source>
        <translation>postpaid; %1 estimated from the 3-month average, corrected later</translation>
    </message>
    <message>
        <source>pascabayar menunggak (rekening belum dibayar dengan denda)</source>
        <translation>postpaid in arrears (unpaid bills with late fees)</translation>
    </message>
    <message>
        <source>pascabayar; pernah membayar terlambat</source>
        <translation>postpaid; paid a bill late</translation>
    </message>
    <message>
        <source>prabayar (IDPEL)</source>
        <translation>prepaid (IDPEL)</translation>
    </message>
    <message>
        <source>prabayar (nomor meter pelanggan yang sama)</source>
        <translation>prepaid (meter number of the same customer)</translation>
    </message>
    <message>
        <source>Isi basis data dengan data demo sintetis</source>
        <translation>Fill the database with synthetic demo data</translation>
    </message>
    <message>
        <source>Basis data ini punya pengguna sendiri; demo-data di sini hanya oleh admin-nya (--user NAMA).</source>
        <translation>This database has users of its own; demo-data runs here only for one of its admins (--user NAME).</translation>
    </message>
    <message>
        <source>Hanya admin yang boleh menambahkan data demo ke basis data ini.</source>
        <translation>Only an admin may add demo data to this database.</translation>
    </message>
</context>
<context>
    <name>CliFloor</name>
    <message>
        <source>Nama login admin pertama; kata sandinya dibaca dari masukan standar (atau ditanyakan), seperti &apos;user add&apos; membacanya.</source>
        <translation>The first admin&apos;s login name; the password is read from standard input (or a prompt), as &apos;user add&apos; reads it.</translation>
    </message>
    <message>
        <source>Siapkan lantai PostgreSQL sebagai pemilik skemanya: peran grup, skema, hak akses, fungsi dan admin pertama. Aman dijalankan ulang.</source>
        <translation>Set up a PostgreSQL floor as its schema owner: group roles, schema, privileges, functions and the first admin. Idempotent.</translation>
    </message>
    <message>
        <source>floor init perlu --admin NAMA</source>
        <translation>floor init needs --admin NAME</translation>
    </message>
    <message>
        <source>Lantai siap di %1: %2 migrasi dijalankan; %3</source>
        <translation>Floor ready in %1: %2 migration(s) applied; %3</translation>
    </message>
    <message>
        <source>admin %1 dibuat.</source>
        <translation>admin %1 created.</translation>
    </message>
    <message>
        <source>admin %1 sudah ada.</source>
        <translation>admin %1 already there.</translation>
    </message>
    <message>
        <source>Laporkan apa yang tidak aman pada lantai ini dilihat dari koneksi ini. Kode keluar 1 kalau ada yang tidak aman.</source>
        <translation>Report what is unsafe about this floor as seen from this connection. Exit code 1 when anything is unsafe.</translation>
    </message>
    <message>
        <source>Pemeriksaan lantai %1</source>
        <translation>Floor check of %1</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli floor TINDAKAN ...</source>
        <translation>Usage: csodesk-cli floor ACTION ...</translation>
    </message>
    <message>
        <source>init --admin NAMA</source>
        <translation>init --admin NAME</translation>
    </message>
    <message>
        <source>sebagai pemilik skema (login-nya di --db): peran grup, skema, hak akses, fungsi, admin pertama (kata sandi di masukan standar); aman dijalankan ulang</source>
        <translation>as the schema owner (its login in --db): group roles, schema, privileges, functions, the first admin (password on standard input); idempotent</translation>
    </message>
    <message>
        <source>check [--user NAMA] [--json]</source>
        <translation>check [--user NAME] [--json]</translation>
    </message>
    <message>
        <source>apa yang tidak aman pada lantai ini dilihat dari koneksi ini; kode keluar 1 kalau ada</source>
        <translation>what is unsafe about this floor, seen from this connection; exit code 1 when anything is</translation>
    </message>
    <message>
        <source>Siapkan (init) atau periksa lantai PostgreSQL</source>
        <translation>Set up (init) or check a PostgreSQL floor</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>Impor baris yang valid; tulis baris yang ditolak beserta alasannya ke --rejected.</source>
        <translation>Import the valid rows; write rejected rows with their reasons to --rejected.</translation>
    </message>
    <message>
        <source>Tujuan baris yang ditolak dengan --skip-invalid (bawaan BERKAS.rejected.csv).</source>
        <translation>Where rejected rows go with --skip-invalid (default FILE.rejected.csv).</translation>
    </message>
    <message>
        <source>units, customers, bills atau readings.</source>
        <translation>units, customers, bills or readings.</translation>
    </message>
    <message>
        <source>Berkas CSV (UTF-8, &apos;,&apos; atau &apos;;&apos;, baris kepala).</source>
        <translation>CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;, header row).</translation>
    </message>
    <message>
        <source>Impor unit, pelanggan, rekening atau pembacaan meter dari CSV.
Semua atau tidak sama sekali, kecuali dengan --skip-invalid; mengimpor ulang sebuah berkas tidak
mengubah apa pun.
Kolom:</source>
        <translation>Import units, customers, bills or meter readings from CSV.
All-or-nothing unless --skip-invalid; re-importing a file changes nothing.
Columns:</translation>
    </message>
    <message>
        <source>sebutkan jenisnya (units, customers, bills atau readings) dan sebuah berkas CSV</source>
        <translation>give the kind (units, customers, bills or readings) and a CSV file</translation>
    </message>
    <message>
        <source>jenis impor &apos;%1&apos; tidak dikenal (units, customers, bills atau readings)</source>
        <translation>unknown import kind &apos;%1&apos; (units, customers, bills or readings)</translation>
    </message>
    <message>
        <source>%1 baris (%2 %)</source>
        <translation>%1 rows (%2 %)</translation>
    </message>
    <message>
        <source>tidak ada yang diimpor dari %1: baris kepala tidak sesuai dengan kolom yang diharapkan</source>
        <translation>nothing imported from %1: the header row does not match the expected columns</translation>
    </message>
    <message>
        <source>tidak ada yang diimpor dari %1: %2 dari %3 baris bermasalah</source>
        <translation>nothing imported from %1: %2 of %3 rows have problems</translation>
    </message>
    <message>
        <source>%1 dari %2 baris %3 diimpor dari %4</source>
        <translation>Imported %1 of %2 %3 rows from %4</translation>
    </message>
    <message>
        <source>; %1 ditolak, ditulis ke %2</source>
        <translation>; %1 rejected, written to %2</translation>
    </message>
    <message>
        <source>Impor unit, pelanggan, rekening atau pembacaan meter dari CSV</source>
        <translation>Import units, customers, bills or readings from CSV</translation>
    </message>
</context>
<context>
    <name>CliLookup</name>
    <message>
        <source>Nomor meter:</source>
        <translation>Meter number:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Tarif/daya:</source>
        <translation>Tariff/power:</translation>
    </message>
    <message>
        <source>E-mail invoice:</source>
        <translation>Invoice e-mail:</translation>
    </message>
    <message>
        <source>Rekening (terbaru dulu):</source>
        <translation>Bills (newest first):</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
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
        <source>Taksiran</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>BELUM DIBAYAR</source>
        <translation>UNPAID</translation>
    </message>
    <message numerus="yes">
        <source>Tunggakan: %Ln rekening belum dibayar, %1 + denda %2 = %3</source>
        <translation>
            <numerusform>Arrears: %Ln unpaid bill, %1 + late fees %2 = %3</numerusform>
            <numerusform>Arrears: %Ln unpaid bills, %1 + late fees %2 = %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Tunggakan: tidak ada</source>
        <translation>Arrears: none</translation>
    </message>
    <message>
        <source>Rekening berjalan (belum jatuh tempo): %1 %2, jatuh tempo %3</source>
        <translation>Current bill (not yet due): %1 %2, due %3</translation>
    </message>
    <message>
        <source>Pembacaan meter:</source>
        <translation>Meter readings:</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>ditolak: %1</source>
        <translation>rejected: %1</translation>
    </message>
    <message>
        <source>Pembelian token:</source>
        <translation>Token purchases:</translation>
    </message>
    <message>
        <source>Tiket sebelumnya: %1</source>
        <translation>Previous tickets: %1</translation>
    </message>
    <message>
        <source>tidak tersedia</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>kunci</source>
        <translation>key</translation>
    </message>
    <message>
        <source>IDPEL (12 digit) atau nomor meter prabayar (11 digit).</source>
        <translation>IDPEL (12 digits) or prepaid meter number (11 digits).</translation>
    </message>
    <message>
        <source>Cari pelanggan menurut IDPEL atau nomor meter (dicatat di log akses).</source>
        <translation>Look a customer up by IDPEL or meter number (recorded in the access log).</translation>
    </message>
    <message>
        <source>sebutkan tepat satu IDPEL atau nomor meter</source>
        <translation>give exactly one IDPEL or meter number</translation>
    </message>
    <message>
        <source>Cari pelanggan menurut IDPEL atau nomor meter</source>
        <translation>Find a customer by IDPEL or meter number</translation>
    </message>
</context>
<context>
    <name>CliPrivacy</name>
    <message>
        <source>Berkas JSON laporan (dibuat baru, hanya bisa dibaca pemiliknya).</source>
        <translation>The report&apos;s JSON file (created new, readable by its owner only).</translation>
    </message>
    <message>
        <source>idpel</source>
        <translation>idpel</translation>
    </message>
    <message>
        <source>Laporan data pribadi ditulis ke %1.</source>
        <translation>Personal data report written to %1.</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli privacy TINDAKAN ... --user NAMA</source>
        <translation>Usage: csodesk-cli privacy ACTION ... --user NAME</translation>
    </message>
    <message>
        <source>semua data tentang satu pelanggan (admin)</source>
        <translation>everything held about one customer (admins)</translation>
    </message>
    <message>
        <source>PDF laporan tidak bisa dibuat (%1).</source>
        <translation>The report&apos;s PDF could not be made (%1).</translation>
    </message>
    <message>
        <source>Berkas PDF laporan yang sama, untuk dibaca (A4; dibuat baru, hanya bisa dibaca pemiliknya).</source>
        <translation>A PDF of the same report, for reading (A4; created new, readable by its owner only).</translation>
    </message>
    <message>
        <source>Semua data yang disimpan tentang satu pelanggan, untuk permintaan akses pemilik data (admin):
data pelanggan, rekening, pembacaan meter, token, tiket beserta riwayatnya, dan log akses siapa
yang mencari pelanggan itu dan kapan. Sebagai JSON (--out), PDF (--pdf) atau keduanya dari satu
laporan. Laporan ini sendiri tercatat di log akses.</source>
        <translation>Everything stored about one customer, for a data subject&apos;s access request (admins):
the customer record, bills, meter readings, tokens, tickets with their history, and the access log of
who looked the customer up and when. As JSON (--out), PDF (--pdf) or both from one report.
The report itself is recorded in the access log.</translation>
    </message>
    <message>
        <source>--out BERKAS.json atau --pdf BERKAS.pdf (atau keduanya) wajib diisi</source>
        <translation>--out FILE.json or --pdf FILE.pdf (or both) is required</translation>
    </message>
    <message>
        <source>--pdf perlu program %1, yang tidak terpasang di sini.</source>
        <translation>--pdf needs the program %1, which is not installed here.</translation>
    </message>
    <message>
        <source>report IDPEL [--out BERKAS.json] [--pdf BERKAS.pdf] [--force]</source>
        <translation>report IDPEL [--out FILE.json] [--pdf FILE.pdf] [--force]</translation>
    </message>
    <message>
        <source>purge [--older-than-days N] [--access-log-older-than-days N] [--json]</source>
        <translation>purge [--older-than-days N] [--access-log-older-than-days N] [--json]</translation>
    </message>
    <message>
        <source>anonimkan data yang melewati masa simpan (admin)</source>
        <translation>anonymise what is past its retention (admins)</translation>
    </message>
    <message>
        <source>retention [--tickets-days N] [--access-log-days N]</source>
        <translation>retention [--tickets-days N] [--access-log-days N]</translation>
    </message>
    <message>
        <source>lihat atau ubah masa simpan</source>
        <translation>show or change the retention</translation>
    </message>
    <message>
        <source>Data pribadi: laporan satu pelanggan, masa simpan, anonimisasi</source>
        <translation>Personal data: one customer&apos;s report, retention, anonymisation</translation>
    </message>
    <message>
        <source>Masa simpan tiket: %1 hari</source>
        <translation>Ticket retention: %1 days</translation>
    </message>
    <message>
        <source>Masa simpan log akses: %1 hari</source>
        <translation>Access-log retention: %1 days</translation>
    </message>
    <message>
        <source>Diubah %1 oleh %2</source>
        <translation>Changed %1 by %2</translation>
    </message>
    <message>
        <source>Nilai bawaan, belum pernah diubah.</source>
        <translation>The defaults, never changed.</translation>
    </message>
    <message>
        <source>Masa simpan data pribadi tiket, hari (paling sedikit 90).</source>
        <translation>How long tickets keep their personal data, in days (at least 90).</translation>
    </message>
    <message>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Masa simpan rincian log akses, hari (paling sedikit 30).</source>
        <translation>How long the access log keeps its details, in days (at least 30).</translation>
    </message>
    <message>
        <source>Menampilkan masa simpan data pribadi; dengan --tickets-days atau --access-log-days mengubahnya
(admin; tercatat di log akses). Berlaku untuk seluruh basis data.</source>
        <translation>Shows how long personal data are kept; with --tickets-days or --access-log-days changes it
(admins; recorded in the access log). One policy for the whole database.</translation>
    </message>
    <message>
        <source>--tickets-days dan --access-log-days berisi bilangan bulat</source>
        <translation>--tickets-days and --access-log-days take whole numbers</translation>
    </message>
    <message>
        <source>Anonimkan tiket yang dicatat lebih dari sekian hari lalu (bawaan: masa simpan tiket).</source>
        <translation>Anonymise tickets filed more than this many days ago (default: the ticket retention).</translation>
    </message>
    <message>
        <source>Kosongkan rincian log akses yang lebih tua dari sekian hari (bawaan: masa simpan log akses).</source>
        <translation>Clear the details of access-log rows older than this many days (default: the access-log retention).</translation>
    </message>
    <message>
        <source>Menganonimkan data pribadi yang melewati masa simpannya (admin):
tiket: nama pelanggan, isian, uraian, catatan dan teks serta isian alur SOP diganti;
nomor, jenis, unit, waktu dan lama layanan tetap, sehingga angka periode lalu tidak berubah.
log akses: IDPEL dan rincian dikosongkan; siapa, apa dan kapan tetap.
Bisa diulang: yang sudah dianonimkan tidak disentuh lagi. Tercatat di log akses.</source>
        <translation>Anonymises personal data past their retention (admins):
tickets: the customer name, captured fields, description, notes and the SOP path&apos;s texts and values are replaced;
numbers, kinds, units, times and handle times stay, so past periods&apos; figures do not change.
access log: the IDPEL and the detail are cleared; who, what and when stay.
Repeatable: what is anonymised is not touched again. Recorded in the access log.</translation>
    </message>
    <message>
        <source>--older-than-days dan --access-log-older-than-days berisi bilangan bulat</source>
        <translation>--older-than-days and --access-log-older-than-days take whole numbers</translation>
    </message>
    <message>
        <source>Tiket dianonimkan: %1 (dicatat sebelum %2)</source>
        <translation>Tickets anonymised: %1 (filed before %2)</translation>
    </message>
    <message>
        <source>Catatan tiket dikosongkan: %1</source>
        <translation>Ticket notes cleared: %1</translation>
    </message>
    <message>
        <source>Baris log akses dikosongkan: %1 (sebelum %2)</source>
        <translation>Access-log rows cleared: %1 (before %2)</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>Tidak ada pelanggan yang cocok.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>Tarif/daya</source>
        <translation>Tariff/power</translation>
    </message>
    <message>
        <source>Masih ada pelanggan lain yang cocok: persempit pencarian (mis. tambah nama jalan atau desa).</source>
        <translation>More customers match: narrow the search (e.g. add the street or village).</translation>
    </message>
    <message>
        <source>Paling banyak N pelanggan ditampilkan (1–%1, bawaan %2).</source>
        <translation>Show at most N customers (1–%1, default %2).</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Nama dan/atau alamat (urutan kata bebas), nomor telepon (08…, 62…, +62…), IDPEL atau nomor meter.</source>
        <translation>Name and/or address (words in any order), phone number (08…, 62…, +62…), IDPEL or meter number.</translation>
    </message>
    <message>
        <source>Cari pelanggan menurut nama, alamat atau telepon (dicatat di log akses).</source>
        <translation>Find customers by name, address or phone (recorded in the access log).</translation>
    </message>
    <message>
        <source>sebutkan yang dicari: nama, alamat, telepon, IDPEL atau nomor meter</source>
        <translation>say what to look for: a name, address, phone, IDPEL or meter number</translation>
    </message>
    <message>
        <source>--limit harus bilangan bulat 1–%1</source>
        <translation>--limit must be a whole number 1–%1</translation>
    </message>
    <message>
        <source>Pencarian tidak selesai.</source>
        <translation>The search did not finish.</translation>
    </message>
    <message>
        <source>Cari pelanggan menurut nama, alamat atau telepon</source>
        <translation>Find customers by name, address or phone</translation>
    </message>
</context>
<context>
    <name>CliSop</name>
    <message>
        <source>Folder dokumen SOP tambahan atau revisi (bawaan: setelan, kalau tidak ada: &lt;folder data&gt;/sop).</source>
        <translation>Folder of extra or revised SOP documents (default: the setting, else &lt;data dir&gt;/sop).</translation>
    </message>
    <message>
        <source>Pilih versi SOP yang berlaku pada tanggal ini, YYYY-MM-DD (bawaan: hari ini, WIB).</source>
        <translation>Pick the SOP versions in force on this date, YYYY-MM-DD (default: today, WIB).</translation>
    </message>
    <message>
        <source>Tanggal &quot;%1&quot; tidak valid; gunakan YYYY-MM-DD.</source>
        <translation>Date &quot;%1&quot; is invalid; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>SOP ditolak: %1</source>
        <translation>SOP refused: %1</translation>
    </message>
    <message>
        <source>Tampilkan setiap versi, tidak hanya yang berlaku.</source>
        <translation>List every version, not only those in force.</translation>
    </message>
    <message>
        <source>Daftar SOP yang berlaku (atau setiap versi dengan --all).</source>
        <translation>List the SOPs in force (or every version with --all).</translation>
    </message>
    <message>
        <source>Tidak ada SOP yang berlaku pada %1.</source>
        <translation>No SOP is in force on %1.</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Tampilkan versi ini, bukan versi yang berlaku.</source>
        <translation>Show this version instead of the one in force.</translation>
    </message>
    <message>
        <source>Id SOP (lihat &apos;sop list&apos;).</source>
        <translation>SOP id (see &apos;sop list&apos;).</translation>
    </message>
    <message>
        <source>Tampilkan SOP sebagai pohon yang mudah dibaca (atau JSON-nya).</source>
        <translation>Show an SOP as a readable tree (or its JSON).</translation>
    </message>
    <message>
        <source>sop show perlu tepat satu id SOP</source>
        <translation>sop show needs exactly one SOP id</translation>
    </message>
    <message>
        <source>--sop-version perlu angka</source>
        <translation>--sop-version needs a number</translation>
    </message>
    <message>
        <source>SOP &quot;%1&quot; versi %2 tidak ada.</source>
        <translation>SOP &quot;%1&quot; version %2 does not exist.</translation>
    </message>
    <message>
        <source>Dokumen SOP (JSON) yang diperiksa.</source>
        <translation>SOP document (JSON) to check.</translation>
    </message>
    <message>
        <source>Periksa dokumen SOP sebelum dipakai di lantai; sebutkan setiap masalahnya.</source>
        <translation>Check an SOP document before rolling it out; list every problem.</translation>
    </message>
    <message>
        <source>sop validate perlu tepat satu berkas</source>
        <translation>sop validate needs exactly one file</translation>
    </message>
    <message>
        <source>OK: %1 v%2 — %3 node, %4 jalur, berlaku mulai %5</source>
        <translation>OK: %1 v%2 — %3 nodes, %4 paths, in force from %5</translation>
    </message>
    <message>
        <source>Catatan: versi ini sudah ada (%1); berkas ini akan menggantikannya.</source>
        <translation>Note: this version exists already (%1); this file will replace it.</translation>
    </message>
    <message>
        <source>Pada %1 berkas ini belum/tidak lagi berlaku.</source>
        <translation>On %1 this file is not (or no longer) in force.</translation>
    </message>
    <message>
        <source>Pada %1 yang dipakai tetap versi %2 (lebih tinggi).</source>
        <translation>On %1 version %2 (higher) stays in use.</translation>
    </message>
    <message>
        <source>Pada %1 versi ini yang dipakai.</source>
        <translation>On %1 this version is used.</translation>
    </message>
    <message>
        <source>Daftar jenis dan sub-jenis keluhan APKT beserta id-nya.</source>
        <translation>List the APKT issue types and sub-issue types with their ids.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nilai pelanggan dan rekening untuk isian naskah (JSON, lihat docs/sop-format.md).</source>
        <translation>Customer and bill values for the placeholders (JSON, see docs/sop-format.md).</translation>
    </message>
    <message>
        <source>Jalani tanpa bertanya: langkah berurutan {node, choice|fields} (JSON).</source>
        <translation>Walk without asking: ordered steps {node, choice|fields} (JSON).</translation>
    </message>
    <message>
        <source>IDPEL atau nomor meter: isi naskah dari pencarian pelanggan (masuk dengan --agent).</source>
        <translation>IDPEL or meter number: fill the scripts from the customer look-up (signs in with --agent).</translation>
    </message>
    <message>
        <source>Catat draf sebagai tiket (perlu --agent).</source>
        <translation>File the draft as a ticket (needs --agent).</translation>
    </message>
    <message>
        <source>Masuk sebagai pengguna ini (kata sandi dari CSODESK_PASSWORD atau pertanyaan di terminal).</source>
        <translation>Sign in as this user (password from CSODESK_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>Jalani SOP untuk seorang pelanggan dan cetak draf tiketnya. Dengan --english naskahnya juga
ditampilkan dalam terjemahan bahasa Inggris.</source>
        <translation>Walk an SOP for a customer and print the ticket draft. With --english the scripts are shown
with their English gloss too.</translation>
    </message>
    <message>
        <source>sop walk perlu tepat satu id SOP</source>
        <translation>sop walk needs exactly one SOP id</translation>
    </message>
    <message>
        <source>sop walk perlu --customer IDPEL atau --context BERKAS.json</source>
        <translation>sop walk needs either --customer IDPEL or --context FILE.json</translation>
    </message>
    <message>
        <source>--customer dan --file perlu --agent PENGGUNA (agen yang masuk)</source>
        <translation>--customer and --file need --agent USER (the signed-in agent)</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli sop TINDAKAN [opsi]</source>
        <translation>Usage: csodesk-cli sop ACTION [options]</translation>
    </message>
    <message>
        <source>SOP yang berlaku (atau setiap versi dengan --all)</source>
        <translation>SOPs in force (or every version with --all)</translation>
    </message>
    <message>
        <source>satu SOP sebagai pohon yang mudah dibaca atau JSON</source>
        <translation>one SOP as a readable tree or JSON</translation>
    </message>
    <message>
        <source>periksa berkas dokumen SOP</source>
        <translation>check an SOP document file</translation>
    </message>
    <message>
        <source>jalani SOP sampai draf tiket (dan catat dengan --file)</source>
        <translation>walk an SOP to a ticket draft (and file it with --file)</translation>
    </message>
    <message>
        <source>jenis dan sub-jenis keluhan APKT beserta id-nya</source>
        <translation>APKT issue and sub-issue types with ids</translation>
    </message>
    <message>
        <source>Jalankan &apos;csodesk-cli sop TINDAKAN --help&apos; untuk opsinya.</source>
        <translation>Run &apos;csodesk-cli sop ACTION --help&apos; for its options.</translation>
    </message>
    <message>
        <source>SOP: daftar, tampilkan, periksa, jalani sampai draf tiket</source>
        <translation>SOPs: list, show, validate, walk to a ticket draft</translation>
    </message>
    <message>
        <source>Dengan --customer: rekening yang dibicarakan naskah, YYYY-MM (bawaan: yang terbaru; pilihan yang hanya berlaku untuk bulan lain, misalnya tagihan rata-rata, memakai rekening terbaru yang sesuai).</source>
        <translation>With --customer: the bill the scripts talk about, YYYY-MM (default: the newest; a choice that only applies to another month, such as an averaged bill, uses the newest bill it fits).</translation>
    </message>
</context>
<context>
    <name>CliStorage</name>
    <message>
        <source>Buat skema, atau tingkatkan ke versi program ini.</source>
        <translation>Create the schema, or upgrade it to this program&apos;s version.</translation>
    </message>
    <message>
        <source>Skema pada versi %1 (%2 migrasi dijalankan) di %3</source>
        <translation>Schema at version %1 (%2 migration(s) applied) in %3</translation>
    </message>
    <message>
        <source>Laporkan versi skema, keutuhan penyimpanan dan jumlah baris per tabel.</source>
        <translation>Report the schema version, storage integrity and row counts per table.</translation>
    </message>
    <message>
        <source>Basis data:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Versi skema:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>%1 (program ini: %2)</source>
        <translation>%1 (this program: %2)</translation>
    </message>
    <message>
        <source>Keutuhan:</source>
        <translation>Integrity:</translation>
    </message>
    <message>
        <source>Baris:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Skema tertinggal: jalankan &apos;csodesk-cli migrate&apos;.</source>
        <translation>Schema is behind: run &apos;csodesk-cli migrate&apos;.</translation>
    </message>
    <message>
        <source>Basis data memakai skema versi %1, lebih baru dari program ini (%2).</source>
        <translation>The database uses schema version %1, newer than this program (%2).</translation>
    </message>
    <message>
        <source>Buat atau tingkatkan skema basis data</source>
        <translation>Create or upgrade the database schema</translation>
    </message>
    <message>
        <source>Versi skema, pemeriksaan keutuhan dan jumlah baris</source>
        <translation>Schema version, integrity check and row counts</translation>
    </message>
</context>
<context>
    <name>CliTickets</name>
    <message>
        <source>Tanggal &quot;%1&quot; tidak valid; tulis sebagai YYYY-MM-DD.</source>
        <translation>Date &quot;%1&quot; is invalid; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Hari pelaporan pertama, YYYY-MM-DD (WIB).</source>
        <translation>First filing day, YYYY-MM-DD (WIB).</translation>
    </message>
    <message>
        <source>Hari pelaporan terakhir (ikut dihitung), YYYY-MM-DD (WIB).</source>
        <translation>Last filing day, inclusive, YYYY-MM-DD (WIB).</translation>
    </message>
    <message>
        <source>Dilaporkan oleh pengguna ini.</source>
        <translation>Filed by this user.</translation>
    </message>
    <message>
        <source>ISSUE_CLOSED atau KELUHAN.</source>
        <translation>ISSUE_CLOSED or KELUHAN.</translation>
    </message>
    <message>
        <source>Id jenis keluhan.</source>
        <translation>Issue type id.</translation>
    </message>
    <message>
        <source>Id sub-jenis keluhan.</source>
        <translation>Sub-issue type id.</translation>
    </message>
    <message>
        <source>Kode unit tujuan.</source>
        <translation>Routed unit code.</translation>
    </message>
    <message>
        <source>IDPEL pelanggan.</source>
        <translation>Customer IDPEL.</translation>
    </message>
    <message>
        <source>Teks dalam uraian (huruf besar dan kecil tidak dibedakan).</source>
        <translation>Text in the description (any case).</translation>
    </message>
    <message>
        <source>Hanya KELUHAN yang masih terbuka.</source>
        <translation>Only KELUHAN still open.</translation>
    </message>
    <message>
        <source>Hanya KELUHAN terbuka yang melewati SLA-nya.</source>
        <translation>Only KELUHAN open past their SLA.</translation>
    </message>
    <message>
        <source>Berkas JSON TicketDraft.</source>
        <translation>The TicketDraft JSON file.</translation>
    </message>
    <message>
        <source>Kapan panggilan dimulai (ISO 8601); bawaan: langkah pertama jalur draf, kalau tidak ada: sekarang.</source>
        <translation>When the call started (ISO 8601); default: the first step of the draft&apos;s path, else now.</translation>
    </message>
    <message>
        <source>Tautkan ke tiket sebelumnya (lapor ulang).</source>
        <translation>Link to an earlier ticket (repeat report).</translation>
    </message>
    <message>
        <source>Kunci pengulangan; bawaan: diturunkan dari pengguna dan berkasnya, sehingga mencatat berkas yang sama lagi mengembalikan tiket pertama.</source>
        <translation>Retry key; default: derived from the user and the file, so filing the same file again returns the first ticket.</translation>
    </message>
    <message>
        <source>Catat tiket dari berkas JSON draf.</source>
        <translation>File a ticket from a draft JSON file.</translation>
    </message>
    <message>
        <source>--draft BERKAS wajib diisi</source>
        <translation>--draft FILE is required</translation>
    </message>
    <message>
        <source>Berkas draf %1 tidak bisa dibuka.</source>
        <translation>The draft file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Berkas draf bukan JSON yang valid: %1</source>
        <translation>The draft file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>Waktu mulai panggilan tidak valid (ISO 8601).</source>
        <translation>The call start time is invalid (ISO 8601).</translation>
    </message>
    <message>
        <source>Perhatian: pelanggan ini punya tiket serupa atau KELUHAN terbuka (lapor ulang: --link NOMOR):</source>
        <translation>Note: this customer has similar tickets or an open KELUHAN (repeat report: --link NUMBER):</translation>
    </message>
    <message>
        <source>Tiket %1 sudah tercatat sebelumnya; tidak dicatat dua kali.</source>
        <translation>Ticket %1 was filed before; it is not filed twice.</translation>
    </message>
    <message>
        <source>Tiket %1 tercatat.</source>
        <translation>Ticket %1 filed.</translation>
    </message>
    <message>
        <source>newest (bawaan), oldest atau handle_time.</source>
        <translation>newest (default), oldest or handle_time.</translation>
    </message>
    <message>
        <source>Baris per halaman (bawaan 50, paling banyak 1000).</source>
        <translation>Rows per page (default 50, at most 1000).</translation>
    </message>
    <message>
        <source>Lanjutkan setelah kursor ini (dicetak di akhir halaman).</source>
        <translation>Continue after this cursor (printed at the end of a page).</translation>
    </message>
    <message>
        <source>Daftar tiket, satu halaman setiap kali. Agen melihat tiketnya sendiri dan tiket pelanggan yang pernah dicarinya.</source>
        <translation>List tickets, one page at a time. Agents see their own tickets and those of customers they looked up.</translation>
    </message>
    <message>
        <source>--sort harus newest, oldest atau handle_time</source>
        <translation>--sort must be newest, oldest or handle_time</translation>
    </message>
    <message>
        <source>--limit harus bilangan bulat positif</source>
        <translation>--limit must be a positive whole number</translation>
    </message>
    <message>
        <source>Berikutnya: --cursor %1</source>
        <translation>More: --cursor %1</translation>
    </message>
    <message>
        <source>Tampilkan satu tiket dan riwayatnya.</source>
        <translation>Show one ticket and its history.</translation>
    </message>
    <message>
        <source>Berkas CSV yang ditulis.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>&apos;,&apos; (bawaan) atau &apos;;&apos;.</source>
        <translation>&apos;,&apos; (default) or &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Ekspor tiket sebuah filter sebagai CSV (UTF-8 dengan BOM), hanya untuk supervisor dan admin. Ekspor dicatat di jejak audit. Kepala kolom CSV tetap sama dalam setiap bahasa.</source>
        <translation>Export the tickets of a filter as CSV (UTF-8 with BOM), supervisors and admins only. The export is recorded in the audit log. The CSV column headers are the same in every language.</translation>
    </message>
    <message>
        <source>--out BERKAS wajib diisi</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>--delimiter harus &apos;,&apos; atau &apos;;&apos;</source>
        <translation>--delimiter must be &apos;,&apos; or &apos;;&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiket ditulis ke %1.</source>
        <translation>
            <numerusform>%Ln ticket written to %1.</numerusform>
            <numerusform>%Ln tickets written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hari pertama, YYYY-MM-DD (WIB).</source>
        <translation>First day, YYYY-MM-DD (WIB).</translation>
    </message>
    <message>
        <source>Hari terakhir (ikut dihitung), YYYY-MM-DD (WIB).</source>
        <translation>Last day, inclusive, YYYY-MM-DD (WIB).</translation>
    </message>
    <message>
        <source>Angka tiket yang dilaporkan dalam suatu periode (supervisor dan admin). Definisinya: docs/tickets.md.</source>
        <translation>Figures for the tickets filed in a period (supervisors and admins). Definitions: docs/tickets.md.</translation>
    </message>
    <message>
        <source>--from dan --to wajib diisi</source>
        <translation>--from and --to are required</translation>
    </message>
    <message>
        <source>sesuai_sop atau perlu_koreksi.</source>
        <translation>sesuai_sop or perlu_koreksi.</translation>
    </message>
    <message>
        <source>Tambahkan catatan tinjauan pada tiket (supervisor dan admin).</source>
        <translation>Add a review note to a ticket (supervisors and admins).</translation>
    </message>
    <message>
        <source>Catatan ditambahkan ke %1.</source>
        <translation>Note added to %1.</translation>
    </message>
    <message>
        <source>Alasannya (jawaban unit).</source>
        <translation>Why (the unit&apos;s answer).</translation>
    </message>
    <message>
        <source>Catat status KELUHAN: open, done_by_unit atau cancelled (supervisor).</source>
        <translation>Record a KELUHAN&apos;s status: open, done_by_unit or cancelled (supervisors).</translation>
    </message>
    <message>
        <source>Status %1: %2.</source>
        <translation>Status of %1: %2.</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli tickets TINDAKAN ... --user NAMA</source>
        <translation>Usage: csodesk-cli tickets ACTION ... --user NAME</translation>
    </message>
    <message>
        <source>file --draft BERKAS.json [--link NOMOR] [--json]</source>
        <translation>file --draft FILE.json [--link NUMBER] [--json]</translation>
    </message>
    <message>
        <source>catat tiket dari draf</source>
        <translation>file a ticket from a draft</translation>
    </message>
    <message>
        <source>list [filter] [--sort S] [--limit N] [--cursor C] [--json]</source>
        <translation>list [filters] [--sort S] [--limit N] [--cursor C] [--json]</translation>
    </message>
    <message>
        <source>daftar tiket, per halaman</source>
        <translation>list tickets, a page at a time</translation>
    </message>
    <message>
        <source>show NOMOR [--json]</source>
        <translation>show NUMBER [--json]</translation>
    </message>
    <message>
        <source>satu tiket dan riwayatnya</source>
        <translation>a ticket and its history</translation>
    </message>
    <message>
        <source>export --out BERKAS [filter] [--delimiter &apos;;&apos;]</source>
        <translation>export --out FILE [filters] [--delimiter &apos;;&apos;]</translation>
    </message>
    <message>
        <source>CSV untuk Excel (supervisor)</source>
        <translation>CSV for Excel (supervisors)</translation>
    </message>
    <message>
        <source>stats --from TANGGAL --to TANGGAL [--json]</source>
        <translation>stats --from DATE --to DATE [--json]</translation>
    </message>
    <message>
        <source>angka periode (supervisor)</source>
        <translation>period figures (supervisors)</translation>
    </message>
    <message>
        <source>note NOMOR TEKS [--flag sesuai_sop|perlu_koreksi]</source>
        <translation>note NUMBER TEXT [--flag sesuai_sop|perlu_koreksi]</translation>
    </message>
    <message>
        <source>catatan tinjauan (supervisor)</source>
        <translation>review note (supervisors)</translation>
    </message>
    <message>
        <source>status NOMOR open|done_by_unit|cancelled [--note TEKS]</source>
        <translation>status NUMBER open|done_by_unit|cancelled [--note TEXT]</translation>
    </message>
    <message>
        <source>status KELUHAN (supervisor)</source>
        <translation>KELUHAN status (supervisors)</translation>
    </message>
    <message>
        <source>Filter: --from/--to TANGGAL (WIB, ikut dihitung), --agent, --kind, --issue, --sub-issue, --unit,
--idpel, --text, --open, --overdue. Kata sandi dari CSODESK_PASSWORD, masukan standar atau
pertanyaan di terminal.</source>
        <translation>Filters: --from/--to DATE (WIB, inclusive), --agent, --kind, --issue, --sub-issue, --unit,
--idpel, --text, --open, --overdue. The password comes from CSODESK_PASSWORD, standard input or
a prompt.</translation>
    </message>
    <message>
        <source>Catat, daftar, tampilkan, ekspor, tinjau tiket; angka periode</source>
        <translation>File, list, show, export, review tickets; period figures</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Dilaporkan (WIB)</source>
        <translation>Filed (WIB)</translation>
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
        <source>Sub-jenis</source>
        <translation>Sub-issue</translation>
    </message>
    <message>
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Nomor:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Keluhan:</source>
        <translation>Issue:</translation>
    </message>
    <message>
        <source>Pelanggan:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Agen:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Mulai/lapor:</source>
        <translation>Started/filed:</translation>
    </message>
    <message>
        <source>Batas SLA:</source>
        <translation>SLA due:</translation>
    </message>
    <message>
        <source>Tiket terkait:</source>
        <translation>Linked ticket:</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Catatan agen:</source>
        <translation>Agent&apos;s note:</translation>
    </message>
    <message>
        <source>Riwayat:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>%1 s.d. %2 (WIB)</source>
        <translation>%1 to %2 (WIB)</translation>
    </message>
    <message>
        <source>0-1 hari: %1, 1-3 hari: %2, 3-7 hari: %3, &gt;7 hari: %4</source>
        <translation>0-1 days: %1, 1-3 days: %2, 3-7 days: %3, &gt;7 days: %4</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Tiket:</source>
        <translation>Tickets:</translation>
    </message>
    <message>
        <source>Selesai di kontak pertama:</source>
        <translation>First-contact resolution:</translation>
    </message>
    <message>
        <source>Durasi rata-rata / p90:</source>
        <translation>Handle time average / p90:</translation>
    </message>
    <message>
        <source>Kontak berulang (7 hari):</source>
        <translation>Repeat contacts (7 days):</translation>
    </message>
    <message>
        <source>KELUHAN tepat SLA:</source>
        <translation>KELUHAN within SLA:</translation>
    </message>
    <message>
        <source>KELUHAN terbuka per umur:</source>
        <translation>Open KELUHAN by age:</translation>
    </message>
    <message>
        <source>Per hari:</source>
        <translation>By day:</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Per sub-jenis:</source>
        <translation>By sub-issue type:</translation>
    </message>
    <message>
        <source>Per unit:</source>
        <translation>By unit:</translation>
    </message>
    <message>
        <source>Per agen:</source>
        <translation>By agent:</translation>
    </message>
    <message>
        <source>Berkas draf terlalu besar (%1 KiB, paling besar 1024 KiB).</source>
        <translation>The draft file is too large (%1 KiB, at most 1024 KiB).</translation>
    </message>
    <message>
        <source>(dianonimkan %1)</source>
        <translation>(anonymised %1)</translation>
    </message>
</context>
<context>
    <name>CliUser</name>
    <message>
        <source>agent, supervisor atau admin (bawaan agent).</source>
        <translation>agent, supervisor or admin (default agent).</translation>
    </message>
    <message>
        <source>Tambahkan pengguna. Kata sandi baru dibaca dari masukan standar (satu baris) atau ditanyakan dua
kali di terminal, tidak pernah dari argumen.
Pada basis data tanpa pengguna, pengguna pertama dibuat sebagai admin tanpa masuk; sesudahnya
--user harus menyebut seorang admin.</source>
        <translation>Add a user. The new password is read from standard input (one line) or asked twice on a terminal,
never taken from an argument.
On a database without users the first user is created as admin without signing in; afterwards
--user must name an admin.</translation>
    </message>
    <message>
        <source>pengguna pertama sebuah basis data harus admin (--role admin)</source>
        <translation>the first user of a database must be an admin (--role admin)</translation>
    </message>
    <message>
        <source>Admin %1 dibuat (pengguna pertama basis data ini).</source>
        <translation>Admin %1 created (first user of this database).</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan sebagai %2.</source>
        <translation>User %1 added as %2.</translation>
    </message>
    <message>
        <source>Daftar pengguna (hanya admin).</source>
        <translation>List the users (admins only).</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>terkunci sampai %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>Nonaktifkan pengguna (hanya admin). Tiketnya tetap disimpan.</source>
        <translation>Disable a user (admins only). Their tickets are kept.</translation>
    </message>
    <message>
        <source>Pengguna %1 dinonaktifkan.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>Ubah peran pengguna (hanya admin).</source>
        <translation>Change a user&apos;s role (admins only).</translation>
    </message>
    <message>
        <source>Pengguna %1 sekarang %2.</source>
        <translation>User %1 is now %2.</translation>
    </message>
    <message>
        <source>Tetapkan kata sandi pengguna: admin untuk siapa saja, setiap orang untuk dirinya sendiri. Masukan
standar berisi kata sandi untuk masuk (kecuali CSODESK_PASSWORD diisi), lalu kata sandi baru.
Juga membuka kunci akun.</source>
        <translation>Set a user&apos;s password: an admin for anyone, everyone for themselves. Standard input holds the
signing-in password (unless CSODESK_PASSWORD is set), then the new one. Also lifts a lock.</translation>
    </message>
    <message>
        <source>Kata sandi %1 diganti.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>Pemakaian: csodesk-cli user TINDAKAN ...</source>
        <translation>Usage: csodesk-cli user ACTION ...</translation>
    </message>
    <message>
        <source>add NAMA [--role PERAN] [--user ADMIN]</source>
        <translation>add NAME [--role ROLE] [--user ADMIN]</translation>
    </message>
    <message>
        <source>tambahkan pengguna (yang pertama menjadi admin)</source>
        <translation>add a user (the first one becomes admin)</translation>
    </message>
    <message>
        <source>list [--json] --user ADMIN</source>
        <translation>list [--json] --user ADMIN</translation>
    </message>
    <message>
        <source>daftar pengguna</source>
        <translation>list users</translation>
    </message>
    <message>
        <source>disable NAMA --user ADMIN</source>
        <translation>disable NAME --user ADMIN</translation>
    </message>
    <message>
        <source>nonaktifkan pengguna, tiketnya tetap disimpan</source>
        <translation>disable a user, keeping their tickets</translation>
    </message>
    <message>
        <source>role NAMA PERAN --user ADMIN</source>
        <translation>role NAME ROLE --user ADMIN</translation>
    </message>
    <message>
        <source>ubah peran pengguna</source>
        <translation>change a user&apos;s role</translation>
    </message>
    <message>
        <source>passwd NAMA --user NAMA|ADMIN</source>
        <translation>passwd NAME --user NAME|ADMIN</translation>
    </message>
    <message>
        <source>tetapkan kata sandi</source>
        <translation>set a password</translation>
    </message>
    <message>
        <source>Kata sandi tidak pernah menjadi argumen: CSODESK_PASSWORD atau masukan standar untuk masuk,
baris berikutnya di masukan standar (atau pertanyaan di terminal) untuk kata sandi baru.</source>
        <translation>Passwords are never arguments: CSODESK_PASSWORD or standard input signs in, the next line of
standard input (or a prompt) gives a new password.</translation>
    </message>
    <message>
        <source>Kelola pengguna: add, list, disable, role, passwd</source>
        <translation>Manage users: add, list, disable, role, passwd</translation>
    </message>
</context>
<context>
    <name>CliWalk</name>
    <message>
        <source>Berkas konteks %1 tidak dapat dibaca: %2</source>
        <translation>The context file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Berkas konteks %1 bukan objek JSON yang benar (%2).</source>
        <translation>The context file %1 is not a valid JSON object (%2).</translation>
    </message>
    <message>
        <source>Tiket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>(diteruskan, SLA %1 jam)</source>
        <translation>(forwarded, SLA %1 hours)</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Pelanggan:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Isian:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Jalur:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>Tiket tercatat: %1</source>
        <translation>Ticket filed: %1</translation>
    </message>
    <message>
        <source>Pelanggan tidak termuat.</source>
        <translation>The customer is not loaded.</translation>
    </message>
    <message>
        <source>&lt;: kembali</source>
        <translation>&lt;: back</translation>
    </message>
    <message>
        <source>(Enter: lanjut%1) </source>
        <translation>(Enter: continue%1) </translation>
    </message>
    <message>
        <source>tidak berlaku: %1</source>
        <translation>not applicable: %1</translation>
    </message>
    <message>
        <source>(disarankan)</source>
        <translation>(suggested)</translation>
    </message>
    <message>
        <source>Pilih 1-%1%2: </source>
        <translation>Choose 1-%1%2: </translation>
    </message>
    <message>
        <source>Pilihan tidak dikenal: &quot;%1&quot;.</source>
        <translation>Unknown choice: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>wajib</source>
        <translation>required</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Input berakhir di node &quot;%1&quot; sebelum SOP sampai pada hasil.</source>
        <translation>The input ended at node &quot;%1&quot; before the SOP reached an outcome.</translation>
    </message>
    <message>
        <source>Berkas jawaban %1 tidak dapat dibaca: %2</source>
        <translation>The answers file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>untuk rekening %1</source>
        <translation>for the %1 bill</translation>
    </message>
    <message>
        <source>  Sudah dipastikan dengan pelanggan? (y/T): </source>
        <translation>  Checked with the customer? (y/N): </translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>%1 hanya boleh berisi angka; karakter &apos;%2&apos; tidak dikenali.</source>
        <translation>%1 may only contain digits; character &apos;%2&apos; is not recognised.</translation>
    </message>
    <message>
        <source>%1 belum diisi.</source>
        <translation>%1 has not been entered.</translation>
    </message>
    <message>
        <source>%1 harus %2 digit angka; yang dimasukkan %3 digit.</source>
        <translation>%1 must be %2 digits; %3 digits were entered.</translation>
    </message>
    <message>
        <source>IDPEL atau nomor meter</source>
        <translation>IDPEL or meter number</translation>
    </message>
    <message>
        <source>Masukkan IDPEL (12 digit) atau nomor meter (11 digit); yang dimasukkan %1 digit.</source>
        <translation>Enter the IDPEL (12 digits) or meter number (11 digits); %1 digits were entered.</translation>
    </message>
    <message>
        <source>Pencarian pelanggan membutuhkan pengguna yang dikenal.</source>
        <translation>Customer search requires a known user.</translation>
    </message>
    <message>
        <source>Pelanggan dengan IDPEL %1 tidak ditemukan.</source>
        <translation>No customer found with IDPEL %1.</translation>
    </message>
    <message>
        <source>Pelanggan dengan nomor meter %1 tidak ditemukan.</source>
        <translation>No customer found with meter number %1.</translation>
    </message>
    <message>
        <source>Rekening %1 untuk IDPEL %2 tidak ada.</source>
        <translation>Bill %1 for IDPEL %2 does not exist.</translation>
    </message>
    <message>
        <source>%1 lewat %2, stand %3 — %4</source>
        <translation>%1 via %2, reading %3 — %4</translation>
    </message>
    <message>
        <source>Jumlah pelanggan demo harus antara 1 dan %1.</source>
        <translation>The number of demo customers must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Jumlah bulan rekening demo harus antara 4 dan 120.</source>
        <translation>The number of demo bill months must be between 4 and 120.</translation>
    </message>
    <message>
        <source>IDPEL</source>
        <translation>IDPEL</translation>
    </message>
    <message>
        <source>Nomor meter</source>
        <translation>Meter number</translation>
    </message>
    <message>
        <source>PLN Mobile</source>
        <translation>PLN Mobile</translation>
    </message>
    <message>
        <source>petugas catat meter</source>
        <translation>meter reading officer</translation>
    </message>
    <message>
        <source>WhatsApp 08122 123 123</source>
        <translation>WhatsApp 08122 123 123</translation>
    </message>
    <message>
        <source>IDPEL dan nomor meter dibuka langsung, tidak dicari.</source>
        <translation>IDPELs and meter numbers are opened directly, not searched.</translation>
    </message>
    <message>
        <source>Ketik sedikitnya 3 huruf dari nama atau alamat pelanggan.</source>
        <translation>Type at least 3 letters of the customer&apos;s name or address.</translation>
    </message>
    <message>
        <source>Paling banyak %1 kata; yang diketik %2. Cukup nama dan nama jalan atau desa.</source>
        <translation>At most %1 words; %2 were typed. The name and the street or village are enough.</translation>
    </message>
    <message>
        <source>Ketik IDPEL, nomor meter, nomor telepon, atau nama dan alamat pelanggan.</source>
        <translation>Type the IDPEL, meter number, phone number, or the customer&apos;s name and address.</translation>
    </message>
    <message>
        <source>Karakter &apos;%1&apos; tidak dikenali: ketik angka (IDPEL, nomor meter, telepon) atau nama.</source>
        <translation>Character &apos;%1&apos; not recognised: type digits (IDPEL, meter number, phone) or a name.</translation>
    </message>
    <message>
        <source>Nomor telepon sedikitnya %1 digit (mis. 0812…); yang dimasukkan %2 digit.</source>
        <translation>A phone number has at least %1 digits (e.g. 0812…); %2 were entered.</translation>
    </message>
    <message>
        <source>Nomor telepon paling banyak %1 digit; yang dimasukkan %2 digit.</source>
        <translation>A phone number has at most %1 digits; %2 were entered.</translation>
    </message>
    <message>
        <source>Masukkan IDPEL (12 digit), nomor meter (11 digit), nomor telepon (08… atau +62…), atau nama; yang dimasukkan %1 digit.</source>
        <translation>Enter an IDPEL (12 digits), a meter number (11 digits), a phone number (08… or +62…), or a name; %1 digits were entered.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Periode tidak valid: tanggal akhir sebelum tanggal awal.</source>
        <translation>Invalid period: the end date is before the start date.</translation>
    </message>
    <message>
        <source>%1 s.d. pukul %2 WIB</source>
        <translation>%1 until %2 WIB</translation>
    </message>
    <message>
        <source>dibanding %1 (satu bulan penuh)</source>
        <translation>compared with %1 (a whole month)</translation>
    </message>
    <message>
        <source>dibanding %1 (jumlah hari yang sama)</source>
        <translation>compared with %1 (the same number of days)</translation>
    </message>
    <message>
        <source>dibanding %1 (seluruh %2, yang hanya %3 hari)</source>
        <translation>compared with %1 (all of %2, which has only %3 days)</translation>
    </message>
    <message>
        <source>dibanding %1 (rentang waktu yang sama)</source>
        <translation>compared with %1 (the same span of time)</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Alamat basis data &quot;%1&quot; tidak valid: %2. Contoh: sqlite:/data/csodesk.db atau postgresql://pengguna@server:5432/csodesk</source>
        <translation>Invalid database address &quot;%1&quot;: %2. Example: sqlite:/data/csodesk.db or postgresql://user@server:5432/csodesk</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>berisi karakter kontrol</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <source>berisi karakter yang bukan teks</source>
        <translation>contains characters that are not text</translation>
    </message>
    <message>
        <source>nama berkas SQLite tidak ada</source>
        <translation>SQLite file name is missing</translation>
    </message>
    <message>
        <source>nama berkas diawali atau diakhiri spasi</source>
        <translation>file name starts or ends with a space</translation>
    </message>
    <message>
        <source>nama server tidak ada</source>
        <translation>server name is missing</translation>
    </message>
    <message>
        <source>nama basis data tidak ada</source>
        <translation>database name is missing</translation>
    </message>
    <message>
        <source>nomor port tidak valid</source>
        <translation>invalid port number</translation>
    </message>
    <message>
        <source>harus diawali sqlite: atau postgresql://</source>
        <translation>must start with sqlite: or postgresql://</translation>
    </message>
    <message>
        <source>nilai %1 kosong atau berisi ; &apos; \ atau karakter kontrol</source>
        <translation>the value of %1 is empty or contains ; &apos; \ or a control character</translation>
    </message>
    <message>
        <source>sslmode harus salah satu dari %1</source>
        <translation>sslmode must be one of %1</translation>
    </message>
    <message>
        <source>target_session_attrs harus salah satu dari %1</source>
        <translation>target_session_attrs must be one of %1</translation>
    </message>
    <message>
        <source>connect_timeout harus 1 sampai 300 detik</source>
        <translation>connect_timeout must be 1 to 300 seconds</translation>
    </message>
    <message>
        <source>application_name paling banyak 63 karakter</source>
        <translation>application_name is at most 63 characters</translation>
    </message>
    <message>
        <source>tanda # tidak dikenal</source>
        <translation>a # is not understood</translation>
    </message>
    <message>
        <source>berisi spasi (tulis %20)</source>
        <translation>contains a space (write %20)</translation>
    </message>
    <message>
        <source>kode % tidak valid</source>
        <translation>invalid % escape</translation>
    </message>
    <message>
        <source>nama server &quot;%1&quot; tidak valid</source>
        <translation>invalid server name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; tidak dikenal (yang dikenal: %2)</source>
        <translation>unknown parameter &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>parameter %1 disebut dua kali</source>
        <translation>parameter %1 is given twice</translation>
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
    <message>
        <source>Basis data ini sudah punya pengguna sendiri; akun demo (dengan kata sandi yang diketahui umum) hanya dibuat di basis data demo.</source>
        <translation>This database already has users of its own; the demo accounts (whose passwords are public) are only created in a demo database.</translation>
    </message>
</context>
<context>
    <name>Floor</name>
    <message>
        <source>floor init harus dijalankan sebagai pemilik skema, dengan namanya di alamat basis data (postgresql://PEMILIK@server/db): %1</source>
        <translation>floor init must run as the schema owner, named in the database URL (postgresql://OWNER@server/db): %1</translation>
    </message>
    <message>
        <source>floor init hanya untuk PostgreSQL; SQLite adalah basis data satu komputer.</source>
        <translation>floor init is for PostgreSQL only; SQLite is a single computer&apos;s database.</translation>
    </message>
    <message>
        <source>Pengguna &quot;%1&quot; sudah ada, tetapi bukan admin.</source>
        <translation>User &quot;%1&quot; already exists, but is not an admin.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>ada teks setelah tanda kutip penutup</source>
        <translation>there is text after the closing quotation mark</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup sampai akhir berkas</source>
        <translation>quotation mark is not closed before the end of the file</translation>
    </message>
    <message>
        <source>teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)</source>
        <translation>text is not valid UTF-8 (save the file as CSV UTF-8)</translation>
    </message>
    <message>
        <source>Impor data pelanggan hanya untuk supervisor atau admin.</source>
        <translation>Only supervisors or admins can import customer data.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka: %2</source>
        <translation>File %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Berkas %1 kosong; baris judul kolom tidak ada.</source>
        <translation>File %1 is empty; the header row is missing.</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; tidak dikenal untuk impor %2</source>
        <translation>column &apos;%1&apos; is not recognised for the %2 import</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; muncul dua kali</source>
        <translation>column &apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; tidak ada pada baris judul</source>
        <translation>column &apos;%1&apos; is missing from the header row</translation>
    </message>
    <message>
        <source>baris berisi %1 kolom; baris judul %2</source>
        <translation>row has %1 columns; the header row has %2</translation>
    </message>
    <message>
        <source>unit induk %1 harus %2 yang sudah ada (baris induk ditulis lebih dulu)</source>
        <translation>parent unit %1 must be an existing %2 (write the parent row first)</translation>
    </message>
    <message>
        <source>ULP %1 tidak dikenal</source>
        <translation>unknown ULP %1</translation>
    </message>
    <message>
        <source>nomor meter %1 sudah dipakai IDPEL %2</source>
        <translation>meter number %1 is already used by IDPEL %2</translation>
    </message>
    <message>
        <source>pelanggan IDPEL %1 belum ada; impor pelanggan dulu</source>
        <translation>customer IDPEL %1 does not exist yet; import customers first</translation>
    </message>
    <message>
        <source>pelanggan IDPEL %1 prabayar; rekening hanya untuk pascabayar</source>
        <translation>customer IDPEL %1 is prepaid; bills are for postpaid only</translation>
    </message>
    <message>
        <source>pelanggan IDPEL %1 prabayar; laporan stand hanya untuk pascabayar</source>
        <translation>customer IDPEL %1 is prepaid; meter reading reports are for postpaid only</translation>
    </message>
    <message>
        <source>Stand yang dilaporkan (%1) lebih kecil dari stand akhir rekening sebelumnya (%2); laporan tidak diterima.</source>
        <translation>The reported reading (%1) is lower than the final reading of the previous bill (%2); the report was not accepted.</translation>
    </message>
    <message>
        <source>Impor dibatalkan: %1 baris bermasalah.</source>
        <translation>Import cancelled: %1 rows have problems.</translation>
    </message>
    <message>
        <source>Data sudah diimpor, tetapi berkas baris yang ditolak %1 gagal ditulis.</source>
        <translation>The data was imported, but the rejected-rows file %1 could not be written.</translation>
    </message>
    <message>
        <source>kode unit harus 2 sampai 5 digit angka</source>
        <translation>unit code must be 2 to 5 digits</translation>
    </message>
    <message>
        <source>tingkat unit harus main, up3 atau ulp</source>
        <translation>unit level must be main, up3 or ulp</translation>
    </message>
    <message>
        <source>nama unit kosong</source>
        <translation>unit name is empty</translation>
    </message>
    <message>
        <source>UP3 dan ULP harus punya unit induk</source>
        <translation>UP3 and ULP must have a parent unit</translation>
    </message>
    <message>
        <source>ULP harus punya tarif PPJ daerahnya</source>
        <translation>ULP must have the PPJ rate of its area</translation>
    </message>
    <message>
        <source>jenis pembayaran harus &apos;postpaid&apos; atau &apos;prepaid&apos;</source>
        <translation>payment type must be &apos;postpaid&apos; or &apos;prepaid&apos;</translation>
    </message>
    <message>
        <source>pelanggan prabayar harus punya nomor meter</source>
        <translation>prepaid customers must have a meter number</translation>
    </message>
    <message>
        <source>nama pelanggan kosong</source>
        <translation>customer name is empty</translation>
    </message>
    <message>
        <source>alamat e-mail tidak sah</source>
        <translation>invalid e-mail address</translation>
    </message>
    <message>
        <source>golongan tarif kosong</source>
        <translation>tariff class is empty</translation>
    </message>
    <message>
        <source>daya harus bilangan bulat VA lebih dari 0</source>
        <translation>power must be a whole number of VA greater than 0</translation>
    </message>
    <message>
        <source>kode ULP kosong</source>
        <translation>ULP code is empty</translation>
    </message>
    <message>
        <source>status invoice e-mail harus none, requested, subscribed atau unsubscribed</source>
        <translation>e-mail invoice status must be none, requested, subscribed or unsubscribed</translation>
    </message>
    <message>
        <source>langganan invoice e-mail membutuhkan alamat e-mail</source>
        <translation>e-mail invoice subscription requires an e-mail address</translation>
    </message>
    <message>
        <source>bukan angka kWh yang sah (paling banyak 3 desimal)</source>
        <translation>not a valid kWh number (at most 3 decimals)</translation>
    </message>
    <message>
        <source>tidak boleh negatif</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>bukan jumlah rupiah bulat yang sah</source>
        <translation>not a valid whole rupiah amount</translation>
    </message>
    <message>
        <source>faktor meter harus bilangan bulat lebih dari 0</source>
        <translation>meter factor must be a whole number greater than 0</translation>
    </message>
    <message>
        <source>harus 0/1, ya/tidak atau true/false</source>
        <translation>must be 0/1, ya/tidak or true/false</translation>
    </message>
    <message>
        <source>harus tiga periode TTTT-BB, dipisah koma atau spasi</source>
        <translation>must be three YYYY-MM periods, separated by commas or spaces</translation>
    </message>
    <message>
        <source>rekening taksiran harus menyebut tiga bulan asal rata-ratanya</source>
        <translation>an estimated bill must name the three months its average is based on</translation>
    </message>
    <message>
        <source>tanggal jatuh tempo harus TTTT-BB-HH</source>
        <translation>due date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>waktu bayar harus &apos;TTTT-BB-HH JJ:MM&apos; (WIB) atau ISO 8601</source>
        <translation>payment time must be &apos;YYYY-MM-DD HH:MM&apos; (WIB) or ISO 8601</translation>
    </message>
    <message>
        <source>rekening yang sudah dibayar harus menyebut saluran pembayarannya</source>
        <translation>a paid bill must state its payment channel</translation>
    </message>
    <message>
        <source>stand akhir lebih kecil dari stand awal</source>
        <translation>final reading is lower than initial reading</translation>
    </message>
    <message>
        <source>kWh tidak sama dengan (stand akhir - stand awal) x faktor meter</source>
        <translation>kWh does not equal (final reading - initial reading) x meter factor</translation>
    </message>
    <message>
        <source>total tidak sama dengan biaya pemakaian + biaya beban + PPJ + PPN</source>
        <translation>total does not equal usage charge + fixed charge + PPJ + PPN</translation>
    </message>
    <message>
        <source>sumber harus whatsapp, pln_mobile atau meter_reader</source>
        <translation>source must be whatsapp, pln_mobile or meter_reader</translation>
    </message>
    <message>
        <source>waktu laporan harus &apos;TTTT-BB-HH JJ:MM&apos; (WIB) atau ISO 8601</source>
        <translation>report time must be &apos;YYYY-MM-DD HH:MM&apos; (WIB) or ISO 8601</translation>
    </message>
    <message>
        <source>stand harus angka kWh tidak negatif (paling banyak 3 desimal)</source>
        <translation>reading must be a non-negative kWh number (at most 3 decimals)</translation>
    </message>
    <message>
        <source>periode %1 belum tiba (sekarang %2)</source>
        <translation>period %1 has not come yet (it is now %2)</translation>
    </message>
    <message>
        <source>jatuh tempo %1 lebih awal dari periode rekening %2</source>
        <translation>due date %1 is before the bill period %2</translation>
    </message>
    <message>
        <source>waktu bayar %1 belum tiba</source>
        <translation>payment time %1 has not come yet</translation>
    </message>
    <message>
        <source>bulan asal rata-rata %1 harus sebelum periode rekening %2</source>
        <translation>the averaged-from month %1 must be before the bill period %2</translation>
    </message>
    <message>
        <source>waktu laporan %1 belum tiba</source>
        <translation>report time %1 has not come yet</translation>
    </message>
    <message>
        <source>duplikat: %1 yang sama sudah ada di baris %2 berkas ini</source>
        <translation>duplicate: the same %1 is already on line %2 of this file</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak belum ditentukan.</source>
        <translation>No file was given for the rejected rows.</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <source>Opsi %1 memerlukan nilai.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Opsi --incoming-call hanya boleh diberikan sekali.</source>
        <translation>Option --incoming-call may be given only once.</translation>
    </message>
    <message>
        <source>Opsi --call-id hanya boleh diberikan sekali.</source>
        <translation>Option --call-id may be given only once.</translation>
    </message>
    <message>
        <source>Hanya satu tautan csodesk: yang bisa dibuka sekaligus.</source>
        <translation>Only one csodesk: link can be opened at a time.</translation>
    </message>
    <message>
        <source>Berikan tautan csodesk: atau opsi --incoming-call, jangan keduanya.</source>
        <translation>Give a csodesk: link or the --incoming-call option, not both.</translation>
    </message>
    <message>
        <source>Opsi --call-id hanya berlaku bersama --incoming-call NOMOR.</source>
        <translation>Option --call-id only works together with --incoming-call NUMBER.</translation>
    </message>
    <message>
        <source>Tautan panggilan tidak valid; bentuknya csodesk://call?ani=NOMOR&amp;id=ID.</source>
        <translation>Invalid call link; its form is csodesk://call?ani=NUMBER&amp;id=ID.</translation>
    </message>
    <message>
        <source>Tautan csodesk: ini tidak dikenal; yang didukung hanya csodesk://call?ani=NOMOR&amp;id=ID.</source>
        <translation>This csodesk: link is not known; only csodesk://call?ani=NUMBER&amp;id=ID is supported.</translation>
    </message>
    <message>
        <source>Tautan panggilan tidak berisi nomor penelepon (ani=NOMOR).</source>
        <translation>The call link has no caller number (ani=NUMBER).</translation>
    </message>
    <message>
        <source>Tautan panggilan berisi lebih dari satu nomor penelepon atau ID panggilan.</source>
        <translation>The call link has more than one caller number or call ID.</translation>
    </message>
    <message>
        <source>Nomor penelepon kosong.</source>
        <translation>The caller&apos;s number is empty.</translation>
    </message>
    <message>
        <source>Nomor penelepon terlalu panjang (paling banyak %1 karakter).</source>
        <translation>The caller&apos;s number is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Nomor penelepon hanya boleh berisi angka, +, spasi dan -.</source>
        <translation>The caller&apos;s number may contain only digits, +, spaces and -.</translation>
    </message>
    <message>
        <source>Tanda + hanya boleh di awal nomor penelepon.</source>
        <translation>A + may only start the caller&apos;s number.</translation>
    </message>
    <message>
        <source>Nomor penelepon tidak berisi angka.</source>
        <translation>The caller&apos;s number contains no digits.</translation>
    </message>
    <message>
        <source>ID panggilan terlalu panjang (paling banyak %1 karakter).</source>
        <translation>The call ID is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>ID panggilan berisi karakter kendali.</source>
        <translation>The call ID contains control characters.</translation>
    </message>
    <message>
        <source>Pesan panggilan masuk tidak bisa dibaca.</source>
        <translation>The incoming-call message cannot be read.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Basis data ini memakai skema versi %1, lebih baru dari yang dikenal program ini (versi %2). Perbarui csodesk sebelum membuka basis data ini.</source>
        <translation>This database uses schema version %1, which is newer than this program knows (version %2). Update csodesk before opening this database.</translation>
    </message>
    <message>
        <source>Berkas migrasi bernama salah: %1</source>
        <translation>Migration file has a wrong name: %1</translation>
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
        <translation>Migration numbers are out of order in %1</translation>
    </message>
    <message>
        <source>Migrasi %1 gagal; skema tetap di versi %2.</source>
        <translation>Migration %1 failed; the schema remains at version %2.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Nama berkas tujuan kosong.</source>
        <translation>The target file name is empty.</translation>
    </message>
    <message>
        <source>%1 adalah berkas basis data yang sedang dipakai; pilih nama berkas lain.</source>
        <translation>%1 is the database file in use; choose another file name.</translation>
    </message>
    <message>
        <source>%1 adalah tautan simbolik; tulis ke berkas biasa.</source>
        <translation>%1 is a symbolic link; write to a regular file.</translation>
    </message>
    <message>
        <source>%1 bukan berkas biasa (folder atau perangkat); pilih nama lain.</source>
        <translation>%1 is not a regular file (a folder or a device); choose another name.</translation>
    </message>
    <message>
        <source>Berkas %1 sudah ada; pakai --force untuk menimpanya.</source>
        <translation>The file %1 already exists; use --force to replace it.</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: %2</source>
        <translation>The file %1 cannot be saved: %2</translation>
    </message>
    <message>
        <source>%1 bukan berkas biasa; tidak ditimpa.</source>
        <translation>%1 is not a regular file; it was not replaced.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>membuat laporan data pribadi pelanggan</source>
        <translation>make a customer&apos;s personal data report</translation>
    </message>
    <message>
        <source>Pilih berkas JSON atau PDF untuk laporan.</source>
        <translation>Choose a JSON or PDF file for the report.</translation>
    </message>
    <message>
        <source>Berkas JSON dan PDF harus berbeda.</source>
        <translation>The JSON and PDF files must differ.</translation>
    </message>
    <message>
        <source>Laporan tidak bisa ditulis ke %1.</source>
        <translation>The report cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Masa simpan tiket paling sedikit %1 hari.</source>
        <translation>Tickets are kept at least %1 days.</translation>
    </message>
    <message>
        <source>Masa simpan log akses paling sedikit %1 hari.</source>
        <translation>The access log is kept at least %1 days.</translation>
    </message>
    <message>
        <source>mengubah masa simpan</source>
        <translation>change the retention</translation>
    </message>
    <message>
        <source>menganonimkan data lama</source>
        <translation>anonymise old data</translation>
    </message>
</context>
<context>
    <name>SopAnswers</name>
    <message>
        <source>Berkas jawaban tidak valid: %1</source>
        <translation>Invalid answers file: %1</translation>
    </message>
    <message>
        <source>Jawaban #%1 (node &quot;%2&quot;): %3</source>
        <translation>Answer #%1 (node &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>SOP sedang berada di node &quot;%1&quot; (%2), bukan di node ini</source>
        <translation>the SOP is at node &quot;%1&quot; (%2), not at this node</translation>
    </message>
    <message>
        <source>node ask membutuhkan &quot;choice&quot;</source>
        <translation>an ask node requires &quot;choice&quot;</translation>
    </message>
    <message>
        <source>SOP sudah sampai pada hasil; langkah ini berlebih</source>
        <translation>the SOP has already reached an outcome; this step is extra</translation>
    </message>
    <message>
        <source>Jawaban habis di node &quot;%1&quot; (%2) sebelum SOP sampai pada hasil.</source>
        <translation>Answers ran out at node &quot;%1&quot; (%2) before the SOP reached an outcome.</translation>
    </message>
</context>
<context>
    <name>SopCondition</name>
    <message>
        <source>pelanggan pascabayar</source>
        <translation>a postpaid customer</translation>
    </message>
    <message>
        <source>pelanggan prabayar</source>
        <translation>a prepaid customer</translation>
    </message>
    <message>
        <source>ada rekening yang dibicarakan</source>
        <translation>there is a bill in question</translation>
    </message>
    <message>
        <source>pelanggan tidak punya rekening</source>
        <translation>the customer has no bill</translation>
    </message>
    <message>
        <source>rekening ini dihitung dari rata-rata 3 bulan</source>
        <translation>this bill was computed from the 3-month average</translation>
    </message>
    <message>
        <source>rekening ini dari stand meter yang dibaca, bukan rata-rata</source>
        <translation>this bill is from a meter reading, not the average</translation>
    </message>
    <message>
        <source>rekening ini memuat koreksi rata-rata bulan sebelumnya</source>
        <translation>this bill carries the correction of an earlier average</translation>
    </message>
    <message>
        <source>rekening ini tidak memuat koreksi</source>
        <translation>this bill carries no correction</translation>
    </message>
    <message>
        <source>rekening ini sudah dibayar</source>
        <translation>this bill is paid</translation>
    </message>
    <message>
        <source>rekening ini belum dibayar</source>
        <translation>this bill is unpaid</translation>
    </message>
    <message>
        <source>rekening ini lewat jatuh tempo dan belum dibayar</source>
        <translation>this bill is past due and unpaid</translation>
    </message>
    <message>
        <source>rekening ini tidak lewat jatuh tempo</source>
        <translation>this bill is not past due</translation>
    </message>
    <message>
        <source>pelanggan berlangganan invoice melalui email</source>
        <translation>the customer subscribes to e-mail invoices</translation>
    </message>
    <message>
        <source>pelanggan tidak berlangganan invoice melalui email</source>
        <translation>the customer does not subscribe to e-mail invoices</translation>
    </message>
    <message>
        <source>pelanggan punya tunggakan</source>
        <translation>the customer has arrears</translation>
    </message>
    <message>
        <source>pelanggan tidak punya tunggakan</source>
        <translation>the customer has no arrears</translation>
    </message>
    <message>
        <source>data &quot;%1&quot; tidak tersedia</source>
        <translation>no data on &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SopContext</name>
    <message>
        <source>Data pelanggan untuk SOP tidak valid: %1</source>
        <translation>Invalid customer data for SOP: %1</translation>
    </message>
</context>
<context>
    <name>SopFieldValidator</name>
    <message>
        <source>Alamat email tidak boleh mengandung spasi.</source>
        <translation>The email address must not contain spaces.</translation>
    </message>
    <message>
        <source>Alamat email harus mengandung tepat satu tanda @, contoh: nama@contoh.co.id.</source>
        <translation>The email address must contain exactly one @ sign, e.g. name@example.co.id.</translation>
    </message>
    <message>
        <source>Alamat email tidak valid; periksa bagian setelah @ (contoh: nama@contoh.co.id).</source>
        <translation>Invalid email address; check the part after @ (e.g. name@example.co.id).</translation>
    </message>
    <message>
        <source>Nomor telepon hanya boleh berisi angka (boleh diawali +62).</source>
        <translation>The phone number may only contain digits (it may start with +62).</translation>
    </message>
    <message>
        <source>Nomor telepon harus diawali 0 atau +62, contoh: 081234567890.</source>
        <translation>The phone number must start with 0 or +62, e.g. 081234567890.</translation>
    </message>
    <message>
        <source>Nomor telepon harus 10 sampai 13 digit; yang dimasukkan %1 digit.</source>
        <translation>The phone number must be 10 to 13 digits; %1 digits were entered.</translation>
    </message>
    <message>
        <source>Stand meter tidak boleh negatif.</source>
        <translation>The meter reading cannot be negative.</translation>
    </message>
    <message>
        <source>Stand meter harus berupa angka dengan paling banyak 2 desimal, contoh: 1335 atau 1335,5.</source>
        <translation>The meter reading must be a number with at most 2 decimals, e.g. 1335 or 1335,5.</translation>
    </message>
    <message>
        <source>Teks terlalu panjang: paling banyak %1 karakter, yang dimasukkan %2.</source>
        <translation>Text is too long: at most %1 characters, %2 entered.</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Jenis isian tidak dikenal.</source>
        <translation>Unknown field type.</translation>
    </message>
</context>
<context>
    <name>SopLibrary</name>
    <message>
        <source>SOP &quot;%1&quot; tidak ada atau tidak berlaku pada %2.</source>
        <translation>SOP &quot;%1&quot; does not exist or is not in effect on %2.</translation>
    </message>
</context>
<context>
    <name>SopLoader</name>
    <message>
        <source>Berkas SOP %1 tidak dapat dibaca: %2</source>
        <translation>SOP file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>SopProblem</name>
    <message>
        <source>%1: node &quot;%2&quot;: %3</source>
        <translation>%1: node &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Dokumen SOP ditolak:
%1</source>
        <translation>SOP document rejected:
%1</translation>
    </message>
</context>
<context>
    <name>SopSession</name>
    <message>
        <source>Langkah &quot;%1&quot; tidak bisa %2: node ini berjenis %3.</source>
        <translation>Step &quot;%1&quot; cannot %2: this node is of type %3.</translation>
    </message>
    <message>
        <source>dilanjutkan tanpa jawaban</source>
        <translation>be continued without an answer</translation>
    </message>
    <message>
        <source>dijawab dengan pilihan</source>
        <translation>be answered with a choice</translation>
    </message>
    <message>
        <source>Pilihan &quot;%1&quot; tidak ada di langkah &quot;%2&quot;; pilihan yang ada: %3.</source>
        <translation>Choice &quot;%1&quot; does not exist in step &quot;%2&quot;; available choices: %3.</translation>
    </message>
    <message>
        <source>diisi</source>
        <translation>be filled in</translation>
    </message>
    <message>
        <source>isian &quot;%1&quot; tidak ada di langkah ini</source>
        <translation>field &quot;%1&quot; does not exist in this step</translation>
    </message>
    <message>
        <source>Isian di langkah &quot;%1&quot; belum benar:
%2</source>
        <translation>The fields in step &quot;%1&quot; are not correct yet:
%2</translation>
    </message>
    <message>
        <source>Sudah di langkah pertama; tidak ada yang bisa dibatalkan.</source>
        <translation>Already at the first step; there is nothing to undo.</translation>
    </message>
    <message>
        <source>Tiket belum bisa dibuat: langkah SOP belum sampai pada hasil.</source>
        <translation>The ticket cannot be created yet: the SOP steps have not reached an outcome.</translation>
    </message>
    <message>
        <source>Langkah tersimpan &quot;%1&quot; tidak cocok: SOP berada di langkah &quot;%2&quot;.</source>
        <translation>Saved step &quot;%1&quot; does not match: the SOP is at step &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pilihan &quot;%1&quot; tidak berlaku untuk pelanggan ini: %2.</source>
        <translation>The choice &quot;%1&quot; does not apply to this customer: %2.</translation>
    </message>
    <message>
        <source>Tiket tidak dapat dibuat: data pelanggan berikut tidak tersedia untuk uraiannya: %1. Kembali dan pilih jalur atau rekening lain.</source>
        <translation>The ticket cannot be made: its description needs customer data that is not available: %1. Go back and choose another path or bill.</translation>
    </message>
    <message>
        <source>Stand %1 lebih kecil dari stand terakhir yang diterima PLN (%2, %3). Meter berputar maju: pastikan dengan pelanggan apakah meter sudah diganti atau angkanya salah baca.</source>
        <translation>Stand %1 is lower than the last stand PLN accepted (%2, %3). A meter only counts up: check with the customer whether the meter was replaced or the figure misread.</translation>
    </message>
    <message>
        <source>Isian di langkah &quot;%1&quot; perlu dikonfirmasi:
%2</source>
        <translation>The entries at step &quot;%1&quot; need confirming:
%2</translation>
    </message>
    <message>
        <source>Rekening yang dibicarakan tidak bisa diganti di tengah SOP: yang sudah dibacakan menyebut rekening ini. Kembali ke awal SOP untuk mengganti bulan.</source>
        <translation>The bill being discussed cannot be changed in the middle of the SOP: what was read out already names this bill. Go back to the start of the SOP to change the month.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Folder basis data %1 tidak bisa dibuat.</source>
        <translation>Database folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak bisa dibuat: %2</source>
        <translation>Database file %1 could not be created: %2</translation>
    </message>
    <message>
        <source>Driver PostgreSQL untuk Qt (QPSQL) tidak terpasang. Pasang paket libqt6sql6-psql.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed. Install the libqt6sql6-psql package.</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dihubungi. Periksa jaringan atau server, lalu coba lagi.</source>
        <translation>The database cannot be reached. Check the network or server, then try again.</translation>
    </message>
    <message>
        <source>Basis data sedang sibuk. Coba lagi sebentar lagi.</source>
        <translation>The database is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Penyimpanan basis data penuh. Data belum tersimpan; hubungi admin.</source>
        <translation>Database storage is full. The data has not been saved; contact the admin.</translation>
    </message>
    <message>
        <source>Basis data hanya bisa dibaca. Data belum tersimpan; hubungi admin.</source>
        <translation>The database is read-only. The data has not been saved; contact the admin.</translation>
    </message>
    <message>
        <source>Data bertentangan dengan data yang sudah ada.</source>
        <translation>The data conflicts with existing data.</translation>
    </message>
    <message>
        <source>Operasi basis data gagal.</source>
        <translation>Database operation failed.</translation>
    </message>
    <message>
        <source>Belum masuk: setiap orang masuk ke basis data lantai dengan akunnya sendiri.</source>
        <translation>Not signed in: everyone signs in to the floor database with their own account.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <source>Akun ini tidak boleh masuk ke basis data (dinonaktifkan). Hubungi admin.</source>
        <translation>This account may not sign in to the database (deactivated). Contact the admin.</translation>
    </message>
    <message>
        <source>Sambungan aman (TLS) ke server basis data %1 gagal: server tidak mendukung TLS, atau sertifikatnya tidak ditandatangani oleh CA yang dipercaya (sslrootcert) atau tidak cocok dengan nama server. Data tidak dikirim. Hubungi admin.</source>
        <translation>The secure (TLS) connection to the database server %1 failed: the server does not support TLS, or its certificate is not signed by the trusted CA (sslrootcert) or does not match the server name. No data was sent. Contact the admin.</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke server basis data %1 (%2). Periksa alamat, nama pengguna dan kata sandi, atau hubungi admin.</source>
        <translation>Cannot connect to the database server %1 (%2). Check the address, user name and password, or contact the admin.</translation>
    </message>
    <message>
        <source>Basis data ini tidak memakai akun basis data per orang.</source>
        <translation>This database does not use a database account per person.</translation>
    </message>
    <message>
        <source>Basis data menolak tindakan ini untuk akun Anda.</source>
        <translation>The database refuses this action for your account.</translation>
    </message>
    <message>
        <source>Data yang dimaksud tidak ada di basis data.</source>
        <translation>The data referred to is not in the database.</translation>
    </message>
    <message>
        <source>Basis data menolak isian ini karena tidak sesuai aturan.</source>
        <translation>The database refuses this entry because it breaks a rule.</translation>
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
    <name>Tickets</name>
    <message>
        <source>Status &quot;%1&quot; tidak dikenal. Pilih open, done_by_unit atau cancelled.</source>
        <translation>Unknown status &quot;%1&quot;. Choose open, done_by_unit or cancelled.</translation>
    </message>
    <message>
        <source>Tanda &quot;%1&quot; tidak dikenal. Pilih sesuai_sop atau perlu_koreksi.</source>
        <translation>Unknown mark &quot;%1&quot;. Choose sesuai_sop or perlu_koreksi.</translation>
    </message>
    <message>
        <source>mengekspor tiket</source>
        <translation>export tickets</translation>
    </message>
    <message>
        <source>Pemisah kolom harus &apos;,&apos; atau &apos;;&apos;.</source>
        <translation>The column separator must be &apos;,&apos; or &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Berkas ekspor tidak bisa ditulis (disk penuh?).</source>
        <translation>The export file could not be written (disk full?).</translation>
    </message>
    <message>
        <source>Kode site &quot;%1&quot; di pengaturan tidak valid: harus 2 angka.</source>
        <translation>Site code &quot;%1&quot; in the settings is invalid: it must be 2 digits.</translation>
    </message>
    <message>
        <source>Penanda halaman tidak valid; mulai lagi dari halaman pertama.</source>
        <translation>Invalid page marker; start again from the first page.</translation>
    </message>
    <message>
        <source>melihat tiket agen lain</source>
        <translation>view other agents&apos; tickets</translation>
    </message>
    <message>
        <source>Tiket %1 tidak ditemukan.</source>
        <translation>Ticket %1 not found.</translation>
    </message>
    <message>
        <source>Anda hanya boleh melihat tiket Anda sendiri atau tiket pelanggan yang Anda cari.</source>
        <translation>You may only view your own tickets or tickets of customers you have looked up.</translation>
    </message>
    <message>
        <source>melihat rekap tiket</source>
        <translation>view the ticket summary</translation>
    </message>
    <message>
        <source>Periode tidak valid: tanggal awal harus sebelum tanggal akhir.</source>
        <translation>Invalid period: the start date must be before the end date.</translation>
    </message>
    <message>
        <source>Rekap gagal dihitung.</source>
        <translation>The summary could not be calculated.</translation>
    </message>
    <message>
        <source>Kode permintaan pengisian tidak valid.</source>
        <translation>Invalid submission request code.</translation>
    </message>
    <message>
        <source>Waktu mulai panggilan tidak diketahui.</source>
        <translation>The call start time is unknown.</translation>
    </message>
    <message>
        <source>Waktu mulai panggilan ada di masa depan; periksa jam komputer.</source>
        <translation>The call start time is in the future; check the computer clock.</translation>
    </message>
    <message>
        <source>Nomor tiket tidak bisa dibuat.</source>
        <translation>The ticket number could not be created.</translation>
    </message>
    <message>
        <source>Tiket terkait %1 tidak ditemukan.</source>
        <translation>Related ticket %1 not found.</translation>
    </message>
    <message>
        <source>Tiket terkait %1 milik pelanggan lain.</source>
        <translation>Related ticket %1 belongs to another customer.</translation>
    </message>
    <message>
        <source>Tiket tersimpan tetapi tidak terbaca.</source>
        <translation>The ticket was saved but could not be read back.</translation>
    </message>
    <message>
        <source>Tiket belum tercatat: %1 Isian tidak hilang; coba catat lagi.</source>
        <translation>The ticket was not recorded: %1 Your entries are not lost; try recording it again.</translation>
    </message>
    <message>
        <source>memberi catatan pada tiket</source>
        <translation>add notes to tickets</translation>
    </message>
    <message>
        <source>Catatan kosong.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>mengubah status tiket</source>
        <translation>change ticket status</translation>
    </message>
    <message>
        <source>Status KELUHAN hanya open, done_by_unit atau cancelled.</source>
        <translation>KELUHAN status can only be open, done_by_unit or cancelled.</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang (maksimal 4000 karakter).</source>
        <translation>The note is too long (maximum 4000 characters).</translation>
    </message>
    <message>
        <source>Tiket Issue Closed tidak punya status yang bisa diubah.</source>
        <translation>Issue Closed tickets have no status that can be changed.</translation>
    </message>
    <message>
        <source>Kode permintaan pengisian ini sudah dipakai orang lain.</source>
        <translation>This filing request code has already been used by someone else.</translation>
    </message>
    <message>
        <source>Pelanggan dengan IDPEL %1 tidak ada di basis data.</source>
        <translation>There is no customer with IDPEL %1 in the database.</translation>
    </message>
    <message>
        <source>Sub-jenis keluhan %1 tidak ada di katalog APKT.</source>
        <translation>Sub-issue type %1 is not in the APKT catalogue.</translation>
    </message>
    <message>
        <source>Catatan tersimpan tetapi tidak terbaca.</source>
        <translation>The note was saved but could not be read back.</translation>
    </message>
    <message>
        <source>%1 berisi karakter kendali (misalnya NUL); hapus karakter itu.</source>
        <translation>%1 contains a control character (such as NUL); remove it.</translation>
    </message>
    <message>
        <source>Kode pada tiket terlalu panjang atau berisi karakter kendali.</source>
        <translation>A code on the ticket is too long or contains a control character.</translation>
    </message>
    <message>
        <source>Nama pelanggan atau unit terlalu panjang (maksimal 200 karakter).</source>
        <translation>The customer or unit name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Nama pelanggan atau unit</source>
        <translation>The customer or unit name</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Catatan agen</source>
        <translation>The agent&apos;s note</translation>
    </message>
    <message>
        <source>Isian &quot;%1&quot;</source>
        <translation>The field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Langkah %1 jalur SOP</source>
        <translation>Step %1 of the SOP path</translation>
    </message>
    <message>
        <source>Isian atau jalur SOP tiket terlalu besar (isian 64 KiB, jalur 256 KiB paling besar).</source>
        <translation>The ticket&apos;s fields or SOP path are too large (fields at most 64 KiB, path 256 KiB).</translation>
    </message>
    <message>
        <source>Pelanggan IDPEL %1 tidak ada; tiket tidak dapat dibuat.</source>
        <translation>There is no customer with IDPEL %1; the ticket cannot be filed.</translation>
    </message>
    <message>
        <source>Jenis/sub-jenis %1 / %2 tidak ada di katalog APKT.</source>
        <translation>Issue type / sub-type %1 / %2 is not in the APKT catalogue.</translation>
    </message>
</context>
<context>
    <name>csodesk::Call</name>
    <message>
        <source>Mencari pelanggan…</source>
        <translation>Looking up the customer…</translation>
    </message>
    <message>
        <source>SOP panggilan yang tersimpan tidak ditemukan lagi.</source>
        <translation>The SOP of the saved call no longer exists.</translation>
    </message>
    <message>
        <source>Menyusun penjelasan tagihan…</source>
        <translation>Preparing the bill explanation…</translation>
    </message>
    <message>
        <source>Cari pelanggan dulu sebelum memilih SOP.</source>
        <translation>Look the customer up before choosing an SOP.</translation>
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
        <source>Memeriksa koneksi basis data…</source>
        <translation>Checking the database connection…</translation>
    </message>
    <message>
        <source>Tidak ada SOP yang sedang dijalankan.</source>
        <translation>No SOP is being walked.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::AgentWorkspace</name>
    <message>
        <source>&amp;Cari (F2):</source>
        <translation>&amp;Search (F2):</translation>
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
        <source>Tiket belum terkirim: basis data masih bermasalah. Draf panggilan tersimpan; tekan Ctrl+Enter untuk mencoba lagi.</source>
        <translation>The ticket was not filed: the database still has a problem. The call draft is saved; press Ctrl+Enter to try again.</translation>
    </message>
    <message>
        <source>Basis data tidak terhubung. Panggilan tersimpan sebagai draf; tiket dikirim sekali lagi secara otomatis begitu basis data kembali.</source>
        <translation>The database is not connected. The call is saved as a draft; the ticket is filed once more automatically as soon as the database is back.</translation>
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
    <message>
        <source>Mencari pelanggan yang cocok</source>
        <translation>Looking for matching customers</translation>
    </message>
    <message>
        <source>Nomor telepon — tekan Enter untuk mencari</source>
        <translation>Phone number — press Enter to search</translation>
    </message>
    <message>
        <source>Nama/alamat — tekan Enter untuk mencari</source>
        <translation>Name/address — press Enter to search</translation>
    </message>
    <message>
        <source>Tidak ada pelanggan yang cocok</source>
        <translation>No matching customer</translation>
    </message>
    <message>
        <source>Tidak ada pelanggan dengan nomor telepon itu. Tanyakan IDPEL, nomor meter, atau nama dan alamat pelanggan.</source>
        <translation>No customer has that phone number. Ask for the IDPEL, the meter number, or the customer&apos;s name and address.</translation>
    </message>
    <message>
        <source>Tidak ada pelanggan dengan nama atau alamat itu. Periksa ejaannya bersama penelepon, atau coba kata lain (nama jalan, desa, kota).</source>
        <translation>No customer with that name or address. Check the spelling with the caller, or try other words (street, village, town).</translation>
    </message>
    <message>
        <source>IDPEL, nomor meter, telepon, atau nama dan alamat</source>
        <translation>IDPEL, meter number, phone, or name and address</translation>
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
    <message>
        <source>%1
Tercatat sebagai: %2</source>
        <translation>%1
Recorded as: %2</translation>
    </message>
    <message>
        <source>Ubah masa simpan</source>
        <translation>Retention changed</translation>
    </message>
    <message>
        <source>Anonimisasi data lama</source>
        <translation>Old data anonymised</translation>
    </message>
    <message>
        <source>Pencarian pelanggan</source>
        <translation>Customer search</translation>
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
    <name>csodesk::ui::CsvExportJob</name>
    <message>
        <source>Mengekspor tiket ke CSV…</source>
        <translation>Exporting tickets to CSV…</translation>
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
    <message>
        <source>; tagihan berjalan %1, jatuh tempo %2</source>
        <translation>; current bill %1, due %2</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::CustomerHitModel</name>
    <message>
        <source>%1 / %2 VA</source>
        <translation>%1 / %2 VA</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>IDPEL</source>
        <translation>IDPEL</translation>
    </message>
    <message>
        <source>ULP</source>
        <translation>ULP</translation>
    </message>
    <message>
        <source>Tarif/daya</source>
        <translation>Tariff/power</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::CustomerPickList</name>
    <message>
        <source>Masih ada pelanggan lain yang cocok. Tanyakan nama jalan, desa atau kota, lalu cari lagi (F2).</source>
        <translation>More customers match. Ask for the street, village or town, then search again (F2).</translation>
    </message>
    <message>
        <source>↑↓ lalu Enter, atau tekan nomornya (1–9), untuk membuka pelanggan; Esc kembali ke pencarian. Cocokkan nama dan alamat dengan penelepon.</source>
        <translation>↑↓ then Enter, or press its number (1–9), to open a customer; Esc returns to the search. Check the name and address with the caller.</translation>
    </message>
    <message numerus="yes">
        <source>%n pelanggan cocok — pilih yang sesuai dengan penelepon</source>
        <translation>
            <numerusform>%n matching customer — pick the caller&apos;s</numerusform>
            <numerusform>%n matching customers — pick the caller&apos;s</numerusform>
        </translation>
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
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2 tiket</source>
        <translation>%1
%2 tickets</translation>
    </message>
    <message>
        <source>%1
Jenis: %2
%3 tiket</source>
        <translation>%1
Kind: %2
%3 tickets</translation>
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
    <name>csodesk::ui::IncomingCallServer</name>
    <message>
        <source>csodesk lain sudah menerima panggilan masuk untuk pengguna ini; jendela ini tidak menerimanya.</source>
        <translation>Another csodesk already receives incoming calls for this user; this window does not.</translation>
    </message>
    <message>
        <source>Panggilan masuk dari telepon tidak bisa diterima oleh jendela ini.</source>
        <translation>Incoming calls from the telephony cannot be received by this window.</translation>
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
    <name>csodesk::ui::PrivacyDocument</name>
    <message>
        <source>Tiket</source>
        <translation>Ticket</translation>
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
        <source>Nama saat dicatat</source>
        <translation>Name when filed</translation>
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
        <source>Tiket terkait</source>
        <translation>Linked ticket</translation>
    </message>
    <message>
        <source>Data dicatat</source>
        <translation>Captured data</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Catatan agen</source>
        <translation>Agent note</translation>
    </message>
    <message>
        <source>Jalur SOP %1 versi %2</source>
        <translation>SOP path %1 version %2</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Jawaban / isian</source>
        <translation>Answer / input</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
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
        <source>Laporan Data Pribadi Pelanggan</source>
        <translation>Customer Personal Data Report</translation>
    </message>
    <message>
        <source>Pelanggan</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Dibuat pada</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Semua data yang disimpan csodesk tentang pelanggan ini, atas permintaan akses pemilik data (UU 27/2022 tentang Pelindungan Data Pribadi). Dokumen ini berisi data pribadi: serahkan hanya kepada pemilik data. Waktu dalam WIB.</source>
        <translation>Everything csodesk stores about this customer, at the data subject&apos;s access request (UU 27/2022 on Personal Data Protection). This document holds personal data: hand it to the data subject only. Times in WIB.</translation>
    </message>
    <message>
        <source>Data pelanggan</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>IDPEL</source>
        <translation>IDPEL</translation>
    </message>
    <message>
        <source>Nomor meter</source>
        <translation>Meter number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tarif / daya</source>
        <translation>Tariff / power</translation>
    </message>
    <message>
        <source>Cara bayar</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Prabayar (token)</source>
        <translation>Prepaid (token)</translation>
    </message>
    <message>
        <source>Pascabayar (rekening)</source>
        <translation>Postpaid (bill)</translation>
    </message>
    <message>
        <source>ULP</source>
        <translation>ULP</translation>
    </message>
    <message>
        <source>berlangganan</source>
        <translation>subscribed</translation>
    </message>
    <message>
        <source>diminta, belum aktif</source>
        <translation>requested, not active yet</translation>
    </message>
    <message>
        <source>berhenti berlangganan</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <source>tidak berlangganan</source>
        <translation>not subscribed</translation>
    </message>
    <message>
        <source>Tagihan lewat e-mail</source>
        <translation>Bills by e-mail</translation>
    </message>
    <message>
        <source>Unit PLN</source>
        <translation>PLN units</translation>
    </message>
    <message>
        <source>Unit induk</source>
        <translation>Main unit</translation>
    </message>
    <message>
        <source>UP3</source>
        <translation>UP3</translation>
    </message>
    <message>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Rekening</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>(taksiran)</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>belum dibayar</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Stand
awal</source>
        <translation>Start
stand</translation>
    </message>
    <message>
        <source>Stand
akhir</source>
        <translation>End
stand</translation>
    </message>
    <message>
        <source>Pemakaian
(kWh)</source>
        <translation>Usage
(kWh)</translation>
    </message>
    <message>
        <source>Koreksi
(kWh)</source>
        <translation>Correction
(kWh)</translation>
    </message>
    <message>
        <source>Tagihan</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Jatuh
tempo</source>
        <translation>Due
date</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Laporan stand meter</source>
        <translation>Meter readings reported</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stand (kWh)</source>
        <translation>Stand (kWh)</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Pembelian token</source>
        <translation>Token purchases</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Energi (kWh)</source>
        <translation>Energy (kWh)</translation>
    </message>
    <message>
        <source>Token (disamarkan)</source>
        <translation>Token (masked)</translation>
    </message>
    <message>
        <source>Log akses</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Siapa yang mencari pelanggan ini, mencatat tiket atau mengekspor datanya, dan kapan; sebelum laporan ini dibuat.</source>
        <translation>Who looked this customer up, filed a ticket or exported their data, and when; before this report was made.</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Laporan Data Pribadi Pelanggan %1</source>
        <translation>Customer Personal Data Report %1</translation>
    </message>
    <message>
        <source>PDF laporan tidak bisa dibuat.</source>
        <translation>The report&apos;s PDF could not be made.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::PrivacyReportDialog</name>
    <message>
        <source>Simpan juga berkas &amp;JSON (data lengkap untuk diolah) di samping PDF</source>
        <translation>Also save a &amp;JSON file (the complete data, for processing) beside the PDF</translation>
    </message>
    <message>
        <source>Laporan data pribadi</source>
        <translation>Personal data report</translation>
    </message>
    <message>
        <source>12 digit IDPEL atau 11 digit nomor meter</source>
        <translation>12-digit IDPEL or 11-digit meter number</translation>
    </message>
    <message>
        <source>Semua data yang disimpan tentang satu pelanggan, untuk permintaan akses pemilik data (UU 27/2022). Laporan ini tercatat di jejak audit atas nama Anda.</source>
        <translation>Everything stored about one customer, for a data subject&apos;s access request (UU 27/2022). The report is recorded in the audit trail under your name.</translation>
    </message>
    <message>
        <source>&amp;IDPEL:</source>
        <translation>&amp;IDPEL:</translation>
    </message>
    <message>
        <source>&amp;Lanjut…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::PrivacyReportExport</name>
    <message>
        <source>Simpan laporan data pribadi sebagai PDF</source>
        <translation>Save the personal data report as PDF</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Ganti berkas JSON?</source>
        <translation>Replace the JSON file?</translation>
    </message>
    <message>
        <source>%1 sudah ada. Ganti dengan laporan baru?</source>
        <translation>%1 already exists. Replace it with the new report?</translation>
    </message>
    <message>
        <source>Menyusun laporan data pribadi…</source>
        <translation>Putting the personal data report together…</translation>
    </message>
    <message>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Laporan data pribadi disimpan ke:
%1

Berkas ini berisi data pribadi: serahkan hanya kepada pemilik data.</source>
        <translation>The personal data report was saved to:
%1

This file holds personal data: hand it to the data subject only.</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::ScreenPop</name>
    <message>
        <source>Panggilan masuk dari %1 — masuk untuk menerimanya; nomornya langsung dicari.</source>
        <translation>Incoming call from %1 — sign in to take it; the number is searched at once.</translation>
    </message>
    <message>
        <source>Panggilan masuk dari %1 tidak dibuka: peran %2 tidak memiliki ruang kerja agen.</source>
        <translation>Incoming call from %1 not opened: the %2 role has no agent workspace.</translation>
    </message>
    <message>
        <source>Panggilan masuk dari %1. Panggilan sebelumnya masih terbuka: buat tiketnya atau akhiri panggilan itu, lalu cari nomor ini.</source>
        <translation>Incoming call from %1. The previous call is still open: file its ticket or end it, then search this number.</translation>
    </message>
    <message>
        <source>Panggilan masuk</source>
        <translation>Incoming call</translation>
    </message>
</context>
<context>
    <name>csodesk::ui::SessionController</name>
    <message numerus="yes">
        <source>Layar dikunci karena tidak ada aktivitas selama %n menit. Masukkan kata sandi untuk melanjutkan; panggilan yang sedang berjalan ditawarkan kembali.</source>
        <translation>
            <numerusform>The screen was locked after %n minute without activity. Enter your password to go on; the call in progress is offered again.</numerusform>
            <numerusform>The screen was locked after %n minutes without activity. Enter your password to go on; the call in progress is offered again.</numerusform>
        </translation>
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
    <message>
        <source>Alamat ini berisi kata sandi, dan kata sandi tidak pernah disimpan. Hapus bagian &quot;:kata-sandi&quot;; di lantai PostgreSQL setiap orang masuk dengan akunnya sendiri.</source>
        <translation>This address contains a password, and passwords are never saved. Remove the &quot;:password&quot; part; on a PostgreSQL floor everyone signs in with their own account.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Tidak pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Tanpa ketikan atau klik selama ini, layar dikunci dan kata sandi diminta lagi; panggilan yang berjalan ditawarkan kembali.</source>
        <translation>After this long without a key or a click the screen is locked and the password asked again; the call in progress is offered again.</translation>
    </message>
    <message>
        <source>K&amp;unci layar setelah:</source>
        <translation>Loc&amp;k the screen after:</translation>
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
    <message>
        <source> — tidak berlaku: %1</source>
        <translation> — does not apply: %1</translation>
    </message>
    <message>
        <source>Tidak berlaku untuk pelanggan ini: %1</source>
        <translation>Does not apply to this customer: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Jangan tautkan (bukan kontak berulang)</source>
        <translation>Don&apos;t link (not a repeat contact)</translation>
    </message>
    <message>
        <source>Tiket sebelumnya dengan sub-jenis yang sama dipilih lebih dulu; pilih tiket lain pelanggan ini atau &quot;Jangan tautkan&quot;.</source>
        <translation>The earlier ticket with the same sub-issue type is chosen first; choose another ticket of this customer or &quot;Don&apos;t link&quot;.</translation>
    </message>
    <message>
        <source> — untuk rekening %1</source>
        <translation> — for the %1 bill</translation>
    </message>
    <message>
        <source>Rekening yang sedang dibicarakan: %1. Memilih ini beralih ke rekening %2.</source>
        <translation>The bill being discussed: %1. Choosing this switches to the %2 bill.</translation>
    </message>
    <message>
        <source>Su&amp;dah dipastikan dengan pelanggan; simpan angka ini</source>
        <translation>Checke&amp;d with the customer; keep this figure</translation>
    </message>
    <message>
        <source>⚠ Kontak berulang, ta&amp;utkan ke:</source>
        <translation>⚠ Repeat contact, link to a previo&amp;us ticket:</translation>
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
    <message>
        <source>Laporan data pr&amp;ibadi…</source>
        <translation>Pr&amp;ivacy report (personal data)…</translation>
    </message>
    <message>
        <source>Semua data tentang satu pelanggan sebagai PDF, untuk permintaan akses pemilik data</source>
        <translation>Everything about one customer as a PDF, for a data subject&apos;s access request</translation>
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
    <message>
        <source>(dianonimkan)</source>
        <translation>(anonymised)</translation>
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
    <message>
        <source>Dikonfirmasi agen:</source>
        <translation>Confirmed by the agent:</translation>
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
