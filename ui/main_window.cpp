// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "book_menu.h"
#include "db/database.h"
#include "db/integrity_check_thread.h"
#include "dialogs/about_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/period_close_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "io/demo_book.h"
#include "ledger/business_details.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger.h"
#include "ledger/outside_change_watcher.h"
#include "models/display_text.h"
#include "pages/aging_page.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/documents_page.h"
#include "pages/placeholder_page.h"
#include "pages/receivables_page.h"
#include "pages/settings_page.h"
#include "pages/today_page.h"
#include "side_bar_delegate.h"
#include "window_placement.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

namespace {

const QString LastBookKey = QStringLiteral("book/last");

/// Ctrl+1 ... Ctrl+6: the side bar's pages in their order.
QKeySequence pageKeys(int page)
{
    return QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + page));
}

} // namespace

MainWindow::MainWindow(Ledger &ledger, QWidget *parent)
    : QMainWindow(parent),
      m_ledger(ledger),
      m_directory(std::make_unique<CustomerDirectory>(ledger.database(), ledger.clock()))
{
    const Database &db = ledger.database();
    buildSideBar();
    buildPages();
    auto *central = new QWidget(this);
    m_column = new QVBoxLayout(central);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_sideBar);
    row->addWidget(m_pages, 1);
    m_column->addLayout(row, 1);
    setCentralWidget(central);
    showWritable();
    if (db.integrityPending())
        startIntegrityCheck();

    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_totals, 1);
    buildMenus();
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    // Tab moves from control to control; in a list the arrows choose the row. A
    // table that is edited in place (the reminder steps) keeps Tab for its cells.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        if (view->editTriggers() == QAbstractItemView::NoEditTriggers)
            view->setTabKeyNavigation(false);

    connect(&m_ledger, &Ledger::customerAdded, this, [this](qint64 id) {
        if (std::exchange(m_openNewCustomer, false))
            showCustomer(id);
    });
    connect(&m_ledger, &Ledger::changed, this, &MainWindow::updateTotals);
    // The business's name (in the title) can change with the book's details.
    connect(&m_ledger, &Ledger::changed, this, &MainWindow::updateTitle);
    // Another program writing the book (a second counter): the window follows it.
    m_outsideChanges = new OutsideChangeWatcher(m_ledger, this);
    updateTotals();
    // The day starts with what must be chased today; a book with no customers yet
    // starts on the welcome page of the customer list.
    showPage(m_ledger.customerCount() > 0 ? Today : Customers);
    // Inside the screen's free area, title bar included (WindowPlacement restores the user's).
    if (const QScreen *shown = screen())
        resize(WindowPlacement::firstGeometry(shown->availableGeometry()).size());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSideBar()
{
    m_sideBar = new QListWidget(this);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setItemDelegate(new SideBarDelegate(m_sideBar));
    const QStringList names{ tr("Today"), tr("Customers"), tr("Aging"), tr("Reconcile"), tr("Documents"),
        tr("Settings") };
    // The desktop's icon theme first (freedesktop names), else Recoup's own.
    const char *const themeIcons[]{ "x-office-calendar", "x-office-address-book", "x-office-spreadsheet",
        "accessories-calculator", "x-office-document", "preferences-system" };
    const char *const ownIcons[]{ "today", "customers", "aging", "reconcile", "documents", "settings" };
    const int iconSize = m_sideBar->style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_sideBar->setIconSize(QSize(iconSize, iconSize));
    QFont font = m_sideBar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sideBar->setFont(font);
    int widest = 0;
    int widestCounted = 0; // of the pages that show a count
    for (int page = 0; page < PageCount; ++page) {
        const QString &name = names.at(page);
        auto *item = new QListWidgetItem(name, m_sideBar);
        item->setData(Qt::UserRole, name);
        item->setIcon(QIcon::fromTheme(QLatin1String(themeIcons[page]),
            QIcon(QStringLiteral(":/recoup/icons/%1.svg").arg(QLatin1String(ownIcons[page])))));
        item->setToolTip(tr("%1 (%2)").arg(name, pageKeys(page).toString(QKeySequence::NativeText)));
        const int width = m_sideBar->fontMetrics().horizontalAdvance(name);
        widest = std::max(widest, width);
        if (page == Today || page == Customers)
            widestCounted = std::max(widestCounted, width);
    }
    // Room for the widest name, and for a count beside the names that have one.
    const int countRoom = m_sideBar->fontMetrics().horizontalAdvance(tr("%1 overdue").arg(QLocale().toString(9999)));
    m_sideBar->setFixedWidth(iconSize + std::max(widest, widestCounted + countRoom) + 48);
    m_sideBar->setFrameShape(QFrame::NoFrame);
    connect(m_sideBar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount)
            m_pages->setCurrentIndex(row);
    });
}

void MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_today = new TodayPage(m_ledger, m_pages);
    m_pages->addWidget(m_today);
    connect(m_today, &TodayPage::countChanged, this, &MainWindow::showTaskCount);
    connect(m_today, &TodayPage::customerActivated, this, &MainWindow::showCustomer);
    m_customers = new CustomersPage(m_ledger, *m_directory, m_pages);
    m_pages->addWidget(m_customers);
    auto *aging = new ReceivablesPage(m_ledger, m_pages);
    m_pages->addWidget(aging);
    connect(aging, &ReceivablesPage::customerActivated, this, &MainWindow::showCustomer);
    m_pages->addWidget(new PlaceholderPage(tr("Reconcile"),
        tr("Match bank and mobile money deposits to customer payments, and close the month."), m_pages));
    m_pages->addWidget(new DocumentsPage(m_ledger, m_pages));
    m_pages->addWidget(new SettingsPage(m_ledger, m_pages));
    m_customer = new CustomerPage(m_ledger, m_pages);
    m_pages->addWidget(m_customer);
    connect(m_customers, &CustomersPage::customerActivated, this, &MainWindow::showCustomer);
    connect(m_customers, &CustomersPage::newCustomerRequested, this, &MainWindow::newCustomer);
    connect(m_customers, &CustomersPage::demoRequested, this, &MainWindow::openDemoBook);
    connect(m_customer, &CustomerPage::backRequested, this, [this] {
        showPage(Customers);
        m_customers->table()->setFocus();
    });
}

void MainWindow::showWritable()
{
    const Database &db = m_ledger.database();
    updateTitle();
    if (!db.isWritable() && !m_readOnlyBanner) {
        m_column->insertWidget(0, buildReadOnlyBanner(db.readOnlyReason()));
        // A widget added to a window already shown stays hidden until told.
        m_readOnlyBanner->show();
    }
}

void MainWindow::updateTitle()
{
    // "shop.recoup — Corner Hardware": the system adds " — Recoup" (the
    // application's display name) itself, so the title does not repeat it.
    const Database &db = m_ledger.database();
    const QString file = QFileInfo(db.path()).fileName();
    const QString business = BusinessDetails::load(db).name().trimmed();
    QString title = business.isEmpty() ? file : tr("%1 — %2").arg(file, business);
    if (!db.isWritable())
        title = tr("%1 (read-only)").arg(title);
    setWindowFilePath(db.path());
    setWindowTitle(title);
}

void MainWindow::startIntegrityCheck()
{
    // The window is usable at once; a damaged book turns read-only when the
    // check answers, and a write tried before that checks the book first.
    m_integrityCheck = new IntegrityCheckThread(m_ledger.database().path(), this);
    connect(m_integrityCheck, &QThread::finished, this, [this] {
        if (m_integrityCheck->error().isEmpty()) {
            m_ledger.database().settleIntegrity(m_integrityCheck->damage(), m_integrityCheck->problems());
            showWritable();
        }
    });
    m_integrityCheck->start(QThread::LowPriority);
}

QWidget *MainWindow::buildReadOnlyBanner(const QString &reason)
{
    // Seen before anything is tried: every change would be refused with the same words.
    m_readOnlyBanner = new QLabel(tr("Read-only: %1 Changes cannot be saved.").arg(reason), this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 8, 12, 8);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette palette = m_readOnlyBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xb2));
    palette.setColor(QPalette::WindowText, QColor(0x3c, 0x2f, 0x00));
    m_readOnlyBanner->setPalette(palette);
    m_readOnlyBanner->setAccessibleName(tr("Read-only book"));
    return m_readOnlyBanner;
}

