// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/paper.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace recoup {

namespace {

constexpr double RollWidthMm = 80.0;
constexpr double RollMarginMm = 4.0;
constexpr double MmPerInch = 25.4;

QPageLayout sheetLayout(PaperSize size)
{
    // Wide enough sides for a binder's holes; the foot keeps room for the page number.
    return QPageLayout(QPageSize(size == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(18, 14, 18, 16), QPageLayout::Millimeter);
}

QPageLayout rollLayout(double lengthMm)
{
    return QPageLayout(
        QPageSize(QSizeF(RollWidthMm, lengthMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm),
        QPageLayout::Millimeter);
}

} // namespace

PaperSize Paper::forCountry(const QString &isoCountry)
{
    static const QStringList letterCountries = { QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("MX"),
        QStringLiteral("PH"), QStringLiteral("CL"), QStringLiteral("CO"), QStringLiteral("VE") };
    return letterCountries.contains(isoCountry.toUpper()) ? PaperSize::Letter : PaperSize::A4;
}

void Paper::setUp(QTextDocument &document, QPagedPaintDevice &device, PaperSize size)
{
    const int dpi = device.logicalDpiX();
    // Point sizes are measured on the device, not on the screen.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    if (size != PaperSize::Roll80) {
        device.setPageLayout(sheetLayout(size));
        document.setPageSize(device.pageLayout().paintRectPixels(dpi).size());
        return;
    }
    device.setPageLayout(rollLayout(200));
    document.setPageSize(QSizeF(device.pageLayout().paintRectPixels(dpi).width(), 1e7));
    const double contentMm = document.documentLayout()->documentSize().height() / dpi * MmPerInch;
    device.setPageLayout(rollLayout(contentMm + 2 * RollMarginMm + 2));
    document.setPageSize(device.pageLayout().paintRectPixels(dpi).size());
}

double Paper::pixels(const QPaintDevice &device, double mm)
{
    return mm / MmPerInch * device.logicalDpiY();
}

void Paper::paint(
    QTextDocument &document, QPagedPaintDevice &device, PaperSize size, const Decorator &decorate, int extraPages)
{
    QPainter painter(&device);
    paint(document, device, painter, false, size, decorate, extraPages);
}

void Paper::paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter, bool newPageFirst,
    PaperSize size, const Decorator &decorate, int extraPages)
{
    const int flowPages = document.pageCount();
    const int pages = flowPages + extraPages;
    const QSizeF page = document.pageSize();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 || newPageFirst)
            device.newPage();
        if (i < flowPages) {
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
        }
        if (decorate) {
            painter.save();
            decorate(painter, i, pages);
            painter.restore();
        }
        if (pages > 1 && size != PaperSize::Roll80) {
            QFont font = document.defaultFont();
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const double gap = device.logicalDpiY() * 4 / MmPerInch;
            painter.drawText(QRectF(0, page.height() + gap, page.width(), page.height() / 20),
                Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(i + 1).arg(pages));
        }
    }
}

void Paper::print(const Builder &build, QPagedPaintDevice &device, PaperSize size)
{
    QTextDocument document;
    build(document);
    setUp(document, device, size);
    paint(document, device, size);
}

QByteArray Paper::pdf(const QString &title, const std::function<void(QPagedPaintDevice &)> &printTo)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Recoup"));
        writer.setResolution(300);
        printTo(writer);
    }
    return bytes;
}

Result<void> Paper::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
    file.write(bytes);
    if (!file.commit())
        return Error{ tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace recoup
