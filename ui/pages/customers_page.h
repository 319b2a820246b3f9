// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/customer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace recoup {

class Currency;
class CustomerDirectory;
class CustomerListModel;
class Ledger;
class WelcomePage;

/// The customer list: a search field that filters as you type, the sortable
/// table and its count, and what to do when there is nothing to show (in a
/// book with no customers yet, the welcome page with the ways to start).
class CustomersPage final : public QWidget
{
    Q_OBJECT
public:
    CustomersPage(Ledger &ledger, const CustomerDirectory &directory, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomersPage)

    /// Puts the cursor in the search field with its text selected.
    void focusSearch();
    /// The customer of the current row, 0 if none.
    qint64 currentCustomerId() const;
    /// What a new customer starts with after a search that matched nobody: the
    /// typed name (or phone); empty when the search found someone.
    CustomerInput newCustomerFromSearch() const;
    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QLabel *emptyLabel() const { return m_empty; }
    /// Which customers are shown: all, owing, overdue, at a ladder step, disputed, promised, on a plan.
    QComboBox *shownBox() const { return m_shown; }
    /// Shown instead of the list while the book has no customers.
    WelcomePage *welcomePage() const { return m_welcome; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);
    /// From the welcome page: the window adds a customer, or opens the demo book.
    void newCustomerRequested();
    void demoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTable(const Currency &currency);
    void updateCounts();
    void fillShownBox();
    /// Applies the choice of the "Show" box (the customers at a step are read from the worklist).
    void applyShown();
    void openCurrent();
    /// Highlights a row (the last one when past the end), fetching rows as needed.
    void moveCurrent(int row);
    void keepCurrent(qint64 customerId);

    CustomerListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_shown = nullptr;
    QLabel *m_shownLabel = nullptr;
    Ledger &m_ledger;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_stack = nullptr;
    qint64 m_currentBeforeReset = 0;
};

} // namespace recoup
