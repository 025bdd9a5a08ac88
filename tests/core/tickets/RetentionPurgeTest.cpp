// The retention purge (issue 13, PDP duties): past tickets lose every personal text and keep
// every figure; the access log keeps who, what and when; the record refuses any other change.
// On PostgreSQL the admin is a floor's own login and the database function does the work.
#include "TicketFixtures.h"
#include "audit/AuditDetailLabel.h"
#include "common/TimeUtil.h"
#include "retention/RetentionService.h"
#include "storage/SqlQuery.h"

#include <QTextStream>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QDateTime utc(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(3, 0), Qt::UTC);
}

// Every figure of a period as one text, so "unchanged" is one comparison.
QString describe(const TicketFigures& f)
{
    QString text;
    QTextStream out(&text);
    out << f.total << " fcr " << f.firstContactResolution.numerator << "/" << f.firstContactResolution.denominator
        << " aht " << f.averageHandleTimeMs << " p90 " << f.p90HandleTimeMs << " repeat " << f.repeatContacts.numerator
        << "/" << f.repeatContacts.denominator << " sla " << f.slaCompliance.numerator << "/"
        << f.slaCompliance.denominator << "\n";
    for (const DayKindCount& day : f.byDayAndKind)
        out << day.day.toString(Qt::ISODate) << " " << ticketKindCode(day.kind) << " " << day.count << "\n";
    for (const auto* list : { &f.bySubIssueType, &f.byUnit, &f.byAgent })
        for (const KeyCount& key : *list)
            out << key.key << " " << key.label << " " << key.count << "\n";
    for (const qint64 band : f.openKeluhanByAge)
        out << band << " ";
    return text;
}

qint64 countWhere(TicketWorld& w, const QString& sql, const QVariantList& values = {})
{
    auto count = w.owner().read([&](QSqlDatabase& db) { return queryScalar(db, sql, values); });
    REQUIRE(count.ok());
    return count->toLongLong();
}

Status ownerExec(TicketWorld& w, const QString& sql)
{
    return w.owner().write([&](QSqlDatabase& db) -> Status {
        auto query = execQuery(db, sql);
        if (!query.ok())
            return query.error();
        return {};
    });
}

} // namespace

