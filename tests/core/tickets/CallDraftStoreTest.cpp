// The call in progress survives a crash: saved atomically per user, read back, removed on filing.
#include "tickets/CallDraftStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

CallDraft sampleDraft()
{
    CallDraft draft;
    draft.customerIdpel = QStringLiteral("541100000123");
    draft.billPeriod = QStringLiteral("2026-11");
    draft.sopId = QStringLiteral("info-tagihan-invoice");
    draft.sopVersion = 1;
    TranscriptStep ask;
    ask.nodeId = QStringLiteral("kebutuhan");
    ask.nodeKind = QStringLiteral("ask");
    ask.text = QStringLiteral("Apa yang dapat kami bantu?");
    ask.choiceId = QStringLiteral("invoice_email");
    ask.choiceLabel = QStringLiteral("Invoice lewat email");
    ask.at = QDateTime(QDate(2026, 11, 22), QTime(3, 0, 15), Qt::UTC);
    TranscriptStep collect;
    collect.nodeId = QStringLiteral("invoice_data_email");
    collect.nodeKind = QStringLiteral("collect");
    collect.text = QStringLiteral("Catat email");
    collect.fields = { { QStringLiteral("email"), QStringLiteral("budi@example.com") } };
    collect.at = QDateTime(QDate(2026, 11, 22), QTime(3, 0, 40), Qt::UTC);
    draft.steps = { ask, collect };
    draft.pendingFields = { { QStringLiteral("uraian"), QStringLiteral("belum selesai diketik") } };
    draft.agentNote = QStringLiteral("Pelanggan menelepon dari nomor lain");
    draft.callStartedAt = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
    draft.clientRequestId = QStringLiteral("8c1f5a0e-3f7b-4a52-9a53-0d1e2c3b4a59");
    draft.savedAt = QDateTime(QDate(2026, 11, 22), QTime(3, 0, 41), Qt::UTC);
    return draft;
}

} // namespace

TEST_CASE("A saved call draft loads back exactly", "[tickets][draft]")
{
    QTemporaryDir dir;
    CallDraftStore store(dir.filePath(QStringLiteral("drafts")), QStringLiteral("budi.santoso"));
    CHECK_FALSE(store.load().value().has_value()); // nothing yet, and no folder yet either
    REQUIRE(store.save(sampleDraft()).ok());
    auto loaded = store.load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == sampleDraft());

    // Personal data: the owner only, the folder too.
    CHECK(QFile::permissions(store.filePath())
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(QFile::permissions(dir.filePath(QStringLiteral("drafts")))
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser | QFileDevice::ExeUser));

    CallDraft changed = sampleDraft();
    changed.agentNote = QStringLiteral("diubah");
    REQUIRE(store.save(changed).ok());
    CHECK(store.load().value()->agentNote == QStringLiteral("diubah"));

    REQUIRE(store.remove().ok());
    CHECK_FALSE(store.load().value().has_value());
    CHECK(store.remove().ok()); // removing nothing is fine
}

TEST_CASE("Each user has their own draft and a name cannot leave the folder", "[tickets][draft]")
{
    QTemporaryDir dir;
    CallDraftStore budi(dir.path(), QStringLiteral("budi"));
    CallDraftStore sneaky(dir.path(), QStringLiteral("../budi"));
    REQUIRE(budi.save(sampleDraft()).ok());
    CHECK_FALSE(sneaky.load().value().has_value());
    CHECK(QFileInfo(sneaky.filePath()).absolutePath() == QDir(dir.path()).absolutePath());
}

TEST_CASE("A damaged draft file is reported, not half-read", "[tickets][draft]")
{
    QTemporaryDir dir;
    CallDraftStore store(dir.path(), QStringLiteral("budi"));
    {
        QFile file(store.filePath());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"steps\": [");
    }
    auto loaded = store.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("rusak")));

    {
        QFile file(store.filePath());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": 99}");
    }
    CHECK_FALSE(store.load().ok());
    REQUIRE(store.remove().ok());
}
