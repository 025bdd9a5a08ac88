// Screen pop input: the command line, the csodesk: URL and the local socket's line. All of it
// comes from outside the program, so the bad cases matter as much as the good ones.
#include "calls/IncomingCall.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list { QStringLiteral("csodesk") };
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

TEST_CASE("incoming call: the command line", "[incoming-call]")
{
    SECTION("phone and call id")
    {
        const auto call
            = parseIncomingCallArguments(args({ "--incoming-call", "+62 812-3456-7890", "--call-id", "abc-1" }));
        REQUIRE(call.ok());
        CHECK(call->phone == QStringLiteral("+62 812-3456-7890"));
        CHECK(call->callId == QStringLiteral("abc-1"));
    }
    SECTION("the = form, other options left alone, id optional")
    {
        const auto call = parseIncomingCallArguments(args({ "--db", "sqlite:/tmp/x.db", "--incoming-call=0812345" }));
        REQUIRE(call.ok());
        CHECK(call->phone == QStringLiteral("0812345"));
        CHECK(call->callId.isEmpty());
    }
    SECTION("a URL as the argument")
    {
        const auto call = parseIncomingCallArguments(args({ "csodesk://call?ani=0812345&id=x9" }));
        REQUIRE(call.ok());
        CHECK(call->phone == QStringLiteral("0812345"));
        CHECK(call->callId == QStringLiteral("x9"));
    }
    SECTION("is it a screen pop at all")
    {
        CHECK(isIncomingCallRequest(args({ "--incoming-call", "1" })));
        CHECK(isIncomingCallRequest(args({ "CSODESK:call?ani=1" })));
        CHECK_FALSE(isIncomingCallRequest(args({ "--db", "sqlite:/tmp/x.db", "--screenshot", "a.png" })));
        CHECK_FALSE(isIncomingCallRequest({ QStringLiteral("--incoming-call") })); // the program's name
    }
    SECTION("bad command lines")
    {
        for (const QStringList& bad : { args({ "--incoming-call" }), args({ "--call-id", "x" }),
                 args({ "--incoming-call", "1", "--incoming-call", "2" }),
                 args({ "--incoming-call", "1", "--call-id", "a", "--call-id", "b" }),
                 args({ "--incoming-call", "1", "csodesk://call?ani=2" }),
                 args({ "csodesk://call?ani=1", "csodesk://call?ani=2" }), args({ "--incoming-call", "08abc" }) }) {
            INFO(bad.join(QLatin1Char(' ')).toStdString());
            const auto call = parseIncomingCallArguments(bad);
            REQUIRE_FALSE(call.ok());
            CHECK(call.error().kind == ErrorKind::InvalidInput);
            CHECK_FALSE(call.error().message.isEmpty());
        }
    }
}

TEST_CASE("incoming call: good URLs", "[incoming-call]")
{
    struct Case {
        const char* url;
        const char* phone;
        const char* id;
    };
    const Case cases[] = {
        { "csodesk://call?ani=081234567890&id=SIP-42", "081234567890", "SIP-42" },
        { "csodesk://call/?ani=081234567890", "081234567890", "" },
        { "csodesk:call?ani=081234567890&id=7", "081234567890", "7" },
        { "csodesk://call?ani=+6281234567890", "+6281234567890", "" }, // '+' is a plus, not a space
        { "csodesk://call?ani=%2B62%20812-345&id=a%20b", "+62 812-345", "a b" },
        { "csodesk://call?id=9&ani=0812&via=linphone", "0812", "9" }, // unknown parameters ignored
        { "CSODESK://CALL?ani=0812", "0812", "" },
    };
    for (const Case& c : cases) {
        INFO(c.url);
        const auto call = parseIncomingCallUrl(QString::fromUtf8(c.url));
        REQUIRE(call.ok());
        CHECK(call->phone == QString::fromUtf8(c.phone));
        CHECK(call->callId == QString::fromUtf8(c.id));
    }
}

