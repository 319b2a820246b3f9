// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include "core/clock.h"
#include "db/database.h"
#include "io/interchange_importer.h"
#include "ledger/ledger.h"

#include <QCoreApplication>

namespace recoup::cli {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate(
        "ImportCommand", "Import customers, debts and payments from interchange CSV files.");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("BOOK"), QCoreApplication::translate("ImportCommand", "The book file."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QCoreApplication::translate(
            "ImportCommand", "The folder with customers.csv, debts.csv and payments.csv (any may be missing)."));
}

int ImportCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << QCoreApplication::translate("ImportCommand", "recoup-cli import: give a BOOK file and a DIR folder.")
               << '\n';
        return 2;
    }
    // Opening for writing runs the integrity check, so it comes right before every import.
    auto db = Database::open(args.at(0));
    if (!db) {
        io.err << "recoup-cli import: " << db.error() << '\n';
        return 1;
    }
    if (!db.value()->isWritable()) {
        io.err << "recoup-cli import: " << db.value()->readOnlyReason() << '\n';
        return 1;
    }
    SystemClock clock;
    Ledger ledger(*db.value(), clock);
    const ImportReport report = InterchangeImporter(ledger).importFolder(args.at(1));
    for (const ImportProblem &warning : report.warnings)
        io.err << warning.toString() << '\n';
    for (const ImportProblem &problem : report.problems)
        io.err << problem.toString() << '\n';
    if (!report.ok())
        return 1;
    io.out << QCoreApplication::translate("ImportCommand", "Imported %1 customers, %2 debts, %3 payments.")
                  .arg(report.customers)
                  .arg(report.debts)
                  .arg(report.payments)
           << '\n';
    return 0;
}

} // namespace recoup::cli
