// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "db/database.h"
#include "db/integrity_check_thread.h"
#include "dialogs/customer_dialog.h"
#include "io/demo_book.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger.h"
#include "ledger/outside_change_watcher.h"
#include "models/display_text.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/placeholder_page.h"
#include "pages/receivables_page.h"
#include "pages/settings_page.h"
#include "pages/today_page.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

namespace {

const QString LastBookKey = QStringLiteral("book/last");

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
    buildShortcuts();

    connect(&m_ledger, &Ledger::customerAdded, this, [this](qint64 id) {
        if (std::exchange(m_openNewCustomer, false))
            showCustomer(id);
    });
    connect(&m_ledger, &Ledger::changed, this, &MainWindow::updateTotals);
    // Another program writing the book (a second counter): the window follows it.
    m_outsideChanges = new OutsideChangeWatcher(m_ledger, this);
    updateTotals();
    // The day starts with what must be chased today; a book with no customers yet
    // starts on the welcome page of the customer list.
    showPage(m_ledger.customerCount() > 0 ? Today : Customers);
    resize(1366, 768);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSideBar()
{
    m_sideBar = new QListWidget(this);
    const QStringList names{ tr("Today"), tr("Customers"), tr("Aging"), tr("Reconcile"), tr("Documents"),
        tr("Settings") };
    int widest = 0;
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_sideBar);
        item->setSizeHint(QSize(0, m_sideBar->fontMetrics().height() + 16));
        widest = std::max(widest, m_sideBar->fontMetrics().horizontalAdvance(name));
    }
    QFont font = m_sideBar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sideBar->setFont(font);
    m_sideBar->setFixedWidth(widest + 64);
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
    m_pages->addWidget(new PlaceholderPage(
        tr("Documents"), tr("Receipts, statements, reminder letters and the outbox of messages to send."), m_pages));
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
    const QString file = QFileInfo(db.path()).fileName();
    setWindowTitle(db.isWritable() ? tr("Recoup — %1").arg(file) : tr("Recoup — %1 (read-only)").arg(file));
    if (!db.isWritable() && !m_readOnlyBanner) {
        m_column->insertWidget(0, buildReadOnlyBanner(db.readOnlyReason()));
        // A widget added to a window already shown stays hidden until told.
        m_readOnlyBanner->show();
    }
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

void MainWindow::buildShortcuts()
{
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("Search customers"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] { focusSearch(); });
    add(tr("New"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newItem(); });
    add(tr("Record payment"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { recordPayment(); });
}

void MainWindow::showTaskCount(int tasks)
{
    QListWidgetItem *item = m_sideBar->item(Today);
    item->setText(tasks > 0 ? QStringLiteral("%1  %2").arg(tr("Today"), QLocale().toString(tasks)) : tr("Today"));
    item->setToolTip(tasks == 1 ? tr("1 task waits") : tr("%1 tasks wait").arg(QLocale().toString(tasks)));
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
        return;
    }
    const BookTotals &totals = read.value();
    const Currency &currency = m_ledger.currency();
    // Gross of credit, as the aging shows it: what customers owe, the overdue part
    // of that (so never above it), and their unapplied credit apart.
    m_totals->setText(
        tr("Total receivable %1 · overdue %2 (%3 %) · customer credit %4")
            .arg(DisplayText::money(totals.open, currency), DisplayText::money(totals.overdue, currency),
                QLocale().toString(totals.overduePercent()), DisplayText::money(totals.credit, currency)));
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
