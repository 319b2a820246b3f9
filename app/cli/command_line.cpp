// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "cli/agency_command.h"
#include "cli/aging_command.h"
#include "cli/balance_command.h"
#include "cli/close_command.h"
#include "cli/contact_command.h"
#include "cli/credit_command.h"
#include "cli/demo_command.h"
#include "cli/dispute_command.h"
#include "cli/fees_command.h"
#include "cli/import_command.h"
#include "cli/init_command.h"
#include "cli/legal_command.h"
#include "cli/letter_command.h"
#include "cli/limits_command.h"
#include "cli/outbox_command.h"
#include "cli/pack_command.h"
#include "cli/plan_command.h"
#include "cli/policy_command.h"
#include "cli/promise_command.h"
#include "cli/receipt_command.h"
#include "cli/recover_command.h"
#include "cli/register_command.h"
#include "cli/remind_command.h"
#include "cli/reopen_command.h"
#include "cli/settings_command.h"
#include "cli/statements_command.h"
#include "cli/task_command.h"
#include "cli/verify_command.h"
#include "cli/worklist_command.h"
#include "cli/write_off_command.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace recoup::cli {

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<AgencyCommand>());
    m_commands.push_back(std::make_unique<AgingCommand>());
    m_commands.push_back(std::make_unique<BalanceCommand>());
    m_commands.push_back(std::make_unique<CloseCommand>());
    m_commands.push_back(std::make_unique<ContactCommand>());
    m_commands.push_back(std::make_unique<CreditCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<DisputeCommand>());
    m_commands.push_back(std::make_unique<FeesCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<LegalCommand>());
    m_commands.push_back(std::make_unique<LetterCommand>());
    m_commands.push_back(std::make_unique<LimitsCommand>());
    m_commands.push_back(std::make_unique<OutboxCommand>());
    m_commands.push_back(std::make_unique<PackCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<PolicyCommand>());
    m_commands.push_back(std::make_unique<PromiseCommand>());
    m_commands.push_back(std::make_unique<ReceiptCommand>());
    m_commands.push_back(std::make_unique<RecoverCommand>());
    m_commands.push_back(std::make_unique<RegisterCommand>());
    m_commands.push_back(std::make_unique<RemindCommand>());
    m_commands.push_back(std::make_unique<ReopenCommand>());
    m_commands.push_back(std::make_unique<SettingsCommand>());
    m_commands.push_back(std::make_unique<StatementsCommand>());
    m_commands.push_back(std::make_unique<TaskCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<WorklistCommand>());
    m_commands.push_back(std::make_unique<WriteOffCommand>());
}

CommandLine::~CommandLine() = default;

const Command *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

bool CommandLine::paints(const QString &name) const
{
    const Command *command = find(name);
    return command != nullptr && command->paints();
}

void CommandLine::printUsage(QTextStream &out) const
{
    out << QCoreApplication::translate("CommandLine", "Usage: recoup-cli COMMAND [OPTIONS] ...") << '\n'
        << QCoreApplication::translate("CommandLine", "Recoup's books from the command line.") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const auto &command : m_commands)
        out << "  " << command->name().leftJustified(11) << command->summary() << '\n';
    out << '\n'
        << QCoreApplication::translate("CommandLine", "Run “recoup-cli COMMAND --help” for a command's options.")
        << '\n';
}

int CommandLine::run(const QStringList &arguments, Streams io) const
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(first.isEmpty() ? io.err : io.out);
        return first.isEmpty() ? 2 : 0;
    }
    if (first == QLatin1String("--version")) {
        io.out << "recoup-cli " << RECOUP_VERSION << '\n';
        return 0;
    }
    const Command *command = find(first);
    if (!command) {
        io.err << QCoreApplication::translate("CommandLine", "recoup-cli: unknown command “%1”.").arg(first) << '\n';
        printUsage(io.err);
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("CommandLine", "Show this help."));
    parser.addOption(help);
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QCoreApplication::translate("CommandLine", "Also show the database's own words for any problem."));
    parser.addOption(verbose);
    command->configure(parser);
    QStringList rest = arguments.mid(1);
    rest[0] = QStringLiteral("recoup-cli %1").arg(first);
    if (!parser.parse(rest)) {
        io.err << "recoup-cli " << first << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started with; the usage line
        // should read as the user types it.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), QStringLiteral("recoup-cli ") + first);
        io.out << text;
        return 0;
    }
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("recoup.database.warning=true"));
    return command->run(parser, io);
}

} // namespace recoup::cli
