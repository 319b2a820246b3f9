// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QVBoxLayout;

namespace recoup {

class BookMenu;
class CustomerDirectory;
class CustomerPage;
class CustomersPage;
class TodayPage;
class Database;
class IntegrityCheckThread;
class Ledger;
class OutsideChangeWatcher;

/// The window: the side bar of DESIGN.md, the pages, the menus (File, Edit,
/// Customer, View, Help) holding every action with its shortcut (the window's
/// own, Ctrl+F, Ctrl+N, Ctrl+P, and the pages'), and the book's totals in the
/// status bar. Its title is the book's file name, and the business's name once set.
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
    /// The keys of Quit: the platform's, or Ctrl+Q where it has none.
    static QList<QKeySequence> quitKeys();
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
    /// Help > Keyboard shortcuts (F1): every shortcut of the menus, read from their actions.
    void showShortcuts();
    /// Help > About: the version, the licence, the book's path and its format's version.
    void showAbout();
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
    /// The menus of the menu bar, in their order.
    QList<QMenu *> menus() const;
    /// Actions of the menus (the pages' own are in their actions()).
    QAction *quitAction() const { return m_quit; }
    /// File's New book, Open book, Open recent and Close book (a BookSwitcher answers them).
    BookMenu *bookMenu() const { return m_bookMenu; }
    QAction *printAction() const { return m_print; }
    QAction *newAction() const { return m_new; }
    QAction *paymentAction() const { return m_payment; }
    QAction *pageAction(Page page) const { return m_pageActions.value(page); }
    QStackedWidget *pages() const { return m_pages; }

Q_SIGNALS:
    /// Another book should be opened in the window's place (the demo book from the welcome page).
    void bookRequested(const QString &path);

private:
    void buildSideBar();
    void buildPages();
    void buildMenus();
    /// Enables the actions that make sense on the page shown, and names Ctrl+N's.
    void updateActions();
    void updateTitle();
    void print();
    QWidget *buildReadOnlyBanner(const QString &reason);
    /// The title and the banner, as the book is writable or not.
    void showWritable();
    void startIntegrityCheck();
    void updateTotals();
    /// "Today  7": the side bar says how many tasks wait.
    void showTaskCount(int tasks);
    /// What waits on a page, beside its name in the side bar; `meaning` in words for tips and screen readers.
    void showCount(Page page, const QString &count, const QString &meaning);
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
    BookMenu *m_bookMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_print = nullptr;
    QAction *m_new = nullptr;
    QAction *m_payment = nullptr;
    QAction *m_find = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace recoup
