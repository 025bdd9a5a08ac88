#include "AuditDetailLabel.h"

#include "AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace csodesk {

namespace {

// The role codes user_admin details carry (auth's roleCode).
QString roleLabel(const QString& code)
{
    if (code == QLatin1String("agent"))
        return QCoreApplication::translate("AuditDetail", "agen");
    if (code == QLatin1String("supervisor"))
        return QCoreApplication::translate("AuditDetail", "supervisor");
    if (code == QLatin1String("admin"))
        return QCoreApplication::translate("AuditDetail", "admin");
    return code;
}

// The status codes status_change details carry (tickets' ticketStatusCode).
QString statusLabel(const QString& code)
{
    if (code == QLatin1String("closed"))
        return QCoreApplication::translate("AuditDetail", "selesai di CC");
    if (code == QLatin1String("open"))
        return QCoreApplication::translate("AuditDetail", "terbuka");
    if (code == QLatin1String("done_by_unit"))
        return QCoreApplication::translate("AuditDetail", "selesai oleh unit");
    if (code == QLatin1String("cancelled"))
        return QCoreApplication::translate("AuditDetail", "dibatalkan");
    return code;
}

// The kinds an import detail names (customers' importKindName).
QString importKindLabel(const QString& code)
{
    if (code == QLatin1String("units"))
        return QCoreApplication::translate("AuditDetail", "unit");
    if (code == QLatin1String("customers"))
        return QCoreApplication::translate("AuditDetail", "pelanggan");
    if (code == QLatin1String("bills"))
        return QCoreApplication::translate("AuditDetail", "tagihan");
    if (code == QLatin1String("readings"))
        return QCoreApplication::translate("AuditDetail", "pembacaan meter");
    return code;
}

QString ticketKindLabel(const QString& code)
{
    if (code == QLatin1String("ISSUE_CLOSED"))
        return QCoreApplication::translate("AuditDetail", "Issue Closed");
    if (code == QLatin1String("KELUHAN"))
        return QCoreApplication::translate("AuditDetail", "KELUHAN");
    return code;
}

QString count(const QString& digits)
{
    bool ok = false;
    const qlonglong n = digits.toLongLong(&ok);
    return ok ? QLocale().toString(n) : digits;
}

QString loginFailedLabel(const QString& detail)
{
    if (detail == QLatin1String("wrong password"))
        return QCoreApplication::translate("AuditDetail", "kata sandi salah");
    if (detail == QLatin1String("wrong password, now locked"))
        return QCoreApplication::translate("AuditDetail", "kata sandi salah; akun kini terkunci");
    if (detail == QLatin1String("unknown user"))
        return QCoreApplication::translate("AuditDetail", "nama pengguna tidak dikenal");
    if (detail == QLatin1String("unknown user, locked"))
        return QCoreApplication::translate("AuditDetail", "nama pengguna tidak dikenal; sedang terkunci");
    if (detail == QLatin1String("locked"))
        return QCoreApplication::translate("AuditDetail", "akun sedang terkunci");
    if (detail == QLatin1String("disabled"))
        return QCoreApplication::translate("AuditDetail", "akun sudah dinonaktifkan");
    return {};
}

// "tickets 12, notes 3, access log 40 (tickets 1825 days, access log 730 days)"
QString purgeLabel(const QString& detail)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^tickets (\\d+), notes (\\d+), access log (\\d+) \\(tickets (\\d+) days, access log (\\d+) days\\)$"));
    const QRegularExpressionMatch m = pattern.match(detail);
    if (!m.hasMatch())
        return {};
    const QLocale locale;
    const auto number = [&](int group) { return locale.toString(m.captured(group).toLongLong()); };
    return QCoreApplication::translate("AuditDetail",
        "%1 tiket dan %2 catatan dianonimkan, %3 baris log akses dikosongkan (masa simpan %4 dan %5 hari)")
        .arg(number(1), number(2), number(3), number(4), number(5));
}

// "tickets 1825 days, access log 730 days"
QString retentionLabel(const QString& detail)
{
    static const QRegularExpression pattern(QStringLiteral("^tickets (\\d+) days, access log (\\d+) days$"));
    const QRegularExpressionMatch m = pattern.match(detail);
    if (!m.hasMatch())
        return {};
    return QCoreApplication::translate("AuditDetail", "masa simpan tiket %1 hari, log akses %2 hari")
        .arg(QLocale().toString(m.captured(1).toInt()), QLocale().toString(m.captured(2).toInt()));
}

