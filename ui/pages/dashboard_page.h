// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/book_reader.h"
#include "aging/receivables_metrics.h"

#include <QWidget>

#include <memory>

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
    ~DashboardPage() override;
    Q_DISABLE_COPY_MOVE(DashboardPage)

    void setAsOf(const QDate &date);
    /// Recomputes from the books, off the GUI thread: the page is busy until the
    /// figures arrive (refreshed()); a newer request supersedes one still running.
    void refresh();
    bool isBusy() const { return m_busy; }
    const ReceivablesDashboard &figures() const { return m_figures; }
    /// The figure tiles by name ("receivable", "overdue", "credit", "dso", "simpleDso", "cei").
    QLabel *tile(const QString &name) const;
    /// The small line under a tile's figure (the overdue share, the CEI's month).
    QLabel *tileNote(const QString &name) const;

Q_SIGNALS:
    void customerActivated(qint64 customerId);
    /// The figures of the latest request are shown (or its error).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTiles();
    QLabel *addTile(QWidget *parent, const QString &name, const QString &title, const QString &tooltip);
    void setBusy(bool busy);
    void showResult(const Result<ReceivablesDashboard> &figures);
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
    QLabel *m_busyLabel = nullptr;
    bool m_dirty = true;
    bool m_busy = false;
    std::unique_ptr<BookReader> m_reader;
    BookReader::Ticket m_ticket;
};

} // namespace recoup
