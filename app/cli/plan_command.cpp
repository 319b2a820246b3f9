// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/plan_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "collections/plan_schedule.h"
#include "core/money.h"

namespace recoup::cli {

namespace {

/// The plan as a table: what it takes, then each installment with its due date.
void printPlan(QTextStream &out, const PlanDraft &draft, const Customer &customer, const Currency &currency)
{
    out << QCoreApplication::translate("PlanCommand", "Payment plan %1 for %2 (%3), made on %4")
               .arg(draft.ref, customer.details.name, customer.details.ref, draft.madeOn.toString(Qt::ISODate))
        << '\n';
    for (const PlanSource &s : draft.sources)
        out << QCoreApplication::translate("PlanCommand", "  takes %1: %2 open")
                   .arg(s.ref, Money::toFileText(s.amount, currency))
            << '\n';
    out << QCoreApplication::translate("PlanCommand", "Balance %1: %2 installments, %3 from %4")
               .arg(Money::toFileText(draft.balance, currency))
               .arg(draft.count)
               .arg(PlanSchedule::frequencyLabel(draft.frequency).toLower(), draft.firstDate.toString(Qt::ISODate));
    if (draft.downPayment > 0)
        out << QCoreApplication::translate("PlanCommand", ", down payment %1")
                   .arg(Money::toFileText(draft.downPayment, currency));
    out << "\n\n";
    const QString heading = QCoreApplication::translate("PlanCommand", "Installment");
    qsizetype refWidth = heading.size() + 2;
    for (const PlanInstallment &in : draft.installments)
        refWidth = std::max(refWidth, in.ref.size() + 2);
    out << ReportOptions::cell(heading, refWidth, false)
        << ReportOptions::cell(QCoreApplication::translate("PlanCommand", "Due"), 12, false)
        << ReportOptions::cell(QCoreApplication::translate("PlanCommand", "Amount"), 14, true) << '\n';
    for (const PlanInstallment &in : draft.installments)
        out << ReportOptions::cell(in.ref, refWidth, false)
            << ReportOptions::cell(in.dueDate.toString(Qt::ISODate), 12, false)
            << ReportOptions::cell(Money::toFileText(in.amount, currency), 14, true) << '\n';
    out << ReportOptions::cell(QCoreApplication::translate("PlanCommand", "Total"), refWidth + 12, false)
        << ReportOptions::cell(Money::toFileText(draft.installmentTotal(), currency), 14, true) << '\n';
}

} // namespace

QString PlanCommand::summary() const
{
    return tr("Turn a customer's open sales into a payment plan of installments.");
}

void PlanCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addOption({ QStringLiteral("debt"),
        tr("A sale the plan takes (what is open on it); repeat, or separate with commas (default: all the "
           "customer's open sales)."),
        QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("count"),
        tr("How many installments, 1 to %1.").arg(PlanSchedule::MaxInstallments), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("every"), tr("How often one falls due: week, fortnight or month."),
        QStringLiteral("PERIOD") });
    parser.addOption(
        { QStringLiteral("first"), tr("The first installment's due date, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("down"), tr("A down payment, due on the day the plan is made, such as 50.00."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("amounts"),
        tr("The installments' amounts, separated by commas, instead of an even split (they must add up to the "
           "balance less the down payment)."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("date"), tr("The day the plan is made, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("note"), tr("A note to keep with it."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("preview"), tr("Show the plan without saving it.") });
}

int PlanCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli plan: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << prefix << tr("give a BOOK file and a CUSTOMER reference.") << '\n';
        return 2;
    }
    PlanRequest request;
    const bool byHand = parser.isSet(QStringLiteral("amounts"));
    if (!byHand && !parser.isSet(QStringLiteral("count"))) {
        io.err << prefix << tr("give --count (or --amounts).") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("count"))) {
        bool number = false;
        request.count = parser.value(QStringLiteral("count")).toInt(&number);
        if (!number) {
            io.err << prefix << tr("--count must be a whole number, such as 6.") << '\n';
            return 2;
        }
    }
    const auto every = PlanSchedule::frequencyFromKey(parser.value(QStringLiteral("every")));
    if (!every) {
        io.err << prefix << tr("--every must be week, fortnight or month.") << '\n';
        return 2;
    }
    request.frequency = *every;
    if (!parser.isSet(QStringLiteral("first"))) {
        io.err << prefix << tr("give --first, the first installment's due date.") << '\n';
        return 2;
    }
    auto first = ReportOptions::parseDate(parser.value(QStringLiteral("first")), QStringLiteral("--first"));
    if (!first) {
        io.err << prefix << first.error() << '\n';
        return 2;
    }
    request.firstDate = first.value();
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &request.madeOn, io.err, prefix))
        return 2;
    request.note = parser.value(QStringLiteral("note"));

    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    if (parser.isSet(QStringLiteral("down"))) {
        auto down = book.amount(parser.value(QStringLiteral("down")), QStringLiteral("down"));
        if (!down) {
            io.err << prefix << down.error() << '\n';
            return 2;
        }
        request.downPayment = down.value();
    }
    if (byHand) {
        for (const QString &text : parser.value(QStringLiteral("amounts")).split(QLatin1Char(','))) {
            auto amount = book.amount(text.trimmed(), QStringLiteral("amounts"));
            if (!amount) {
                io.err << prefix << amount.error() << '\n';
                return 2;
            }
            request.amounts.append(amount.value());
        }
        if (parser.isSet(QStringLiteral("count")) && request.count != request.amounts.size()) {
            io.err << prefix
                   << tr("--count says %1 installments, but --amounts gives %2.")
                          .arg(request.count)
                          .arg(request.amounts.size())
                   << '\n';
            return 2;
        }
    }
    auto customer = book.customer(args.at(1));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    request.customerId = customer->id;
    for (const QString &list : parser.values(QStringLiteral("debt")))
        for (const QString &ref : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto debt = book.debt(ref.trimmed());
            if (!debt) {
                io.err << prefix << debt.error() << '\n';
                return 1;
            }
            request.debtIds.append(debt->id);
        }

    auto draft = book.collections().previewPlan(request);
    if (!draft) {
        io.err << prefix << draft.error() << '\n';
        return 1;
    }
    printPlan(io.out, draft.value(), customer.value(), book.db().currency());
    if (parser.isSet(QStringLiteral("preview"))) {
        io.out << '\n' << tr("Preview only: nothing was saved.") << '\n';
        return 0;
    }
    auto id = book.collections().savePlan(draft.value());
    if (!id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    io.out << '\n' << tr("Saved the payment plan %1.").arg(draft->ref) << '\n';
    return 0;
}

} // namespace recoup::cli
