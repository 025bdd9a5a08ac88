#include "auth/AuthService.h"

#include "TestDatabase.h"
#include "TestFloor.h"
#include "auth/UserService.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <vector>

using namespace csodesk;
using namespace csodesk::test;

namespace {

struct AuthFixture {
    std::unique_ptr<TestDatabase> test;
    FixedClock clock { QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC) };
    PasswordHasher hasher { PasswordHasher::Cost::Minimum };
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<UserService> users;
    Actor admin;

    explicit AuthFixture(const std::string& dialect)
        : test(TestDatabase::create(dialect))
    {
        audit = std::make_unique<AuditLog>(test->db(), clock);
        auth = std::make_unique<AuthService>(test->db(), *audit, clock, hasher);
        users = std::make_unique<UserService>(test->db(), *audit, clock, hasher);
        auto first = users->bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("rahasia-admin"));
        REQUIRE(first.ok());
        admin = first->toActor();
    }
};

} // namespace

// Embedded mode: csodesk checks its own Argon2id hashes and counts failures itself. On a floor
// the server checks the password and its lockout is the server's (auth_delay, fail2ban: see
// docs/deployment.md); the floor cases are at the end.
TEST_CASE("Sign-in: right password, wrong password, unknown name", "[auth]")
{
    AuthFixture f("sqlite");
    REQUIRE(f.users->add(f.admin, QStringLiteral("budi"), Role::Agent, QStringLiteral("kata-sandi-budi")).ok());

    auto ok = f.auth->login(QStringLiteral("budi"), QStringLiteral("kata-sandi-budi"));
    REQUIRE(ok.ok());
    CHECK(ok->userName == QStringLiteral("budi"));
    CHECK(ok->role == Role::Agent);
    CHECK(ok->userId > 0);

    auto wrong = f.auth->login(QStringLiteral("budi"), QStringLiteral("salah"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::InvalidInput);
    CHECK(wrong.error().message == QStringLiteral("Nama pengguna atau kata sandi salah."));

    auto unknown = f.auth->login(QStringLiteral("siapa"), QStringLiteral("kata-sandi-budi"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message); // does not reveal which names exist

    AuditFilter failures;
    failures.action = AuditAction::LoginFailed;
    auto recorded = f.audit->query(failures);
    REQUIRE(recorded.ok());
    CHECK(recorded->size() == 2);
}

TEST_CASE("Guesses sent in parallel get no more password checks than the limit", "[auth][security]")
{
    AuthFixture f("sqlite");
    REQUIRE(f.users->add(f.admin, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari")).ok());
    constexpr int kGuesses = 24;
    std::atomic<int> refused { 0 };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kGuesses; ++i) {
        threads.emplace_back(QThread::create([&f, &refused, i] {
            if (!f.auth->login(QStringLiteral("sari"), QStringLiteral("tebakan-%1").arg(i)).ok())
                ++refused;
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        REQUIRE(thread->wait(60000));
    CHECK(refused.load() == kGuesses);

    // Each password check is one "wrong password" row; every other guess met the lock unchecked.
    AuditFilter failures;
    failures.action = AuditAction::LoginFailed;
    auto recorded = f.audit->query(failures);
    REQUIRE(recorded.ok());
    int checked = 0;
    int metTheLock = 0;
    for (const AuditEntry& entry : recorded.value()) {
        checked += entry.detail.startsWith(QStringLiteral("wrong password")) ? 1 : 0;
        metTheLock += entry.detail == QLatin1String("locked") ? 1 : 0;
    }
    CHECK(checked == AuthService::kMaxFailedAttempts);
    CHECK(metTheLock == kGuesses - AuthService::kMaxFailedAttempts);
    // And the right password is refused while the lock lasts.
    CHECK_FALSE(f.auth->login(QStringLiteral("sari"), QStringLiteral("kata-sandi-sari")).ok());
}

TEST_CASE("Five wrong passwords lock the account for 15 minutes, even for the right password", "[auth]")
{
    AuthFixture f("sqlite");
    REQUIRE(f.users->add(f.admin, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari")).ok());

    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto wrong = f.auth->login(QStringLiteral("sari"), QStringLiteral("tebakan-%1").arg(attempt));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().kind == ErrorKind::InvalidInput);
    }
    auto fifth = f.auth->login(QStringLiteral("sari"), QStringLiteral("tebakan-5"));
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().kind == ErrorKind::PermissionDenied);
    CHECK(fifth.error().message.contains(QStringLiteral("terkunci")));
    CHECK(fifth.error().message.contains(QStringLiteral("08:15"))); // 01:15 UTC = 08:15 WIB

    f.clock.advanceSeconds(14 * 60);
    auto stillLocked = f.auth->login(QStringLiteral("sari"), QStringLiteral("kata-sandi-sari"));
    REQUIRE_FALSE(stillLocked.ok());
    CHECK(stillLocked.error().message.contains(QStringLiteral("terkunci")));

    f.clock.advanceSeconds(61);
    auto unlocked = f.auth->login(QStringLiteral("sari"), QStringLiteral("kata-sandi-sari"));
    REQUIRE(unlocked.ok());
    CHECK(unlocked->role == Role::Supervisor);

    // A success resets the count: four more failures do not lock.
    for (int attempt = 1; attempt <= 4; ++attempt)
        CHECK(f.auth->login(QStringLiteral("sari"), QStringLiteral("x")).error().kind == ErrorKind::InvalidInput);
    CHECK(f.auth->login(QStringLiteral("sari"), QStringLiteral("kata-sandi-sari")).ok());
}

TEST_CASE(
    "A name without an account locks like a real one, with the same answers at the same times", "[auth][security]")
{
    AuthFixture f("sqlite");
    REQUIRE(f.users->add(f.admin, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari")).ok());
    // Each step: both names get a wrong guess at the same moment and must get the same answer.
    const auto both = [&f](const char* step) {
        auto known = f.auth->login(QStringLiteral("sari"), QStringLiteral("tebakan"));
        auto unknown = f.auth->login(QStringLiteral("tidak-ada"), QStringLiteral("tebakan"));
        INFO(step);
        REQUIRE_FALSE(known.ok());
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().kind == known.error().kind);
        CHECK(unknown.error().message == known.error().message);
        return known.error();
    };
    for (int attempt = 1; attempt < AuthService::kMaxFailedAttempts; ++attempt)
        CHECK(both("before the limit").kind == ErrorKind::InvalidInput);
    const Error locked = both("the guess that locks");
    CHECK(locked.kind == ErrorKind::PermissionDenied);
    CHECK(locked.message.contains(QStringLiteral("08:15")));
    f.clock.advanceSeconds(10 * 60);
    CHECK(both("during the lock").message.contains(QStringLiteral("08:15")));
    f.clock.advanceSeconds(6 * 60);
    CHECK(both("after the lock: counting again").kind == ErrorKind::InvalidInput);
    for (int attempt = 2; attempt < AuthService::kMaxFailedAttempts; ++attempt)
        (void)both("counting again");
    CHECK(both("locked again").message.contains(QStringLiteral("08:31")));
}

TEST_CASE("Shared through a PostgreSQL server, the lock takes the server's clock, not a workstation's", "[auth]")
{
    if (postgresBaseUrl().isEmpty())
        return;
    // The workstation's clock is ten days behind (the fixture's); the server's is right.
    AuthFixture f("postgresql");
    REQUIRE(f.users->add(f.admin, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari")).ok());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= AuthService::kMaxFailedAttempts; ++attempt)
        (void)f.auth->login(QStringLiteral("sari"), QStringLiteral("tebakan"));
    auto stored = f.test->db().read([](QSqlDatabase& db) {
        return queryScalar(db, QStringLiteral("SELECT locked_until_ms FROM users WHERE name = 'sari'"));
    });
    REQUIRE(stored.ok());
    const QDateTime until = fromEpochMs(stored->toLongLong());
    CHECK(until >= before.addSecs(15 * 60 - 5));
    CHECK(until <= QDateTime::currentDateTimeUtc().addSecs(15 * 60 + 5));
    // A workstation whose clock runs a day ahead does not get past it either.
    f.clock.set(QDateTime::currentDateTimeUtc().addDays(1));
    auto refused = f.auth->login(QStringLiteral("sari"), QStringLiteral("kata-sandi-sari"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
}

TEST_CASE("A disabled account cannot sign in, and an admin's reset lifts a lock", "[auth]")
{
    AuthFixture f("sqlite");
    REQUIRE(f.users->add(f.admin, QStringLiteral("andi"), Role::Agent, QStringLiteral("kata-sandi-andi")).ok());
    for (int attempt = 0; attempt < 5; ++attempt)
        (void)f.auth->login(QStringLiteral("andi"), QStringLiteral("salah-salah"));
    CHECK(f.auth->login(QStringLiteral("andi"), QStringLiteral("kata-sandi-andi")).error().kind
        == ErrorKind::PermissionDenied);
    REQUIRE(f.users->setPassword(f.admin, QStringLiteral("andi"), QStringLiteral("sandi-baru-andi")).ok());
    CHECK(f.auth->login(QStringLiteral("andi"), QStringLiteral("sandi-baru-andi")).ok());

    REQUIRE(f.users->disable(f.admin, QStringLiteral("andi")).ok());
    auto disabled = f.auth->login(QStringLiteral("andi"), QStringLiteral("sandi-baru-andi"));
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().kind == ErrorKind::PermissionDenied);
    CHECK(disabled.error().message == QStringLiteral("Akun ini sudah dinonaktifkan. Hubungi admin."));
}

TEST_CASE("Passwords are stored as Argon2id hashes, never as given", "[auth]")
{
    PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    auto hash = hasher.hash(QStringLiteral("kata-sandi-ñ-ü"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("kata-sandi")));
    CHECK(hasher.verify(hash.value(), QStringLiteral("kata-sandi-ñ-ü")));
    CHECK_FALSE(hasher.verify(hash.value(), QStringLiteral("kata-sandi-n-u")));
    auto again = hasher.hash(QStringLiteral("kata-sandi-ñ-ü"));
    REQUIRE(again.ok());
    CHECK(again.value() != hash.value()); // a fresh salt each time

    PasswordHasher product; // the interactive cost
    CHECK(product.needsRehash(hash.value()));
    CHECK_FALSE(PasswordHasher::checkStrength(QStringLiteral("pendek")).ok());
}

TEST_CASE("On a floor the server checks the password, and answers as embedded mode does", "[auth][postgresql]")
{
    if (!postgresAvailable())
        return;
    auto test = TestDatabase::create("postgresql");
    SystemClock clock;
    TestFloor floor(test->db(), clock);
    const QString budi = floor.addPerson(QStringLiteral("budi"), Role::Agent);
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    // Each attempt from a fresh workstation, as the login dialog opens its connection anew.
    auto attempt = [&](const QString& name, const QString& password) {
        auto opened = Database::open(floor.url());
        REQUIRE(opened.ok());
        AuditLog audit(*opened.value(), clock);
        return AuthService(*opened.value(), audit, clock, hasher).login(name, password);
    };

    auto ok = attempt(budi, TestFloor::password());
    REQUIRE(ok.ok());
    CHECK(ok->userName == budi);
    CHECK(ok->role == Role::Agent);
    CHECK(ok->userId > 0);

    auto wrong = attempt(budi, QStringLiteral("salah"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::InvalidInput);
    CHECK(wrong.error().message == QStringLiteral("Nama pengguna atau kata sandi salah."));
    auto unknown = attempt(floor.loginName(QStringLiteral("siapa")), TestFloor::password());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message); // does not reveal which names exist
    // The group decides the role, not anything the workstation holds.
    CHECK(attempt(floor.adminName(), TestFloor::password())->role == Role::Admin);
}
