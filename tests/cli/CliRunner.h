#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace csodesk::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// Runs csodesk-cli with `arguments`, optional standard input and extra environment.
[[nodiscard]] CliRun runCli(
    const QStringList& arguments, const QByteArray& input = {}, const QProcessEnvironment& extraEnvironment = {});

// Creates the first user of the database at `url` (an admin: the bootstrap path of
// `user add`) and returns the environment that signs in as it with `--user NAME`.
[[nodiscard]] QProcessEnvironment bootstrapAdmin(const QString& url, const QString& name = QStringLiteral("tester"));

// Whom a CLI test signs in as, and through which URL. SQLite: csodesk's own first admin on
// the test database's URL. PostgreSQL: a floor, as in production: `floor init` as the test
// server's owner login, then a URL that names no login, and every person (the admin and those
// added with addUser) a login role of their own. Role names are the cluster's, so each gets a
// suffix unique to the test; name() maps a test's short name to it. The roles are dropped
// with this object.
class CliFloor {
public:
    CliFloor(const QString& ownerUrl, bool postgres, const QString& adminName = QStringLiteral("tester"));
    ~CliFloor();
    CliFloor(const CliFloor&) = delete;
    CliFloor& operator=(const CliFloor&) = delete;

    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] const QString& url() const { return m_url; } // --db for signed-in commands
    [[nodiscard]] QString name(const QString& shortName) const; // --user
    [[nodiscard]] static QString password(const QString& shortName)
    {
        return QStringLiteral("kata-sandi-") + shortName;
    }
    // The environment that signs in as `shortName` (CSODESK_PASSWORD).
    [[nodiscard]] QProcessEnvironment as(const QString& shortName) const;
    // Adds a user through `user add ... --user <admin>`; false (with the CLI's error) when refused.
    [[nodiscard]] CliRun addUser(const QString& shortName, const QString& role) const;

private:
    QString m_ownerUrl;
    QString m_url;
    QString m_admin;
    QString m_suffix;
    bool m_postgres = false;
    bool m_ready = false;
};

} // namespace csodesk::test
