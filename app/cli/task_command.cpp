// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/task_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"

namespace recoup::cli {

QString TaskCommand::summary() const
{
    return tr("Mark a customer's task on the worklist done, skipped (with a reason) or snoozed to a date.");
}

void TaskCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("done|skip|snooze"), tr("What to record."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addOption({ QStringLiteral("action"),
        tr("Which of the customer's tasks, as the worklist's action column names it (reminder:email, call:phone, "
           "broken_promise, ...); needed when the customer has more than one."),
        QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("reason"), tr("skip: why the task is skipped."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("until"), tr("snooze: the day the task comes back, YYYY-MM-DD."), QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("date"), tr("The day it was done, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") });
}

int TaskCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli task: ");
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(0);
    if (args.size() != 3
        || (what != QLatin1String("done") && what != QLatin1String("skip") && what != QLatin1String("snooze"))) {
        io.err << prefix << tr("give done, skip or snooze, a BOOK file and a CUSTOMER reference.") << '\n';
        return 2;
    }
    QDate date;
    QDate until;
    for (const auto &[option, target] :
        { std::pair{ QStringLiteral("date"), &date }, std::pair{ QStringLiteral("until"), &until } }) {
        if (!ReportOptions::readDate(parser, option, target, io.err, prefix))
            return 2;
    }
    if (what == QLatin1String("snooze") && !until.isValid()) {
        io.err << prefix << tr("snooze needs --until DATE.") << '\n';
        return 2;
    }

    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    auto customer = book.customer(args.at(2));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    const QDate on = date.isValid() ? date : book.ledger().clock().today();
    auto list = book.collections().worklist(on, customer->id);
    if (!list) {
        io.err << prefix << list.error() << '\n';
        return 1;
    }
    // The task named by --action (its whole key, or the action before the channel), or the only one.
    const QString action = parser.value(QStringLiteral("action"));
    QList<WorkTask> matching;
    QStringList keys;
    for (const WorkTask &t : list->tasks()) {
        const QString key = Worklist::actionKey(t);
        keys << key;
        if (action.isEmpty() || key == action || key.section(QLatin1Char(':'), 0, 0) == action)
            matching.append(t);
    }
    if (matching.isEmpty()) {
        io.err << prefix
               << (keys.isEmpty()
                          ? tr("%1 has no task on the worklist of %2.").arg(args.at(2), on.toString(Qt::ISODate))
                          : tr("%1 has no task “%2” on %3; its tasks: %4.")
                                .arg(args.at(2), action, on.toString(Qt::ISODate), keys.join(QStringLiteral(", "))))
               << '\n';
        return 1;
    }
    if (matching.size() > 1) {
        io.err << prefix
               << tr("%1 has %2 tasks on %3; say which with --action: %4.")
                      .arg(args.at(2))
                      .arg(matching.size())
                      .arg(on.toString(Qt::ISODate), keys.join(QStringLiteral(", ")))
               << '\n';
        return 2;
    }
    const WorkTask &task = matching.first();
    Collections &collections = book.collections();
    const auto done = what == QLatin1String("done") ? collections.markDone(task, date)
        : what == QLatin1String("skip") ? collections.skip(task, parser.value(QStringLiteral("reason")), date)
                                        : collections.snooze(task, until, date);
    if (!done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    const QString described = Worklist::describe(task);
    io.out << (what == QLatin1String("done") ? tr("Done: %1 for %2.").arg(described, customer->details.name)
            : what == QLatin1String("skip")
            ? tr("Skipped: %1 for %2.").arg(described, customer->details.name)
            : tr("Snoozed to %3: %1 for %2.").arg(described, customer->details.name, until.toString(Qt::ISODate)))
           << '\n';
    return 0;
}

} // namespace recoup::cli
