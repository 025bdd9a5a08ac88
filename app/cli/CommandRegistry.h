#pragma once

#include "CliCommand.h"

#include <QList>

namespace csodesk::cli {

class CommandRegistry {
public:
    void add(CliCommand command);
    [[nodiscard]] const CliCommand* find(const QString& name) const;
    [[nodiscard]] const QList<CliCommand>& all() const { return m_commands; }

private:
    QList<CliCommand> m_commands;
};

// Each command group registers itself from its own file; main() calls these.
void registerStorageCommands(CommandRegistry& registry);
void registerCustomerCommands(CommandRegistry& registry);
void registerSearchCommands(CommandRegistry& registry);
void registerBillCommands(CommandRegistry& registry);
void registerDemoDataCommands(CommandRegistry& registry);
void registerImportCommands(CommandRegistry& registry);
void registerPrivacyCommands(CommandRegistry& registry);
void registerSopCommands(CommandRegistry& registry);
void registerTicketCommands(CommandRegistry& registry);
void registerUserCommands(CommandRegistry& registry);
void registerFloorCommands(CommandRegistry& registry);

} // namespace csodesk::cli
