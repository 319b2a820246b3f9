// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace recoup {

class AgingBarChart;
class AgingFilterModel;
class AgingTableModel;
class Ledger;

/// How old is what we are owed: the aging as of any date, a stacked bar of the
/// buckets, the table per customer with its totals, and print, PDF and CSV.
class AgingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AgingPage(Ledger &ledger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgingPage)

    void setAsOf(const QDate &date);
    QDate asOf() const;
    /// Shows only customers with an amount in that bucket (-1: everyone).
    void filterBucket(int bucket);
    /// Recomputes from the books.
    void refresh();
    /// Writes the CSV export (the interchange "Aging export") to a file.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

    QTableView *table() const { return m_table; }
    AgingFilterModel *filterModel() const { return m_filter; }
    AgingTableModel *tableModel() const { return m_model; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    void updateChart();
    void updateSummary();
    void chooseCsv();
    void choosePdf();
    void print();

    Ledger &m_ledger;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_basis = nullptr;
    AgingBarChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_showAll = nullptr;
    QTableView *m_table = nullptr;
    AgingTableModel *m_model = nullptr;
    AgingFilterModel *m_filter = nullptr;
    bool m_dirty = true;
};

} // namespace recoup
