#pragma once

#include "TestDatabase.h"
#include "TestFloor.h"
#include "auth/Actor.h"
#include "common/Clock.h"

#include <functional>
#include <memory>
#include <string>

namespace csodesk::test {

// A seeded database on one dialect as an agent reaches it: on SQLite the one database; on
// PostgreSQL the agent's own login on a floor, where the database itself writes the
// access-log rows, and a supervisor's login to read them back.
struct AgentOnDialect {
    AgentOnDialect(const std::string& dialect, const QDateTime& nowUtc, const std::function<void(Database&)>& seed);

    std::unique_ptr<TestDatabase> database;
    FixedClock clock;
    std::unique_ptr<TestFloor> floor; // PostgreSQL only; after `database`: its roles go first
    std::shared_ptr<Database> agentDatabase;
    std::shared_ptr<Database> supervisorDatabase;
    Actor agent;
};

} // namespace csodesk::test
