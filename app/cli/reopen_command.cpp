// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reopen_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "ledger/period_close.h"

namespace recoup::cli {

QString ReopenCommand::summary() const
{
    return tr("Reopen closed books, back to an earlier day or entirely, with a reason.");
}

void ReopenCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("to"),
        tr("Keep the books closed through this day, YYYY-MM-DD (earlier than now), and reopen the days after it."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("all"), tr("Reopen the books entirely: nothing stays closed.") });
    parser.addOption({ QStringLiteral("reason"), tr("Why the books are reopened (kept in the audit log)."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("by"),
        tr("Who reopens the books, as the audit log keeps it (default: the "
           "user running this)."),
        QStringLiteral("NAME") });
}

int ReopenCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli reopen: ");
    const QStringList args = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    if (args.size() != 1 || all == parser.isSet(QStringLiteral("to"))) {
        io.err << prefix << tr("give one BOOK file and either --to YYYY-MM-DD or --all.") << '\n';
        return 2;
    }
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        io.err << prefix << tr("say why with --reason TEXT; the reason is kept in the audit log.") << '\n';
        return 2;
    }
    QDate keep;
    if (!ReportOptions::readDate(parser, QStringLiteral("to"), &keep, io.err, prefix))
        return 2;
    auto session = BookSession::open(args.first(), parser.value(QStringLiteral("by")));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    PeriodClose period(session.value()->ledger());
    if (auto done = period.reopen(keep, parser.value(QStringLiteral("reason"))); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    io.out << (keep.isValid() ? tr("Reopened the books after %1: entries dated from %2 on can be made again.")
                                    .arg(keep.toString(Qt::ISODate), keep.addDays(1).toString(Qt::ISODate))
                              : tr("Reopened the books entirely: nothing is closed now."))
           << '\n';
    return 0;
}

} // namespace recoup::cli
