// demo-data: fill a database with deterministic synthetic customers, bills and tokens, and
// (with --tickets) the demo accounts and the tickets the floor filed over the last weeks.
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoTicketGenerator.h"
#include "demo/DemoUsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace csodesk::cli {

namespace {

// The demo accounts, then the tickets. Separate from the customers so a database that already
// has demo customers can be given tickets with --customers 0.
int generateTickets(CliContext& context, Database& database, qint64 tickets, int days, quint64 seed)
{
    QTextStream& err = context.err();
    AuditLog audit(database, context.clock());
    const PasswordHasher hasher;
    UserService users(database, audit, context.clock(), hasher);
    auto accounts = demo_users::ensure(database, users);
    if (!accounts.ok())
        return context.fail(accounts.error());
    err << "demo-data: "
        << QCoreApplication::translate("CliDemo",
               "%Ln akun demo dibuat; masuk sebagai agen1..agen5, spv1 atau admin1 dengan kata sandi <nama>-demo "
               "(hanya basis data demo)",
               nullptr, int(accounts->created))
        << "\n";

    DemoTicketGenerator generator(database, context.clock(), context.settings().siteCode());
    DemoTicketOptions options;
    options.tickets = tickets;
    options.days = days;
    options.seed = seed;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReported = 0;
    auto summary = generator.generate(accounts->agents, accounts->supervisor, options, [&](qint64 done, qint64 total) {
        if (done == total || done - lastReported >= std::max<qint64>(1, total / 20)) {
            err << "demo-data: "
                << QCoreApplication::translate("CliDemo", "%1/%2 tiket (%3)")
                       .arg(countText(done), countText(total), secondsText(timer.elapsed()))
                << "\n";
            err.flush();
            lastReported = done;
        }
    });
    if (!summary.ok())
        return context.fail(summary.error());
    err << "demo-data: "
        << QCoreApplication::translate("CliDemo",
               "%1 tiket selama %2 hari (%3 sudah ada dari proses sebelumnya), %4 kontak berulang, %5 ditinjau; "
               "kini di basis data: %6 KELUHAN, %7 selesai oleh unit, %8 terbuka melewati SLA")
               .arg(countText(summary->tickets), countText(days), countText(summary->alreadyFiled),
                   countText(summary->repeats), countText(summary->reviewed), countText(summary->keluhan),
                   countText(summary->doneByUnit), countText(summary->overdue))
        << "\n";
    err.flush();
    return ExitOk;
}

int runDemoData(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"),
        QCoreApplication::translate("CliDemo", "Berapa pelanggan (bawaan 1000)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QCoreApplication::translate("CliDemo", "Benih acak; benih yang sama memberi data yang sama (bawaan 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
        QCoreApplication::translate("CliDemo", "Rekening per pelanggan pascabayar (bawaan 24)."), QStringLiteral("M"),
        QStringLiteral("24"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
        QCoreApplication::translate("CliDemo", "Buat juga akun demo dan catat N tiket demo (bawaan 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QCoreApplication::translate("CliDemo", "Rentang hari tiket demo, berakhir sekarang (bawaan 60)."),
        QStringLiteral("D"), QStringLiteral("60"));
    parser.addOption(customersOption);
    parser.addOption(seedOption);
    parser.addOption(monthsOption);
    parser.addOption(ticketsOption);
    const QCommandLineOption ifEmptyOption(QStringLiteral("if-empty"),
        QCoreApplication::translate("CliDemo", "Tidak berbuat apa-apa kalau basis data sudah berisi pelanggan."));
    parser.addOption(daysOption);
    parser.addOption(ifEmptyOption);
    const QCommandLineOption user = userOption();
    parser.addOption(user);
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliDemo",
                "Isi basis data dengan pelanggan, rekening, pembacaan meter dan token demo sintetis.\n"
                "Dengan --tickets N juga akun demo (agen1..agen5, spv1, admin1; kata sandi <nama>-demo)\n"
                "dan N tiket yang dicatat selama --days hari terakhir\n"
                "(--customers 0 --tickets N: tiket untuk pelanggan yang sudah ada).\n"
                "Mencetak beberapa IDPEL yang layak dicoba, satu per baris.")))
        return *stop;
    bool customersOk = false;
    bool seedOk = false;
    bool monthsOk = false;
    DemoDataOptions options;
    options.customers = parser.value(customersOption).toLongLong(&customersOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.months = parser.value(monthsOption).toInt(&monthsOk);
    bool ticketsOk = false;
    bool daysOk = false;
    const qint64 tickets = parser.value(ticketsOption).toLongLong(&ticketsOk);
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!customersOk || !seedOk || !monthsOk || !ticketsOk || !daysOk)
        return context.usage(QCoreApplication::translate(
            "CliDemo", "--customers, --seed, --months, --tickets dan --days berisi bilangan bulat"));

    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    // A database with people of its own is a real one: synthetic customers go in only when one
    // of its admins signs in for it, and the public demo accounts never (demo_users::ensure).
    auto own = demo_users::hasOwnUsers(*database.value());
    if (!own.ok())
        return context.fail(own.error());
    if (own.value()) {
        if (!parser.isSet(user))
            return context.fail(makeError(ErrorKind::PermissionDenied,
                QCoreApplication::translate("CliDemo",
                    "Basis data ini punya pengguna sendiri; demo-data di sini hanya oleh admin-nya (--user NAMA)."),
                QStringLiteral("demo-data on a database with users, unsigned")));
        auto actor = signInUser(context, *database.value(), parser.value(user));
        if (!actor.ok())
            return context.fail(actor.error());
        if (actor->role != Role::Admin)
            return context.fail(makeError(ErrorKind::PermissionDenied,
                QCoreApplication::translate(
                    "CliDemo", "Hanya admin yang boleh menambahkan data demo ke basis data ini."),
                QStringLiteral("demo-data by a non-admin")));
    }
    if (options.customers == 0 && tickets > 0) // tickets for the customers already there
        return generateTickets(context, *database.value(), tickets, days, options.seed);
    auto tariffs = TariffBook::load();
    if (!tariffs.ok())
        return context.fail(tariffs.error());
    const BillCalculator calculator(tariffs.value());
    DemoDataGenerator generator(*database.value(), context.clock(), calculator);
    if (parser.isSet(ifEmptyOption)) {
        auto filled = generator.hasCustomers();
        if (!filled.ok())
            return context.fail(filled.error());
        if (filled.value()) {
            context.err() << "demo-data: "
                          << QCoreApplication::translate(
                                 "CliDemo", "basis data sudah berisi pelanggan; tidak ada yang ditambahkan.")
                          << "\n";
            return ExitOk;
        }
    }

    QElapsedTimer timer;
    timer.start();
    QTextStream& err = context.err();
    qint64 lastReported = 0;
    auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
        // About every 2 % (and at the end), so a million customers do not flood the terminal.
        if (done == total || done - lastReported >= std::max<qint64>(1, total / 50)) {
            err << "demo-data: "
                << QCoreApplication::translate("CliDemo", "%1/%2 pelanggan (%3)")
                       .arg(countText(done), countText(total), secondsText(timer.elapsed()))
                << "\n";
            err.flush();
            lastReported = done;
        }
    });
    if (!summary.ok())
        return context.fail(summary.error());

    err << "demo-data: "
        << QCoreApplication::translate("CliDemo",
               "%1 pelanggan (%2 pascabayar, %3 prabayar), %4 rekening (%5 ditaksir), %6 pembacaan meter, "
               "%7 pembelian token dalam %8 ms")
               .arg(countText(summary->customers), countText(summary->postpaid), countText(summary->prepaid),
                   countText(summary->bills), countText(summary->estimatedBills), countText(summary->readings),
                   countText(summary->tokenPurchases), countText(timer.elapsed()))
        << "\n";
    err << QCoreApplication::translate("CliDemo", "Layak dicoba (stdout, satu per baris):") << "\n";
    QTextStream& out = context.out();
    const auto suggest = [&](const QString& key, const QString& why) {
        if (key.isEmpty())
            return;
        out << key << "\n";
        err << "  " << key << "  " << why << "\n";
    };
    suggest(summary->estimatedIdpel,
        QCoreApplication::translate("CliDemo", "pascabayar; %1 ditaksir dari rata-rata 3 bulan, dikoreksi kemudian")
            .arg(summary->estimatedPeriod));
    suggest(summary->arrearsIdpel,
        QCoreApplication::translate("CliDemo", "pascabayar menunggak (rekening belum dibayar dengan denda)"));
    suggest(summary->lateFeeIdpel, QCoreApplication::translate("CliDemo", "pascabayar; pernah membayar terlambat"));
    suggest(summary->prepaidIdpel, QCoreApplication::translate("CliDemo", "prabayar (IDPEL)"));
    suggest(
        summary->prepaidMeter, QCoreApplication::translate("CliDemo", "prabayar (nomor meter pelanggan yang sama)"));
    out.flush();
    err.flush();
    if (tickets > 0)
        return generateTickets(context, *database.value(), tickets, days, options.seed);
    return ExitOk;
}

} // namespace

void registerDemoDataCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("demo-data"),
        QCoreApplication::translate("CliDemo", "Isi basis data dengan data demo sintetis"), runDemoData });
}

} // namespace csodesk::cli
