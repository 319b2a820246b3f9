// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QStackedBarSeries;

namespace recoup {

/// A stacked bar chart of aging buckets: one bar per as-of date (one for the
/// Aging page, twelve month-ends for the trend), one colour per bucket. Only this
/// folder includes Qt Charts, so a move to Qt Graphs stays here.
class AgingBarChart final : public QWidget
{
    Q_OBJECT
public:
    explicit AgingBarChart(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgingBarChart)

    /// One bar per label; values[bar][bucket] in major units for drawing only
    /// (the exact amounts are in the tooltips given as texts[bar][bucket]).
    void setData(const QStringList &barLabels, const QStringList &bucketTitles, const QList<QList<qreal>> &values,
        const QList<QStringList> &texts);
    /// Horizontal bars suit one as-of date; vertical ones a trend.
    void setHorizontal(bool horizontal);

Q_SIGNALS:
    /// The user clicked a bucket's segment (or its legend entry).
    void bucketClicked(int bucket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    bool m_horizontal = true;
    QStringList m_barLabels;
    QStringList m_bucketTitles;
    QList<QList<qreal>> m_values;
    QList<QStringList> m_texts;
};

} // namespace recoup
