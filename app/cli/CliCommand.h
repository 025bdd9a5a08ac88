#pragma once

#include <QString>

#include <functional>

namespace csodesk::cli {

class CliContext;

// Exit codes are part of the CLI's contract; scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitBadInput = 1,
    ExitUsage = 2,
    ExitNotFound = 3,
    ExitDatabase = 4,
};

struct CliCommand {
    QString name; // "migrate", "lookup", "sop", ...
    QString summary; // one line for the command list
    std::function<int(CliContext&)> run;
};

} // namespace csodesk::cli
