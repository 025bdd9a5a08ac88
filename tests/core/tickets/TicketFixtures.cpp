#include "TicketFixtures.h"

#include "auth/UserRepository.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QUuid>

#include <catch2/catch.hpp>

namespace csodesk::test {

namespace {

struct FixtureUnit {
    const char* code;
    const char* name;
};
constexpr FixtureUnit kUnits[] = { { "54110", "ULP Bandung Barat" }, { "54120", "ULP Cimahi" } };

// The IDPELs the ticket tests file for.
const QStringList& fixtureIdpels()
{
    static const QStringList idpels = [] {
        QStringList list;
        for (int n : { 1, 2, 3, 4, 5, 6, 123, 124, 125, 126, 127, 456, 789, 999 })
            list << QStringLiteral("5411%1").arg(n, 8, 10, QLatin1Char('0'));
        return list;
    }();
    return idpels;
}

QString unitName(const QString& code)
{
    for (const FixtureUnit& unit : kUnits)
        if (code == QLatin1String(unit.code))
            return QString::fromLatin1(unit.name);
    return code;
}

} // namespace

Actor createUser(Database& db, const QString& name, Role role)
{
    auto id = db.write([&](QSqlDatabase& conn) {
        return users::insert(conn, name, role, QStringLiteral("$argon2id$not-a-real-hash"), 0);
    });
    REQUIRE(id.ok());
    return Actor { id.value(), name, role };
}

FixtureCustomer fixtureCustomer(const QString& idpel)
{
    if (idpel == QLatin1String("541100000456"))
        return { QStringLiteral("Siti Aminah"), QStringLiteral("54120"), unitName(QStringLiteral("54120")) };
    if (idpel == QLatin1String("541100000003"))
        return { QStringLiteral("Budi Santoso"), QStringLiteral("54120"), unitName(QStringLiteral("54120")) };
    return { QStringLiteral("Budi Santoso"), QStringLiteral("54110"), unitName(QStringLiteral("54110")) };
}

TicketDraft keluhanDraft(const QString& idpel, const QString& subIssue)
{
    const FixtureCustomer customer = fixtureCustomer(idpel);
    TicketDraft draft;
    draft.kind = TicketKind::Keluhan;
    draft.issueTypeId = subIssue.section(QLatin1Char('.'), 0, 0);
    draft.subIssueTypeId = subIssue;
    draft.routing = TicketRouting::CustomerUnit;
    draft.customerIdpel = idpel;
    draft.customerName = customer.name;
    draft.unitCode = customer.ulpCode;
    draft.unitName = customer.ulpName;
    draft.fields.insert(QStringLiteral("email"), QStringLiteral("budi@example.com"));
    draft.description = QStringLiteral("PELANGGAN MENGAJUKAN KOREKSI REKENING (IDPEL %1)").arg(idpel);
    draft.agentNote = QStringLiteral("Pelanggan minta dihubungi sore hari");
    draft.sopId = QStringLiteral("sop-004-invoice-email");
    draft.sopVersion = 2;
    draft.slaHours = 72;
    TranscriptStep step;
    step.nodeId = QStringLiteral("tanya-email");
    step.nodeKind = QStringLiteral("collect");
    step.text = QStringLiteral("Mohon sebutkan alamat email Bapak/Ibu");
    step.fields.insert(QStringLiteral("email"), QStringLiteral("budi@example.com"));
    step.at = QDateTime(QDate(2026, 11, 22), QTime(1, 58), Qt::UTC);
    draft.path.append(step);
    return draft;
}

TicketDraft issueClosedDraft(const QString& idpel, const QString& subIssue)
{
    TicketDraft draft;
    draft.kind = TicketKind::IssueClosed;
    draft.issueTypeId = subIssue.section(QLatin1Char('.'), 0, 0);
    draft.subIssueTypeId = subIssue;
    draft.routing = TicketRouting::ContactCenter;
    draft.customerIdpel = idpel;
    draft.customerName = fixtureCustomer(idpel).name;
    // resources/apkt/catalogue.json: contact_center_unit
    draft.unitCode = QStringLiteral("CC123");
    draft.unitName = QStringLiteral("Unit Contact Center PLN 123");
    draft.description
        = QStringLiteral("INFO REKENING BULAN NOVEMBER 2026 (IDPEL %1) TELAH DIJELASKAN DAN PELANGGAN MENGERTI")
              .arg(idpel);
    draft.sopId = QStringLiteral("sop-000-tagihan");
    draft.sopVersion = 1;
    TranscriptStep step;
    step.nodeId = QStringLiteral("jelaskan");
    step.nodeKind = QStringLiteral("say");
    step.text = QStringLiteral("Tagihan bulan ini dihitung dari rata-rata 3 bulan");
    draft.path.append(step);
    return draft;
}

TicketWorld::TicketWorld(const std::string& dialect)
    : test(TestDatabase::create(dialect))
{
    for (const QString& idpel : fixtureIdpels())
        seedCustomer(idpel, fixtureCustomer(idpel).name, fixtureCustomer(idpel).ulpCode);

    if (dialect == "sqlite") {
        m_shared = makeSeat(test->shared());
        agent = createUser(owner(), QStringLiteral("budi"), Role::Agent);
        otherAgent = createUser(owner(), QStringLiteral("andi"), Role::Agent);
        supervisor = createUser(owner(), QStringLiteral("sari"), Role::Supervisor);
        admin = createUser(owner(), QStringLiteral("admin"), Role::Admin);
        return;
    }
    floor = std::make_unique<TestFloor>(owner(), clock);
    floor->takeTimeFromClients();
    agent = signInSeat(floor->addPerson(QStringLiteral("budi"), Role::Agent), Role::Agent);
    otherAgent = signInSeat(floor->addPerson(QStringLiteral("andi"), Role::Agent), Role::Agent);
    supervisor = signInSeat(floor->addPerson(QStringLiteral("sari"), Role::Supervisor), Role::Supervisor);
    admin = signInSeat(floor->adminName(), Role::Admin);
}

TicketWorld::~TicketWorld() = default;

Actor TicketWorld::signInSeat(const QString& login, Role role)
{
    TestFloor::SignedIn signedIn = floor->signIn(login);
    REQUIRE(signedIn.actor.role == role);
    m_seats.emplace(login, makeSeat(signedIn.database));
    return signedIn.actor;
}

std::unique_ptr<TicketSeat> TicketWorld::makeSeat(std::shared_ptr<Database> database)
{
    auto seat = std::make_unique<TicketSeat>();
    seat->database = std::move(database);
    seat->audit = std::make_unique<AuditLog>(*seat->database, clock);
    seat->tickets = std::make_unique<TicketService>(*seat->database, *seat->audit, clock, QStringLiteral("54"));
    seat->queries = std::make_unique<TicketQueryService>(*seat->database, clock);
    return seat;
}

TicketSeat& TicketWorld::seatOf(const Actor& actor)
{
    if (m_shared)
        return *m_shared;
    const auto found = m_seats.find(actor.userName);
    if (found == m_seats.end())
        FAIL("no seat on this floor for '" << actor.userName.toStdString() << "'");
    return *found->second;
}

QString TicketWorld::workstationUrl() const
{
    return floor ? floor->url().toString() : test->urlText();
}

void TicketWorld::seedCustomer(const QString& idpel, const QString& name, const QString& ulpCode)
{
    auto seeded = owner().write([&](QSqlDatabase& db) -> Status {
        for (const FixtureUnit& unit : kUnits) {
            auto added = execQuery(db,
                QStringLiteral("INSERT INTO units (code, level, name) VALUES (?, 'ulp', ?) "
                               "ON CONFLICT (code) DO NOTHING"),
                { QString::fromLatin1(unit.code), QString::fromLatin1(unit.name) });
            if (!added.ok())
                return added.error();
        }
        auto customer = execQuery(db,
            QStringLiteral("INSERT INTO customers (idpel, name, tariff_class, power_va, payment_type, "
                           "ulp_code) VALUES (?, ?, 'R1', 1300, 'postpaid', ?) "
                           "ON CONFLICT (idpel) DO UPDATE SET name = excluded.name, "
                           "ulp_code = excluded.ulp_code"),
            { idpel, name, ulpCode });
        if (!customer.ok())
            return customer.error();
        return {};
    });
    INFO((seeded.ok() ? QString() : seeded.error().detail).toStdString());
    REQUIRE(seeded.ok());
}

Ticket TicketWorld::file(const Actor& actor, const TicketDraft& draft, qint64 handleSeconds, const QString& linked)
{
    FilingRequest request;
    request.callStartedAt = clock.nowUtc().addSecs(-handleSeconds);
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.linkedTicketNumber = linked;
    auto filed = ticketsOf(actor).file(actor, draft, request);
    INFO((filed.ok() ? QString() : filed.error().message + QStringLiteral(" / ") + filed.error().detail).toStdString());
    REQUIRE(filed.ok());
    REQUIRE_FALSE(filed->alreadyFiled);
    return filed->ticket;
}

} // namespace csodesk::test
