// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace recoup {

class CustomerDirectory;
class CustomerPage;
class CustomersPage;
class TodayPage;
class Database;
class IntegrityCheckThread;
class Ledger;
class OutsideChangeWatcher;

/// The window: the side bar of DESIGN.md, the pages, the shortcuts that work
/// from anywhere (Ctrl+F, Ctrl+N, Ctrl+P) and the book's totals in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Side bar entries, in their order.
    enum Page { Today, Customers, Aging, Reconcile, Documents, Settings, PageCount };

    explicit MainWindow(Ledger &ledger, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// The book `recoup [BOOK]` opens: the argument, else the last one used, else the default.
    static QString bookToOpen(const QStringList &arguments);
    /// Where the default book lives (created on first run).
    static QString defaultBookPath();
    /// Where the demo book is made, beside the default book (as `scripts/run --demo` has it).
    static QString demoBookPath();
    /// Opens a book, creating the default one in the locale's currency when it is
    /// missing. Its integrity is checked on a thread once the window shows (or
    /// before the first write, if that comes first), not here.
    static Result<std::unique_ptr<Database>> openBook(const QString &path);
    /// Remembers the book for the next start.
    static void rememberBook(const QString &path);

    void showPage(Page page);
    void showCustomer(qint64 customerId);
    void focusSearch();
    void newCustomer();
    void recordPayment();
    /// Makes the demo book (200 made-up customers) unless it is there, then asks for it to be opened.
    void openDemoBook();

    TodayPage *todayPage() const { return m_today; }
    CustomersPage *customersPage() const { return m_customers; }
    CustomerPage *customerPage() const { return m_customer; }
    QLabel *totalsLabel() const { return m_totals; }
    /// The line across the top that says the book is read-only and why (null when it is not).
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    QListWidget *sideBar() const { return m_sideBar; }
    QStackedWidget *pages() const { return m_pages; }

Q_SIGNALS:
    /// Another book should be opened in the window's place (the demo book from the welcome page).
    void bookRequested(const QString &path);

private:
    void buildSideBar();
    void buildPages();
    void buildShortcuts();
    QWidget *buildReadOnlyBanner(const QString &reason);
    /// The title and the banner, as the book is writable or not.
    void showWritable();
    void startIntegrityCheck();
    void updateTotals();
    /// "Today  7": the side bar says how many tasks wait.
    void showTaskCount(int tasks);
    void newItem();

    Ledger &m_ledger;
    std::unique_ptr<CustomerDirectory> m_directory;
    QListWidget *m_sideBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    TodayPage *m_today = nullptr;
    CustomersPage *m_customers = nullptr;
    CustomerPage *m_customer = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    OutsideChangeWatcher *m_outsideChanges = nullptr;
    QVBoxLayout *m_column = nullptr;
    IntegrityCheckThread *m_integrityCheck = nullptr;
    bool m_openNewCustomer = false;
};

} // namespace recoup
