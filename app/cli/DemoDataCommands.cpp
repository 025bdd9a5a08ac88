// demo-data: fill a database with deterministic synthetic customers, bills and tokens, and
// (with --tickets) the demo accounts and the tickets the floor filed over the last weeks.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoTicketGenerator.h"
#include "demo/DemoUsers.h"

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
    err << "demo-data: " << accounts->created << " demo accounts created; sign in as agen1..agen5, spv1 or admin1 "
        << "with the password <name>-demo (demo databases only)\n";

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
            err << "demo-data: " << done << "/" << total << " tickets (" << (timer.elapsed() / 1000) << " s)\n";
            err.flush();
            lastReported = done;
        }
    });
    if (!summary.ok())
        return context.fail(summary.error());
    err << "demo-data: " << summary->tickets << " tickets over " << days << " days (" << summary->alreadyFiled
        << " already there from an earlier run), " << summary->repeats << " repeat contacts, " << summary->reviewed
        << " reviewed; in the database now: " << summary->keluhan << " KELUHAN, " << summary->doneByUnit
        << " done by the unit, " << summary->overdue << " open past the SLA\n";
    err.flush();
    return ExitOk;
}

int runDemoData(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"),
        QStringLiteral("How many customers (default 1000)."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Random seed; the same seed gives the same data (default 1)."), QStringLiteral("S"),
        QStringLiteral("1"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
        QStringLiteral("Bills per postpaid customer (default 24)."), QStringLiteral("M"), QStringLiteral("24"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
        QStringLiteral("Also create the demo accounts and file N demo tickets (default 0)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QStringLiteral("Days the demo tickets span, ending now (default 60)."), QStringLiteral("D"),
        QStringLiteral("60"));
    parser.addOption(customersOption);
    parser.addOption(seedOption);
    parser.addOption(monthsOption);
    parser.addOption(ticketsOption);
    const QCommandLineOption ifEmptyOption(
        QStringLiteral("if-empty"), QStringLiteral("Do nothing when the database already holds customers."));
    parser.addOption(daysOption);
    parser.addOption(ifEmptyOption);
    if (auto stop = context.parse(parser,
            QStringLiteral("Fill the database with synthetic demo customers, bills, readings and tokens.\n"
                           "With --tickets N also the demo accounts (agen1..agen5, spv1, admin1;\n"
                           "password <name>-demo) and N tickets filed over the last --days days\n"
                           "(--customers 0 --tickets N: tickets for the customers already there).\n"
                           "Prints a few IDPELs worth trying, one per line.")))
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
        return context.usage(QStringLiteral("--customers, --seed, --months, --tickets and --days take whole numbers"));

    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
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
            context.err() << "demo-data: the database already holds customers; nothing added.\n";
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
            err << "demo-data: " << done << "/" << total << " customers (" << (timer.elapsed() / 1000) << " s)\n";
            err.flush();
            lastReported = done;
        }
    });
    if (!summary.ok())
        return context.fail(summary.error());

    err << "demo-data: " << summary->customers << " customers (" << summary->postpaid << " postpaid, "
        << summary->prepaid << " prepaid), " << summary->bills << " bills (" << summary->estimatedBills
        << " estimated), " << summary->readings << " readings, " << summary->tokenPurchases << " token purchases in "
        << timer.elapsed() << " ms\n";
    err << "Worth trying (stdout, one per line):\n";
    QTextStream& out = context.out();
    const auto suggest = [&](const QString& key, const QString& why) {
        if (key.isEmpty())
            return;
        out << key << "\n";
        err << "  " << key << "  " << why << "\n";
    };
    suggest(summary->estimatedIdpel,
        QStringLiteral("postpaid; %1 estimated from the 3-month average, corrected later")
            .arg(summary->estimatedPeriod));
    suggest(summary->arrearsIdpel, QStringLiteral("postpaid in arrears (unpaid bills with late fees)"));
    suggest(summary->lateFeeIdpel, QStringLiteral("postpaid; paid a bill late"));
    suggest(summary->prepaidIdpel, QStringLiteral("prepaid (IDPEL)"));
    suggest(summary->prepaidMeter, QStringLiteral("prepaid (meter number of the same customer)"));
    out.flush();
    err.flush();
    if (tickets > 0)
        return generateTickets(context, *database.value(), tickets, days, options.seed);
    return ExitOk;
}

} // namespace

void registerDemoDataCommands(CommandRegistry& registry)
{
    registry.add(
        { QStringLiteral("demo-data"), QStringLiteral("Fill the database with synthetic demo data"), runDemoData });
}

} // namespace csodesk::cli
