// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/demo_command.h"

#include "cli/report_options.h"
#include "core/clock.h"
#include "core/currency.h"
#include "db/database.h"
#include "io/demo_generator.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QFile>
#include <QFileInfo>
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
        auto date = ReportOptions::parseDate(parser.value(QStringLiteral("today")), QStringLiteral("today"));
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

    // The book is made under a working name beside it and renamed when whole,
    // so a demo stopped half-way (killed, power cut) leaves no book to refuse
    // a rerun; the rerun clears what the stopped one left.
    const QString book = args.first();
    if (QFileInfo::exists(book)) {
        io.err << prefix << tr("“%1” already exists. Choose a new file name for the book.").arg(book) << '\n';
        return 1;
    }
    const QString partial = QFileInfo(book).absolutePath() + QStringLiteral("/.") + QFileInfo(book).fileName()
        + QStringLiteral(".partial");
    const auto removePartial = [&partial] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(partial + suffix);
    };
    removePartial();
    auto db = Database::create(partial, currency);
    if (!db) {
        io.err << prefix << QString(db.error()).replace(partial, book) << '\n';
        return 1;
    }
    Ledger ledger(*db.value(), *clock);
    Result<DemoSummary> made = DemoGenerator(ledger).generate(options);
    // Everything into the book file itself, so the rename carries all of it.
    const auto flushed = made ? db.value()->checkpoint() : Result<void>();
    db.value().reset();
    if (!made || !flushed) {
        io.err << prefix << (made ? flushed.error() : made.error()) << '\n';
        removePartial();
        return 1;
    }
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0 || !QFile::rename(partial, book)) {
        io.err << prefix << tr("The demo book could not be given its name “%1”; nothing was made.").arg(book) << '\n';
        removePartial();
        return 1;
    }
    removePartial();
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
