#include "SampleCustomers.h"

#include "storage/SqlQuery.h"

namespace csodesk::test {

Status seedSampleCustomers(Database& database, int count)
{
    return database.write([count](QSqlDatabase& db) -> Status {
        auto unit = execQuery(db,
            QStringLiteral("INSERT INTO units (code, level, name) VALUES ('54110', 'ulp', 'ULP Bandung Barat') "
                           "ON CONFLICT (code) DO NOTHING"));
        if (!unit.ok())
            return unit.error();
        auto insert = prepareQuery(db,
            QStringLiteral("INSERT INTO customers (idpel, name, tariff_class, power_va, payment_type, ulp_code) "
                           "VALUES (?, 'Pelanggan Uji', 'R1', 1300, 'postpaid', '54110') "
                           "ON CONFLICT (idpel) DO NOTHING"));
        if (!insert.ok())
            return insert.error();
        for (int n = 0; n < count; ++n) {
            // The IDPELs of SampleDrafts.h's informationDraft().
            const QString idpel = QStringLiteral("5411%1").arg(n, 8, 10, QLatin1Char('0'));
            if (auto done = bindAndExec(insert.value(), { idpel }); !done.ok())
                return done.error();
        }
        return {};
    });
}

} // namespace csodesk::test
