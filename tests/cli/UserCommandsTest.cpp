#include "CliRunner.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

QProcessEnvironment passwordEnv(const QString& password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("CSODESK_PASSWORD"), password);
    return env;
}

} // namespace

TEST_CASE("csodesk-cli user: the first user becomes admin, then only an admin adds users", "[cli][auth]")
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("users.db"));
    auto cli = [&db](QStringList args, const QByteArray& input = {}, const QProcessEnvironment& env = {}) {
        return runCli(QStringList { QStringLiteral("--db"), db } + args, input, env);
    };

    // The first user needs no sign-in but must be an admin.
    CHECK(cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"), QStringLiteral("--role"),
                  QStringLiteral("agent") },
              "kata-sandi-budi\n")
              .exitCode
        == 2);
    const CliRun first
        = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin") }, "rahasia-admin\n");
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Admin admin dibuat")));

    // Afterwards: no --user, a wrong password, or a non-admin is refused.
    const CliRun anonymous
        = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi") }, "kata-sandi-budi\n");
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    const CliRun wrong = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"),
                                 QStringLiteral("--user"), QStringLiteral("admin") },
        "kata-sandi-budi\n", passwordEnv(QStringLiteral("salah-sandi")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("kata sandi salah")));

    // Signing-in password on the first line of stdin, the new one on the second.
    const CliRun added = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"),
                                 QStringLiteral("--user"), QStringLiteral("admin") },
        "rahasia-admin\nkata-sandi-budi\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const CliRun byAgent = cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("andi"),
                                   QStringLiteral("--user"), QStringLiteral("budi") },
        "kata-sandi-andi\n", passwordEnv(QStringLiteral("kata-sandi-budi")));
    CHECK(byAgent.exitCode == 1);
    CHECK(byAgent.err.contains(QStringLiteral("tidak boleh")));

    // Passwords are never arguments.
    CHECK(cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("andi"), QStringLiteral("--password"),
                  QStringLiteral("x") })
              .exitCode
        == 2);

    const CliRun passwd = cli({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("budi"),
                                  QStringLiteral("--user"), QStringLiteral("budi") },
        "sandi-baru-budi\n", passwordEnv(QStringLiteral("kata-sandi-budi")));
    INFO(passwd.err.toStdString());
    CHECK(passwd.exitCode == 0);
    const CliRun disabled = cli({ QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("budi"),
                                    QStringLiteral("--user"), QStringLiteral("admin") },
        {}, passwordEnv(QStringLiteral("rahasia-admin")));
    CHECK(disabled.exitCode == 0);
    const CliRun list
        = cli({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin") }, {},
            passwordEnv(QStringLiteral("rahasia-admin")));
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("budi")));
    CHECK(list.out.contains(QStringLiteral("nonaktif")));
    const CliRun disabledLogin
        = cli({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("budi") }, {},
            passwordEnv(QStringLiteral("sandi-baru-budi")));
    CHECK(disabledLogin.exitCode == 1);
    CHECK(disabledLogin.err.contains(QStringLiteral("dinonaktifkan")));
}
