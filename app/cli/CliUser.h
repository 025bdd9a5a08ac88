#pragma once

#include "auth/Actor.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace csodesk::cli {

// The CLI has no login yet: commands that read personal data act as an agent named by --user
// (default: the operating-system user), which is what the access log records.
[[nodiscard]] QCommandLineOption userNameOption();
[[nodiscard]] Actor cliActor(const QCommandLineParser& parser, const QCommandLineOption& userOption);

} // namespace csodesk::cli
