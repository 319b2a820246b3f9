// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "book_switcher.h"

#include "book_menu.h"
#include "db/database.h"
#include "dialogs/new_book_dialog.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"
#include "main_window.h"
#include "recent_books.h"
#include "start_window.h"
#include "window_placement.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace recoup {

/// One open book: the file, the ledger on it and the window on the ledger,
/// freed in that order's reverse.
struct BookSwitcher::OpenBook
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Ledger> ledger;
    QPointer<MainWindow> window;

    ~OpenBook() { delete window.data(); }
};

BookSwitcher::BookSwitcher(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) { }

BookSwitcher::~BookSwitcher()
{
    delete m_start.data();
}

MainWindow *BookSwitcher::window() const
{
    return m_book ? m_book->window.data() : nullptr;
}

Database *BookSwitcher::database() const
{
    return m_book ? m_book->db.get() : nullptr;
}

StartWindow *BookSwitcher::startWindow() const
{
    return m_start.data();
}

QWidget *BookSwitcher::front() const
{
    if (MainWindow *shown = window())
        return shown;
    return m_start.data();
}

bool BookSwitcher::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_book && QFileInfo(m_book->db->path()) == QFileInfo(absolute)) {
        // Already open: the window comes forward instead of a second one on the same book.
        m_book->window->raise();
        m_book->window->activateWindow();
        return true;
    }
    auto db = MainWindow::openBook(absolute);
    if (!db) {
        refuse(absolute, db.error());
        return false;
    }
    auto book = std::make_unique<OpenBook>();
    book->db = std::move(db.value());
    adopt(std::move(book));
    return true;
}

Result<void> BookSwitcher::create(const NewBook &made)
{
    if (!QDir().mkpath(QFileInfo(made.path).absolutePath()))
        return Error{ tr("The folder “%1” cannot be made.").arg(QFileInfo(made.path).absolutePath()) };
    auto db = Database::create(made.path, made.currency);
    if (!db)
        return Error{ db.error() };
    auto book = std::make_unique<OpenBook>();
    book->db = std::move(db.value());
    if (!made.businessName.isEmpty()) {
        // Named as the Settings page names it: by the business details, with an
        // audit record of who named it and when.
        Ledger ledger(*book->db, m_clock);
        BusinessDetails details = BusinessDetails::load(*book->db);
        details.setValue(BusinessDetails::Name, made.businessName);
        if (auto named = details.save(ledger); !named)
            return named;
    }
    adopt(std::move(book));
    return {};
}

void BookSwitcher::adopt(std::unique_ptr<OpenBook> book)
{
    const QString path = book->db->path();
    book->ledger = std::make_unique<Ledger>(*book->db, m_clock);
    // The window on the book before saves where it was, so the new one opens there.
    if (MainWindow *before = window())
        WindowPlacement::save(before);
    book->window = new MainWindow(*book->ledger);
    connectMenu(book->window->bookMenu());
    // The welcome page's demo book is opened as any other book.
    connect(book->window, &MainWindow::bookRequested, this, &BookSwitcher::open);
    WindowPlacement::track(book->window);
    // Shown before the one before closes: the program ends when its last window does.
    book->window->show();
    book->window->activateWindow();
    retire();
    m_book = std::move(book);
    if (m_start) {
        m_start->close();
        m_start->deleteLater();
    }
    RecentBooks::add(path);
    MainWindow::rememberBook(path);
}

void BookSwitcher::retire()
{
    if (!m_book)
        return;
    MainWindow *old = m_book->window;
    m_retired.push_back(std::move(m_book));
    if (!old) {
        m_retired.pop_back();
        return;
    }
    // The window may be inside one of its own menus' slots: it goes once that returns,
    // and its book (which its pages use to the last) after it.
    OpenBook *retired = m_retired.back().get();
    connect(old, &QObject::destroyed, this, [this, retired] {
        QTimer::singleShot(0, this, [this, retired] {
            std::erase_if(m_retired, [retired](const auto &book) { return book.get() == retired; });
        });
    });
    old->close();
    old->deleteLater();
}

void BookSwitcher::close()
{
    if (!m_book)
        return;
    showStart();
    retire();
}

void BookSwitcher::showStart()
{
    if (!m_start) {
        m_start = new StartWindow;
        connectMenu(m_start->bookMenu());
    }
    m_start->fillRecent();
    m_start->show();
    m_start->activateWindow();
}

void BookSwitcher::connectMenu(BookMenu *menu)
{
    connect(menu, &BookMenu::newBookRequested, this, &BookSwitcher::chooseNewBook);
    connect(menu, &BookMenu::openRequested, this, &BookSwitcher::chooseAndOpen);
    connect(menu, &BookMenu::openRecentRequested, this, [this](const QString &path) {
        if (!QFileInfo(path).isFile()) {
            RecentBooks::remove(path);
            refuse(path,
                tr("There is no book at “%1” any more; it was removed from the recent books.")
                    .arg(QDir::toNativeSeparators(path)));
            return;
        }
        open(path);
    });
    connect(menu, &BookMenu::closeRequested, this, &BookSwitcher::close);
}

void BookSwitcher::chooseAndOpen()
{
    const QString folder = m_book ? QFileInfo(m_book->db->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(front(), tr("Open book"), folder, tr("Recoup books (*.recoup);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void BookSwitcher::chooseNewBook()
{
    const QString folder = m_book ? QFileInfo(m_book->db->path()).absolutePath()
                                  : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new NewBookDialog(
        folder, [this](const NewBook &book) { return create(book); }, front());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BookSwitcher::refuse(const QString &path, const QString &reason)
{
    const QString message
        = m_book ? tr("%1\n\nThe book “%2” stays open.").arg(reason, QFileInfo(m_book->db->path()).fileName()) : reason;
    if (!front())
        showStart();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Recoup cannot open “%1”").arg(QFileInfo(path).fileName()),
        message, QMessageBox::Ok, front());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT refused(message);
}

} // namespace recoup
