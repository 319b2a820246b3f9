// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/balance_command.h"

#include "aging/balance_report.h"
#include "cli/report_options.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "ledger/ledger.h"

namespace recoup::cli {

QString BalanceCommand::summary() const
{
    return tr("Show what each customer owes, and the total.");
}

void BalanceCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption(
        { QStringLiteral("customer"), tr("Only the customer with this reference."), QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("as-of"),
        tr("Balances as of this date, YYYY-MM-DD (default: everything "
           "recorded)."),
        QStringLiteral("DATE") });
}

int BalanceCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli balance: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give one BOOK file.") << '\n';
        return 2;
    }
    QDate asOf;
    if (!ReportOptions::readDate(parser, QStringLiteral("as-of"), &asOf, io.err, prefix))
        return 2;
    auto db = ReportOptions::openBook(args.first());
    if (!db) {
        io.err << prefix << db.error() << '\n';
        return 1;
    }
    // One snapshot for the whole report, whatever another program commits meanwhile.
    if (auto reading = db.value()->beginRead(); !reading) {
        io.err << prefix << reading.error() << '\n';
        return 1;
    }
    qint64 customerId = 0;
    if (parser.isSet(QStringLiteral("customer"))) {
        const QString ref = parser.value(QStringLiteral("customer"));
        const SystemClock clock;
        const auto customer = Ledger(*db.value(), clock).customerByRef(ref);
        if (!customer) {
            io.err << prefix << tr("there is no customer with the reference “%1”.").arg(ref) << '\n';
            return 1;
        }
        customerId = customer->id;
    }
    auto report = BalanceReport::compute(*db.value(), asOf, customerId);
    if (!report) {
        io.err << prefix << report.error() << '\n';
        return 1;
    }
    const Currency &currency = db.value()->currency();
    QList<QStringList> rows{ { tr("Ref"), tr("Customer"), tr("Balance") } };
    for (const BalanceLine &line : report->lines())
        rows.append({ line.ref, line.name, Money::toFileText(line.balance, currency) });
    if (!customerId)
        rows.append({ QString(), tr("TOTAL"), Money::toFileText(report->total(), currency) });
    qsizetype refWidth = 0, nameWidth = 0, amountWidth = 0;
    for (const QStringList &row : std::as_const(rows)) {
        refWidth = std::max(refWidth, row.at(0).size());
        nameWidth = std::max(nameWidth, row.at(1).size());
        amountWidth = std::max(amountWidth, row.at(2).size());
    }
    for (const QStringList &row : std::as_const(rows))
        io.out << ReportOptions::cell(row.at(0), refWidth, false) << "  "
               << ReportOptions::cell(row.at(1), nameWidth, false) << "  "
               << ReportOptions::cell(row.at(2), amountWidth, true) << '\n';
    // Shown, as what is left may help rebuild the book, but never as a sound report.
    if (db.value()->isDamaged()) {
        io.err << prefix << ReportOptions::damagedWarning(args.first()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace recoup::cli
