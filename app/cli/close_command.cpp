// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/close_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "ledger/period_close.h"

namespace recoup::cli {

QString CloseCommand::summary() const
{
    return tr("Close the books through a day: no entry dated on or before it can be made.");
}

void CloseCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("through"),
        tr("The last day closed, YYYY-MM-DD: up to today, after the day the books are closed through now."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("by"),
        tr("Who closes the books, as the audit log keeps it (default: the user "
           "running this)."),
        QStringLiteral("NAME") });
}

int CloseCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli close: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(QStringLiteral("through"))) {
        io.err << prefix << tr("give one BOOK file and --through YYYY-MM-DD.") << '\n';
        return 2;
    }
    QDate through;
    if (!ReportOptions::readDate(parser, QStringLiteral("through"), &through, io.err, prefix))
        return 2;
    auto session = BookSession::open(args.first(), parser.value(QStringLiteral("by")));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    PeriodClose period(session.value()->ledger());
    const QDate before = period.closedThrough();
    if (auto done = period.close(through); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    io.out << (before.isValid() ? tr("Closed the books through %1 (they were closed through %2): no entry dated on "
                                     "or before %1 can be made now.")
                                      .arg(through.toString(Qt::ISODate), before.toString(Qt::ISODate))
                                : tr("Closed the books through %1: no entry dated on or before it can be made now.")
                                      .arg(through.toString(Qt::ISODate)))
           << '\n';
    return 0;
}

} // namespace recoup::cli
