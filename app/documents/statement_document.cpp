// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/statement_document.h"

#include "core/money.h"
#include "documents/envelope_page.h"
#include "documents/paper_text.h"
#include "documents/payment_code.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace recoup {

namespace {

const QString HeaderRow = QStringLiteral("<tr style='background:#e8eef4'>");
constexpr double SlipQrMm = 34;

QString th(const QString &text, bool right = false)
{
    return QStringLiteral("<th align=%1>%2</th>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
}

} // namespace

StatementDocument::StatementDocument(
    CustomerStatement statement, const Letterhead &letterhead, Currency currency, PaperSize size)
    : m_statement(std::move(statement)), m_letterhead(letterhead), m_currency(std::move(currency)), m_size(size)
{ }

QString StatementDocument::kindTitle(StatementKind kind)
{
    switch (kind) {
    case StatementKind::OpenItem:
        return tr("Open items");
    case StatementKind::BalanceForward:
        return tr("Balance forward");
    case StatementKind::Activity:
        return tr("Account activity");
    }
    return {};
}

QString StatementDocument::title() const
{
    return tr("Statement %1").arg(m_statement.reference());
}

QString StatementDocument::fileName() const
{
    QString ref = m_statement.customer.details.ref;
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("statement-%1-%2.pdf").arg(ref, m_statement.asOf.toString(QStringLiteral("yyyy-MM")));
}

QString StatementDocument::money(qint64 minor) const
{
    return Money::toDisplayText(minor, m_currency, QLocale()).toHtmlEscaped();
}

QString StatementDocument::titleHtml() const
{
    const CustomerStatement &s = m_statement;
    QString lines = tr("Date: %1").arg(PaperText::date(s.asOf)).toHtmlEscaped() + QStringLiteral("<br>")
        + tr("Customer no. %1").arg(s.customer.details.ref).toHtmlEscaped();
    if (s.kind != StatementKind::OpenItem)
        lines += QStringLiteral("<br>")
            + tr("Period: %1 to %2").arg(PaperText::shortDate(s.from), PaperText::shortDate(s.asOf)).toHtmlEscaped();
    return QStringLiteral("<span style='font-size:20pt; color:#1f4e79'>%1</span><br>"
                          "<span style='font-size:10pt'><b>%2</b><br>%3</span>")
        .arg(tr("STATEMENT").toHtmlEscaped(), kindTitle(s.kind).toHtmlEscaped(), lines);
}

QString StatementDocument::recipientHtml() const
{
    const CustomerInput &c = m_statement.customer.details;
    return QStringLiteral("<span style='font-size:10.5pt'>%1<br>%2</span>")
        .arg(c.name.toHtmlEscaped(), Letterhead::escaped(c.address));
}

QString StatementDocument::asideHtml() const
{
    const CustomerStatement &s = m_statement;
    QString html
        = QStringLiteral("<table width='100%' cellspacing=0 cellpadding=8 style='background:#f2f5f8'><tr><td>");
    if (s.closing < 0) {
        html += QStringLiteral("%1<br><span style='font-size:16pt; font-weight:bold'>%2 %3</span><br>%4")
                    .arg(tr("Your credit").toHtmlEscaped(), money(-s.closing), m_currency.code(),
                        tr("Nothing to pay.").toHtmlEscaped());
    } else {
        html += QStringLiteral("%1<br><span style='font-size:16pt; font-weight:bold'>%2 %3</span>")
                    .arg(tr("Amount due").toHtmlEscaped(), money(s.amountDue()), m_currency.code());
        if (s.pastDue() > 0)
            html += QStringLiteral("<br><span style='color:#a00000'>%1</span>")
                        .arg(tr("of which past due: %1")
                                 .arg(Money::toDisplayText(s.pastDue(), m_currency, QLocale()))
                                 .toHtmlEscaped());
    }
    return html + QStringLiteral("</td></tr></table>");
}

QString StatementDocument::itemsHtml() const
{
    const CustomerStatement &s = m_statement;
    if (s.items.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(tr("No items are open on %1.").arg(PaperText::date(s.asOf)).toHtmlEscaped());
    QString rows;
    qint64 total = 0;
    for (const CustomerStatement::Item &item : s.items) {
        const QString days = item.daysPastDue > 0 ? QString::number(item.daysPastDue) : QString();
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=right>%5</td>"
                               "<td align=right>%6</td><td align=right>%7</td></tr>")
                    .arg(item.ref.toHtmlEscaped(), item.description.toHtmlEscaped(),
                        PaperText::shortDate(item.issueDate), PaperText::shortDate(item.dueDate), days,
                        money(item.amount), money(item.open));
        total += item.open;
    }
    rows += QStringLiteral("<tr><td colspan=6 align=right><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                .arg(tr("Total open").toHtmlEscaped(), money(total));
    return QStringLiteral("<table width='100%' cellspacing=0 cellpadding=4>%1%2%3%4%5%6%7</tr>%8</table>")
        .arg(HeaderRow, th(tr("Item")), th(tr("Description")), th(tr("Issued")), th(tr("Due")),
            th(tr("Days overdue"), true), th(tr("Original"), true) + th(tr("Open"), true), rows);
}

QString StatementDocument::linesHtml() const
{
    const CustomerStatement &s = m_statement;
    const bool forward = s.kind == StatementKind::BalanceForward;
    QString rows;
    if (forward)
        rows += QStringLiteral("<tr><td>%1</td><td colspan=4><b>%2</b></td><td align=right><b>%3</b></td></tr>")
                    .arg(PaperText::shortDate(s.from), tr("Balance forward").toHtmlEscaped(), money(s.opening));
    for (const CustomerStatement::Line &line : s.lines) {
        if (line.allocation) {
            rows += QStringLiteral("<tr style='color:#555555; font-size:8.5pt'><td></td><td colspan=3>&nbsp;&nbsp;%1"
                                   "</td><td align=right>(%2)</td></tr>")
                        .arg(line.what.toHtmlEscaped(), money(line.payment));
            continue;
        }
        const QString what = line.detail.isEmpty() ? line.what : tr("%1 · %2").arg(line.what, line.detail);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td><td align=right>%5</td>")
                    .arg(PaperText::shortDate(line.date), what.toHtmlEscaped(), line.ref.toHtmlEscaped(),
                        line.charge ? money(line.charge) : QString(), line.payment ? money(line.payment) : QString());
        if (forward)
            rows += QStringLiteral("<td align=right>%1</td>").arg(money(line.balance));
        rows += QStringLiteral("</tr>");
    }
    if (s.lines.isEmpty())
        rows += QStringLiteral("<tr><td colspan=%1>%2</td></tr>")
                    .arg(forward ? 6 : 5)
                    .arg(tr("Nothing happened on this account in the period.").toHtmlEscaped());
    if (forward) {
        rows += QStringLiteral("<tr style='background:#f2f5f8'><td>%1</td><td colspan=4><b>%2</b></td>"
                               "<td align=right><b>%3</b></td></tr>")
                    .arg(PaperText::shortDate(s.asOf), tr("Closing balance").toHtmlEscaped(), money(s.closing));
    } else {
        rows += QStringLiteral(
            "<tr style='background:#f2f5f8'><td colspan=3><b>%1</b></td><td align=right><b>%2</b></td>"
            "<td align=right><b>%3</b></td></tr>")
                    .arg(tr("Totals of the period").toHtmlEscaped(), money(s.charges), money(s.payments));
    }
    QString header = HeaderRow + th(tr("Date")) + th(tr("Transaction")) + th(tr("Reference")) + th(tr("Charges"), true)
        + th(tr("Payments"), true);
    if (forward)
        header += th(tr("Balance"), true);
    QString html
        = QStringLiteral("<table width='100%' cellspacing=0 cellpadding=4>%1</tr>%2</table>").arg(header, rows);
    if (!forward)
        html += QStringLiteral("<p align=right>%1 <b>%2 %3</b></p>")
                    .arg(tr("Balance on %1:").arg(PaperText::date(s.asOf)).toHtmlEscaped(), money(s.closing),
                        m_currency.code());
    return html;
}

QString StatementDocument::agingHtml() const
{
    const CustomerStatement &s = m_statement;
    QString header = HeaderRow;
    QString values = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < s.bucketTitles.size(); ++i) {
        header += th(i == 0 ? s.bucketTitles.at(i) : tr("%1 days").arg(s.bucketTitles.at(i)), true);
        values += QStringLiteral("<td align=right>%1</td>").arg(money(s.buckets.value(i)));
    }
    header += th(tr("Credit"), true) + th(tr("Amount due"), true);
    values += QStringLiteral("<td align=right>%1</td><td align=right><b>%2</b></td></tr>")
                  .arg(s.credit ? money(-s.credit) : money(0), money(s.amountDue()));
    return QStringLiteral("<p style='font-size:11pt'><b>%1</b></p>"
                          "<table width='100%' cellspacing=0 cellpadding=4>%2</tr>%3</table>")
        .arg(tr("How old the balance is, on %1").arg(PaperText::date(s.asOf)).toHtmlEscaped(), header, values);
}

QString StatementDocument::bodyHtml() const
{
    const CustomerStatement &s = m_statement;
    QString body = EnvelopePage::spacerHtml();
    body += s.kind == StatementKind::OpenItem ? itemsHtml() : linesHtml();
    body += QStringLiteral("<p></p>") + agingHtml();
    QString note;
    if (s.closing < 0)
        note = tr("Your account is in credit: there is nothing to pay. The credit goes towards your next purchase.");
    else if (s.pastDue() > 0)
        note = tr("Part of this balance is past due. Please pay it now; if you cannot, call us and we will agree "
                  "a plan with you.");
    else if (s.amountDue() > 0)
        note = tr("Please pay each item by its due date. Thank you for your business.");
    else
        note = tr("Your account is settled. Thank you for your business.");
    body += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    body += PaperText::chainHeadHtml(s.chainHead);
    // How to pay is on the remittance slip, beside its QR code.
    return QStringLiteral("<html><body style='font-size:9.5pt'>%1</body></html>").arg(body);
}

QString StatementDocument::slipHtml() const
{
    const CustomerStatement &s = m_statement;
    const BusinessDetails &b = m_letterhead.details();
    QString payTo = b.name().toHtmlEscaped();
    const QString how = m_letterhead.howToPayHtml(s.reference(), s.amountDue(), m_currency);
    if (!how.isEmpty())
        payTo += QStringLiteral("<br>") + how;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#555555'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString rows = row(tr("Customer"),
        QStringLiteral("<b>%1</b> (%2)")
            .arg(s.customer.details.name.toHtmlEscaped(), s.customer.details.ref.toHtmlEscaped()));
    rows += row(tr("Statement"), tr("%1 of %2").arg(s.reference(), PaperText::date(s.asOf)).toHtmlEscaped());
    rows += row(tr("Amount due"), QStringLiteral("<b>%1 %2</b>").arg(money(s.amountDue()), m_currency.code()));
    rows += row(tr("Amount enclosed"), QStringLiteral("______________________"));
    rows += row(tr("How to pay"), payTo);
    return QStringLiteral("<p style='margin-bottom:4px'><span style='font-size:11pt'><b>%1</b></span>&nbsp;&nbsp;"
                          "<span style='color:#555555'>%2</span></p>"
                          "<table cellspacing=0 cellpadding=2 style='font-size:9pt'>%3</table>")
        .arg(tr("REMITTANCE SLIP").toHtmlEscaped(), tr("Please return this part with your payment.").toHtmlEscaped(),
            rows);
}

