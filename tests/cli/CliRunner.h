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
[[nodiscard]] CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
                            const QProcessEnvironment& extraEnvironment = {});

// Creates the first user of the database at `url` (an admin: the bootstrap path of
// `user add`) and returns the environment that signs in as it with `--user NAME`.
[[nodiscard]] QProcessEnvironment bootstrapAdmin(const QString& url, const QString& name = QStringLiteral("tester"));

} // namespace csodesk::test
