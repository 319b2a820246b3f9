// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/write_off_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/money.h"

namespace recoup::cli {

QString WriteOffCommand::summary() const
{
    return tr("Write a sale off as bad debt, or report what is written off and recovered.");
}

void WriteOffCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("DEBT"), tr("The sale's reference (not with --report)."));
    parser.addOption(
        { QStringLiteral("reason"), tr("Why the sale is written off (kept with it)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("date"), tr("The day of the write-off (default: today)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("report"),
        tr("List every sale written off, what was recovered on it and what stays written off, as CSV.") });
}

int WriteOffCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli writeoff: ");
    const QStringList args = parser.positionalArguments();
    const bool report = parser.isSet(QStringLiteral("report"));
    if (args.size() != (report ? 1 : 2)) {
        io.err << prefix << tr("give BOOK DEBT --reason TEXT, or BOOK --report.") << '\n';
        return 2;
    }
    QDate date;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, prefix))
        return 2;
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const Currency &currency = book.db().currency();
    if (report) {
        auto lines = book.collections().escalation().writeOffReport();
        if (!lines) {
            io.err << prefix << lines.error() << '\n';
            return 1;
        }
        io.out << "customer_ref,debt_ref,written_off_on,written_off,recovered,net_written_off\n";
        qint64 written = 0;
        qint64 recovered = 0;
        for (const WriteOffLine &line : lines.value()) {
            io.out << line.customerRef << ',' << line.debtRef << ','
                   << line.summary.lastWrittenOff.toString(Qt::ISODate) << ','
                   << Money::toFileText(line.summary.writtenOff, currency) << ','
                   << Money::toFileText(line.summary.recovered, currency) << ','
                   << Money::toFileText(line.summary.net(), currency) << '\n';
            written += line.summary.writtenOff;
            recovered += line.summary.recovered;
        }
        io.out << "TOTAL,,," << Money::toFileText(written, currency) << ',' << Money::toFileText(recovered, currency)
               << ',' << Money::toFileText(written - recovered, currency) << '\n';
        return 0;
    }
    auto debt = book.debt(args.at(1));
    if (!debt) {
        io.err << prefix << debt.error() << '\n';
        return 1;
    }
    if (auto id = book.collections().writeOff(debt->id, parser.value(QStringLiteral("reason")), date); !id) {
        io.err << prefix << id.error() << '\n';
        return 1;
    }
    io.out << tr("Wrote off %1 on the sale %2 as bad debt; money recovered later is recorded with recoup-cli recover.")
                  .arg(Money::toFileText(debt->openAmount, currency), debt->ref)
           << '\n';
    return 0;
}

} // namespace recoup::cli
