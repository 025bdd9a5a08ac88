#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QStringList>

namespace csodesk::test {

// A PostgreSQL floor inside a test database, as in production: `floor init` by the owner (the
// test server's superuser owns the test databases), people as login roles added by the admin,
// each opening their own connections through a URL that names no login. Role names are the
// cluster's, so each gets a suffix unique to this floor; the roles are dropped with it, which
// must happen while the database still exists.
class TestFloor {
public:
    TestFloor(Database& owner, const Clock& clock);
    ~TestFloor();
    TestFloor(const TestFloor&) = delete;
    TestFloor& operator=(const TestFloor&) = delete;

    // Adds a person through the admin's UserService and returns their login name.
    QString addPerson(const QString& shortName, Role role);
    // A workstation's database with `login` signed in (AuthService, as the desktop signs in),
    // and the Actor the floor knows them as.
    struct SignedIn {
        std::shared_ptr<Database> database;
        Actor actor;
    };
    [[nodiscard]] SignedIn signIn(const QString& login) const;
    // The login name addPerson gives `shortName` on this floor.
    [[nodiscard]] QString loginName(const QString& shortName) const { return shortName + m_suffix; }
    [[nodiscard]] QString adminName() const { return m_admin; }
    [[nodiscard]] const DatabaseUrl& url() const { return m_url; } // a workstation's: no login
    [[nodiscard]] static QString password() { return QStringLiteral("Floor-Test-Pw-123"); }
    // Customers for test::informationDraft(0 .. count-1) (the database files only for a
    // customer it knows), in the ULP 54110.
    void seedInformationCustomers(int count);
    // The one change to the schema under test, for tests whose assertions are pinned to a
    // FixedClock (ticket numbers of a given WIB day, SLA deadlines, "7 days later"): the
    // database's time source, csodesk_now_ms(), takes the time the client states, as it does
    // for the owner. Everything else (actor, privileges, row-level security, the record
    // checks) stays as deployed. The deployed function ignores a person's stated time; the
    // floor suite (tests/security) and FloorServicesTest check that with the real function.
    void takeTimeFromClients();

private:
    Database& m_owner;
    const Clock& m_clock;
    QString m_suffix;
    QString m_admin;
    DatabaseUrl m_url;
    QStringList m_roles;
};

} // namespace csodesk::test
