// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/limits_command.h"

#include "cli/book_session.h"
#include "collections/contact_limits.h"
#include "ledger/ledger.h"

#include <QRegularExpression>

namespace recoup::cli {

QString LimitsCommand::summary() const
{
    return tr("Show or set the limits on contacting customers (calls in a number of days, hours of the day).");
}

void LimitsCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption(
        { QStringLiteral("calls"), tr("At most this many call attempts about one debt..."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("days"), tr("...in this many days."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("hours"), tr("The hours customers may be contacted, as 08:00-21:00."),
        QStringLiteral("FROM-TO") });
}

int LimitsCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli limits: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give a BOOK file.") << '\n';
        return 2;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    Ledger &ledger = session.value()->ledger();
    auto limits = ContactLimits::load(ledger.database());
    if (!limits) {
        io.err << prefix << limits.error() << '\n';
        return 1;
    }
    ContactLimits next = limits.value();
    for (const auto &[option, target] :
        { std::pair{ QStringLiteral("calls"), &next.maxCalls }, std::pair{ QStringLiteral("days"), &next.perDays } }) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *target = parser.value(option).toInt(&ok);
        if (!ok) {
            io.err << prefix << tr("--%1 must be a whole number, not “%2”.").arg(option, parser.value(option)) << '\n';
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("hours"))) {
        static const QRegularExpression range(QStringLiteral("^(\\d\\d:\\d\\d)-(\\d\\d:\\d\\d)$"));
        const auto match = range.match(parser.value(QStringLiteral("hours")));
        next.earliest = QTime::fromString(match.captured(1), QStringLiteral("HH:mm"));
        next.latest = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        if (!match.hasMatch() || !next.earliest.isValid() || !next.latest.isValid()) {
            io.err << prefix
                   << tr("--hours must be two times HH:MM joined by '-', as 08:00-21:00, not “%1”.")
                          .arg(parser.value(QStringLiteral("hours")))
                   << '\n';
            return 2;
        }
    }
    if (!(next == limits.value())) {
        if (auto done = next.save(ledger); !done) {
            io.err << prefix << done.error() << '\n';
            return 1;
        }
    }
    io.out << tr("At most %1 call attempts in %2 days about one debt; contact between %3 and %4.")
                  .arg(next.maxCalls)
                  .arg(next.perDays)
                  .arg(next.earliest.toString(QStringLiteral("HH:mm")), next.latest.toString(QStringLiteral("HH:mm")))
           << '\n';
    return 0;
}

} // namespace recoup::cli
