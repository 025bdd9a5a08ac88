// search: find customers by name, address or phone (or open one by IDPEL / meter number), as
// the desktop's search field does.
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "apkt/ApktCatalogue.h"
#include "calls/InlineCall.h"
#include "customers/CustomerSearchQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

QString kindCode(CustomerSearchQuery::Kind kind)
{
    switch (kind) {
    case CustomerSearchQuery::Kind::Key:
        return QStringLiteral("key");
    case CustomerSearchQuery::Kind::Phone:
        return QStringLiteral("phone");
    case CustomerSearchQuery::Kind::Words:
        break;
    }
    return QStringLiteral("words");
}

CustomerHit hitOf(const Customer& c)
{
    return CustomerHit { c.idpel, c.meterNumber, c.name, c.address, c.phone, c.ulpCode, c.tariffClass, c.powerVa,
        c.paymentType };
}

// The address and phone as the desktop's pick list shows them, in the JSON too: a script
// that needs them whole opens the customer with `lookup` (on record as a look-up).
QJsonObject hitJson(const CustomerHit& hit)
{
    return QJsonObject {
        { QStringLiteral("idpel"), hit.idpel },
        { QStringLiteral("meter_number"), hit.meterNumber.isEmpty() ? QJsonValue() : QJsonValue(hit.meterNumber) },
        { QStringLiteral("name"), hit.name },
        { QStringLiteral("address"), hit.shownAddress() },
        { QStringLiteral("phone"), hit.shownPhone() },
        { QStringLiteral("unit"), hit.ulpCode },
        { QStringLiteral("tariff"), hit.tariffClass },
        { QStringLiteral("power_va"), hit.powerVa },
        { QStringLiteral("payment_type"), paymentTypeCode(hit.paymentType) },
    };
}

void printText(QTextStream& out, const CustomerSearchResult& result)
{
    if (result.hits.isEmpty()) {
        out << QCoreApplication::translate("CliSearch", "Tidak ada pelanggan yang cocok.") << "\n";
        return;
    }
    TextTable table;
    table.addRow({ QCoreApplication::translate("CliSearch", "No"), QStringLiteral("IDPEL"),
        QCoreApplication::translate("CliSearch", "Nama"), QCoreApplication::translate("CliSearch", "Alamat"),
        QCoreApplication::translate("CliSearch", "Telepon"), QStringLiteral("ULP"),
        QCoreApplication::translate("CliSearch", "Tarif/daya") });
    int number = 0;
    for (const CustomerHit& hit : result.hits) {
        table.addRow({ QString::number(++number), hit.idpel, hit.name, hit.shownAddress(), hit.shownPhone(),
            hit.ulpCode, QStringLiteral("%1 / %2 VA").arg(hit.tariffClass, countText(hit.powerVa)) });
    }
    table.print(out);
    if (result.more)
        out << QCoreApplication::translate(
            "CliSearch", "Masih ada pelanggan lain yang cocok: persempit pencarian (mis. tambah nama jalan atau desa).")
            << "\n";
}

int runSearch(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QCoreApplication::translate("CliSearch", "Paling banyak N pelanggan ditampilkan (1–%1, bawaan %2).")
            .arg(CustomerSearchService::kMaxLimit)
            .arg(CustomerSearchService::kDefaultLimit),
        QStringLiteral("N"), QString::number(CustomerSearchService::kDefaultLimit));
    const QCommandLineOption user = userOption();
    parser.addOption(jsonOption);
    parser.addOption(limitOption);
    parser.addOption(user);
    parser.addPositionalArgument(QCoreApplication::translate("CliSearch", "teks"),
        QCoreApplication::translate("CliSearch",
            "Nama dan/atau alamat (urutan kata bebas), nomor telepon (08…, 62…, +62…), IDPEL atau nomor meter."));
    if (auto stop = context.parse(parser,
            QCoreApplication::translate(
                "CliSearch", "Cari pelanggan menurut nama, alamat atau telepon (dicatat di log akses).")))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate(
            "CliSearch", "sebutkan yang dicari: nama, alamat, telepon, IDPEL atau nomor meter"));
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > CustomerSearchService::kMaxLimit)
        return context.usage(QCoreApplication::translate("CliSearch", "--limit harus bilangan bulat 1–%1")
                                 .arg(CustomerSearchService::kMaxLimit));
    // A typing mistake is reported before anyone is asked for a password.
    auto query = CustomerSearchQuery::parse(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!query.ok())
        return context.fail(query.error());
    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    auto actor = signInUser(context, *database.value(), parser.value(user));
    if (!actor.ok())
        return context.fail(actor.error());
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return context.fail(catalogue.error());

    // The desktop's search (core/calls/Call::find): a key opens the customer, anything else lists.
    InlineCall call(
        *database.value(), actor.value(), catalogue.value(), context.clock(), context.settings().siteCode());
    std::optional<Result<CustomerSearchResult>> found;
    QObject::connect(
        &call.call(), &Call::searchFinished, [&found](const Result<CustomerSearchResult>& result) { found = result; });
    QObject::connect(&call.call(), &Call::lookupFinished,
        [&found, &call, &query](const QString&, const std::optional<Error>& error, const std::optional<Error>&) {
            if (error) {
                found = *error;
                return;
            }
            found = CustomerSearchResult { query.value(), { hitOf(call.call().customer()->lookup.customer) }, false };
        });
    call.call().find(query.value(), limit);
    if (!found)
        return context.fail(makeError(ErrorKind::Internal,
            QCoreApplication::translate("CliSearch", "Pencarian tidak selesai."), QStringLiteral("no answer")));
    if (!found->ok())
        return context.fail(found->error());

    if (parser.isSet(jsonOption)) {
        QJsonArray results;
        for (const CustomerHit& hit : found->value().hits)
            results.append(hitJson(hit));
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("query"),
                QJsonObject { { QStringLiteral("kind"), kindCode(found->value().query.kind) } } },
            { QStringLiteral("results"), results },
            { QStringLiteral("more"), found->value().more },
        }));
    } else {
        printText(context.out(), found->value());
    }
    return ExitOk;
}

} // namespace

void registerSearchCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("search"),
        QCoreApplication::translate("CliSearch", "Cari pelanggan menurut nama, alamat atau telepon"), runSearch });
}

} // namespace csodesk::cli
