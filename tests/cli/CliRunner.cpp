#include "CliRunner.h"

#include <QProcess>

namespace csodesk::test {

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CSODESK_DB"));
    for (const QString& key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CSODESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(300000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment bootstrapAdmin(const QString& url, const QString& name)
{
    const QString password = QStringLiteral("kata-sandi-") + name;
    const CliRun added = runCli({QStringLiteral("--db"), url, QStringLiteral("user"), QStringLiteral("add"), name},
                                (password + QLatin1Char('\n')).toUtf8());
    QProcessEnvironment environment;
    if (added.exitCode == 0)
        environment.insert(QStringLiteral("CSODESK_PASSWORD"), password);
    return environment;
}

} // namespace csodesk::test
