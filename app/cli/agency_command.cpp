// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/agency_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString AgencyCommand::summary() const
{
    return tr("Refer a sale to a collection agency, record what it collected, recall it, or list referrals.");
}

void AgencyCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("refer|collect|recall|list"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("DEBT"), tr("The sale's reference (not for list)."));
    parser.addOption({ QStringLiteral("agency"), tr("refer: the agency's name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("commission"), tr("refer: the agency's commission in percent, like 12.5."),
        QStringLiteral("PERCENT") });
    parser.addOption({ QStringLiteral("amount"),
        tr("collect: the gross amount the agency collected (the customer's balance falls by it)."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("commission-amount"),
        tr("collect: what the agency kept, if not its percentage of the amount."), QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("method"),
        tr("collect: how the agency paid: cash, card, bank_transfer (default), cheque, mobile_money."),
        QStringLiteral("METHOD") });
    parser.addOption(
        { QStringLiteral("reference"), tr("refer, collect: the agency's reference."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("reason"), tr("recall: why the sale is taken back."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("date"), tr("The day it happened (default: today)."), QStringLiteral("DATE") });
}

int AgencyCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli agency: ");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool isList = action == QLatin1String("list");
    const bool known = isList || action == QLatin1String("refer") || action == QLatin1String("collect")
        || action == QLatin1String("recall");
    if (!known || args.size() != (isList ? 2 : 3)) {
        io.err << prefix << tr("give refer|collect|recall BOOK DEBT, or list BOOK.") << '\n';
        return 2;
    }
    QDate date;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, prefix))
        return 2;
    PaymentMethod method = PaymentMethod::BankTransfer;
    if (parser.isSet(QStringLiteral("method"))
        && !paymentMethodFromKey(parser.value(QStringLiteral("method")), &method)) {
        io.err << prefix
               << tr("--method must be cash, card, bank_transfer, cheque or mobile_money, not “%1”.")
                      .arg(parser.value(QStringLiteral("method")))
               << '\n';
        return 2;
    }
    int commissionBp = 0;
    if (action == QLatin1String("refer")) {
        if (!parser.isSet(QStringLiteral("commission"))) {
            io.err << prefix << tr("give the agency's commission with --commission, like 12.5 (0 for none).") << '\n';
            return 2;
        }
        auto bp = EscalationRecords::parsePercent(parser.value(QStringLiteral("commission")));
        if (!bp) {
            io.err << prefix << bp.error() << '\n';
            return 2;
        }
        commissionBp = bp.value();
    }

    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const Currency &currency = book.db().currency();
    if (isList) {
        auto referrals = book.collections().escalation().referrals();
        if (!referrals) {
            io.err << prefix << referrals.error() << '\n';
            return 1;
        }
        io.out << "debt_ref,agency,referred_on,commission_percent,referred_amount,collected,commission,recalled_on\n";
        for (const AgencyReferral &r : referrals.value())
            io.out << r.debtRef << ',' << QString(r.agency).replace(QLatin1Char(','), QLatin1Char(' ')) << ','
                   << r.referredOn.toString(Qt::ISODate) << ',' << EscalationRecords::percentText(r.commissionBp) << ','
                   << Money::toFileText(r.amount, currency) << ',' << Money::toFileText(r.collected, currency) << ','
                   << Money::toFileText(r.commission, currency) << ','
                   << (r.recalled ? r.recalledOn.toString(Qt::ISODate) : QString()) << '\n';
        return 0;
    }
    auto debt = book.debt(args.at(2));
    if (!debt) {
        io.err << prefix << debt.error() << '\n';
        return 1;
    }
    if (action == QLatin1String("refer")) {
        ReferralInput input;
        input.debtId = debt->id;
        input.agency = parser.value(QStringLiteral("agency"));
        input.date = date;
        input.commissionBp = commissionBp;
        input.reference = parser.value(QStringLiteral("reference"));
        if (auto id = book.collections().referToAgency(input); !id) {
            io.err << prefix << id.error() << '\n';
            return 1;
        }
        io.out << tr("Referred the sale %1 (%2 open) to %3 at %4%; its ladder is paused.")
                      .arg(debt->ref, Money::toFileText(debt->openAmount, currency), input.agency.trimmed(),
                          EscalationRecords::percentText(commissionBp))
               << '\n';
        return 0;
    }
    if (action == QLatin1String("recall")) {
        if (auto done = book.collections().recallFromAgency(debt->id, parser.value(QStringLiteral("reason")), date);
            !done) {
            io.err << prefix << done.error() << '\n';
            return 1;
        }
        io.out << tr("Recalled the sale %1 from the agency; its ladder resumes.").arg(debt->ref) << '\n';
        return 0;
    }
    AgencyCollectionInput input;
    input.debtId = debt->id;
    input.date = date;
    input.method = method;
    input.reference = parser.value(QStringLiteral("reference"));
    if (!parser.isSet(QStringLiteral("amount"))) {
        io.err << prefix << tr("give the amount the agency collected with --amount.") << '\n';
        return 2;
    }
    auto gross = book.amount(parser.value(QStringLiteral("amount")), QStringLiteral("--amount"));
    if (!gross) {
        io.err << prefix << gross.error() << '\n';
        return 2;
    }
    input.gross = gross.value();
    if (parser.isSet(QStringLiteral("commission-amount"))) {
        auto kept
            = book.amount(parser.value(QStringLiteral("commission-amount")), QStringLiteral("--commission-amount"));
        if (!kept) {
            io.err << prefix << kept.error() << '\n';
            return 2;
        }
        input.commission = kept.value();
    }
    auto referral = book.collections().escalation().activeReferral(debt->id);
    const int rate = referral && referral.value() ? referral.value()->commissionBp : 0;
    if (auto id = book.collections().recordAgencyCollection(input); !id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    const qint64 commission = input.commission.value_or(EscalationRecords::commissionOn(input.gross, rate));
    io.out << tr("Recorded %1 collected by the agency on the sale %2; the customer's balance falls by %1. "
                 "The agency's commission, %3, is kept as a collection cost.")
                  .arg(Money::toFileText(input.gross, currency), debt->ref, Money::toFileText(commission, currency))
           << '\n';
    return 0;
}

} // namespace recoup::cli
