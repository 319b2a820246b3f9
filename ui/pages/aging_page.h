// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_report.h"
#include "aging/book_reader.h"

#include <QWidget>

#include <memory>

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
    ~AgingPage() override;
    Q_DISABLE_COPY_MOVE(AgingPage)

    void setAsOf(const QDate &date);
    QDate asOf() const;
    /// Shows only customers with an amount in that bucket (-1: everyone).
    void filterBucket(int bucket);
    /// Recomputes from the books, off the GUI thread: the page is busy until the
    /// aging arrives (refreshed()); a newer request supersedes one still running.
    void refresh();
    bool isBusy() const { return m_busy; }
    /// Writes the CSV export (the interchange "Aging export") to a file.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;
    /// Prints the aging shown (the print dialog first).
    void print();

    QTableView *table() const { return m_table; }
    AgingFilterModel *filterModel() const { return m_filter; }
    AgingTableModel *tableModel() const { return m_model; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);
    /// The aging of the latest request is shown (or its error).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildControls();
    void setBusy(bool busy);
    void showReport(const Result<AgingReport> &report, const AgingOptions &options);
    void updateChart();
    void updateSummary();
    void chooseCsv();
    void choosePdf();

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
    QLabel *m_busyLabel = nullptr;
    bool m_dirty = true;
    bool m_busy = false;
    std::unique_ptr<BookReader> m_reader;
    BookReader::Ticket m_ticket;
};

} // namespace recoup
