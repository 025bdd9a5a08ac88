#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace csodesk {

namespace {

Error badUrl(const QString& text, const QString& why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("DatabaseUrl",
            "Alamat basis data \"%1\" tidak valid: %2. Contoh: sqlite:/data/csodesk.db atau "
            "postgresql://pengguna@server:5432/csodesk")
            .arg(text, why),
        QStringLiteral("bad database url"));
}

} // namespace

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

    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return badUrl(text, url.errorString());
        DatabaseUrl result;
        result.m_dialect = SqlDialect::PostgreSql;
        result.m_host = url.host();
        result.m_port = url.port(5432);
        result.m_user = url.userName(QUrl::FullyDecoded);
        result.m_password = url.password(QUrl::FullyDecoded);
        result.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (result.m_host.isEmpty())
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama server tidak ada"));
        if (result.m_databaseName.isEmpty() || result.m_databaseName.contains(QLatin1Char('/')))
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nama basis data tidak ada"));
        if (result.m_port <= 0 || result.m_port > 65535)
            return badUrl(text, QCoreApplication::translate("DatabaseUrl", "nomor port tidak valid"));
        return result;
    }

    return badUrl(text, QCoreApplication::translate("DatabaseUrl", "harus diawali sqlite: atau postgresql://"));
}

QString DatabaseUrl::displayString() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + m_path;
    QString userPart = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, m_host).arg(m_port).arg(m_databaseName);
}

QString DatabaseUrl::toString() const
{
    if (isSqlite())
        return displayString();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(QLatin1Char('/') + m_databaseName);
    // Fully encoded: the default "pretty" form writes an escaped space in the password back as
    // a space, which the strict parser then refuses (found by fuzz_database_url).
    return url.toString(QUrl::FullyEncoded);
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString& name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
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
