#include "BenchTickets.h"

#include "RawSqlite.h"
#include "common/TimeUtil.h"
#include "tickets/TicketNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csodesk::bench {

namespace {

struct SubIssue {
    const char* id;
    TicketKind kind;
};

constexpr SubIssue kSubIssues[] = {
    { "informasi.tagihan_listrik_dan_token", TicketKind::IssueClosed },
    { "informasi.umum", TicketKind::IssueClosed },
    { "tagihan.koreksi_rekening", TicketKind::Keluhan },
    { "cater.keakuratan_hasil_catat_meter", TicketKind::Keluhan },
    { "cater.lebih_tagih", TicketKind::Keluhan },
    { "pb.proses_pb_belum_realisasi", TicketKind::Keluhan },
};

constexpr const char* kUnits[][2] = {
    { "54110", "ULP Bandung Barat" },
    { "54120", "ULP Bandung Timur" },
    { "54130", "ULP Cimahi Kota" },
    { "54140", "ULP Soreang" },
    { "54150", "ULP Lembang" },
    { "54160", "ULP Padalarang" },
};

QString idpelOf(qint64 i)
{
    return QStringLiteral("54110%1").arg(i % 9'000'000 + 1, 7, 10, QLatin1Char('0'));
}

} // namespace

QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC); // 10:00 WIB
}

TicketDraft benchDraft(qint64 i)
{
    const SubIssue& sub = kSubIssues[i % std::size(kSubIssues)];
    const auto* unit = kUnits[(i / 7) % std::size(kUnits)];
    TicketDraft draft;
    draft.kind = sub.kind;
    draft.subIssueTypeId = QString::fromLatin1(sub.id);
    draft.issueTypeId = draft.subIssueTypeId.section(QLatin1Char('.'), 0, 0);
    draft.customerIdpel = idpelOf(i * 7919);
    draft.customerName = QStringLiteral("Pelanggan Uji %1").arg(i % 1000);
    if (sub.kind == TicketKind::Keluhan) {
        draft.routing = TicketRouting::CustomerUnit;
        draft.unitCode = QString::fromLatin1(unit[0]);
        draft.unitName = QString::fromLatin1(unit[1]);
        draft.slaHours = 72;
        draft.fields.insert(QStringLiteral("stand"), QString::number(10000 + i % 5000));
    } else {
        draft.routing = TicketRouting::ContactCenter;
        draft.unitCode = QStringLiteral("CC123");
        draft.unitName = QStringLiteral("Unit Contact Center");
    }
    draft.description = QStringLiteral("PELANGGAN IDPEL %1 MELAPORKAN %2; SUDAH DIJELASKAN SESUAI SOP")
                            .arg(draft.customerIdpel, draft.subIssueTypeId.toUpper());
    draft.sopId = QStringLiteral("sop-bench");
    draft.sopVersion = 1;
    for (int step = 0; step < 2; ++step) {
        TranscriptStep transcript;
        transcript.nodeId = QStringLiteral("langkah-%1").arg(step);
        transcript.nodeKind = step == 0 ? QStringLiteral("say") : QStringLiteral("ask");
        transcript.text = QStringLiteral("Terima kasih telah menghubungi PLN 123, dengan saya ...");
        if (step == 1) {
            transcript.choiceId = QStringLiteral("ya");
            transcript.choiceLabel = QStringLiteral("Ya");
        }
        transcript.at = benchNow().addSecs(-60 + step * 20);
        draft.path.append(transcript);
    }
    return draft;
}

QString benchFilingIdpel(qint64 i)
{
    return idpelOf((i % kBenchFilingCustomers) * 7919);
}

void ensureBenchCustomers(const QString& sqlitePath)
{
    RawSqlite db(sqlitePath);
    RawStatement unit(
        db.handle(), "INSERT INTO units (code, level, name) VALUES (?, 'ulp', ?) ON CONFLICT (code) DO NOTHING");
    RawStatement customer(db.handle(),
        "INSERT INTO customers (idpel, name, tariff_class, power_va, payment_type, ulp_code) "
        "VALUES (?, ?, 'R1', 1300, 'postpaid', ?) ON CONFLICT (idpel) DO NOTHING");
    db.exec("BEGIN");
    for (const auto* row : kUnits) {
        unit.bind(1, std::string(row[0])).bind(2, std::string(row[1]));
        unit.step();
        unit.reset();
    }
    for (qint64 i = 0; i < kBenchFilingCustomers; ++i) {
        customer.bind(1, benchFilingIdpel(i).toStdString())
            .bind(2, QStringLiteral("Pelanggan Uji %1").arg(i).toStdString())
            .bind(3, std::string(kUnits[i % std::size(kUnits)][0]));
        customer.step();
        customer.reset();
    }
    db.exec("COMMIT");
}

