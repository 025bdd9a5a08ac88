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

} // namespace csodesk::test
