// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/promise_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString PromiseCommand::summary() const
{
    return tr("Record a customer's promise to pay an amount by a date.");
}

void PromiseCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addPositionalArgument(QStringLiteral("AMOUNT"), tr("The amount promised, such as 120.50."));
    parser.addPositionalArgument(QStringLiteral("DATE"), tr("The date it is promised for, YYYY-MM-DD."));
    parser.addOption({ QStringLiteral("debt"),
        tr("A sale the promise covers; repeat for more (default: all the customer's open sales)."),
        QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("made-on"), tr("The day the promise was made, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("note"), tr("A note to keep with it."), QStringLiteral("TEXT") });
}

int PromiseCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli promise: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 4) {
        io.err << prefix << tr("give a BOOK file, a CUSTOMER reference, an AMOUNT and a DATE.") << '\n';
        return 2;
    }
    PromiseInput input;
    auto due = ReportOptions::parseDate(args.at(3), QStringLiteral("DATE"));
    if (!due) {
        io.err << prefix << due.error() << '\n';
        return 2;
    }
    input.dueDate = due.value();
    if (!ReportOptions::readDate(parser, QStringLiteral("made-on"), &input.promisedOn, io.err, prefix))
        return 2;
    input.note = parser.value(QStringLiteral("note"));

    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    auto amount = book.amount(args.at(2), QStringLiteral("AMOUNT"));
    if (!amount) {
        io.err << prefix << amount.error() << '\n';
        return 2;
    }
    input.amount = amount.value();
    auto customer = book.customer(args.at(1));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    input.customerId = customer->id;
    for (const QString &ref : parser.values(QStringLiteral("debt"))) {
        auto debt = book.debt(ref);
        if (!debt) {
            io.err << prefix << debt.error() << '\n';
            return 1;
        }
        input.debtIds.append(debt->id);
    }
    auto id = book.collections().recordPromise(input);
    if (!id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    io.out << tr("Recorded promise %1: %2 promises %3 by %4.")
                  .arg(id.value())
                  .arg(customer->details.name, Money::toFileText(input.amount, book.db().currency()),
                      input.dueDate.toString(Qt::ISODate))
           << '\n';
    return 0;
}

} // namespace recoup::cli