void StatementDocument::paintSlip(QPainter &painter, QPagedPaintDevice &device) const
{
    const QSizeF pageMm = device.pageLayout().pageSize().size(QPageSize::Millimeter);
    const double top = EnvelopePage::TopMarginMm;
    const double left = EnvelopePage::LeftMarginMm;
    // The tear-off line lies on the second fold, so the slip is the last third.
    const double slipTopMm = pageMm.height() * 2 / 3;
    const double textWidthMm = pageMm.width() - 2 * left;
    const double y = Paper::pixels(device, slipTopMm - top);
    QPen dashed(QColor(0x66, 0x66, 0x66), Paper::pixels(device, 0.25), Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(
        QPointF(Paper::pixels(device, -left + 6), y), QPointF(Paper::pixels(device, pageMm.width() - left - 6), y));
    QFont font(QStringLiteral("Sans Serif"), 7);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(
        QRectF(0, y - Paper::pixels(device, 4), Paper::pixels(device, textWidthMm), Paper::pixels(device, 3.5)),
        Qt::AlignRight | Qt::AlignBottom, tr("✂ Detach here"));

    QTextDocument slip;
    PaperText::prepare(slip);
    slip.documentLayout()->setPaintDevice(&device);
    slip.setDocumentMargin(0);
    slip.setHtml(slipHtml());
    slip.setTextWidth(Paper::pixels(device, textWidthMm - SlipQrMm - 6));
    painter.save();
    painter.translate(0, y + Paper::pixels(device, 5));
    slip.drawContents(&painter);
    painter.restore();

    const QString code
        = PaymentCode::text(m_letterhead.details(), m_currency, m_statement.amountDue(), m_statement.reference());
    const QImage qr = PaymentCode::image(code);
    if (qr.isNull() || m_statement.amountDue() <= 0)
        return;
    const QRectF box(Paper::pixels(device, textWidthMm - SlipQrMm), y + Paper::pixels(device, 6),
        Paper::pixels(device, SlipQrMm), Paper::pixels(device, SlipQrMm));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(box, qr);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const bool epc = code.startsWith(QLatin1String("BCD\n"));
    painter.drawText(QRectF(box.left() - Paper::pixels(device, 6), box.bottom() + Paper::pixels(device, 1),
                         box.width() + Paper::pixels(device, 12), Paper::pixels(device, 8)),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        epc ? tr("Scan with your banking app to pay by transfer") : tr("Scan to pay online"));
}

void StatementDocument::print(QPagedPaintDevice &device) const
{
    // The paper is set before the painter starts, so the first page has it.
    QTextDocument probe;
    Paper::setUp(probe, device, m_size);
    QPainter painter(&device);
    print(device, painter, false);
}

void StatementDocument::print(QPagedPaintDevice &device, QPainter &painter, bool newPageFirst) const
{
    const EnvelopePage envelope(m_letterhead, titleHtml(), recipientHtml(), asideHtml());
    QTextDocument document;
    PaperText::prepare(document);
    envelope.addResources(document);
    document.setHtml(bodyHtml());
    Paper::setUp(document, device, m_size);
    // The slip takes the last third of the last page: a page more when the text reaches it.
    const double pageHeight = document.pageSize().height();
    const int flowPages = document.pageCount();
    const QRectF last = document.documentLayout()->blockBoundingRect(document.lastBlock());
    const double usedOnLast = last.bottom() - (flowPages - 1) * pageHeight;
    const double pageMm = device.pageLayout().pageSize().size(QPageSize::Millimeter).height();
    const double slipTop = Paper::pixels(device, pageMm * 2 / 3 - EnvelopePage::TopMarginMm - 4);
    const int extra = usedOnLast > slipTop ? 1 : 0;
    Paper::paint(
        document, device, painter, newPageFirst, m_size,
        [&](QPainter &on, int page, int pages) {
            if (page == 0)
                envelope.paint(on, device);
            if (page == pages - 1)
                paintSlip(on, device);
        },
        extra);
}

QByteArray StatementDocument::pdf() const
{
    return Paper::pdf(title(), [this](QPagedPaintDevice &device) { print(device); });
}

Result<void> StatementDocument::writePdf(const QString &path) const
{
    return Paper::writeFile(path, pdf());
}

} // namespace recoup
