#pragma once

#include <QString>

namespace csodesk {

// The detail of an audit entry as a person reads it, in the UI's language: the stored detail is
// a short code that operators' scripts read ("wrong password", "by idpel", "role budi ->
// supervisor", "tickets csv from=... rows=12") and stays as stored; this turns the ones core
// writes into "kata sandi salah", "dengan IDPEL", "mengubah peran budi menjadi supervisor",
// ... (QCoreApplication::translate, context "AuditDetail"). A detail it does not know, or that
// is only a ticket number, is returned as stored.
[[nodiscard]] QString auditDetailLabel(const QString& action, const QString& detail);

} // namespace csodesk
