// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statements_command.h"

#include "aging/statement_reader.h"
#include "cli/book_session.h"
#include "collections/document_register.h"
#include "documents/statement_batch.h"

#include <QDir>

namespace recoup::cli {

QString StatementsCommand::summary() const
{
    return tr("Write the month's statements as PDF, one per customer with a balance (or one file).");
}

void StatementsCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("period"), tr("The month, as 2026-03: the statements are as of its last day."),
        QStringLiteral("YYYY-MM") });
    parser.addOption(
        { QStringLiteral("type"), tr("open-item (default), balance-forward or activity."), QStringLiteral("TYPE") });
    parser.addOption(
        { QStringLiteral("out"), tr("The folder the PDF files go to (made if missing)."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("one-file"), tr("All the statements in one PDF file.") });
    parser.addOption(
        { QStringLiteral("limit"), tr("At most N statements, the first by customer reference."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("customer"), tr("Only this customer (repeat for more), with a balance or not."),
        QStringLiteral("REF") });
}

int StatementsCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli statements: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(QStringLiteral("period")) || parser.value(QStringLiteral("out")).isEmpty()) {
        io.err << prefix << tr("give BOOK --period YYYY-MM --out DIR.") << '\n';
        return 2;
    }
    auto period = StatementReader::parsePeriod(parser.value(QStringLiteral("period")));
    if (!period) {
        io.err << prefix << period.error() << '\n';
        return 2;
    }
    auto kind = StatementBatch::kindFromKey(parser.value(QStringLiteral("type")));
    if (!kind) {
        io.err << prefix << kind.error() << '\n';
        return 2;
    }
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) {
            io.err
                << prefix
                << tr("--limit must be a whole number above zero, not “%1”.").arg(parser.value(QStringLiteral("limit")))
                << '\n';
            return 2;
        }
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    QList<qint64> customers;
    for (const QString &ref : parser.values(QStringLiteral("customer"))) {
        auto customer = book.customer(ref);
        if (!customer) {
            io.err << prefix << customer.error() << '\n';
            return 1;
        }
        customers << customer->id;
    }
    const QString folder = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(folder)) {
        io.err << prefix << tr("Cannot make the folder “%1”.").arg(folder) << '\n';
        return 1;
    }
    StatementBatch batch(book.ledger(), kind.value(), period->first, period->second);
    if (!customers.isEmpty())
        batch.setCustomers(customers);
    batch.setLimit(limit);
    auto done = batch.run(folder,
        parser.isSet(QStringLiteral("one-file")) ? StatementBatch::Output::OneFile
                                                 : StatementBatch::Output::FilePerCustomer);
    if (!done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    for (const QString &file : done->files)
        io.out << file << '\n';
    io.out << tr("%1 statement(s) as of %2 written to %3.")
                  .arg(done->statements)
                  .arg(period->second.toString(Qt::ISODate), QDir::toNativeSeparators(folder))
           << '\n';
    return 0;
}

} // namespace recoup::cli
