// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/aging_command.h"

#include "aging/aging_export.h"
#include "aging/aging_report.h"
#include "cli/report_options.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>

namespace recoup::cli {

void AgingCommand::printTable(const AgingReport &report, const Currency &currency, QTextStream &out)
{
    QList<QStringList> rows;
    QStringList header{ tr("Ref"), tr("Customer") };
    header += report.options().buckets.titles();
    header << tr("Credit") << tr("Balance");
    rows.append(header);
    auto addLine = [&rows, &currency](const AgingLine &line, const QString &name) {
        QStringList row{ line.ref, name };
        for (qint64 amount : line.buckets)
            row << Money::toFileText(amount, currency);
        row << Money::toFileText(line.credit, currency) << Money::toFileText(line.balance(), currency);
        rows.append(row);
    };
    for (const AgingLine &line : report.customers())
        addLine(line, line.name);
    addLine(report.total(), tr("TOTAL"));

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << ReportOptions::cell(row.at(i), widths.at(i), i >= 2);
        out << cells.join(QLatin1String("  ")) << '\n';
    }
}

QString AgingCommand::summary() const
{
    return tr("Show what is owed as of a date, by how long past due.");
}

void AgingCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption(
        { QStringLiteral("as-of"), tr("The date of the aging, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("by"),
        tr("Count days past the due date (due, the default) or the issue date "
           "(issue)."),
        QStringLiteral("due|issue") });
    parser.addOption({ QStringLiteral("buckets"),
        tr("The upper edges of the past-due buckets in days (default: "
           "30,60,90)."),
        QStringLiteral("EDGES") });
    parser.addOption({ QStringLiteral("format"),
        tr("table (the default), csv as the interchange format's aging "
           "export, or json."),
        QStringLiteral("table|csv|json") });
}

int AgingCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli aging: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give one BOOK file.") << '\n';
        return 2;
    }
    AgingOptions options;
    options.asOf = SystemClock().today();
    if (!ReportOptions::readDate(parser, QStringLiteral("as-of"), &options.asOf, io.err, prefix))
        return 2;
    const QString by = parser.value(QStringLiteral("by"));
    if (by == QLatin1String("issue")) {
        options.basis = AgingBasis::IssueDate;
    } else if (!by.isEmpty() && by != QLatin1String("due")) {
        io.err << prefix << tr("--by must be “due” or “issue”, not “%1”.").arg(by) << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("buckets"))) {
        auto buckets = AgingBuckets::parse(parser.value(QStringLiteral("buckets")));
        if (!buckets) {
            io.err << prefix << buckets.error() << '\n';
            return 2;
        }
        options.buckets = buckets.value();
    }
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
    // One snapshot for the whole report, whatever another program commits meanwhile.
    if (auto reading = db.value()->beginRead(); !reading) {
        io.err << prefix << reading.error() << '\n';
        return 1;
    }
    auto report = AgingReport::compute(*db.value(), options);
    if (!report) {
        io.err << prefix << report.error() << '\n';
        return 1;
    }
    const Currency &currency = db.value()->currency();
    if (format == QLatin1String("csv")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AgingExport::writeCsv(report.value(), currency, buffer);
        io.out << QString::fromUtf8(buffer.data());
    } else if (format == QLatin1String("json")) {
        io.out << QString::fromUtf8(
            QJsonDocument(AgingExport::toJson(report.value(), currency)).toJson(QJsonDocument::Indented));
    } else {
        printTable(report.value(), currency, io.out);
    }
    // The report is still shown (it may be all that is left to rebuild the
    // book from), but a script must not take it for a sound one.
    if (db.value()->isDamaged()) {
        io.err << prefix << ReportOptions::damagedWarning(args.first()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace recoup::cli
