// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/recover_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString RecoverCommand::summary() const
{
    return tr("Record money recovered on a sale written off.");
}

void RecoverCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("DEBT"), tr("The sale's reference."));
    parser.addOption({ QStringLiteral("amount"), tr("The amount recovered."), QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("method"),
        tr("How it was paid: cash (default), card, bank_transfer, cheque, mobile_money."), QStringLiteral("METHOD") });
    parser.addOption({ QStringLiteral("reference"), tr("The bank or cheque reference."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("note"), tr("A note to keep with it."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("date"), tr("The day it was paid (default: today)."), QStringLiteral("DATE") });
}

int RecoverCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli recover: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(QStringLiteral("amount"))) {
        io.err << prefix << tr("give BOOK DEBT --amount AMOUNT.") << '\n';
        return 2;
    }
    RecoveryInput input;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &input.date, io.err, prefix))
        return 2;
    if (parser.isSet(QStringLiteral("method"))
        && !paymentMethodFromKey(parser.value(QStringLiteral("method")), &input.method)) {
        io.err << prefix
               << tr("--method must be cash, card, bank_transfer, cheque or mobile_money, not “%1”.")
                      .arg(parser.value(QStringLiteral("method")))
               << '\n';
        return 2;
    }
    input.reference = parser.value(QStringLiteral("reference"));
    input.note = parser.value(QStringLiteral("note"));
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const Currency &currency = book.db().currency();
    auto amount = book.amount(parser.value(QStringLiteral("amount")), QStringLiteral("--amount"));
    if (!amount) {
        io.err << prefix << amount.error() << '\n';
        return 2;
    }
    input.amount = amount.value();
    auto debt = book.debt(args.at(1));
    if (!debt) {
        io.err << prefix << debt.error() << '\n';
        return 1;
    }
    input.debtId = debt->id;
    if (auto id = book.collections().recordRecovery(input); !id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    auto summary = book.collections().escalation().writeOffs(debt->id);
    io.out << tr("Recorded %1 recovered on the sale %2; %3 stays written off.")
                  .arg(Money::toFileText(input.amount, currency), debt->ref,
                      Money::toFileText(summary ? summary->net() : 0, currency))
           << '\n';
    return 0;
}

} // namespace recoup::cli