void MainWindow::buildMenus()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = menu->addAction(text);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // The pages' own actions, found by name: each works on its page alone.
    const auto addPageActions = [this](QMenu *menu, QWidget *page, const QStringList &names) {
        const QString scope = page == m_today ? tr("On Today") : tr("On a customer's page");
        for (const QString &name : names) {
            if (auto *action = page->findChild<QAction *>(name + QLatin1String("Action"))) {
                action->setProperty(ShortcutsDialog::ScopeProperty, scope);
                menu->addAction(action);
            }
        }
    };
    const auto names = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_bookMenu = new BookMenu(file, true);
    file->addSeparator();
    // Ctrl+P records a payment (DESIGN.md); the aging, the page that prints, has
    // no payment to record, so there the same key prints, as it does elsewhere.
    m_print = add(file, tr("&Print…"), QKeySequence::Print, [this] { print(); });
    m_print->setProperty(ShortcutsDialog::ScopeProperty, tr("On the aging"));
    // The bookkeeper's month end: close the books through a day, or reopen them with a reason.
    QAction *closeBooks = add(file, tr("Close the &books…"), QKeySequence(), [this] {
        auto *dialog = new PeriodCloseDialog(m_ledger, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    closeBooks->setObjectName(QStringLiteral("closeBooksAction"));
    file->addSeparator();
    m_quit = add(file, tr("&Quit"), QKeySequence(), [] { QApplication::closeAllWindows(); });
    m_quit->setShortcuts(quitKeys());
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_find = add(edit, tr("&Find customer…"), QKeySequence::Find, [this] { focusSearch(); });
    edit->addSeparator();
    addPageActions(edit, m_customer, names("edit reverse"));

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->setObjectName(QStringLiteral("customerMenu"));
    m_new = add(customer, tr("New customer…"), QKeySequence::New, [this] { newItem(); });
    m_new->setProperty(ShortcutsDialog::ScopeProperty, tr("Anywhere; a new sale on a customer's page"));
    m_payment = add(customer, tr("Record payment…"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { recordPayment(); });
    m_payment->setProperty(ShortcutsDialog::ScopeProperty, tr("On Customers and a customer's page"));
    addPageActions(customer, m_customer, names("receipt statement message"));
    customer->addSeparator();
    addPageActions(customer, m_customer, names("logContact promise plan dispute reminders"));
    customer->addSeparator();
    addPageActions(customer, m_customer, names("credit agency legal writeOff pack"));
    customer->addSeparator();
    addPageActions(customer, m_today, names("done skip snooze lateFees"));
    customer->addSeparator();
    addPageActions(customer, m_customer, names("back"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int page = 0; page < PageCount; ++page) {
        // Ctrl+1 ... Ctrl+6, in the side bar's order.
        QAction *action = add(view, m_sideBar->item(page)->data(Qt::UserRole).toString(), pageKeys(page),
            [this, page] { showPage(Page(page)); });
        m_pageActions.append(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents, [this] { showShortcuts(); });
    help->addSeparator();
    QAction *about = add(help, tr("&About Recoup"), QKeySequence(), [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = add(help, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);
    updateActions();
}

QList<QMenu *> MainWindow::menus() const
{
    QList<QMenu *> found;
    for (QAction *action : menuBar()->actions())
        if (action->menu())
            found.append(action->menu());
    return found;
}

void MainWindow::updateActions()
{
    QWidget *shown = m_pages->currentWidget();
    const bool onCustomer = shown == m_customer;
    for (QAction *action : m_customer->actions())
        action->setEnabled(onCustomer);
    for (QAction *action : m_today->actions())
        action->setEnabled(shown == m_today);
    m_new->setText(onCustomer ? tr("New sale…") : tr("New customer…"));
    m_payment->setEnabled(onCustomer || shown == m_customers);
    // Never both on one page: Ctrl+P prints only where no payment can be recorded.
    m_print->setEnabled(qobject_cast<ReceivablesPage *>(shown) != nullptr);
}

void MainWindow::print()
{
    if (auto *receivables = qobject_cast<ReceivablesPage *>(m_pages->currentWidget()))
        receivables->aging()->print();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menus(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(&m_ledger.database(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showTaskCount(int tasks)
{
    showCount(Today, tasks > 0 ? QLocale().toString(tasks) : QString(),
        tasks == 1 ? tr("1 task waits") : tr("%1 tasks wait").arg(QLocale().toString(tasks)));
}

void MainWindow::showCount(Page page, const QString &count, const QString &meaning)
{
    QListWidgetItem *item = m_sideBar->item(page);
    const QString name = item->data(Qt::UserRole).toString();
    item->setData(SideBarDelegate::CountRole, count);
    item->setToolTip(tr("%1 (%2)").arg(
        count.isEmpty() ? name : tr("%1: %2").arg(name, meaning), pageKeys(page).toString(QKeySequence::NativeText)));
    // A screen reader says the count with its meaning, as the eye reads it.
    item->setData(Qt::AccessibleTextRole, count.isEmpty() ? name : tr("%1, %2").arg(name, meaning));
}

void MainWindow::showPage(Page page)
{
    m_sideBar->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

void MainWindow::showCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
    // The side bar keeps Customers highlighted: the customer page lives under it.
    const QSignalBlocker block(m_sideBar);
    m_sideBar->setCurrentRow(Customers);
    m_pages->setCurrentWidget(m_customer);
    m_customer->openItemsView()->setFocus();
}

void MainWindow::focusSearch()
{
    showPage(Customers);
    m_customers->focusSearch();
}

void MainWindow::newItem()
{
    // Ctrl+N means "new sale" on a customer's page and "new customer" elsewhere.
    if (m_pages->currentWidget() == m_customer)
        m_customer->newSale();
    else
        newCustomer();
}

void MainWindow::newCustomer()
{
    auto *dialog = new CustomerDialog(m_ledger, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // After a search that found nobody, the new customer starts as what was typed.
    if (m_pages->currentWidget() == m_customers)
        dialog->startWith(m_customers->newCustomerFromSearch());
    m_openNewCustomer = true;
    // The customer it saves is opened (customerAdded arrives before the dialog closes).
    connect(dialog, &QDialog::finished, this, [this] { m_openNewCustomer = false; });
    dialog->open();
}

void MainWindow::recordPayment()
{
    if (m_pages->currentWidget() == m_customer) {
        m_customer->recordPayment();
        return;
    }
    // From the list: for the highlighted customer, on their page.
    if (m_pages->currentWidget() == m_customers) {
        if (const qint64 id = m_customers->currentCustomerId()) {
            showCustomer(id);
            m_customer->recordPayment();
        }
    }
}

void MainWindow::openDemoBook()
{
    const QString path = demoBookPath();
    if (!QFileInfo::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            QMessageBox::warning(this, tr("The demo book could not be made"),
                tr("Recoup cannot create the folder for its book, “%1”.").arg(folder));
            return;
        }
        // Made as `recoup-cli demo` makes it, in this book's currency, dated today.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<DemoSummary> made = DemoBook::create(path, m_ledger.currency(), m_ledger.clock(), DemoOptions());
        QApplication::restoreOverrideCursor();
        if (!made) {
            QMessageBox::warning(this, tr("The demo book could not be made"), made.error());
            return;
        }
    }
    Q_EMIT bookRequested(path);
}

void MainWindow::updateTotals()
{
    const auto read = m_directory->totals();
    if (!read) {
        m_totals->setText(tr("The book's totals cannot be read. %1").arg(read.error()));
        showCount(Customers, QString(), QString());
        return;
    }
    const BookTotals &totals = read.value();
    // "Customers  12 overdue": who should be chased, at a glance from any page.
    const qint64 lateCount = totals.overdueCustomers;
    showCount(Customers, lateCount > 0 ? tr("%1 overdue").arg(QLocale().toString(lateCount)) : QString(),
        lateCount == 1 ? tr("1 customer overdue") : tr("%1 customers overdue").arg(QLocale().toString(lateCount)));
    const Currency &currency = m_ledger.currency();
    // Gross of credit, as the aging shows it: what customers owe, the overdue part
    // of that (so never above it), and their unapplied credit apart.
    m_totals->setText(
        tr("Total receivable %1 · overdue %2 (%3 %) · customer credit %4")
            .arg(DisplayText::money(totals.open, currency), DisplayText::money(totals.overdue, currency),
                QLocale().toString(totals.overduePercent()), DisplayText::money(totals.credit, currency)));
}

QList<QKeySequence> MainWindow::quitKeys()
{
    // Windows has no standard Quit (Alt+F4 closes a window there): Ctrl+Q, as on Linux desktops.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Quit);
    return keys.isEmpty() ? QList<QKeySequence>{ QKeySequence(Qt::CTRL | Qt::Key_Q) } : keys;
}

// ---- the book to open ------------------------------------------------------

QString MainWindow::defaultBookPath()
{
    // ~/.local/share/Recoup on Linux, where README.md and scripts/run say it is,
    // whatever the organisation and application names are set to.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Recoup/default.recoup");
}

QString MainWindow::demoBookPath()
{
    return QFileInfo(defaultBookPath()).absolutePath() + QStringLiteral("/demo.recoup");
}

QString MainWindow::bookToOpen(const QStringList &arguments)
{
    if (arguments.size() > 1 && !arguments.at(1).isEmpty())
        return QFileInfo(arguments.at(1)).absoluteFilePath();
    const QString last = QSettings().value(LastBookKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return defaultBookPath();
}

Result<std::unique_ptr<Database>> MainWindow::openBook(const QString &path)
{
    if (QFileInfo::exists(path) || path != defaultBookPath())
        return Database::open(
            path, Database::Access::ReadWrite, Migration::builtIn(), Database::Integrity::CheckBeforeFirstWrite);
    // First run: an empty book in the currency of the user's country.
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ tr("Recoup cannot create the folder for its book, “%1”.").arg(QFileInfo(path).absolutePath()) };
    return Database::create(path, Currency::forLocale(QLocale()));
}

void MainWindow::rememberBook(const QString &path)
{
    QSettings().setValue(LastBookKey, path);
}

} // namespace recoup
