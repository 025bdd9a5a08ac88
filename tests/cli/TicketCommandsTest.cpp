#include "CliRunner.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace csodesk::test;

namespace {

const QByteArray kDraft = R"({"kind": "KELUHAN", "issue_type": "tagihan", "sub_issue_type": "tagihan.koreksi_rekening",
 "routing": "customer_unit", "customer": {"idpel": "541100000123", "name": "Budi Santoso"},
 "unit": {"code": "54110", "name": "ULP Bandung Barat"}, "fields": {"email": "budi@example.com"},
 "description": "'; DROP TABLE tickets; --", "agent_note": "", "sop": {"id": "sop-004", "version": 2},
 "sla_hours": 72, "path": [{"node": "buka", "kind": "say", "text": "Selamat pagi"}]})";

// A database with an admin, an agent (budi) and a supervisor (sari), created through the CLI.
class CliWorld {
public:
    explicit CliWorld(const std::string& dialect)
        : m_test(TestDatabase::create(dialect))
        , m_floor(std::make_unique<CliFloor>(m_test->urlText(), dialect == "postgresql", QStringLiteral("admin")))
    {
        REQUIRE(m_floor->ready());
        for (const auto& [name, role] : { std::pair { "budi", "agent" }, std::pair { "sari", "supervisor" } }) {
            const CliRun added = m_floor->addUser(QString::fromLatin1(name), QString::fromLatin1(role));
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
        }
        // Filing is only for a customer the database knows (the owner loads them).
        {
            auto seeded = m_test->db().write([](QSqlDatabase& db) -> csodesk::Status {
                for (const char* sql :
                    { "INSERT INTO units (code, level, name) VALUES ('54110', 'ulp', 'ULP Bandung Barat')",
                        "INSERT INTO customers (idpel, name, tariff_class, power_va, payment_type, ulp_code) "
                        "VALUES ('541100000123', 'Budi Santoso', 'R1', 1300, 'postpaid', '54110')" }) {
                    auto done = csodesk::execQuery(db, QString::fromLatin1(sql));
                    if (!done.ok())
                        return done.error();
                }
                return {};
            });
            REQUIRE(seeded.ok());
        }
        m_draftPath = QDir(m_test->directory()).filePath(QStringLiteral("draft.json"));
        QFile draft(m_draftPath);
        REQUIRE(draft.open(QIODevice::WriteOnly));
        draft.write(kDraft);
    }

    [[nodiscard]] CliRun run(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCli(QStringList { QStringLiteral("--db"), m_floor->url() } + args, input);
    }
    // As `user` (password "kata-sandi-<user>" from the environment).
    [[nodiscard]] CliRun as(const QString& user, const QStringList& args) const
    {
        return runCli(QStringList { QStringLiteral("--db"), m_floor->url() } + args
                + QStringList { QStringLiteral("--user"), m_floor->name(user) },
            {}, m_floor->as(user));
    }

