// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/init_command.h"

#include "core/currency.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QLocale>

namespace recoup::cli {

QString InitCommand::summary() const
{
    return QCoreApplication::translate("InitCommand", "Make a new, empty book.");
}

void InitCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("BOOK"), QCoreApplication::translate("InitCommand", "The new book file."));
    parser.addOption({ QStringLiteral("currency"),
        QCoreApplication::translate("InitCommand",
            "The book's currency, an ISO 4217 code (default: the system "
            "locale's, or USD)."),
        QStringLiteral("CODE") });
}

int InitCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << QCoreApplication::translate("InitCommand", "recoup-cli init: give one BOOK file.") << '\n';
        return 2;
    }
    Currency currency = Currency::forLocale(QLocale::system());
    if (parser.isSet(QStringLiteral("currency"))) {
        auto chosen = Currency::fromCode(parser.value(QStringLiteral("currency")));
        if (!chosen) {
            io.err << "recoup-cli init: " << chosen.error() << '\n';
            return 2;
        }
        currency = chosen.value();
    }
    auto db = Database::create(args.first(), currency);
    if (!db) {
        io.err << "recoup-cli init: " << db.error() << '\n';
        return 1;
    }
    io.out << QCoreApplication::translate("InitCommand", "Made the book %1 (currency %2).")
                  .arg(args.first(), currency.code())
           << '\n';
    return 0;
}

} // namespace recoup::cli