// "search name neneng pattiasina; 3 results", "search phone 0812345678; 1 results",
// "search result 2"
QString searchLabel(const QString& detail)
{
    static const QRegularExpression summary(QStringLiteral("^search (name|phone) (.*); (\\d+) results$"));
    if (const auto m = summary.match(detail); m.hasMatch()) {
        const QString count = QLocale().toString(m.captured(3).toInt());
        return m.captured(1) == QLatin1String("phone")
            ? QCoreApplication::translate("AuditDetail", "cari telepon %1: %2 hasil").arg(m.captured(2), count)
            : QCoreApplication::translate("AuditDetail", "cari nama/alamat \"%1\": %2 hasil").arg(m.captured(2), count);
    }
    static const QRegularExpression result(QStringLiteral("^search result (\\d+)$"));
    if (const auto m = result.match(detail); m.hasMatch())
        return QCoreApplication::translate("AuditDetail", "tampil di hasil pencarian (urutan %1)").arg(m.captured(1));
    return {};
}

QString lookupLabel(const QString& detail)
{
    if (detail == QLatin1String("by idpel"))
        return QCoreApplication::translate("AuditDetail", "dengan IDPEL");
    if (detail == QLatin1String("by meter number"))
        return QCoreApplication::translate("AuditDetail", "dengan nomor meter");
    static const QRegularExpression billExplain(QStringLiteral("^bill explain (\\d{4})-(\\d{2})$"));
    if (const auto match = billExplain.match(detail); match.hasMatch()) {
        const QDate month(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (month.isValid())
            return QCoreApplication::translate("AuditDetail", "penjelasan tagihan %1")
                .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")));
    }
    return {};
}

QString userAdminLabel(const QString& detail)
{
    static const QRegularExpression add(QStringLiteral("^add (\\S+) as (\\S+)$"));
    static const QRegularExpression role(QStringLiteral("^role (\\S+) -> (\\S+)$"));
    static const QRegularExpression other(QStringLiteral("^(disable|enable|password) (\\S+)$"));
    if (const auto match = add.match(detail); match.hasMatch())
        return QCoreApplication::translate("AuditDetail", "menambah pengguna %1 sebagai %2")
            .arg(match.captured(1), roleLabel(match.captured(2)));
    if (const auto match = role.match(detail); match.hasMatch())
        return QCoreApplication::translate("AuditDetail", "mengubah peran %1 menjadi %2")
            .arg(match.captured(1), roleLabel(match.captured(2)));
    if (const auto match = other.match(detail); match.hasMatch()) {
        const QString what = match.captured(1);
        if (what == QLatin1String("disable"))
            return QCoreApplication::translate("AuditDetail", "menonaktifkan %1").arg(match.captured(2));
        if (what == QLatin1String("enable"))
            return QCoreApplication::translate("AuditDetail", "mengaktifkan kembali %1").arg(match.captured(2));
        return QCoreApplication::translate("AuditDetail", "mengganti kata sandi %1").arg(match.captured(2));
    }
    return {};
}

QString importLabel(const QString& detail)
{
    static const QRegularExpression rows(QStringLiteral("^(\\w+): (\\d+) rows from (.*)$"));
    const auto match = rows.match(detail);
    if (!match.hasMatch())
        return {};
    return QCoreApplication::translate("AuditDetail", "%1 baris %2 dari %3")
        .arg(count(match.captured(2)), importKindLabel(match.captured(1)), match.captured(3));
}

QString statusChangeLabel(const QString& detail)
{
    static const QRegularExpression change(QStringLiteral("^(\\S+) -> (\\S+)$"));
    const auto match = change.match(detail);
    if (!match.hasMatch())
        return {};
    return QCoreApplication::translate("AuditDetail", "%1: status menjadi %2")
        .arg(match.captured(1), statusLabel(match.captured(2)));
}

// "tickets csv from=2026-11-01 00:00:00 kind=KELUHAN open delimiter=; rows=12" (the exporter's
// describe()): a value runs to the next known key, so times and texts with spaces stay whole.
QString exportLabel(const QString& detail)
{
    const QString prefix = QStringLiteral("tickets csv ");
    if (!detail.startsWith(prefix))
        return {};
    static const QStringList keys { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("agent"),
        QStringLiteral("kind"), QStringLiteral("issue"), QStringLiteral("sub_issue"), QStringLiteral("unit"),
        QStringLiteral("text"), QStringLiteral("delimiter"), QStringLiteral("rows") };
    const QStringList words = detail.mid(prefix.size()).split(QLatin1Char(' '));
    const auto isFlag
        = [](const QString& word) { return word == QLatin1String("open") || word == QLatin1String("overdue"); };
    // The flags stand just before delimiter=, after any text=, each at most once and "open"
    // first: in "text=meter open open" the text is "meter open".
    qsizetype flagsFrom = words.size();
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (words.at(i).startsWith(QLatin1String("delimiter="))) {
            flagsFrom = i;
            if (flagsFrom > 0 && words.at(flagsFrom - 1) == QLatin1String("overdue"))
                --flagsFrom;
            if (flagsFrom > 0 && words.at(flagsFrom - 1) == QLatin1String("open"))
                --flagsFrom;
            break;
        }
    }
    QList<std::pair<QString, QString>> parts; // key (or flag) and value
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? word.left(equals) : QString();
        if (keys.contains(key))
            parts.append({ key, word.mid(equals + 1) });
        else if (i >= flagsFrom && isFlag(word))
            parts.append({ word, QString() });
        else if (parts.isEmpty())
            return {};
        else
            parts.last().second += QLatin1Char(' ') + word;
    }
    QString rows;
    QStringList said;
    for (const auto& [key, value] : parts) {
        if (key == QLatin1String("rows"))
            rows = count(value);
        else if (key == QLatin1String("from"))
            said << QCoreApplication::translate("AuditDetail", "dari %1").arg(value);
        else if (key == QLatin1String("to"))
            said << QCoreApplication::translate("AuditDetail", "sebelum %1").arg(value);
        else if (key == QLatin1String("agent"))
            said << QCoreApplication::translate("AuditDetail", "agen %1").arg(value);
        else if (key == QLatin1String("kind"))
            said << QCoreApplication::translate("AuditDetail", "jenis %1").arg(ticketKindLabel(value));
        else if (key == QLatin1String("issue"))
            said << QCoreApplication::translate("AuditDetail", "jenis masalah %1").arg(value);
        else if (key == QLatin1String("sub_issue"))
            said << QCoreApplication::translate("AuditDetail", "sub-jenis %1").arg(value);
        else if (key == QLatin1String("unit"))
            said << QCoreApplication::translate("AuditDetail", "unit %1").arg(value);
        else if (key == QLatin1String("text"))
            said << QCoreApplication::translate("AuditDetail", "teks “%1”").arg(value);
        else if (key == QLatin1String("open"))
            said << QCoreApplication::translate("AuditDetail", "hanya yang terbuka");
        else if (key == QLatin1String("overdue"))
            said << QCoreApplication::translate("AuditDetail", "hanya yang lewat SLA");
        else if (key == QLatin1String("delimiter"))
            said << QCoreApplication::translate("AuditDetail", "pemisah %1").arg(value);
    }
    const QString head = rows.isEmpty() ? QCoreApplication::translate("AuditDetail", "CSV tiket")
                                        : QCoreApplication::translate("AuditDetail", "CSV tiket, %1 baris").arg(rows);
    return said.isEmpty() ? head : head + QStringLiteral(": ") + said.join(QStringLiteral(", "));
}

} // namespace

QString auditDetailLabel(const QString& action, const QString& detail)
{
    if (detail.isEmpty())
        return detail;
    QString label;
    if (action == AuditAction::LoginFailed)
        label = loginFailedLabel(detail);
    else if (action == AuditAction::Lookup)
        label = lookupLabel(detail);
    else if (action == AuditAction::UserAdmin)
        label = userAdminLabel(detail);
    else if (action == AuditAction::Import)
        label = importLabel(detail);
    else if (action == AuditAction::StatusChange)
        label = statusChangeLabel(detail);
    else if (action == AuditAction::Export)
        label = exportLabel(detail);
    else if (action == AuditAction::PrivacyPurge)
        label = purgeLabel(detail);
    else if (action == AuditAction::Retention)
        label = retentionLabel(detail);
    else if (action == AuditAction::Search)
        label = searchLabel(detail);
    return label.isEmpty() ? detail : label;
}

} // namespace csodesk
