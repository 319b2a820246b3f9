// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/legal_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString LegalCommand::summary() const
{
    return tr("Record a legal step on a sale (its ladder pauses until the claim is withdrawn).");
}

void LegalCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("DEBT"), tr("The sale's reference."));
    parser.addOption({ QStringLiteral("step"), tr("The step taken."),
        QStringLiteral("letter_before_action|claim_filed|judgment|enforcement|withdrawn") });
    parser.addOption(
        { QStringLiteral("reference"), tr("The court's or solicitor's reference."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("fee"), tr("What the step cost the business (a collection cost)."),
        QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("note"), tr("A note to keep with it."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("date"), tr("The day of the step (default: today)."), QStringLiteral("DATE") });
}

int LegalCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli legal: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << prefix << tr("give BOOK DEBT --step STEP.") << '\n';
        return 2;
    }
    LegalStepInput input;
    if (!EscalationRecords::legalFromKey(parser.value(QStringLiteral("step")), &input.step)) {
        io.err << prefix
               << tr("--step must be letter_before_action, claim_filed, judgment, enforcement or withdrawn, not “%1”.")
                      .arg(parser.value(QStringLiteral("step")))
               << '\n';
        return 2;
    }
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &input.date, io.err, prefix))
        return 2;
    input.reference = parser.value(QStringLiteral("reference"));
    input.note = parser.value(QStringLiteral("note"));
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    if (parser.isSet(QStringLiteral("fee"))) {
        auto fee = book.amount(parser.value(QStringLiteral("fee")), QStringLiteral("--fee"));
        if (!fee) {
            io.err << prefix << fee.error() << '\n';
            return 2;
        }
        input.fee = fee.value();
    }
    auto debt = book.debt(args.at(1));
    if (!debt) {
        io.err << prefix << debt.error() << '\n';
        return 1;
    }
    input.debtId = debt->id;
    auto id = book.collections().recordLegalStep(input);
    if (!id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    io.out << (input.step == LegalStepKind::Withdrawn ? tr("Recorded on the sale %1: %2; its ladder resumes.")
                                                            .arg(debt->ref, EscalationRecords::legalLabel(input.step))
                                                      : tr("Recorded on the sale %1: %2; its ladder is paused.")
                                                            .arg(debt->ref, EscalationRecords::legalLabel(input.step)))
           << '\n';
    return 0;
}

} // namespace recoup::cli