BenchUsers ensureBenchUsers(const QString& sqlitePath, int agents)
{
    RawSqlite db(sqlitePath);
    RawStatement insert(db.handle(),
        "INSERT INTO users (name, role, password_hash, created_at_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO NOTHING");
    RawStatement find(db.handle(), "SELECT id FROM users WHERE name = ?");
    BenchUsers users;
    const auto ensure = [&](const QString& name, Role role) {
        insert.bind(1, name.toStdString())
            .bind(2, roleCode(role).toStdString())
            .bind(3, std::string("$bench$no-login"));
        insert.bind(4, toEpochMs(benchNow()));
        insert.step();
        insert.reset();
        find.bind(1, name.toStdString());
        find.step();
        const Actor actor { find.int64(0), name, role };
        find.reset();
        return actor;
    };
    db.exec("BEGIN");
    for (int i = 1; i <= agents; ++i)
        users.agents.append(ensure(QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0')), Role::Agent));
    users.supervisor = ensure(QStringLiteral("supervisor01"), Role::Supervisor);
    db.exec("COMMIT");
    return users;
}

void insertBulkTickets(const QString& sqlitePath, qint64 count, int days, const BenchUsers& users)
{
    RawSqlite db(sqlitePath);
    db.exec("PRAGMA synchronous=OFF"); // a generated fixture: rerun it if the machine dies
    RawStatement ticket(db.handle(),
        "INSERT INTO tickets (number, client_request_id, kind, issue_type_id, sub_issue_type_id, routing, "
        "customer_idpel, customer_name, unit_code, unit_name, fields_json, description, agent_note, "
        "sop_id, sop_version, path_json, agent_user_id, agent_name, call_started_at_ms, filed_at_ms, "
        "handle_time_ms, sla_due_at_ms, linked_ticket_number) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
    RawStatement event(db.handle(),
        "INSERT INTO ticket_events (ticket_id, kind, at_ms, actor_user_id, actor_name, note, status) "
        "VALUES (?, 'status', ?, ?, ?, '', ?)");
    RawStatement counter(db.handle(),
        "INSERT INTO ticket_counters (site_code, day, last_sequence) VALUES ('54', ?, ?) "
        "ON CONFLICT (site_code, day) DO UPDATE SET last_sequence = excluded.last_sequence");

    const qint64 endMs = toEpochMs(benchNow());
    const qint64 spanMs = qint64(days) * 24 * 3600 * 1000;
    const qint64 existing = db.scalar("SELECT COUNT(*) FROM tickets");
    QString currentDay;
    qint64 sequence = 0;
    const auto saveCounter = [&] {
        if (currentDay.isEmpty())
            return;
        counter.bind(1, currentDay.toStdString()).bind(2, sequence);
        counter.step();
        counter.reset();
    };
    db.exec("BEGIN");
    for (qint64 i = existing; i < existing + count; ++i) {
        // Oldest first and evenly spread, so the numbers of a day are consecutive.
        const qint64 filedMs = endMs - spanMs + (spanMs * (i - existing)) / count;
        const QDate day = wibDate(fromEpochMs(filedMs));
        const QString dayKey = ticket_number::dayKey(day);
        if (dayKey != currentDay) {
            saveCounter();
            currentDay = dayKey;
            sequence = 0;
        }
        ++sequence;
        const TicketDraft draft = benchDraft(i);
        const QJsonObject json = ticketDraftToJson(draft);
        const Actor& agent = users.agents.at(static_cast<int>(i % users.agents.size()));
        const qint64 handleMs = 60'000 + (i * 37 % 900) * 1000;
        int column = 1;
        ticket.bind(column++, ticket_number::format(QStringLiteral("54"), day, sequence).toStdString());
        ticket.bind(column++, QStringLiteral("bench-%1").arg(i).toStdString());
        ticket.bind(column++, ticketKindCode(draft.kind).toStdString());
        ticket.bind(column++, draft.issueTypeId.toStdString());
        ticket.bind(column++, draft.subIssueTypeId.toStdString());
        ticket.bind(column++, ticketRoutingCode(draft.routing).toStdString());
        ticket.bind(column++, draft.customerIdpel.toStdString());
        ticket.bind(column++, draft.customerName.toStdString());
        ticket.bind(column++, draft.unitCode.toStdString());
        ticket.bind(column++, draft.unitName.toStdString());
        ticket.bind(column++,
            QJsonDocument(json.value(QStringLiteral("fields")).toObject())
                .toJson(QJsonDocument::Compact)
                .toStdString());
        ticket.bind(column++, draft.description.toStdString());
        ticket.bind(column++, draft.agentNote.toStdString());
        ticket.bind(column++, draft.sopId.toStdString());
        ticket.bind(column++, qint64(draft.sopVersion));
        ticket.bind(column++,
            QJsonDocument(json.value(QStringLiteral("path")).toArray()).toJson(QJsonDocument::Compact).toStdString());
        ticket.bind(column++, agent.userId);
        ticket.bind(column++, agent.userName.toStdString());
        ticket.bind(column++, filedMs - handleMs);
        ticket.bind(column++, filedMs);
        ticket.bind(column++, handleMs);
        if (draft.slaHours > 0)
            ticket.bind(column++, filedMs + qint64(draft.slaHours) * 3600 * 1000);
        else
            ticket.bindNull(column++);
        ticket.step();
        ticket.reset();
        if (draft.kind == TicketKind::Keluhan && i % 3 == 0) {
            const qint64 id = sqlite3_last_insert_rowid(db.handle());
            event.bind(1, id).bind(2, filedMs + 24 * 3600 * 1000).bind(3, users.supervisor.userId);
            event.bind(4, users.supervisor.userName.toStdString())
                .bind(5, std::string(i % 2 ? "done_by_unit" : "cancelled"));
            event.step();
            event.reset();
        }
        if ((i + 1) % 50'000 == 0) {
            db.exec("COMMIT");
            db.exec("BEGIN");
        }
    }
    saveCounter();
    db.exec("COMMIT");
}

} // namespace csodesk::bench
