#include "TicketFixtures.h"

#include "auth/UserRepository.h"
#include "common/TimeUtil.h"

#include <catch2/catch.hpp>

#include <QUuid>

namespace csodesk::test {

Actor createUser(Database& db, const QString& name, Role role)
{
    auto id = db.write([&](QSqlDatabase& conn) {
        return users::insert(conn, name, role, QStringLiteral("$argon2id$not-a-real-hash"), 0);
    });
    REQUIRE(id.ok());
    return Actor{id.value(), name, role};
}

TicketDraft keluhanDraft(const QString& idpel, const QString& subIssue)
{
    TicketDraft draft;
    draft.kind = TicketKind::Keluhan;
    draft.issueTypeId = subIssue.section(QLatin1Char('.'), 0, 0);
    draft.subIssueTypeId = subIssue;
    draft.routing = TicketRouting::CustomerUnit;
    draft.customerIdpel = idpel;
    draft.customerName = QStringLiteral("Budi Santoso");
    draft.unitCode = QStringLiteral("54110");
    draft.unitName = QStringLiteral("ULP Bandung Barat");
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
    draft.customerName = QStringLiteral("Siti Aminah");
    draft.unitCode = QStringLiteral("CC123");
    draft.unitName = QStringLiteral("Unit Contact Center");
    draft.description = QStringLiteral("INFO REKENING BULAN NOVEMBER 2026 (IDPEL %1) TELAH DIJELASKAN DAN PELANGGAN MENGERTI")
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

TicketWorld::TicketWorld(const std::string& dialect) : test(TestDatabase::create(dialect))
{
    audit = std::make_unique<AuditLog>(test->db(), clock);
    tickets = std::make_unique<TicketService>(test->db(), *audit, clock, QStringLiteral("54"));
    queries = std::make_unique<TicketQueryService>(test->db(), clock);
    agent = createUser(test->db(), QStringLiteral("budi"), Role::Agent);
    otherAgent = createUser(test->db(), QStringLiteral("andi"), Role::Agent);
    supervisor = createUser(test->db(), QStringLiteral("sari"), Role::Supervisor);
    admin = createUser(test->db(), QStringLiteral("admin"), Role::Admin);
}

Ticket TicketWorld::file(const Actor& actor, const TicketDraft& draft, qint64 handleSeconds, const QString& linked)
{
    FilingRequest request;
    request.callStartedAt = clock.nowUtc().addSecs(-handleSeconds);
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.linkedTicketNumber = linked;
    auto filed = tickets->file(actor, draft, request);
    INFO((filed.ok() ? QString() : filed.error().message + QStringLiteral(" / ") + filed.error().detail).toStdString());
    REQUIRE(filed.ok());
    REQUIRE_FALSE(filed->alreadyFiled);
    return filed->ticket;
}

} // namespace csodesk::test
