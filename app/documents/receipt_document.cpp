// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/receipt_document.h"

#include "core/money.h"
#include "documents/paper_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace recoup {

ReceiptDocument::ReceiptDocument(PaymentReceipt receipt, BusinessDetails business, Currency currency, PaperSize size)
    : m_receipt(std::move(receipt)), m_letterhead(std::move(business)), m_currency(std::move(currency)), m_size(size)
{ }

QString ReceiptDocument::title() const
{
    return tr("Receipt %1").arg(m_receipt.ref);
}

QString ReceiptDocument::fileName() const
{
    QString ref = m_receipt.ref;
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("receipt-%1.pdf").arg(ref);
}

QString ReceiptDocument::money(qint64 minor) const
{
    return Money::toDisplayText(minor, m_currency, QLocale()).toHtmlEscaped();
}

QString ReceiptDocument::balanceText() const
{
    if (m_receipt.balanceAfter < 0)
        return tr("Credit after this payment");
    if (m_receipt.balanceAfter == 0)
        return tr("Nothing owed after this payment");
    return tr("Balance owed after this payment");
}

QString ReceiptDocument::nextText() const
{
    const QString date = PaperText::date(m_receipt.nextDate);
    const QString amount = Money::toDisplayText(m_receipt.nextAmount, m_currency, QLocale());
    switch (m_receipt.next) {
    case PaymentReceipt::NextKind::Installment:
        return tr("Next installment: %1 of %2 %3, due on %4.")
            .arg(m_receipt.nextRef, amount, m_currency.code(), date)
            .toHtmlEscaped();
    case PaymentReceipt::NextKind::Promise:
        return tr("Next: %1 %2 as promised, by %3.").arg(amount, m_currency.code(), date).toHtmlEscaped();
    case PaymentReceipt::NextKind::None:
        break;
    }
    return {};
}

QString ReceiptDocument::html() const
{
    return m_size == PaperSize::Roll80 ? rollHtml() : sheetHtml();
}

QString ReceiptDocument::sheetHtml() const
{
    const PaymentReceipt &r = m_receipt;
    const QString title = QStringLiteral("<span style='font-size:20pt; color:#1f4e79'>%1</span><br>"
                                         "<span style='font-size:10pt'>%2<br>%3</span>")
                              .arg(tr("RECEIPT").toHtmlEscaped(), tr("No. %1").arg(r.ref).toHtmlEscaped(),
                                  PaperText::date(r.date).toHtmlEscaped());

    QString customer = QStringLiteral("<b>%1</b><br>%2")
                           .arg(r.customer.details.name.toHtmlEscaped(),
                               tr("Customer %1").arg(r.customer.details.ref).toHtmlEscaped());
    if (!r.customer.details.address.isEmpty())
        customer += QStringLiteral("<br>") + Letterhead::escaped(r.customer.details.address);

    QString how = tr("Paid by %1").arg(r.methodLabel).toHtmlEscaped();
    if (!r.bankReference.isEmpty())
        how += QStringLiteral("<br>") + tr("Reference: %1").arg(r.bankReference).toHtmlEscaped();

    QString rows;
    for (const PaymentReceipt::Line &line : r.lines)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td>"
                               "<td align=right>%5</td></tr>")
                    .arg(line.debtRef.toHtmlEscaped(), line.description.toHtmlEscaped(),
                        PaperText::shortDate(line.dueDate).toHtmlEscaped(), money(line.applied), money(line.stillOpen));
    QString items;
    if (!rows.isEmpty())
        items = QStringLiteral("<p style='font-size:11pt'><b>%1</b></p>"
                               "<table width='100%' cellspacing=0 cellpadding=5>"
                               "<tr style='background:#e8eef4'><th align=left>%2</th><th align=left>%3</th>"
                               "<th align=left>%4</th><th align=right>%5</th><th align=right>%6</th></tr>%7</table>")
                    .arg(tr("What this payment paid off").toHtmlEscaped(), tr("Item").toHtmlEscaped(),
                        tr("Description").toHtmlEscaped(), tr("Due").toHtmlEscaped(), tr("Paid").toHtmlEscaped(),
                        tr("Still open").toHtmlEscaped(), rows);

    QString totals;
    if (r.toCredit > 0)
        totals += QStringLiteral("<tr><td align=right>%1</td><td align=right width='22%'>%2</td></tr>")
                      .arg(tr("Kept as credit for your next purchase").toHtmlEscaped(), money(r.toCredit));
    totals += QStringLiteral("<tr><td align=right><b>%1</b></td><td align=right width='22%'><b>%2 %3</b></td></tr>")
                  .arg(balanceText().toHtmlEscaped(), money(r.balanceAfter < 0 ? -r.balanceAfter : r.balanceAfter),
                      m_currency.code().toHtmlEscaped());

    QString notes;
    if (r.reversed)
        notes += QStringLiteral("<p style='color:#a00000'><b>%1</b></p>")
                     .arg(tr("This payment was reversed: %1").arg(r.reversalReason).toHtmlEscaped());
    if (r.next != PaymentReceipt::NextKind::None)
        notes += QStringLiteral("<p>%1</p>").arg(nextText());

    return QStringLiteral("<html><body style='font-size:10pt'>%1"
                          "<hr>"
                          "<table width='100%' cellspacing=0 cellpadding=8><tr>"
                          "<td width='55%' valign=top><span style='color:#555555'>%2</span><br>%3</td>"
                          "<td width='45%' valign=top align=right style='background:#f2f5f8'>"
                          "<span style='color:#555555'>%4</span><br>"
                          "<span style='font-size:18pt; font-weight:bold'>%5 %6</span><br>%7</td>"
                          "</tr></table><p>&nbsp;</p>%8"
                          "<table width='100%' cellspacing=0 cellpadding=5>%9</table>%10"
                          "<p>&nbsp;</p><p style='font-size:11pt'>%11</p>"
                          "<p style='font-size:8pt; color:#555555'>%12</p>%13"
                          "</body></html>")
        .arg(m_letterhead.html(title), tr("Received from").toHtmlEscaped(), customer,
            tr("Amount received").toHtmlEscaped(), money(r.amount), m_currency.code().toHtmlEscaped(), how, items,
            totals, notes, tr("Thank you for your payment.").toHtmlEscaped(),
            tr("Recorded by %1 on %2.")
                .arg(r.recordedBy, QLocale().toString(r.recordedAt.toLocalTime(), QLocale::ShortFormat))
                .toHtmlEscaped(),
            PaperText::chainHeadHtml(r.chainHead));
}

