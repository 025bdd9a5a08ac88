// Reliability 6: after the whole test run (GUI tests included), no log file written by the
// app under test holds personal data in the clear, and every SQLite file the app created is
// readable by its owner only.
//   csodesk_privacy_scan BUILD_TESTS_DIR TEST_DATA_DIR
// Scans every file under BUILD_TESTS_DIR/**/home/<target>/data/ (each test executable's
// CSODESK_DATA_DIR): "*.log*" for personal data, SQLite files for their mode. Personal data:
// the names, e-mails, phones and IDPELs of the customers in TEST_DATA_DIR's CSV files, and
// anything shaped like an IDPEL, e-mail address or mobile number. Prints each finding;
// exit 1 when there is one.
#include "common/CsvReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <sys/stat.h>

using namespace csodesk;

namespace {

// The personal values of the customers in the test data's CSV files.
QSet<QString> personalValuesOf(const QString& dataDir)
{
    QSet<QString> values;
    QDirIterator files(dataDir, { QStringLiteral("*.csv") }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        CsvReader reader(file);
        CsvRecord record;
        QStringList header;
        while (reader.next(record)) {
            if (header.isEmpty()) {
                header = record.fields;
                continue;
            }
            for (int i = 0; i < record.fields.size() && i < header.size(); ++i) {
                const QString column = header.at(i).trimmed().toLower();
                const QString value = record.fields.at(i).trimmed();
                const bool personal = column == QLatin1String("name") || column == QLatin1String("email")
                    || column == QLatin1String("phone") || column == QLatin1String("invoice_email")
                    || column == QLatin1String("nama_pelanggan");
                // Names shorter than two words are too generic to search for ("Budi" is a word).
                if (personal && value.size() >= 6
                    && (column != QLatin1String("name") || value.contains(QLatin1Char(' '))))
                    values.insert(value);
            }
        }
    }
    return values;
}

bool isUnderAppDataDir(const QString& path)
{
    static const QRegularExpression appData(QStringLiteral("/home/[^/]+/data/"));
    return appData.match(path).hasMatch();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 3) {
        out << "usage: csodesk_privacy_scan BUILD_TESTS_DIR TEST_DATA_DIR\n";
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const QSet<QString> personal = personalValuesOf(QString::fromLocal8Bit(argv[2]));

    // Shapes of personal data in the clear; masked values contain '•' and so do not match.
    const QList<QPair<QString, QRegularExpression>> shapes {
        { QStringLiteral("IDPEL"), QRegularExpression(QStringLiteral("(?<![0-9A-Za-z])[0-9]{12}(?![0-9])")) },
        // A domain ends in letters: "csodesk@127.0.0.1" in a database URL is a server login.
        { QStringLiteral("e-mail"),
            QRegularExpression(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) },
        { QStringLiteral("phone"),
            QRegularExpression(QStringLiteral("(?<![0-9])(?:\\+62|62|0)8[0-9]{7,11}(?![0-9])")) },
    };

    int findings = 0;
    int logs = 0;
    int databases = 0;
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!isUnderAppDataDir(path))
            continue;
        const QString name = files.fileName();
        if (name.endsWith(QLatin1String(".db")) || name.endsWith(QLatin1String(".sqlite"))
            || name.endsWith(QLatin1String(".db-wal")) || name.endsWith(QLatin1String(".db-shm"))) {
            ++databases;
            struct stat info { };
            if (::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 0077) != 0) {
                out << path << ": mode " << QString::number(info.st_mode & 0777, 8) << ", expected 600\n";
                ++findings;
            }
            continue;
        }
        if (!name.contains(QLatin1String(".log")))
            continue;
        ++logs;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        qint64 lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            QStringList found;
            for (const QString& value : personal) {
                if (line.contains(value))
                    found << QStringLiteral("test-data value '%1'").arg(value);
            }
            for (const auto& [what, shape] : shapes) {
                auto matches = shape.globalMatch(line);
                while (matches.hasNext())
                    found << QStringLiteral("%1 '%2'").arg(what, matches.next().captured(0));
            }
            for (const QString& finding : std::as_const(found)) {
                out << path << ":" << lineNumber << ": unmasked " << finding << "\n";
                ++findings;
            }
        }
    }
    out << "privacy scan: " << logs << " log files, " << databases << " SQLite files, " << findings << " findings\n";
    return findings == 0 ? 0 : 1;
}
