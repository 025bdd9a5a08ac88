#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>

namespace csodesk::bench {

// Copies the units and customers of a SQLite demo database into a migrated PostgreSQL database
// (as its owner), so that both dialects are searched over exactly the same customers. Rows go
// in batches through json_to_recordset, with the customers' secondary indexes dropped and
// rebuilt afterwards: a million customers in a few minutes, where DemoDataGenerator's
// row-by-row CustomerWriter (and its bills) would take far longer. Returns the milliseconds
// taken, for the report.
qint64 copyCustomersToPostgres(const QString& sqlitePath, const DatabaseUrl& ownerUrl);

} // namespace csodesk::bench