TEST_CASE("incoming call: bad URLs say why in Indonesian", "[incoming-call]")
{
    struct Case {
        QString url;
        const char* says;
    };
    const QString longId = QString(kIncomingCallIdMaxLength + 1, QLatin1Char('x'));
    const Case cases[] = {
        { QStringLiteral("http://call?ani=0812"), "Tautan panggilan tidak valid" },
        { QStringLiteral("csodesk://ticket?ani=0812"), "tidak dikenal" },
        { QStringLiteral("csodesk://call/other?ani=0812"), "tidak dikenal" },
        { QStringLiteral("csodesk:ticket?ani=0812"), "tidak dikenal" },
        { QStringLiteral("csodesk://user@call?ani=0812"), "tidak dikenal" },
        { QStringLiteral("csodesk://call:99?ani=0812"), "tidak dikenal" },
        { QStringLiteral("csodesk://call"), "tidak berisi nomor penelepon" },
        { QStringLiteral("csodesk://call?id=5"), "tidak berisi nomor penelepon" },
        { QStringLiteral("csodesk://call?ani="), "Nomor penelepon kosong" },
        { QStringLiteral("csodesk://call?ani=0812&ani=0813"), "lebih dari satu" },
        { QStringLiteral("csodesk://call?ani=0812abc"), "hanya boleh berisi angka" },
        { QStringLiteral("csodesk://call?ani=0812%3B1"), "hanya boleh berisi angka" },
        { QStringLiteral("csodesk://call?ani=62+812"), "hanya boleh di awal" },
        { QStringLiteral("csodesk://call?ani=+--"), "tidak berisi angka" },
        { QStringLiteral("csodesk://call?ani=012345678901234567890"), "terlalu panjang" },
        { QStringLiteral("csodesk://call?ani=0812&id=") + longId, "ID panggilan terlalu panjang" },
        { QStringLiteral("csodesk://call?ani=0812&id=a%0Ab"), "karakter kendali" },
        { QStringLiteral("csodesk://call?ani=0812&id=a%00b"), "karakter kendali" },
    };
    for (const Case& c : cases) {
        INFO(c.url.toStdString());
        const auto call = parseIncomingCallUrl(c.url);
        REQUIRE_FALSE(call.ok());
        CHECK(call.error().kind == ErrorKind::InvalidInput);
        CHECK(call.error().message.contains(QString::fromUtf8(c.says)));
        // The log's detail never carries the caller's number.
        CHECK_FALSE(call.error().detail.contains(QStringLiteral("0812")));
    }
}

TEST_CASE("incoming call: the socket line round-trips and is checked like the rest", "[incoming-call]")
{
    SECTION("round trip, one line")
    {
        const IncomingCall call { QStringLiteral("+62 812-3456"), QStringLiteral("id \"quoted\" ✓") };
        const QByteArray line = serializeIncomingCall(call);
        CHECK(line.endsWith('\n'));
        CHECK(line.count('\n') == 1);
        const auto back = parseIncomingCallLine(line);
        REQUIRE(back.ok());
        CHECK(back.value() == call);
        CHECK(parseIncomingCallLine(line.chopped(1)).ok()); // the newline is optional
    }
    SECTION("without a call id")
    {
        const auto back = parseIncomingCallLine(R"({"v":1,"phone":"0812"})");
        REQUIRE(back.ok());
        CHECK(back->callId.isEmpty());
    }
    SECTION("bad lines")
    {
        for (const QByteArray& bad : QList<QByteArray> { QByteArray("not json\n"), QByteArray("[1,2]\n"),
                 QByteArray(R"({"phone":"0812"})"), QByteArray(R"({"v":2,"phone":"0812"})"),
                 QByteArray(R"({"v":1,"phone":812})"), QByteArray(R"({"v":1,"phone":"0812","callId":5})"),
                 QByteArray(R"({"v":1,"phone":"abc"})"), QByteArray(R"({"v":1,"phone":"0812","callId":"a\u0007"})"),
                 QByteArray(R"({"v":1,"phone":"0812","x":")") + QByteArray(2000, 'a') + QByteArray("\"}") }) {
            INFO(bad.left(80).toStdString());
            const auto call = parseIncomingCallLine(bad);
            REQUIRE_FALSE(call.ok());
            CHECK(call.error().kind == ErrorKind::InvalidInput);
        }
    }
}
