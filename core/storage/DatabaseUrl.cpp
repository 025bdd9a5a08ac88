#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <cctype>
#include <optional>

namespace csodesk {

namespace {

Error badUrl(const QString& rawText, const QString& why)
{
    // The message is shown and may be logged: never with the password of the URL.
    static const QRegularExpression password(QStringLiteral("(://[^:/@?]*:)[^@/?]*@"));
    QString text = rawText;
    text.replace(password, QStringLiteral("\\1***@"));
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("DatabaseUrl",
            "Alamat basis data \"%1\" tidak valid: %2. Contoh: sqlite:/data/csodesk.db atau "
            "postgresql://pengguna@server:5432/csodesk")
            .arg(text, why),
        QStringLiteral("bad database url"));
}

// Percent-decoding that refuses a malformed escape instead of keeping it as text.
std::optional<QString> decode(const QString& part)
{
    const QByteArray bytes = part.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%')
            continue;
        if (i + 2 >= bytes.size() || !isxdigit(static_cast<unsigned char>(bytes.at(i + 1)))
            || !isxdigit(static_cast<unsigned char>(bytes.at(i + 2))))
            return std::nullopt;
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QString encode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isValue(const QString& value)
{
    // The value goes into a libpq connection string through Qt's driver, which turns ';' into a
    // separator; quotes and backslashes would need escaping that the driver does not do.
    for (const QChar c : value) {
        if (c == QLatin1Char(';') || c == QLatin1Char('\'') || c == QLatin1Char('\\')
            || c.category() == QChar::Other_Control)
            return false;
    }
    return !value.isEmpty();
}

std::optional<QString> checkParameter(const QString& name, const QString& value)
{
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    static const QStringList sessionAttrs { QStringLiteral("any"), QStringLiteral("read-write"),
        QStringLiteral("read-only"), QStringLiteral("primary"), QStringLiteral("standby"),
        QStringLiteral("prefer-standby") };
    if (!isValue(value))
        return QCoreApplication::translate("DatabaseUrl", "nilai %1 kosong atau berisi ; ' \\ atau karakter kontrol")
            .arg(name);
    if (name == QLatin1String("sslmode") && !sslModes.contains(value))
        return QCoreApplication::translate("DatabaseUrl", "sslmode harus salah satu dari %1")
            .arg(sslModes.join(QStringLiteral(", ")));
    if (name == QLatin1String("target_session_attrs") && !sessionAttrs.contains(value))
        return QCoreApplication::translate("DatabaseUrl", "target_session_attrs harus salah satu dari %1")
            .arg(sessionAttrs.join(QStringLiteral(", ")));
    if (name == QLatin1String("connect_timeout")) {
        bool number = false;
        const int seconds = value.toInt(&number);
        if (!number || seconds < 1 || seconds > 300)
            return QCoreApplication::translate("DatabaseUrl", "connect_timeout harus 1 sampai 300 detik");
    }
    if (name == QLatin1String("application_name") && value.size() > 63)
        return QCoreApplication::translate("DatabaseUrl", "application_name paling banyak 63 karakter");
    return std::nullopt;
}

} // namespace

const QStringList& DatabaseUrl::postgresParameterNames()
{
    static const QStringList names { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("target_session_attrs"), QStringLiteral("connect_timeout"), QStringLiteral("application_name") };
    return names;
}

Result<DatabaseUrl> DatabaseUrl::parsePostgres(const QString& text, const QString& afterScheme)
{
    DatabaseUrl result;
    result.m_dialect = SqlDialect::PostgreSql;
    QString rest = afterScheme;
    if (rest.contains(QLatin1Char('#')))
        return badUrl(text, QCoreApplication::translate("DatabaseUrl", "tanda # tidak dikenal"));
    for (const QChar c : rest) {
        if (c.isSpace())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "berisi spasi (tulis %20)"));
    }
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama basis data tidak ada"));
    const QString authority = rest.left(slash);
    const std::optional<QString> database = decode(rest.mid(slash + 1));
    if (!database)
        return badUrl(text, QCoreApplication::translate("DatabaseUrl", "kode % tidak valid"));
    result.m_databaseName = *database;

    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at >= 0 ? authority.left(at) : QString();
    const QString hostList = authority.mid(at + 1);
    if (at >= 0) {
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const std::optional<QString> user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        const std::optional<QString> password = decode(colon >= 0 ? userInfo.mid(colon + 1) : QString());
        if (!user || !password)
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "kode % tidak valid"));
        result.m_user = *user;
        result.m_password = *password;
    }

    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression ipv6(QStringLiteral("^\\[[0-9A-Fa-f:.]+\\]$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    for (const QString& server : hostList.split(QLatin1Char(','))) {
        QString host = server;
        int port = 5432;
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && colon > server.lastIndexOf(QLatin1Char(']'))) {
            const QString portText = server.mid(colon + 1);
            if (!digits.match(portText).hasMatch() || portText.toInt() <= 0 || portText.toInt() > 65535)
                return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nomor port tidak valid"));
            port = portText.toInt();
            host = server.left(colon);
        }
        if (host.isEmpty())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama server tidak ada"));
        if (!hostName.match(host).hasMatch() && !ipv6.match(host).hasMatch())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama server \"%1\" tidak valid").arg(host));
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        result.m_servers.append({ host.toLower(), port });
    }
    if (result.m_databaseName.isEmpty() || result.m_databaseName.contains(QLatin1Char('/')))
        return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama basis data tidak ada"));

    QMap<QString, QString> given;
    if (!query.isEmpty()) {
        for (const QString& pair : query.split(QLatin1Char('&'))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const std::optional<QString> name = decode(equals >= 0 ? pair.left(equals) : pair);
            const std::optional<QString> value = decode(equals >= 0 ? pair.mid(equals + 1) : QString());
            if (!name || !value)
                return badUrl(text, QCoreApplication::translate("DatabaseUrl", "kode % tidak valid"));
            if (!postgresParameterNames().contains(*name)) {
                return badUrl(text,
                    QCoreApplication::translate("DatabaseUrl", "parameter \"%1\" tidak dikenal (yang dikenal: %2)")
                        .arg(*name, postgresParameterNames().join(QStringLiteral(", "))));
            }
            if (given.contains(*name))
                return badUrl(
                    text, QCoreApplication::translate("DatabaseUrl", "parameter %1 disebut dua kali").arg(*name));
            if (auto why = checkParameter(*name, *value))
                return badUrl(text, *why);
            given.insert(*name, *value);
        }
    }
    for (const QString& name : postgresParameterNames()) {
        if (given.contains(name))
            result.m_parameters.append({ name, given.value(name) });
    }
    return result;
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.m_dialect = SqlDialect::Sqlite;
    url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return badUrl(text, QCoreApplication::translate("DatabaseUrl", "kosong"));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return badUrl(text.simplified(), QCoreApplication::translate("DatabaseUrl", "berisi karakter kontrol"));
    }
    // A noncharacter (U+FFFF and the like) is not text: URL encoding turns it into U+FFFD, so a
    // saved URL would name another database than the one typed (found by fuzz_database_url).
    for (const char32_t codePoint : text.toUcs4()) {
        if (QChar::isNonCharacter(codePoint))
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "berisi karakter yang bukan teks"));
    }

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(int(qstrlen("sqlite:")));
        // Accept sqlite:///abs/path and sqlite://relative as people write them.
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama berkas SQLite tidak ada"));
        DatabaseUrl url = sqliteFile(path);
        // Surrounding spaces are trimmed from what people type, so a file name that itself
        // starts or ends with a space could never be named again.
        if (url.m_path != url.m_path.trimmed())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama berkas diawali atau diakhiri spasi"));
        return url;
    }

    for (const char* scheme : { "postgresql://", "postgres://" }) {
        if (text.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return parsePostgres(text, text.mid(int(qstrlen(scheme))));
    }

    return badUrl(text, QCoreApplication::translate("DatabaseUrl", "harus diawali sqlite: atau postgresql://"));
}

