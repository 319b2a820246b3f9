// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/pack_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "core/clock.h"
#include "documents/pack_writer.h"

#include <QDir>

namespace recoup::cli {

QString PackCommand::summary() const
{
    return tr("Make the pack for a collection agency or a court: one PDF and the same as CSV files.");
}

void PackCommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("The pack for a collection agency or a court about a customer (or one of its sales): the statement of "
           "open items, the contact log, promises, disputes, payment plans, escalation steps, the papers sent with "
           "their SHA-256 and the audit records about the customer with the chain's head, as one PDF and, in a "
           "folder beside it, one CSV file per section. The PDF is recorded in the register of what was sent."));
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("CUSTOMER"), tr("The customer's reference."));
    parser.addOption(
        { QStringLiteral("debt"), tr("Only this sale of the customer (its reference)."), QStringLiteral("REF") });
    parser.addOption(
        { QStringLiteral("as-of"), tr("The pack's date, YYYY-MM-DD (default: today)."), QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("out"), tr("The folder to write the PDF and the CSV folder into."), QStringLiteral("DIR") });
}

int PackCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli pack: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || parser.value(QStringLiteral("out")).isEmpty()) {
        io.err << prefix << tr("give BOOK CUSTOMER --out DIR.") << '\n';
        return 2;
    }
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        auto parsed = ReportOptions::parseDate(parser.value(QStringLiteral("as-of")), QStringLiteral("--as-of"));
        if (!parsed) {
            io.err << prefix << parsed.error() << '\n';
            return 2;
        }
        asOf = parsed.value();
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    if (!asOf.isValid())
        asOf = book.ledger().clock().today();
    auto customer = book.customer(args.at(1));
    if (!customer) {
        io.err << prefix << customer.error() << '\n';
        return 1;
    }
    qint64 debtId = 0;
    if (parser.isSet(QStringLiteral("debt"))) {
        auto debt = book.debt(parser.value(QStringLiteral("debt")));
        if (!debt) {
            io.err << prefix << debt.error() << '\n';
            return 1;
        }
        debtId = debt->id;
    }
    auto made = PackWriter(book.collections()).write(customer->id, debtId, asOf, parser.value(QStringLiteral("out")));
    if (!made) {
        io.err << prefix << made.error() << '\n';
        return 1;
    }
    io.out << tr("Pack for %1 written to %2, with its CSV files in %3.")
                  .arg(made->customerName, QDir::toNativeSeparators(made->pdfPath),
                      QDir::toNativeSeparators(made->csvFolder))
           << '\n';
    io.out << tr("SHA-256 of the PDF (recorded in the register): %1").arg(made->sha256) << '\n';
    return 0;
}

} // namespace recoup::cli
