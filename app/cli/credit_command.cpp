// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/credit_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString CreditCommand::summary() const
{
    return tr("Stop or resume a customer's credit, set its credit limit, or show where it stands.");
}

void CreditCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("stop|resume|limit|show"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addPositionalArgument(
        QStringLiteral("AMOUNT|none"), tr("limit: the most the customer may owe, or none for no limit."));
    parser.addOption(
        { QStringLiteral("reason"), tr("stop, resume: why (kept in the customer's record)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("date"), tr("stop, resume: the day it happened (default: today)."), QStringLiteral("DATE") });
}

int CreditCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli credit: ");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool isLimit = action == QLatin1String("limit");
    const bool known = isLimit || action == QLatin1String("stop") || action == QLatin1String("resume")
        || action == QLatin1String("show");
    if (!known || args.size() != (isLimit ? 4 : 3)) {
        io.err << prefix << tr("give stop|resume|show BOOK CUSTOMER, or limit BOOK CUSTOMER AMOUNT|none.") << '\n';
        return 2;
    }
    QDate date;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, prefix))
        return 2;
    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const Currency &currency = book.db().currency();
    auto customer = book.customer(args.at(2));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    const QString ref = customer->details.ref;
    if (action == QLatin1String("show")) {
        auto stop = book.ledger().credit().currentStop(customer->id);
        if (!stop) {
            io.err << prefix << stop.error() << '\n';
            return 1;
        }
        const auto &limit = customer->details.creditLimit;
        io.out << tr("Customer %1 owes %2; credit limit: %3.")
                      .arg(ref, Money::toFileText(customer->balance, currency),
                          limit ? Money::toFileText(*limit, currency) : tr("none"))
               << '\n';
        io.out << (stop.value()
                ? tr("Credit stopped since %1: %2.").arg(stop.value()->date.toString(Qt::ISODate), stop.value()->reason)
                : tr("Credit open."))
               << '\n';
        return 0;
    }
    if (isLimit) {
        CustomerInput details = customer->details;
        if (args.at(3) == QLatin1String("none")) {
            details.creditLimit.reset();
        } else {
            auto amount = book.amount(args.at(3), tr("the limit"));
            if (!amount) {
                io.err << prefix << amount.error() << '\n';
                return 2;
            }
            details.creditLimit = amount.value();
        }
        if (auto done = book.ledger().updateCustomer(customer->id, details); !done) {
            io.err << prefix << done.error() << '\n';
            return 1;
        }
        io.out << (details.creditLimit
                ? tr("Customer %1 may now owe up to %2.").arg(ref, Money::toFileText(*details.creditLimit, currency))
                : tr("Customer %1 has no credit limit now.").arg(ref))
               << '\n';
        return 0;
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    const bool stop = action == QLatin1String("stop");
    auto done = stop ? book.collections().stopCredit(customer->id, reason, date)
                     : book.collections().resumeCredit(customer->id, reason, date);
    if (!done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    io.out << (stop ? tr("Stopped the credit of customer %1; a new credit sale needs a reason to go ahead.").arg(ref)
                    : tr("Resumed the credit of customer %1.").arg(ref))
           << '\n';
    return 0;
}

} // namespace recoup::cli
