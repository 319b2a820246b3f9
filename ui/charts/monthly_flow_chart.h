// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;

namespace recoup {

/// Sales on credit beside what was collected, month by month, as grouped bars.
class MonthlyFlowChart final : public QWidget
{
    Q_OBJECT
public:
    explicit MonthlyFlowChart(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MonthlyFlowChart)

    /// Values in major units, for drawing only; one per month label.
    void setData(const QStringList &months, const QList<qreal> &sales, const QList<qreal> &collected);

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *m_chart = nullptr;
};

} // namespace recoup
