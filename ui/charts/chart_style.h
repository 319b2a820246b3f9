// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QStringList>

class QBarCategoryAxis;
class QChart;

namespace recoup {

/// What the window's charts share: how a chart is set up, and its background,
/// labels and grid drawn in the window's palette, so a chart is as readable in a
/// dark palette as in a light one (Qt Charts' own themes ignore the palette).
class ChartStyle final
{
public:
    ChartStyle() = delete;

    /// A chart with no animation, its legend below and square corners.
    static QChart *newChart();
    /// An axis of bar labels in a smaller font, so twelve month names fit side by side.
    static QBarCategoryAxis *labelAxis(const QStringList &labels);
    /// Paints the chart, its legend and every axis it has now in the palette's
    /// colours: call it after adding axes and when the palette changes.
    static void follow(QChart *chart, const QPalette &palette);
};

} // namespace recoup
