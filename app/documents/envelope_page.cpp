// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/envelope_page.h"

#include "documents/paper.h"
#include "documents/paper_text.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace recoup {

namespace {

const QString SpacerUrl = QStringLiteral("recoup-spacer:first-page");
constexpr double MmPerInch = 25.4;
/// QTextDocument sizes images in pixels of 96 to the inch, whatever the device.
constexpr double CssDpi = 96;
// DIN 5008 form B, measured from the paper's edges.
constexpr double WindowLeftMm = 20;
constexpr double WindowTopMm = 45;
constexpr double WindowWidthMm = 85;
constexpr double AsideLeftMm = 125;
constexpr double AsideWidthMm = 67;

} // namespace

EnvelopePage::EnvelopePage(const Letterhead &letterhead, QString titleHtml, QString recipientHtml, QString asideHtml)
    : m_letterhead(letterhead),
      m_titleHtml(std::move(titleHtml)),
      m_recipientHtml(std::move(recipientHtml)),
      m_asideHtml(std::move(asideHtml))
{ }

QString EnvelopePage::spacerHtml()
{
    const double height = (BodyTopMm - TopMarginMm) / MmPerInch * CssDpi;
    return QStringLiteral("<p style='margin:0'><img src='%1' width=1 height=%2></p>")
        .arg(SpacerUrl)
        .arg(height, 0, 'f', 2);
}

void EnvelopePage::addResources(QTextDocument &document) const
{
    QImage spacer(1, 1, QImage::Format_ARGB32);
    spacer.fill(Qt::transparent);
    document.addResource(QTextDocument::ImageResource, QUrl(SpacerUrl), spacer);
    m_letterhead.addResources(document);
}

void EnvelopePage::drawHtml(
    QPainter &painter, QPagedPaintDevice &device, const QString &html, double xMm, double yMm, double widthMm) const
{
    QTextDocument part;
    PaperText::prepare(part);
    part.documentLayout()->setPaintDevice(&device);
    part.setDocumentMargin(0);
    m_letterhead.addResources(part);
    part.setHtml(html);
    part.setTextWidth(Paper::pixels(device, widthMm));
    painter.save();
    painter.translate(Paper::pixels(device, xMm - LeftMarginMm), Paper::pixels(device, yMm - TopMarginMm));
    part.drawContents(&painter);
    painter.restore();
}

void EnvelopePage::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    const double pageWidthMm = device.pageLayout().pageSize().size(QPageSize::Millimeter).width();
    const double textWidthMm = pageWidthMm - 2 * LeftMarginMm;
    drawHtml(painter, device, m_letterhead.html(m_titleHtml), LeftMarginMm, TopMarginMm, textWidthMm);

    // The sender's line, small and underlined, then the address, inside the window.
    const QString sender = QStringLiteral("<span style='font-size:6.5pt; color:#444444'><u>%1</u></span>")
                               .arg(m_letterhead.senderLine().toHtmlEscaped());
    drawHtml(painter, device, sender + QStringLiteral("<br>") + m_recipientHtml, WindowLeftMm + 5, WindowTopMm + 5,
        WindowWidthMm - 10);
    if (!m_asideHtml.isEmpty())
        drawHtml(painter, device, m_asideHtml, AsideLeftMm, WindowTopMm + 5, AsideWidthMm);

    // Fold marks for a DL envelope and the punch mark, in the left margin.
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), Paper::pixels(device, 0.2)));
    const double left = Paper::pixels(device, 4 - LeftMarginMm);
    for (const double mm : { 105.0, 210.0 }) {
        const double y = Paper::pixels(device, mm - TopMarginMm);
        painter.drawLine(QPointF(left, y), QPointF(left + Paper::pixels(device, 5), y));
    }
    const double punch = Paper::pixels(device, 148.5 - TopMarginMm);
    painter.drawLine(QPointF(left, punch), QPointF(left + Paper::pixels(device, 3), punch));
}

} // namespace recoup