TEST_CASE("A purge anonymises past tickets, keeps a past month's figures and leaves no customer name", "[retention]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString oldIdpel = QStringLiteral("541100000001");
    const QString oldName = fixtureCustomer(oldIdpel).name;
    REQUIRE_FALSE(oldName.isEmpty());

    // February: a KELUHAN with a captured e-mail and a supervisor's note, and an Issue Closed
    // for the same customer (a repeat contact the figures count).
    w.clock.set(utc(2, 10));
    TicketDraft keluhan = keluhanDraft(oldIdpel);
    keluhan.fields.insert(QStringLiteral("email"), QStringLiteral("pelanggan@contoh.id"));
    keluhan.agentNote = QStringLiteral("Bapak ") + oldName + QStringLiteral(" minta ditelepon");
    const Ticket oldKeluhan = w.file(w.agent, keluhan, 240);
    REQUIRE(w.ticketsOf(w.supervisor)
                .annotate(w.supervisor, oldKeluhan.number, QStringLiteral("Sudah dihubungi, rumah ") + oldName)
                .ok());
    REQUIRE(w.auditOf(w.agent).record(w.agent.userName, AuditAction::Export, {}, QStringLiteral("old export")).ok());
    w.clock.set(utc(2, 12));
    (void)w.file(w.otherAgent, issueClosedDraft(oldIdpel), 90);
    // November: a recent ticket, untouched by the purge.
    w.clock.set(utc(11, 20));
    const Ticket recent = w.file(w.agent, issueClosedDraft(QStringLiteral("541100000002")), 60);

    w.clock.set(utc(11, 22));
    const QDateTime febFrom = QDateTime(QDate(2026, 2, 1), QTime(0, 0), wibTimeZone()).toUTC();
    const QDateTime febTo = QDateTime(QDate(2026, 3, 1), QTime(0, 0), wibTimeZone()).toUTC();
    auto before = w.queriesOf(w.supervisor).figures(w.supervisor, febFrom, febTo);
    REQUIRE(before.ok());
    REQUIRE(before->total == 2);

    RetentionService retention(w.dbOf(w.admin), w.auditOf(w.admin), w.clock);
    PurgeRequest request;
    request.ticketDays = 180;
    request.accessLogDays = 180;
    auto purged = retention.purge(w.admin, request);
    REQUIRE(purged.ok());
    CHECK(purged->tickets == 2);
    CHECK(purged->notes == 1);
    CHECK(purged->accessLogRows >= 1);
    CHECK(purged->ticketDays == 180);

    auto after = w.queriesOf(w.supervisor).figures(w.supervisor, febFrom, febTo);
    REQUIRE(after.ok());
    CHECK(describe(after.value()) == describe(before.value()));

    // No trace of the name, an e-mail or the note in any column of the old tickets or events
    // (the recent ticket's customer has the same name in the fixtures).
    const QString like = QStringLiteral("%") + oldName + QStringLiteral("%");
    CHECK(countWhere(w,
              QStringLiteral("SELECT COUNT(*) FROM tickets WHERE filed_at_ms < ? AND (customer_name LIKE ? "
                             "OR description LIKE ? OR agent_note LIKE ? OR path_json LIKE ? OR fields_json LIKE ? "
                             "OR fields_json LIKE ?)"),
              { toEpochMs(utc(6, 1)), like, like, like, like, QStringLiteral("%contoh.id%"), QStringLiteral("%@%") })
        == 0);
    CHECK(countWhere(w, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE note LIKE ?"), { like }) == 0);
    CHECK(countWhere(w, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = 'old export'")) == 0);

    auto shown = w.queriesOf(w.supervisor).show(w.supervisor, oldKeluhan.number);
    REQUIRE(shown.ok());
    const Ticket& anonymised = shown->ticket;
    CHECK(anonymised.anonymisedAt.isValid());
    CHECK(anonymised.content.customerName.isEmpty());
    CHECK(anonymised.content.customerIdpel == oldIdpel);
    CHECK(anonymised.content.fields.isEmpty());
    CHECK(anonymised.content.unitCode == oldKeluhan.content.unitCode);
    CHECK(anonymised.handleTimeMs == oldKeluhan.handleTimeMs);
    CHECK(anonymised.status == oldKeluhan.status);
    REQUIRE(anonymised.content.path.size() == oldKeluhan.content.path.size());
    for (int i = 0; i < anonymised.content.path.size(); ++i) {
        CHECK(anonymised.content.path.at(i).nodeId == oldKeluhan.content.path.at(i).nodeId);
        CHECK(anonymised.content.path.at(i).choiceId == oldKeluhan.content.path.at(i).choiceId);
        CHECK(anonymised.content.path.at(i).text.isEmpty());
        CHECK(anonymised.content.path.at(i).fields.isEmpty());
    }
    auto untouched = w.queriesOf(w.supervisor).show(w.supervisor, recent.number);
    REQUIRE(untouched.ok());
    CHECK_FALSE(untouched->ticket.anonymisedAt.isValid());
    CHECK(untouched->ticket.content == recent.content);

    // Idempotent, and recorded each time.
    auto again = retention.purge(w.admin, request);
    REQUIRE(again.ok());
    CHECK(again->tickets == 0);
    CHECK(again->notes == 0);
    CHECK(countWhere(w, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'privacy_purge'")) == 2);
    // The record reads as words in the console, the same on both dialects.
    AuditFilter purges;
    purges.action = AuditAction::PrivacyPurge;
    auto recorded = w.auditOf(w.admin).query(purges);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 2);
    CHECK(auditDetailLabel(AuditAction::PrivacyPurge, recorded->last().detail)
        == QStringLiteral("2 tiket dan 1 catatan dianonimkan, %1 baris log akses dikosongkan (masa simpan 180 dan "
                          "180 hari)")
               .arg(purged->accessLogRows));
    CHECK(recorded->last().actor == w.admin.userName);
}

TEST_CASE("Only an admin purges or changes the retention, and never below the minimum", "[retention]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    for (const Actor* actor : { &w.agent, &w.supervisor }) {
        RetentionService retention(w.dbOf(*actor), w.auditOf(*actor), w.clock);
        auto purged = retention.purge(*actor, {});
        REQUIRE_FALSE(purged.ok());
        CHECK(purged.error().kind == ErrorKind::PermissionDenied);
        CHECK_FALSE(retention.setPolicy(*actor, 100, std::nullopt).ok());
        auto policy = retention.policy(*actor);
        REQUIRE(policy.ok());
        CHECK(policy->ticketDays == 1825);
        CHECK(policy->accessLogDays == 730);
    }
    RetentionService retention(w.dbOf(w.admin), w.auditOf(w.admin), w.clock);
    PurgeRequest tooSoon;
    tooSoon.ticketDays = 7;
    auto refused = retention.purge(w.admin, tooSoon);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("90")));
    CHECK_FALSE(retention.setPolicy(w.admin, std::nullopt, 5).ok());

    auto changed = retention.setPolicy(w.admin, 400, std::nullopt);
    REQUIRE(changed.ok());
    CHECK(changed->ticketDays == 400);
    CHECK(changed->accessLogDays == 730);
    CHECK(changed->changedAt.isValid());
    CHECK(countWhere(w, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'retention'")) == 1);
    // The purge's default is the policy.
    auto purged = retention.purge(w.admin, {});
    REQUIRE(purged.ok());
    CHECK(purged->ticketDays == 400);
}

TEST_CASE("The record still refuses every change but the anonymised form, even from the schema owner", "[retention]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    w.clock.set(utc(2, 10));
    const Ticket ticket = w.file(w.agent, keluhanDraft(QStringLiteral("541100000001")), 240);
    REQUIRE(w.ticketsOf(w.supervisor).annotate(w.supervisor, ticket.number, QStringLiteral("catatan")).ok());
    const QString id = QString::number(ticket.id);

    // A figure, a name alone, an anonymisation that keeps the path's texts, a note of a ticket
    // that is not anonymised, the access log's actor: all refused.
    CHECK_FALSE(ownerExec(w, QStringLiteral("UPDATE tickets SET handle_time_ms = 1 WHERE id = ") + id).ok());
    CHECK_FALSE(ownerExec(w, QStringLiteral("UPDATE tickets SET customer_name = '' WHERE id = ") + id).ok());
    CHECK_FALSE(ownerExec(w,
        QStringLiteral("UPDATE tickets SET customer_name = '', fields_json = '{}', description = '', "
                       "agent_note = '', anonymised_at_ms = 1 WHERE id = ")
            + id)
                    .ok());
    CHECK_FALSE(ownerExec(w, QStringLiteral("UPDATE ticket_events SET note = '' WHERE ticket_id = ") + id).ok());
    CHECK_FALSE(ownerExec(w, QStringLiteral("UPDATE audit_log SET actor = 'someone'")).ok());
    CHECK_FALSE(ownerExec(w, QStringLiteral("DELETE FROM tickets WHERE id = ") + id).ok());
    CHECK_FALSE(ownerExec(w, QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(countWhere(w, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE anonymised_at_ms IS NULL")) == 1);
}
