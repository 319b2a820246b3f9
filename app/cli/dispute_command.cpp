// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dispute_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString DisputeCommand::summary() const
{
    return tr("Open a dispute about a sale (its ladder pauses), or resolve one.");
}

void DisputeCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("open|resolve"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(
        QStringLiteral("DEBT|ID"), tr("open: the sale's reference; resolve: the dispute's number."));
    parser.addOption({ QStringLiteral("reason"), tr("open: why the customer disputes it."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("amount"), tr("open: the part disputed (default: all that is open)."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("for"),
        tr("resolve: for the customer (an adjustment takes the conceded amount off the sale) or for the shop (the "
           "ladder resumes)."),
        QStringLiteral("customer|shop") });
    parser.addOption(
        { QStringLiteral("conceded"), tr("resolve for the customer: the amount conceded."), QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("note"), tr("resolve: a note to keep with it."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("date"), tr("The day it was opened or resolved (default: today)."), QStringLiteral("DATE") });
}

int DisputeCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli dispute: ");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 3 || (action != QLatin1String("open") && action != QLatin1String("resolve"))) {
        io.err << prefix << tr("give open BOOK DEBT, or resolve BOOK ID.") << '\n';
        return 2;
    }
    QDate date;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, prefix))
        return 2;
    const QString forWhom = parser.value(QStringLiteral("for"));
    if (action == QLatin1String("resolve") && forWhom != QLatin1String("customer")
        && forWhom != QLatin1String("shop")) {
        io.err << prefix << tr("--for must be “customer” or “shop”, not “%1”.").arg(forWhom) << '\n';
        return 2;
    }
    bool isNumber = false;
    const qint64 disputeId = args.at(2).toLongLong(&isNumber);
    if (action == QLatin1String("resolve") && (!isNumber || disputeId <= 0)) {
        io.err << prefix << tr("“%1” is not a dispute number.").arg(args.at(2)) << '\n';
        return 2;
    }

    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const Currency &currency = book.db().currency();
    if (action == QLatin1String("open")) {
        DisputeInput input;
        input.reason = parser.value(QStringLiteral("reason"));
        input.openedOn = date;
        if (parser.isSet(QStringLiteral("amount"))) {
            auto amount = book.amount(parser.value(QStringLiteral("amount")), QStringLiteral("--amount"));
            if (!amount) {
                io.err << prefix << amount.error() << '\n';
                return 2;
            }
            input.amount = amount.value();
        }
        auto debt = book.debt(args.at(2));
        if (!debt) {
            io.err << prefix << debt.error() << '\n';
            return 1;
        }
        input.debtId = debt->id;
        auto id = book.collections().openDispute(input);
        if (!id) {
            io.err << prefix << id.error() << '\n';
            return 1;
        }
        auto opened = book.collections().records().dispute(id.value());
        io.out << tr("Opened dispute %1 about %2 on the sale %3; its ladder is paused until it is resolved.")
                      .arg(id.value())
                      .arg(Money::toFileText(opened ? opened->amount : input.amount, currency), debt->ref)
               << '\n';
        return 0;
    }
    DisputeResolution resolution;
    resolution.disputeId = disputeId;
    resolution.outcome = forWhom == QLatin1String("customer") ? DisputeOutcome::ForCustomer : DisputeOutcome::ForShop;
    resolution.resolvedOn = date;
    resolution.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("conceded"))) {
        auto amount = book.amount(parser.value(QStringLiteral("conceded")), QStringLiteral("--conceded"));
        if (!amount) {
            io.err << prefix << amount.error() << '\n';
            return 2;
        }
        resolution.conceded = amount.value();
    }
    if (auto done = book.collections().resolveDispute(resolution); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    io.out << (resolution.outcome == DisputeOutcome::ForCustomer
            ? tr("Resolved dispute %1 for the customer: %2 taken off the sale.")
                  .arg(disputeId)
                  .arg(Money::toFileText(resolution.conceded, currency))
            : tr("Resolved dispute %1 for the shop: the ladder resumes.").arg(disputeId))
           << '\n';
    return 0;
}

} // namespace recoup::cli
