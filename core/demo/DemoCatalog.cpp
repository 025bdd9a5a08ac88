#include "DemoCatalog.h"

#include <array>

namespace csodesk {

namespace {

struct UlpSeed {
    const char* mainCode;
    const char* mainName;
    const char* up3Code;
    const char* up3Name;
    const char* ulpCode;
    const char* ulpName;
    const char* city;
    const char* province;
    int ppjBasisPoints;
    const char* villages; // comma-separated
};

// Households pay PPJ of roughly 2.4 %-10 % depending on the regency/city [A].
const auto kUlps = std::to_array<UlpSeed>({
    { "54", "UID Jakarta Raya", "541", "UP3 Menteng", "54110", "ULP Menteng", "Jakarta Pusat", "DKI Jakarta", 240,
        "Menteng,Gondangdia,Cikini,Pegangsaan,Kebon Sirih" },
    { "54", "UID Jakarta Raya", "542", "UP3 Kebon Jeruk", "54210", "ULP Kebon Jeruk", "Jakarta Barat", "DKI Jakarta",
        240, "Kebon Jeruk,Kedoya Utara,Duri Kepa,Sukabumi Utara" },
    { "54", "UID Jakarta Raya", "543", "UP3 Bulungan", "54310", "ULP Kebayoran Baru", "Jakarta Selatan", "DKI Jakarta",
        240, "Senayan,Gandaria Utara,Cipete Utara,Pulo,Melawai" },
    { "53", "UID Jawa Barat", "531", "UP3 Bandung", "53110", "ULP Bandung Utara", "Kota Bandung", "Jawa Barat", 300,
        "Dago,Lebak Gede,Sekeloa,Cipaganti,Sukaluyu" },
    { "53", "UID Jawa Barat", "532", "UP3 Bekasi", "53210", "ULP Bekasi Kota", "Kota Bekasi", "Jawa Barat", 500,
        "Margahayu,Bekasi Jaya,Duren Jaya,Aren Jaya" },
    { "53", "UID Jawa Barat", "533", "UP3 Bogor", "53310", "ULP Bogor Kota", "Kota Bogor", "Jawa Barat", 600,
        "Tegallega,Babakan,Sempur,Baranangsiang" },
    { "52", "UID Jawa Tengah dan D.I. Yogyakarta", "521", "UP3 Semarang", "52110", "ULP Semarang Tengah",
        "Kota Semarang", "Jawa Tengah", 300, "Pekunden,Sekayu,Miroto,Karangkidul" },
    { "52", "UID Jawa Tengah dan D.I. Yogyakarta", "522", "UP3 Yogyakarta", "52210", "ULP Yogyakarta Kota",
        "Kota Yogyakarta", "D.I. Yogyakarta", 700, "Terban,Kotabaru,Gowongan,Suryatmajan,Prawirodirjan" },
    { "52", "UID Jawa Tengah dan D.I. Yogyakarta", "523", "UP3 Surakarta", "52310", "ULP Manahan", "Kota Surakarta",
        "Jawa Tengah", 900, "Manahan,Sumber,Banyuanyar,Gilingan" },
    { "51", "UID Jawa Timur", "511", "UP3 Surabaya Selatan", "51110", "ULP Rungkut", "Kota Surabaya", "Jawa Timur", 300,
        "Rungkut Kidul,Kali Rungkut,Penjaringan Sari,Medokan Ayu" },
    { "51", "UID Jawa Timur", "512", "UP3 Malang", "51210", "ULP Malang Kota", "Kota Malang", "Jawa Timur", 500,
        "Klojen,Oro-oro Dowo,Kauman,Rampal Celaket" },
    { "55", "UID Bali", "551", "UP3 Bali Selatan", "55110", "ULP Kuta", "Kabupaten Badung", "Bali", 500,
        "Kuta,Legian,Seminyak,Kedonganan,Tuban" },
    { "55", "UID Bali", "552", "UP3 Denpasar", "55210", "ULP Denpasar", "Kota Denpasar", "Bali", 600,
        "Dauh Puri,Sumerta,Panjer,Sesetan" },
    { "12", "UIW Sumatera Utara", "121", "UP3 Medan", "12110", "ULP Medan Kota", "Kota Medan", "Sumatera Utara", 1000,
        "Pusat Pasar,Sei Rengas,Teladan Barat,Kotamatsum" },
    { "21", "UIW Sulawesi Selatan, Tenggara dan Barat", "211", "UP3 Makassar Selatan", "21110", "ULP Panakkukang",
        "Kota Makassar", "Sulawesi Selatan", 1000, "Pandang,Karuwisi,Masale,Tello Baru" },
    { "23", "UIW Kalimantan Timur dan Utara", "231", "UP3 Balikpapan", "23110", "ULP Balikpapan Utara",
        "Kota Balikpapan", "Kalimantan Timur", 500, "Gunung Samarinda,Batu Ampar,Karang Joang" },
});

QString latin(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

const QList<Unit>& DemoCatalog::units()
{
    static const QList<Unit> units = [] {
        QList<Unit> list;
        QStringList seen;
        for (const UlpSeed& seed : kUlps) {
            if (!seen.contains(latin(seed.mainCode))) {
                list.append(Unit { latin(seed.mainCode), Unit::Level::Main, latin(seed.mainName), {},
                    latin(seed.province), {}, std::nullopt });
                seen.append(latin(seed.mainCode));
            }
            if (!seen.contains(latin(seed.up3Code))) {
                list.append(Unit { latin(seed.up3Code), Unit::Level::Up3, latin(seed.up3Name), latin(seed.mainCode),
                    latin(seed.province), latin(seed.city), std::nullopt });
                seen.append(latin(seed.up3Code));
            }
            list.append(Unit { latin(seed.ulpCode), Unit::Level::Ulp, latin(seed.ulpName), latin(seed.up3Code),
                latin(seed.province), latin(seed.city), seed.ppjBasisPoints });
        }
        return list;
    }();
    return units;
}

const QList<DemoPlace>& DemoCatalog::places()
{
    static const QList<DemoPlace> places = [] {
        QList<DemoPlace> list;
        for (const UlpSeed& seed : kUlps)
            list.append(DemoPlace { latin(seed.ulpCode), latin(seed.city), latin(seed.province),
                latin(seed.villages).split(QLatin1Char(',')) });
        return list;
    }();
    return places;
}

const QStringList& DemoCatalog::givenNames()
{
    static const QStringList names = latin(
        "Budi,Siti,Agus,Dewi,Andi,Rina,Joko,Sri,Bambang,Wahyu,Eko,Nur,Ahmad,Fitri,Hendra,Yuni,Rudi,Ratna,Dedi,Lestari,"
        "Made,Ketut,Putu,Komang,Wayan,Ni Luh,I Gusti,Teguh,Rahmat,Indah,Dian,Yusuf,Aisyah,Fajar,Maya,Rizky,Putri,Arif,"
        "Suryani,Slamet,Asep,Ujang,Neneng,Cecep,Tuti,Hasan,Umar,Daeng,Andi Muh.,Rosmawati,Togar,Butet,Sahat,Martua,"
        "Yohanes,Maria,Fransiskus,Theresia,Kadek,Nyoman,Gede,Intan,Bayu,Galih,Sekar,Wulan,Nining,Sutrisno,Paijo")
                                         .split(QLatin1Char(','));
    return names;
}

const QStringList& DemoCatalog::familyNames()
{
    static const QStringList names = latin(
        "Santoso,Wijaya,Saputra,Hidayat,Kurniawan,Setiawan,Pratama,Susanto,Gunawan,Nugroho,Siregar,Nasution,Harahap,"
        "Simanjuntak,Lubis,Sinaga,Hutapea,Tanjung,Rangkuti,Pane,Mahendra,Wibowo,Hartono,Prasetyo,Purnomo,Suharto,"
        "Permana,Sutisna,Hermawan,Firmansyah,Ramadhan,Syahputra,Rahman,Hakim,Halim,Tanoto,Lim,Gozali,Pattiasina,"
        "Wenas,Lumban Tobing,Sitompul,Manurung,Suparman,Kusuma,Maharani,Anggraini,Rahayu,Puspita,Handayani")
                                         .split(QLatin1Char(','));
    return names;
}

const QStringList& DemoCatalog::streets()
{
    static const QStringList names = latin(
        "Jl. Merdeka,Jl. Jend. Sudirman,Jl. Diponegoro,Jl. Gajah Mada,Jl. Ahmad Yani,Jl. Pahlawan,Jl. Kartini,"
        "Jl. Imam Bonjol,Jl. Veteran,Jl. Melati,Jl. Mawar,Jl. Kenanga,Jl. Flamboyan,Jl. Cempaka,Jl. Teuku Umar,"
        "Jl. Hayam Wuruk,Jl. Pattimura,Jl. Sisingamangaraja,Jl. Hasanuddin,Jl. Cendrawasih,Gg. Masjid,Gg. Buntu,"
        "Jl. Raya Pasar,Jl. Kebon Jati,Jl. Pemuda,Jl. Siliwangi,Jl. Dr. Wahidin,Jl. KH. Agus Salim,Perum Griya Asri "
        "Blok C,"
        "Komp. Villa Permata Blok B")
                                         .split(QLatin1Char(','));
    return names;
}

} // namespace csodesk
