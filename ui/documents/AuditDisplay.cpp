#include "AuditDisplay.h"

#include "audit/AuditLog.h"

#include <QCoreApplication>

namespace csodesk::ui {

QString auditActionName(const QString& action)
{
    // The labels were first the audit trail's: they keep its translation context, so the
    // existing English translations still apply.
    if (action == AuditAction::Lookup)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Mencari pelanggan");
    if (action == AuditAction::Export)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Ekspor");
    if (action == AuditAction::Annotate)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Catatan tiket");
    if (action == AuditAction::StatusChange)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Ubah status tiket");
    if (action == AuditAction::FileTicket)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Mencatat tiket");
    if (action == AuditAction::Login)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Masuk");
    if (action == AuditAction::LoginFailed)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Gagal masuk");
    if (action == AuditAction::UserAdmin)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Kelola pengguna");
    if (action == AuditAction::Import)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Impor data");
    if (action == AuditAction::Retention)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Ubah masa simpan");
    if (action == AuditAction::PrivacyPurge)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Anonimisasi data lama");
    if (action == AuditAction::Search)
        return QCoreApplication::translate("csodesk::ui::AuditLogModel", "Pencarian pelanggan");
    return action;
}

} // namespace csodesk::ui
