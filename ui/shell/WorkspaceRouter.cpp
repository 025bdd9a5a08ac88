#include "WorkspaceRouter.h"

#include "toolkit/DisplayNames.h"

#include <QCoreApplication>

namespace csodesk::ui {

WorkspaceKind workspaceKindFor(Role role)
{
    switch (role) {
    case Role::Agent:
        return WorkspaceKind::AgentWorkspace;
    case Role::Supervisor:
    case Role::Admin:
        return WorkspaceKind::SupervisorConsole;
    }
    return WorkspaceKind::AgentWorkspace;
}

void WorkspaceRouter::registerFactory(WorkspaceKind kind, Factory factory)
{
    m_factories[kind] = std::move(factory);
}

Result<QWidget*> WorkspaceRouter::create(const Actor& actor, QWidget* parent) const
{
    const auto found = m_factories.find(workspaceKindFor(actor.role));
    if (found == m_factories.end() || !found->second) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate(
                "csodesk::ui::WorkspaceRouter", "Ruang kerja untuk peran %1 tidak tersedia di versi csodesk ini.")
                .arg(roleDisplayName(actor.role)),
            QStringLiteral("no workspace factory registered for role ") + roleCode(actor.role));
    }
    QWidget* workspace = found->second(actor, parent);
    if (workspace == nullptr) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("csodesk::ui::WorkspaceRouter", "Ruang kerja gagal dibuka."),
            QStringLiteral("workspace factory returned null for role ") + roleCode(actor.role));
    }
    return workspace;
}

} // namespace csodesk::ui
