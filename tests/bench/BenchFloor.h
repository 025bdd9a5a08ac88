#pragma once

#include "auth/Actor.h"
#include "storage/Database.h"

#include <QStringList>

#include <memory>

namespace csodesk::bench {

// A PostgreSQL floor as deployed (docs/deployment.md): `floor init` by the owner, an admin who
// adds one agent, and that agent signed in as their own database login, so that what the
// benchmark measures goes through the same role checks and security-definer functions as at a
// workstation. The login roles are the cluster's; they are dropped again at the end, while the
// database still exists.
class BenchFloor {
public:
    BenchFloor(Database& owner, const QString& suffix);
    ~BenchFloor();
    BenchFloor(const BenchFloor&) = delete;
    BenchFloor& operator=(const BenchFloor&) = delete;

    [[nodiscard]] Database& agentDatabase() const { return *m_agentDatabase; }
    [[nodiscard]] const Actor& agent() const { return m_agent; }

private:
    Database& m_owner;
    QStringList m_roles; // dropped in this order
    std::shared_ptr<Database> m_agentDatabase;
    Actor m_agent;
};

} // namespace csodesk::bench
