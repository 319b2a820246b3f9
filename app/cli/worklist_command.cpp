// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/worklist_command.h"

#include "cli/report_options.h"
#include "collections/policy_store.h"
#include "collections/worklist.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "io/csv_writer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recoup::cli {

namespace {

/// Each line of the worklist: a task with one of its debts (or none, for a
/// follow-up about the whole account).
template <typename Visit>
void eachLine(const Worklist &list, Visit visit)
{
    for (const WorkTask &task : list.tasks()) {
        if (task.lines.isEmpty())
            visit(task, nullptr);
        for (const TaskLine &line : task.lines)
            visit(task, &line);
    }
}

QString taskKindKey(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Step:
        return QStringLiteral("step");
    case TaskKind::BrokenPromise:
        return QStringLiteral("broken_promise");
    case TaskKind::BrokenPlan:
        return QStringLiteral("broken_plan");
    case TaskKind::FollowUp:
        return QStringLiteral("follow_up");
    }
    Q_UNREACHABLE();
}

} // namespace

QString WorklistCommand::summary() const
{
    return tr("Show what needs doing as of a date: reminders, calls, broken promises, follow-ups.");
}

void WorklistCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("date"), tr("The date of the worklist, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("format"),
        tr("table (the default), csv (customer_ref,debt_ref,step,action,days_past_due,open_amount,reason; one "
           "line per debt) or json."),
        QStringLiteral("table|csv|json") });
}

QByteArray WorklistCommand::csv(const Worklist &list, const Currency &currency)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(buffer);
    out.row(
        { QStringLiteral("customer_ref"), QStringLiteral("debt_ref"), QStringLiteral("step"), QStringLiteral("action"),
            QStringLiteral("days_past_due"), QStringLiteral("open_amount"), QStringLiteral("reason") });
    eachLine(list, [&](const WorkTask &task, const TaskLine *line) {
        out.text(task.customerRef).text(line ? line->debtRef : QString()).text(Worklist::stepKey(task, line));
        out.text(Worklist::actionKey(task));
        if (line)
            out.number(QString::number(line->daysPastDue)).amount(line->open, currency);
        else
            out.text(QString()).text(QString());
        out.text(Worklist::reason(task, line, currency));
        out.endRow();
    });
    return buffer.data();
}

QByteArray WorklistCommand::json(const Worklist &list, const Currency &currency)
{
    QJsonArray tasks;
    for (const WorkTask &task : list.tasks()) {
        QJsonArray lines;
        for (const TaskLine &line : task.lines)
            lines.append(QJsonObject{ { QStringLiteral("debt_ref"), line.debtRef },
                { QStringLiteral("step"), Worklist::stepKey(task, &line) },
                { QStringLiteral("due_date"), line.dueDate.toString(Qt::ISODate) },
                { QStringLiteral("days_past_due"), line.daysPastDue },
                { QStringLiteral("open_amount"), Money::toFileText(line.open, currency) } });
        QJsonObject o{ { QStringLiteral("customer_ref"), task.customerRef },
            { QStringLiteral("customer_name"), task.customerName }, { QStringLiteral("kind"), taskKindKey(task.kind) },
            { QStringLiteral("action"), Worklist::actionKey(task) },
            { QStringLiteral("step"), Worklist::stepKey(task, nullptr) },
            { QStringLiteral("needs_approval"), task.needsApproval },
            { QStringLiteral("since"), task.since.toString(Qt::ISODate) },
            { QStringLiteral("what"), Worklist::describe(task) },
            { QStringLiteral("reason"), Worklist::reason(task, nullptr, currency) },
            { QStringLiteral("total"), Money::toFileText(task.total(), currency) },
            { QStringLiteral("debts"), lines } };
        if (task.kind == TaskKind::BrokenPromise)
            o.insert(QStringLiteral("promise_id"), task.promiseId);
        if (task.kind == TaskKind::FollowUp)
            o.insert(QStringLiteral("contact_id"), task.contactId);
        if (task.kind == TaskKind::BrokenPlan)
            o.insert(QStringLiteral("plan"), task.planRef);
        tasks.append(o);
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("date"), list.asOf().toString(Qt::ISODate) },
                             { QStringLiteral("currency"), currency.code() }, { QStringLiteral("tasks"), tasks } })
        .toJson(QJsonDocument::Indented);
}

void WorklistCommand::printTable(const Worklist &list, const Currency &currency, QTextStream &out)
{
    QList<QStringList> rows{ { tr("Customer"), tr("Sale"), tr("To do"), tr("Days"), tr("Open"), tr("Why") } };
    eachLine(list, [&](const WorkTask &task, const TaskLine *line) {
        rows.append({ task.customerRef, line ? line->debtRef : QString(), Worklist::describe(task),
            line ? QString::number(line->daysPastDue) : QString(),
            line ? Money::toFileText(line->open, currency) : QString(), Worklist::reason(task, line, currency) });
    });
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 == row.size() ? row.at(i) : ReportOptions::cell(row.at(i), widths.at(i), i == 3 || i == 4));
        out << cells.join(QLatin1String("  ")).trimmed() << '\n';
    }
    // No English plural catalogue is shipped, so the two English forms are spelled out.
    const QString date = list.asOf().toString(Qt::ISODate);
    out << (list.tasks().size() == 1 ? tr("1 task as of %1.").arg(date)
                                     : tr("%1 tasks as of %2.").arg(list.tasks().size()).arg(date))
        << '\n';
}

int WorklistCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli worklist: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give one BOOK file.") << '\n';
        return 2;
    }
    QDate date = SystemClock().today();
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, prefix))
        return 2;
    const QString format
        = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << prefix << tr("--format must be “table”, “csv” or “json”, not “%1”.").arg(format) << '\n';
        return 2;
    }
    auto db = ReportOptions::openBook(args.first());
    if (!db) {
        io.err << prefix << db.error() << '\n';
        return 1;
    }
    Database &book = *db.value();
    // One snapshot for the whole worklist, whatever another program commits meanwhile.
    if (auto reading = book.beginRead(); !reading) {
        io.err << prefix << reading.error() << '\n';
        return 1;
    }
    auto policy = PolicyStore::read(book);
    if (!policy) {
        io.err << prefix << policy.error() << '\n';
        return 1;
    }
    auto list = Worklist::compute(book, policy.value(), date);
    if (!list) {
        io.err << prefix << list.error() << '\n';
        return 1;
    }
    const Currency &currency = book.currency();
    if (format == QLatin1String("csv"))
        io.out << QString::fromUtf8(csv(list.value(), currency));
    else if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(json(list.value(), currency));
    else
        printTable(list.value(), currency, io.out);
    if (book.isDamaged()) {
        io.err << prefix << ReportOptions::damagedWarning(args.first()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace recoup::cli
