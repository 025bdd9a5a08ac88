#include "AgentOnDialect.h"

namespace csodesk::test {

AgentOnDialect::AgentOnDialect(
    const std::string& dialect, const QDateTime& nowUtc, const std::function<void(Database&)>& seed)
    : database(TestDatabase::create(dialect))
    , clock(nowUtc)
{
    seed(database->db());
    if (dialect == "sqlite") {
        agentDatabase = supervisorDatabase = database->shared();
        agent = Actor { 7, QStringLiteral("sari"), Role::Agent };
        return;
    }
    floor = std::make_unique<TestFloor>(database->db(), clock);
    TestFloor::SignedIn signedIn = floor->signIn(floor->addPerson(QStringLiteral("sari"), Role::Agent));
    agentDatabase = signedIn.database;
    agent = signedIn.actor;
    supervisorDatabase = floor->signIn(floor->addPerson(QStringLiteral("spv"), Role::Supervisor)).database;
}

} // namespace csodesk::test
