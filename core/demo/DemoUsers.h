#pragma once

#include "auth/Actor.h"
#include "auth/UserService.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace csodesk {

// The accounts of a demo database, with passwords that are documented in the README on
// purpose: "agen1".."agen5" (agents), "spv1" (supervisor), "admin1" (admin), each with the
// password "<name>-demo". Never use them on a real database.
struct DemoUser {
    QString name;
    Role role = Role::Agent;
    QString password;
};

struct DemoUsersSummary {
    QList<Actor> agents;
    Actor supervisor;
    Actor admin;
    int created = 0; // accounts that did not exist yet
};

namespace demo_users {

[[nodiscard]] QList<DemoUser> accounts();

// Whether the database has users other than the demo accounts: a real database, where
// demo-data needs an admin's sign-in and the public demo accounts are never added.
[[nodiscard]] Result<bool> hasOwnUsers(Database& database);

// Creates the demo accounts that are missing and returns all of them as actors. On a fresh
// database "admin1" is the bootstrap admin. A database with users of its own (hasOwnUsers) is
// refused: its people are not to share a database with accounts whose passwords are public.
[[nodiscard]] Result<DemoUsersSummary> ensure(Database& database, UserService& users);

} // namespace demo_users

} // namespace csodesk