    [[nodiscard]] const QString& draftPath() const { return m_draftPath; }
    [[nodiscard]] QString urlText() const { return m_floor->url(); }
    [[nodiscard]] QString name(const QString& user) const { return m_floor->name(user); }
    [[nodiscard]] QString path(const QString& name) const { return QDir(m_test->directory()).filePath(name); }

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<CliFloor> m_floor; // after m_test: its roles are dropped while the database exists
    QString m_draftPath;
};

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("csodesk-cli tickets: file once, review, list, show, export and figures by role", "[cli][tickets]")
{
    CliWorld w("sqlite");
    const CliRun filed = w.as(QStringLiteral("budi"),
        { QStringLiteral("tickets"), QStringLiteral("file"), QStringLiteral("--draft"), w.draftPath(),
            QStringLiteral("--json") });
    INFO(filed.err.toStdString());
    REQUIRE(filed.exitCode == 0);
    const QString number = jsonOf(filed).value(QStringLiteral("number")).toString();
    CHECK(number.startsWith(QStringLiteral("K54")));
    CHECK(jsonOf(filed).value(QStringLiteral("description")).toString() == QStringLiteral("'; DROP TABLE tickets; --"));

    const CliRun again = w.as(QStringLiteral("budi"),
        { QStringLiteral("tickets"), QStringLiteral("file"), QStringLiteral("--draft"), w.draftPath() });
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(number));
    CHECK(again.out.contains(QStringLiteral("sudah tercatat")));

    // Agents may not review or export; nothing is written.
    CHECK(
        w.as(QStringLiteral("budi"), { QStringLiteral("tickets"), QStringLiteral("note"), number, QStringLiteral("x") })
            .exitCode
        == 1);
    const CliRun agentExport = w.as(QStringLiteral("budi"),
        { QStringLiteral("tickets"), QStringLiteral("export"), QStringLiteral("--out"),
            w.path(QStringLiteral("a.csv")) });
    CHECK(agentExport.exitCode == 1);
    CHECK_FALSE(QFile::exists(w.path(QStringLiteral("a.csv"))));
    CHECK(w.as(QStringLiteral("budi"),
               { QStringLiteral("tickets"), QStringLiteral("stats"), QStringLiteral("--from"),
                   QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2099-12-31") })
              .exitCode
        == 1);
    CHECK(w.run({ QStringLiteral("tickets"), QStringLiteral("list") }).exitCode == 1); // no --user

    const CliRun note = w.as(QStringLiteral("sari"),
        { QStringLiteral("tickets"), QStringLiteral("note"), number, QStringLiteral("Cek ulang; \"salam\""),
            QStringLiteral("--flag"), QStringLiteral("perlu_koreksi") });
    INFO(note.err.toStdString());
    REQUIRE(note.exitCode == 0);

    const CliRun list = w.as(QStringLiteral("sari"),
        { QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("KELUHAN"),
            QStringLiteral("--open"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray tickets = jsonOf(list).value(QStringLiteral("tickets")).toArray();
    REQUIRE(tickets.size() == 1);
    CHECK(tickets.at(0).toObject().value(QStringLiteral("latest_review_note")).toString()
        == QStringLiteral("Cek ulang; \"salam\""));

    const CliRun show = w.as(QStringLiteral("sari"),
        { QStringLiteral("tickets"), QStringLiteral("show"), number, QStringLiteral("--json") });
    REQUIRE(show.exitCode == 0);
    CHECK(jsonOf(show).value(QStringLiteral("events")).toArray().size() == 1);
    CHECK(w.as(QStringLiteral("sari"),
               { QStringLiteral("tickets"), QStringLiteral("show"), QStringLiteral("K5400000000000") })
              .exitCode
        == 3);

    const QString csvPath = w.path(QStringLiteral("export.csv"));
    const CliRun exported = w.as(QStringLiteral("sari"),
        { QStringLiteral("tickets"), QStringLiteral("export"), QStringLiteral("--out"), csvPath,
            QStringLiteral("--delimiter"), QStringLiteral(";") });
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "nomor;jenis;"));
    CHECK(bytes.contains("\"Cek ulang; \"\"salam\"\"\""));
    CHECK(bytes.count("\r\n") == 2);

    const CliRun stats = w.as(QStringLiteral("sari"),
        { QStringLiteral("tickets"), QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
            QStringLiteral("--to"), QStringLiteral("2099-12-31"), QStringLiteral("--json") });
    REQUIRE(stats.exitCode == 0);
    CHECK(jsonOf(stats).value(QStringLiteral("total")).toInt() == 1);
    CHECK(w.as(QStringLiteral("sari"),
               { QStringLiteral("tickets"), QStringLiteral("stats"), QStringLiteral("--from"),
                   QStringLiteral("kemarin"), QStringLiteral("--to"), QStringLiteral("2099-12-31") })
              .exitCode
        == 1);
}

TEST_CASE("csodesk-cli tickets file from several processes at once gives distinct numbers", "[cli][tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    CliWorld w(dialect);
    constexpr int kProcesses = 4;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int p = 0; p < kProcesses; ++p) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CSODESK_DB"));
        env.insert(QStringLiteral("CSODESK_PASSWORD"), QStringLiteral("kata-sandi-budi"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(CSODESK_CLI_PATH),
            { QStringLiteral("--db"), w.urlText(), QStringLiteral("tickets"), QStringLiteral("file"),
                QStringLiteral("--draft"), w.draftPath(), QStringLiteral("--request-id"),
                QStringLiteral("call-%1").arg(p), QStringLiteral("--user"), w.name(QStringLiteral("budi")) });
        processes.push_back(std::move(process));
    }
    QSet<QString> numbers;
    for (auto& process : processes) {
        REQUIRE(process->waitForFinished(300000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitCode() == 0);
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        numbers.insert(out.section(QLatin1Char(' '), 1, 1));
    }
    CHECK(numbers.size() == kProcesses);
    const CliRun list
        = w.as(QStringLiteral("sari"), { QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    CHECK(jsonOf(list).value(QStringLiteral("tickets")).toArray().size() == kProcesses);
}

TEST_CASE("csodesk-cli tickets file refuses a draft for a customer that does not exist, or a huge one",
    "[cli][tickets][security]")
{
    const CliWorld world("sqlite");
    QJsonObject ghost = QJsonDocument::fromJson(kDraft).object();
    ghost.insert(QStringLiteral("customer"),
        QJsonObject { { QStringLiteral("idpel"), QStringLiteral("999999999999") },
            { QStringLiteral("name"), QStringLiteral("Hantu") } });
    QFile ghostFile(world.path(QStringLiteral("hantu.json")));
    REQUIRE(ghostFile.open(QIODevice::WriteOnly));
    ghostFile.write(QJsonDocument(ghost).toJson());
    ghostFile.close();
    const CliRun refused = world.as(QStringLiteral("budi"),
        { QStringLiteral("tickets"), QStringLiteral("file"), QStringLiteral("--draft"), ghostFile.fileName() });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("Pelanggan IDPEL 999999999999 tidak ada")));

    QFile huge(world.path(QStringLiteral("besar.json")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    huge.write(kDraft.left(kDraft.size() - 1));
    huge.write(", \"pad\": \"");
    huge.write(QByteArray(2 * 1024 * 1024, 'a'));
    huge.write("\"}");
    huge.close();
    const CliRun big = world.as(QStringLiteral("budi"),
        { QStringLiteral("tickets"), QStringLiteral("file"), QStringLiteral("--draft"), huge.fileName() });
    CHECK(big.exitCode == 1);
    CHECK(big.err.contains(QStringLiteral("Berkas draf terlalu besar")));
}

TEST_CASE("csodesk-cli tickets export never overwrites a file unless --force, and never the database",
    "[cli][tickets][security]")
{
    const CliWorld world("sqlite");
    REQUIRE(world
                .as(QStringLiteral("budi"),
                    { QStringLiteral("tickets"), QStringLiteral("file"), QStringLiteral("--draft"), world.draftPath() })
                .exitCode
        == 0);
    const QString out = world.path(QStringLiteral("ekspor.csv"));
    auto exportTo = [&world](const QString& path, const QStringList& extra = {}) {
        return world.as(QStringLiteral("sari"),
            QStringList { QStringLiteral("tickets"), QStringLiteral("export"), QStringLiteral("--out"), path } + extra);
    };
    const CliRun first = exportTo(out);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(QFileInfo(out).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const CliRun second = exportTo(out);
    CHECK(second.exitCode != 0);
    CHECK(second.err.contains(QStringLiteral("sudah ada; pakai --force untuk menimpanya")));
    CHECK(exportTo(out, { QStringLiteral("--force") }).exitCode == 0);

    // The live database, even with --force, and a link planted where the export goes.
    const QString database = world.path(QStringLiteral("test.db"));
    const QByteArray before = [&database] {
        QFile file(database);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.read(16);
    }();
    const CliRun overDatabase = exportTo(database, { QStringLiteral("--force") });
    CHECK(overDatabase.exitCode == 1);
    CHECK(overDatabase.err.contains(QStringLiteral("berkas basis data yang sedang dipakai")));
    QFile check(database);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.read(16) == before);
    const QString link = world.path(QStringLiteral("tautan.csv"));
    REQUIRE(QFile::link(world.path(QStringLiteral("draft.json")), link));
    CHECK(exportTo(link, { QStringLiteral("--force") }).err.contains(QStringLiteral("tautan simbolik")));
}
