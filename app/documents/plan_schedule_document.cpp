// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/plan_schedule_document.h"

#include "collections/plan_schedule.h"
#include "core/money.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace recoup {

PlanScheduleDocument::PlanScheduleDocument(
    const PlanDraft &plan, QString customerName, const Currency &currency, QString businessName)
    : m_plan(plan),
      m_customerName(std::move(customerName)),
      m_currency(currency),
      m_businessName(std::move(businessName))
{ }

QString PlanScheduleDocument::html() const
{
    const QLocale locale;
    auto money = [this, &locale](qint64 v) { return Money::toDisplayText(v, m_currency, locale).toHtmlEscaped(); };
    auto date = [&locale](const QDate &d) { return locale.toString(d, QLocale::LongFormat).toHtmlEscaped(); };

    QStringList sales;
    for (const PlanSource &s : m_plan.sources)
        sales << tr("%1 (%2)").arg(s.ref, Money::toDisplayText(s.amount, m_currency, locale)).toHtmlEscaped();

    QString rows;
    for (const PlanInstallment &in : m_plan.installments) {
        const QString what
            = in.seq == 0 ? tr("Down payment") : tr("Installment %1 of %2").arg(in.seq).arg(m_plan.count);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td></tr>")
                    .arg(what.toHtmlEscaped(), in.ref.toHtmlEscaped(), date(in.dueDate), money(in.amount));
    }
    rows += QStringLiteral("<tr style='font-weight:bold'><td colspan=3>%1</td><td align=right>%2</td></tr>")
                .arg(tr("Total").toHtmlEscaped(), money(m_plan.installmentTotal()));

    return QStringLiteral("<html><body style='font-size:10pt'>"
                          "<p style='font-size:14pt'><b>%1</b></p>"
                          "<p style='font-size:13pt'>%2</p>"
                          "<p>%3<br>%4<br>%5</p>"
                          "<table width='100%' cellspacing=0 cellpadding=4 border=0>"
                          "<thead><tr style='background:#eeeeee'><th align=left>%6</th><th align=left>%7</th>"
                          "<th align=left>%8</th><th align=right>%9</th></tr></thead>%10</table>"
                          "<p>%11</p>"
                          "</body></html>")
        .arg(m_businessName.toHtmlEscaped(), tr("Payment plan %1").arg(m_plan.ref).toHtmlEscaped(),
            tr("For: %1").arg(m_customerName).toHtmlEscaped(),
            tr("Agreed on %1, for %2: %3.")
                .arg(locale.toString(m_plan.madeOn, QLocale::LongFormat), money(m_plan.balance),
                    sales.join(QStringLiteral(", ")))
                .toHtmlEscaped(),
            tr("%1 installments, %2.")
                .arg(m_plan.count)
                .arg(PlanSchedule::frequencyLabel(m_plan.frequency).toLower())
                .toHtmlEscaped(),
            tr("Payment"), tr("Reference"), tr("Due on"), tr("Amount (%1)").arg(m_currency.code()), rows,
            tr("Please pay each installment by its date. Payments go to the oldest installment due first.")
                .toHtmlEscaped());
}

void PlanScheduleDocument::print(QPagedPaintDevice &device) const
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

Result<void> PlanScheduleDocument::writePdf(const QString &path) const
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error{ tr("Cannot write “%1”: %2").arg(path, probe.errorString()) };
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(tr("Payment plan %1").arg(m_plan.ref));
    writer.setCreator(QStringLiteral("Recoup"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20)));
    print(writer);
    return {};
}

} // namespace recoup
