#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

#include <QWidget>

#include <functional>
#include <map>

namespace csodesk::ui {

// The two workspaces of the app. Which one a person gets is decided by role alone: agents the
// agent workspace, supervisors and admins the supervisor console (the core services check the
// role again on every call, so this is convenience, not security).
enum class WorkspaceKind { AgentWorkspace, SupervisorConsole };

[[nodiscard]] WorkspaceKind workspaceKindFor(Role role);

// Builds the workspace widget for a logged-in person. The app registers one factory per kind
// in main(), where the services the workspace needs are constructed.
class WorkspaceRouter {
public:
    using Factory = std::function<QWidget*(const Actor& actor, QWidget* parent)>;

    void registerFactory(WorkspaceKind kind, Factory factory);
    [[nodiscard]] bool hasFactory(WorkspaceKind kind) const { return m_factories.contains(kind); }

    // The new widget (owned by `parent`), or an error when this build has no workspace for
    // the person's role.
    [[nodiscard]] Result<QWidget*> create(const Actor& actor, QWidget* parent) const;

private:
    std::map<WorkspaceKind, Factory> m_factories;
};

} // namespace csodesk::ui
