#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace csodesk::cli {

// Command groups with actions ("user add", "tickets list"): the group's command dispatches on
// the first argument, each action parses its own options.
struct CliAction {
    const char* name;
    int (*run)(CliContext&);
};

// Runs the action named by the first argument with the arguments after it (its argv[0] is
// "csodesk-cli <group> <action>"); prints `help` for --help (exit 0) or for a missing or
// unknown action (exit 2).
[[nodiscard]] int dispatchAction(CliContext& context, std::initializer_list<CliAction> actions, const QString& help);

// The help of a command group: its usage line, one aligned row per action ({syntax, what it
// does}) and an optional closing paragraph.
[[nodiscard]] QString groupHelp(
    const QString& usage, const QList<std::pair<QString, QString>>& actions, const QString& footer = {});

// Parses an action's "NAME..." with --user added: returns an exit code when the action
// must stop (help shown, usage error, wrong number of names).
[[nodiscard]] std::optional<int> parseAction(
    CliContext& context, QCommandLineParser& parser, const QString& description, const QStringList& names = {});

// --force: a file the command writes may replace an existing one (never a link, a device or the
// open database; core/common/OutputFile.h).
[[nodiscard]] QCommandLineOption forceOption();

} // namespace csodesk::cli