QString DatabaseUrl::serverList() const
{
    QStringList servers;
    for (const auto& [host, port] : m_servers)
        servers.append((host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
            + QLatin1Char(':') + QString::number(port));
    return servers.join(QLatin1Char(','));
}

QString DatabaseUrl::parameter(const QString& name) const
{
    for (const auto& [key, value] : m_parameters) {
        if (key == name)
            return value;
    }
    return {};
}

QString DatabaseUrl::format(bool withPassword) const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + m_path;
    // Fully encoded, so that what is written parses back to the same URL (fuzz_database_url).
    QString userPart;
    if (!m_user.isEmpty() || (withPassword && !m_password.isEmpty())) {
        userPart = encode(m_user);
        if (withPassword && !m_password.isEmpty())
            userPart += QLatin1Char(':') + encode(m_password);
        userPart += QLatin1Char('@');
    }
    QStringList query;
    for (const auto& [name, value] : m_parameters) {
        // Shown to people (status bar, logs): a certificate path stays readable. Both forms
        // parse to the same URL.
        query.append(name + QLatin1Char('=')
            + (withPassword ? encode(value) : QString::fromLatin1(QUrl::toPercentEncoding(value, "/:"))));
    }
    return QStringLiteral("postgresql://") + userPart + serverList() + QLatin1Char('/') + encode(m_databaseName)
        + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
}

QString DatabaseUrl::displayString() const
{
    return format(false);
}

QString DatabaseUrl::toString() const
{
    return format(true);
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString& name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

DatabaseUrl DatabaseUrl::withCredentials(const QString& user, const QString& password) const
{
    DatabaseUrl copy = *this;
    copy.m_user = user;
    copy.m_password = password;
    return copy;
}

DatabaseUrl DatabaseUrl::withParameter(const QString& name, const QString& value) const
{
    DatabaseUrl copy = *this;
    QList<QPair<QString, QString>> parameters;
    for (const QString& known : postgresParameterNames()) {
        if (known == name)
            parameters.append({ name, value });
        else if (const QString existing = parameter(known); !existing.isEmpty())
            parameters.append({ known, existing });
    }
    copy.m_parameters = parameters;
    return copy;
}

ResolvedDatabaseUrl resolveDatabaseUrl(
    const QString& commandLine, const QString& environment, const QString& saved, const QString& embeddedDefaultPath)
{
    if (!commandLine.trimmed().isEmpty())
        return { commandLine.trimmed(), DatabaseUrlSource::CommandLine };
    if (!environment.trimmed().isEmpty())
        return { environment.trimmed(), DatabaseUrlSource::Environment };
    if (!saved.trimmed().isEmpty())
        return { saved.trimmed(), DatabaseUrlSource::Settings };
    return { QStringLiteral("sqlite:") + embeddedDefaultPath, DatabaseUrlSource::EmbeddedDefault };
}

QString dialectName(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace csodesk
