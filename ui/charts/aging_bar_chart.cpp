// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/aging_bar_chart.h"

#include "charts/bucket_palette.h"
#include "charts/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace recoup {

AgingBarChart::AgingBarChart(QWidget *parent) : QWidget(parent)
{
    m_chart = ChartStyle::newChart();
    m_view = new QChartView(m_chart, this);
    m_view->setAccessibleName(tr("Aging buckets"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    ChartStyle::follow(m_chart, palette());
}

void AgingBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::follow(m_chart, palette());
    QWidget::changeEvent(event);
}

void AgingBarChart::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
    rebuild();
}

void AgingBarChart::setData(const QStringList &barLabels, const QStringList &bucketTitles,
    const QList<QList<qreal>> &values, const QList<QStringList> &texts)
{
    m_barLabels = barLabels;
    m_bucketTitles = bucketTitles;
    m_values = values;
    m_texts = texts;
    rebuild();
}

void AgingBarChart::rebuild()
{
    m_chart->removeAllSeries();
    // removeAllSeries() deletes the series, but removeAxis() only hands the
    // axis back to us: delete it, or every refresh leaks two axes.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (m_barLabels.isEmpty())
        return;

    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    qreal highest = 0;
    QList<qreal> stacks(m_barLabels.size(), 0);
    for (int bucket = 0; bucket < m_bucketTitles.size(); ++bucket) {
        auto *set = new QBarSet(m_bucketTitles.at(bucket));
        set->setColor(BucketPalette::color(bucket, int(m_bucketTitles.size())));
        QList<qreal> column;
        for (int bar = 0; bar < m_barLabels.size(); ++bar) {
            const qreal v = m_values.value(bar).value(bucket);
            column.append(v);
            stacks[bar] += v;
        }
        set->append(column); // the whole column at once, not point by point
        connect(set, &QBarSet::clicked, this, [this, bucket](int) { Q_EMIT bucketClicked(bucket); });
        connect(set, &QBarSet::hovered, this, [this, bucket](bool on, int bar) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                    QStringLiteral("%1 · %2: %3")
                        .arg(m_barLabels.value(bar), m_bucketTitles.value(bucket), m_texts.value(bar).value(bucket)));
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    for (qreal s : std::as_const(stacks))
        highest = std::max(highest, s);
    m_chart->addSeries(series);

    QBarCategoryAxis *categories = ChartStyle::labelAxis(m_barLabels);
    auto *amounts = new QValueAxis;
    amounts->setRange(0, highest > 0 ? highest * 1.05 : 1);
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->applyNiceNumbers();
    m_chart->addAxis(categories, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(amounts, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(amounts);
    ChartStyle::follow(m_chart, palette());
    // Clicking a legend entry filters like clicking its segment.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
    for (int i = 0; i < markers.size(); ++i)
        connect(markers.at(i), &QLegendMarker::clicked, this, [this, i] { Q_EMIT bucketClicked(i); });
}

} // namespace recoup
