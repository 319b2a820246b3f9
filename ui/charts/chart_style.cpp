// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chart_style.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>

namespace recoup {

QChart *ChartStyle::newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarCategoryAxis *ChartStyle::labelAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.7);
    axis->setLabelsFont(small);
    return axis;
}

void ChartStyle::follow(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Grid lines halfway between the background and the text: seen, never loud.
    QColor grid = base;
    grid.setRgbF((base.redF() * 3 + text.redF()) / 4, (base.greenF() * 3 + text.greenF()) / 4,
        (base.blueF() * 3 + text.blueF()) / 4);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    // A thin line of the background between bars and segments, light or dark.
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setBorderColor(base);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

} // namespace recoup