QString ReceiptDocument::rollHtml() const
{
    const PaymentReceipt &r = m_receipt;
    const QString rule = QStringLiteral("<hr>");
    QString body = m_letterhead.rollHtml();
    body += QStringLiteral("<p align=center><span style='font-size:12pt; font-weight:bold'>%1</span><br>%2<br>%3</p>")
                .arg(tr("RECEIPT").toHtmlEscaped(), tr("No. %1").arg(r.ref).toHtmlEscaped(),
                    PaperText::date(r.date).toHtmlEscaped());
    body += rule;
    body += QStringLiteral("<p>%1<br><b>%2</b> (%3)</p>")
                .arg(tr("Received from").toHtmlEscaped(), r.customer.details.name.toHtmlEscaped(),
                    r.customer.details.ref.toHtmlEscaped());
    QString rows = QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                       .arg(tr("Amount received").toHtmlEscaped(), money(r.amount));
    rows += QStringLiteral("<tr><td colspan=2>%1</td></tr>").arg(tr("Paid by %1").arg(r.methodLabel).toHtmlEscaped());
    if (!r.bankReference.isEmpty())
        rows += QStringLiteral("<tr><td colspan=2>%1</td></tr>")
                    .arg(tr("Reference: %1").arg(r.bankReference).toHtmlEscaped());
    body += QStringLiteral("<table width='100%' cellspacing=0 cellpadding=1>%1</table>").arg(rows);
    if (!r.lines.isEmpty()) {
        body += rule;
        QString lines = QStringLiteral("<tr><td colspan=2><b>%1</b></td></tr>")
                            .arg(tr("What this payment paid off").toHtmlEscaped());
        for (const PaymentReceipt::Line &line : r.lines) {
            lines += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                         .arg(line.debtRef.toHtmlEscaped(), money(line.applied));
            lines += QStringLiteral("<tr><td colspan=2 style='font-size:7.5pt'>%1</td></tr>")
                         .arg(tr("still open: %1")
                                  .arg(Money::toDisplayText(line.stillOpen, m_currency, QLocale()))
                                  .toHtmlEscaped());
        }
        body += QStringLiteral("<table width='100%' cellspacing=0 cellpadding=1>%1</table>").arg(lines);
    }
    body += rule;
    QString totals;
    if (r.toCredit > 0)
        totals += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                      .arg(tr("Kept as credit").toHtmlEscaped(), money(r.toCredit));
    totals += QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                  .arg(balanceText().toHtmlEscaped(), money(r.balanceAfter < 0 ? -r.balanceAfter : r.balanceAfter));
    body += QStringLiteral("<table width='100%' cellspacing=0 cellpadding=1>%1</table>").arg(totals);
    if (r.reversed)
        body += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("This payment was reversed: %1").arg(r.reversalReason).toHtmlEscaped());
    if (r.next != PaymentReceipt::NextKind::None)
        body += QStringLiteral("<p>%1</p>").arg(nextText());
    body += QStringLiteral("<p align=center>%1<br><span style='font-size:7pt'>%2</span></p>")
                .arg(tr("Thank you for your payment.").toHtmlEscaped(),
                    tr("Amounts in %1. Recorded by %2.").arg(m_currency.code(), r.recordedBy).toHtmlEscaped());
    body += PaperText::chainHeadHtml(r.chainHead, true);
    return QStringLiteral("<html><body style='font-size:8.5pt'>%1</body></html>").arg(body);
}

void ReceiptDocument::build(QTextDocument &document) const
{
    PaperText::prepare(document);
    m_letterhead.addResources(document);
    document.setHtml(html());
}

void ReceiptDocument::print(QPagedPaintDevice &device) const
{
    Paper::print([this](QTextDocument &document) { build(document); }, device, m_size);
}

Result<void> ReceiptDocument::writePdf(const QString &path) const
{
    return Paper::writeFile(path, pdf());
}

QByteArray ReceiptDocument::pdf() const
{
    return Paper::pdf(title(), [this](QPagedPaintDevice &device) { print(device); });
}

} // namespace recoup
