// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/receipt_command.h"

#include "cli/book_session.h"
#include "collections/document_register.h"
#include "collections/payment_receipt.h"
#include "documents/receipt_document.h"

#include <QFileInfo>

namespace recoup::cli {

QString ReceiptCommand::summary() const
{
    return tr("Write the receipt of a payment as a PDF (a sheet, or an 80 mm roll).");
}

void ReceiptCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(QStringLiteral("PAYMENT_REF"), tr("The payment's reference, as PAY-00012."));
    parser.addOption({ QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("roll"), tr("For an 80 mm receipt printer, instead of a sheet.") });
    parser.addOption({ QStringLiteral("last-of"),
        tr("Instead of PAYMENT_REF: the last payment of the customer with this reference (a reprint)."),
        QStringLiteral("CUSTOMER") });
}

int ReceiptCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli receipt: ");
    const QStringList args = parser.positionalArguments();
    const bool last = parser.isSet(QStringLiteral("last-of"));
    if (args.size() != (last ? 1 : 2) || parser.value(QStringLiteral("out")).isEmpty()) {
        io.err << prefix << tr("give BOOK PAYMENT_REF --out FILE, or BOOK --last-of CUSTOMER --out FILE.") << '\n';
        return 2;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    Result<PaymentReceipt> receipt = Error{};
    if (last) {
        auto customer = book.customer(parser.value(QStringLiteral("last-of")));
        if (!customer) {
            io.err << prefix << customer.error() << '\n';
            return 1;
        }
        auto payment = PaymentReceipt::lastPayment(book.collections(), customer->id);
        if (!payment) {
            io.err << prefix << payment.error() << '\n';
            return 1;
        }
        receipt = PaymentReceipt::read(book.collections(), payment.value());
    } else {
        receipt = PaymentReceipt::read(book.collections(), args.at(1));
    }
    if (!receipt) {
        io.err << prefix << receipt.error() << '\n';
        return 1;
    }
    const BusinessDetails business = BusinessDetails::load(book.db());
    const PaperSize size = parser.isSet(QStringLiteral("roll"))
        ? PaperSize::Roll80
        : Paper::forCountry(business.value(BusinessDetails::Country));
    const ReceiptDocument document(receipt.value(), business, book.db().currency(), size);
    const QString path = parser.value(QStringLiteral("out"));
    const QByteArray pdf = document.pdf();
    if (auto done = Paper::writeFile(path, pdf); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    auto recorded = DocumentRegister(book.ledger())
                        .record(receipt->customer.id, QStringLiteral("receipt"), QStringLiteral("pdf"),
                            DocumentRegister::sha256(pdf), QFileInfo(path).fileName());
    if (!recorded) {
        io.err << prefix << recorded.error() << '\n';
        return 1;
    }
    io.out << tr("Receipt %1 written to %2.").arg(receipt->ref, path) << '\n';
    return 0;
}

} // namespace recoup::cli
