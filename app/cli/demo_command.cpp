// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/demo_command.h"

#include "cli/report_options.h"
#include "core/clock.h"
#include "core/currency.h"
#include "io/demo_book.h"
#include "ledger/book_rules.h"

#include <QLocale>

#include <memory>

namespace recoup::cli {

QString DemoCommand::summary() const
{
    return tr("Make a new book filled with realistic made-up customers, sales and payments.");
}

void DemoCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The new book file."));
    parser.addOption({ QStringLiteral("customers"), tr("How many customers (default: 200)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("seed"),
        tr("The random seed; the same seed and day give the same book "
           "(default: 1)."),
        QStringLiteral("S") });
    parser.addOption({ QStringLiteral("currency"),
        tr("The book's currency, an ISO 4217 code (default: the system "
           "locale's, or USD)."),
        QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("today"),
        tr("Spread the dates over the 18 months before this day, "
           "YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE") });
}

int DemoCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli demo: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give one BOOK file.") << '\n';
        return 2;
    }
    DemoOptions options;
    if (parser.isSet(QStringLiteral("customers"))) {
        bool ok = false;
        options.customers = parser.value(QStringLiteral("customers")).toInt(&ok);
        if (!ok || options.customers < 0 || options.customers > 1000000) {
            io.err << prefix << tr("--customers must be a whole number from 0 to 1000000.") << '\n';
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            io.err << prefix << tr("--seed must be a whole number from 0 to 4294967295.") << '\n';
            return 2;
        }
    }
    Currency currency = Currency::forLocale(QLocale::system());
    if (parser.isSet(QStringLiteral("currency"))) {
        auto chosen = Currency::fromCode(parser.value(QStringLiteral("currency")));
        if (!chosen) {
            io.err << prefix << chosen.error() << '\n';
            return 2;
        }
        currency = chosen.value();
    }
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    if (parser.isSet(QStringLiteral("today"))) {
        auto date = ReportOptions::parseDate(parser.value(QStringLiteral("today")), QStringLiteral("--today"));
        if (!date) {
            io.err << prefix << date.error() << '\n';
            return 2;
        }
        // The demo's dates go 18 months back, and its sales fall due up to 90 days on.
        const QDate first = BookRules::firstDate().addDays(548);
        const QDate last = BookRules::lastDate().addDays(-90);
        if (date.value() < first || date.value() > last) {
            io.err << prefix
                   << tr("--today must be from %1 to %2: the demo's dates reach 18 months before it and some "
                         "months after, and a book holds dates from %3 to %4.")
                          .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                              BookRules::firstDate().toString(Qt::ISODate), BookRules::lastDate().toString(Qt::ISODate))
                   << '\n';
            return 2;
        }
        // The whole book then reads as if made on that day, recorded times included.
        clock = std::make_unique<FixedClock>(date.value());
    }
    options.today = clock->today();

    const QString book = args.first();
    const Result<DemoSummary> made = DemoBook::create(book, currency, *clock, options);
    if (!made) {
        io.err << prefix << made.error() << '\n';
        return 1;
    }
    io.out << tr("Made the demo book %1 (currency %2): %3 customers, %4 sales, %5 payments, %6 reversals.")
                  .arg(args.first(), currency.code())
                  .arg(made->customers)
                  .arg(made->debts)
                  .arg(made->payments)
                  .arg(made->reversals)
           << '\n'
           << tr("Collections: %1 contacts logged, %2 promises to pay, %3 disputes, %4 worklist tasks done, %5 late "
                 "fees charged.")
                  .arg(made->story.contacts)
                  .arg(made->story.promises)
                  .arg(made->story.disputes)
                  .arg(made->story.tasksDone)
                  .arg(made->story.fees)
           << '\n';
    return 0;
}

} // namespace recoup::cli
