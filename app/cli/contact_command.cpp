// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/contact_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "collections/contact_limits.h"

namespace recoup::cli {

QString ContactCommand::summary() const
{
    return tr("Log a call, visit, letter or message with a customer.");
}

void ContactCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addOption({ QStringLiteral("channel"), tr("How: phone, visit, letter, email, sms or whatsapp."),
        QStringLiteral("CHANNEL") });
    parser.addOption({ QStringLiteral("outcome"),
        tr("How it went: no_answer, promised, disputed, refused, wrong_number, paid or other."),
        QStringLiteral("OUTCOME") });
    parser.addOption(
        { QStringLiteral("debt"), tr("The sale it was about (default: the whole account)."), QStringLiteral("REF") });
    parser.addOption(
        { QStringLiteral("date"), tr("When it happened, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("time"), tr("At what time, HH:MM."), QStringLiteral("TIME") });
    parser.addOption(
        { QStringLiteral("by"), tr("Who made the contact (default: the user running this)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("note"), tr("What was said."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("follow-up"),
        tr("When to follow up, YYYY-MM-DD: it comes on the worklist that day."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("despite-limits"),
        tr("Log it even though it breaks a contact limit (see `recoup-cli limits`).") });
}

int ContactCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli contact: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << prefix << tr("give a BOOK file and a CUSTOMER reference.") << '\n';
        return 2;
    }
    ContactInput input;
    if (!CollectionPolicy::channelFromKey(parser.value(QStringLiteral("channel")), &input.channel)) {
        io.err << prefix
               << tr("--channel must be phone, visit, letter, email, sms or whatsapp, not “%1”.")
                      .arg(parser.value(QStringLiteral("channel")))
               << '\n';
        return 2;
    }
    if (!CollectionRecords::outcomeFromKey(parser.value(QStringLiteral("outcome")), &input.outcome)) {
        io.err << prefix
               << tr("--outcome must be no_answer, promised, disputed, refused, wrong_number, paid or other, not "
                     "“%1”.")
                      .arg(parser.value(QStringLiteral("outcome")))
               << '\n';
        return 2;
    }
    for (const auto &[option, target] : { std::pair{ QStringLiteral("date"), &input.date },
             std::pair{ QStringLiteral("follow-up"), &input.followUp } }) {
        if (!ReportOptions::readDate(parser, option, target, io.err, prefix))
            return 2;
    }
    input.time = parser.value(QStringLiteral("time"));
    input.madeBy = parser.value(QStringLiteral("by"));
    input.note = parser.value(QStringLiteral("note"));

    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    auto customer = session.value()->customer(args.at(1));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    input.customerId = customer->id;
    if (parser.isSet(QStringLiteral("debt"))) {
        auto debt = session.value()->debt(parser.value(QStringLiteral("debt")));
        if (!debt) {
            io.err << prefix << debt.error() << '\n';
            return 1;
        }
        input.debtId = debt->id;
    }
    if (!parser.isSet(QStringLiteral("despite-limits"))) {
        Database &db = session.value()->ledger().database();
        const auto limits = ContactLimits::load(db);
        const auto warnings = limits ? limits->warnings(db, input) : Result<QStringList>(limits.failure());
        if (!warnings) {
            io.err << prefix << warnings.error() << '\n';
            return 1;
        }
        if (!warnings->isEmpty()) {
            io.err << prefix << warnings->join(QLatin1Char(' ')) << ' '
                   << tr("Nothing was logged; add --despite-limits to log it anyway.") << '\n';
            return 1;
        }
    }
    auto id = session.value()->collections().logContact(input);
    if (!id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    io.out << tr("Logged contact %1 with %2.").arg(id.value()).arg(customer->details.name) << '\n';
    return 0;
}

} // namespace recoup::cli
