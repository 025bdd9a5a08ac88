#include "CommandRegistry.h"

namespace csodesk::cli {

void CommandRegistry::add(CliCommand command)
{
    m_commands.append(std::move(command));
}

const CliCommand* CommandRegistry::find(const QString& name) const
{
    for (const CliCommand& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace csodesk::cli
