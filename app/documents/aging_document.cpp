// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/aging_document.h"

#include "aging/aging_report.h"
#include "core/money.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace recoup {

AgingDocument::AgingDocument(const AgingReport &report, const Currency &currency, QString businessName)
    : m_report(report), m_currency(currency), m_businessName(std::move(businessName))
{ }

QString AgingDocument::html() const
{
    const QLocale locale;
    const AgingOptions &options = m_report.options();
    auto money = [this, &locale](qint64 v) { return Money::toDisplayText(v, m_currency, locale).toHtmlEscaped(); };
    auto row = [&](const AgingLine &line, const QString &ref, const QString &name, bool bold) {
        QString cells = QStringLiteral("<td width='8%'>%1</td><td width='30%'>%2</td>")
                            .arg(ref.toHtmlEscaped(), name.toHtmlEscaped());
        for (qint64 v : line.buckets)
            cells += QStringLiteral("<td align=right>%1</td>").arg(v ? money(v) : QString());
        cells += QStringLiteral("<td align=right>%1</td><td align=right><b>%2</b></td>")
                     .arg(line.credit ? money(line.credit) : QString(), money(line.balance()));
        return bold ? QStringLiteral("<tr style='font-weight:bold'>%1</tr>").arg(cells)
                    : QStringLiteral("<tr>%1</tr>").arg(cells);
    };

    QString header = QStringLiteral("<th align=left>%1</th><th align=left>%2</th>").arg(tr("Ref"), tr("Customer"));
    for (const QString &title : options.buckets.titles())
        header += QStringLiteral("<th align=right>%1</th>").arg(title.toHtmlEscaped());
    header += QStringLiteral("<th align=right>%1</th><th align=right>%2</th>").arg(tr("Credit"), tr("Balance"));

    QString body;
    for (const AgingLine &line : m_report.customers())
        body += row(line, line.ref, line.name, false);
    body += row(m_report.total(), QString(), tr("Total"), true);

    const QString basis
        = options.basis == AgingBasis::DueDate ? tr("days past the due date") : tr("days since the issue date");
    return QStringLiteral("<html><body style='font-size:9pt'>"
                          "<p style='font-size:14pt'><b>%1</b></p>"
                          "<p style='font-size:12pt'>%2</p>"
                          "<p>%3</p>"
                          "<table width='100%' cellspacing=0 cellpadding=3 border=0>"
                          "<thead><tr style='background:#eeeeee'>%4</tr></thead>%5</table>"
                          "</body></html>")
        .arg(m_businessName.toHtmlEscaped(),
            tr("Aged receivables as of %1").arg(locale.toString(options.asOf, QLocale::LongFormat)),
            tr("Amounts in %1, by %2. Credit is shown apart, never netted into a column.")
                .arg(m_currency.code(), basis),
            header, body);
}

void AgingDocument::print(QPagedPaintDevice &device) const
{
    QTextDocument document;
    document.setHtml(html());
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    QPainter painter(&device);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        const QRectF pageRect(QPointF(0, page * document.pageSize().height()), document.pageSize());
        painter.translate(0, -pageRect.top());
        document.drawContents(&painter, pageRect);
        painter.restore();
    }
}

Result<void> AgingDocument::writePdf(const QString &path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error{ tr("Cannot write “%1”: %2").arg(path, probe.errorString()) };
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(tr("Aged receivables"));
    writer.setCreator(QStringLiteral("Recoup"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15)));
    print(writer);
    return {};
}

} // namespace recoup
