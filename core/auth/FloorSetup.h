#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace csodesk {

// Setting a PostgreSQL floor up and checking that it is safe (docs/deployment.md). Both are
// run by operators: `floor init` as the schema owner, `floor check` as anyone.
namespace floor_setup {

struct InitReport {
    int migrationsApplied = 0;
    bool adminCreated = false; // false: the admin existed already (init is idempotent)
    QStringList warnings; // what could not be done and should be, in English
};

// Migrates (which creates the group roles, privileges and functions), lets the owner end the
// sessions of disabled people (pg_signal_backend), and creates the first admin as a login role.
// `database` must be opened with the schema owner's login named in the URL.
[[nodiscard]] Result<InitReport> init(
    Database& database, const Clock& clock, const QString& adminName, const QString& adminPassword);

enum class Severity { Ok, Warning, Unsafe };

struct Finding {
    Severity severity = Severity::Ok;
    QString what; // English, for operators' scripts and logs
};

// What a curious person at a workstation could exploit, as seen from this connection: a
// superuser or owner login, an unencrypted or unverified connection, PUBLIC privileges,
// privileges beyond the design, row-level security off, a schema behind the program.
[[nodiscard]] Result<QList<Finding>> check(Database& database);

[[nodiscard]] QString severityLabel(Severity severity); // "ok" / "warning" / "UNSAFE"

} // namespace floor_setup

} // namespace csodesk
