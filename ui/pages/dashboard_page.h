// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/receivables_metrics.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace recoup {

class AgingBarChart;
class Ledger;
class MonthlyFlowChart;

/// "Is it getting better?": total receivable and the overdue share, the aging at
/// each of the last 12 month-ends, sales against collections, DSO, CEI and the
/// biggest debtors, as of a date.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Ledger &ledger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DashboardPage)

    void setAsOf(const QDate &date);
    void refresh();
    const ReceivablesDashboard &figures() const { return m_figures; }
    /// The figure tiles by name ("receivable", "overdue", "credit", "dso", "simpleDso", "cei").
    QLabel *tile(const QString &name) const;

Q_SIGNALS:
    void customerActivated(qint64 customerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTiles();
    QLabel *addTile(QWidget *parent, const QString &name, const QString &title, const QString &tooltip);
    void showFigures();
    void showCharts();
    void showDebtors();

    Ledger &m_ledger;
    ReceivablesDashboard m_figures;
    QDateEdit *m_asOf = nullptr;
    AgingBarChart *m_trend = nullptr;
    MonthlyFlowChart *m_flows = nullptr;
    QTableWidget *m_debtors = nullptr;
    QLabel *m_error = nullptr;
    bool m_dirty = true;
};

} // namespace recoup
