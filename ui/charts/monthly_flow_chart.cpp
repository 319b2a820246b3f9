// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/monthly_flow_chart.h"

#include "charts/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace recoup {

MonthlyFlowChart::MonthlyFlowChart(QWidget *parent) : QWidget(parent)
{
    m_chart = ChartStyle::newChart();
    auto *view = new QChartView(m_chart, this);
    view->setAccessibleName(tr("Sold on credit and paid, by month"));
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    ChartStyle::follow(m_chart, palette());
}

void MonthlyFlowChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(m_chart, palette());
    QWidget::changeEvent(event);
}

void MonthlyFlowChart::setData(const QStringList &months, const QList<qreal> &sales, const QList<qreal> &collected)
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series, but removeAxis() only hands the
    // axis back to us: delete it, or every refresh leaks two axes.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *sold = new QBarSet(tr("Sold on credit"));
    sold->setColor(QColor(0x90, 0xa4, 0xae));
    sold->append(sales);
    auto *paid = new QBarSet(tr("Collected"));
    paid->setColor(QColor(0x2e, 0x7d, 0x32));
    paid->append(collected);
    auto *series = new QBarSeries;
    series->append(sold);
    series->append(paid);
    m_chart->addSeries(series);
    QBarCategoryAxis *axisX = ChartStyle::labelAxis(months);
    qreal highest = 0;
    for (qreal v : sales + collected)
        highest = std::max(highest, v);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, highest > 0 ? highest * 1.05 : 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    ChartStyle::follow(m_chart, palette());
}

} // namespace recoup
