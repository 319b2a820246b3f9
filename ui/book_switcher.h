// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QWidget;

namespace recoup {

class BookMenu;
class Clock;
class Database;
class MainWindow;
class StartWindow;
struct NewBook;

/// The book open in the window, and the window on it: File > New book, Open
/// book, Open recent and Close book come here. A new book gets a new window
/// (the pages are built on one book), shown where the last one was; the one
/// before closes only once the new book has opened, so a book that cannot be
/// opened (not a book, locked, newer, damaged beyond reading) is refused with
/// the reason and the book open stays open, as it was.
class BookSwitcher final : public QObject
{
    Q_OBJECT
public:
    explicit BookSwitcher(const Clock &clock, QObject *parent = nullptr);
    ~BookSwitcher() override;
    Q_DISABLE_COPY_MOVE(BookSwitcher)

    /// Opens the book in the window; false (and the reason shown) when it cannot.
    bool open(const QString &path);
    /// Makes the book (its business's name kept in the book) and opens it.
    Result<void> create(const NewBook &book);
    /// Closes the book: the start window offers to open or make one.
    void close();

    /// The window on the open book (null when none is open).
    MainWindow *window() const;
    /// The open book (null when none is open).
    Database *database() const;
    /// The window shown when no book is open (null while one is).
    StartWindow *startWindow() const;
    /// The window in front: the book's, or the start window.
    QWidget *front() const;

    /// File > Open book: the file dialog, then open().
    void chooseAndOpen();
    /// File > New book: the dialog, which makes the book through create().
    void chooseNewBook();

Q_SIGNALS:
    /// A book was refused, with the message shown.
    void refused(const QString &message);

private:
    struct OpenBook;
    void adopt(std::unique_ptr<OpenBook> book);
    void connectMenu(BookMenu *menu);
    /// Closes the window of the book open and frees the book once the window is gone.
    void retire();
    void showStart();
    void refuse(const QString &path, const QString &reason);

    const Clock &m_clock;
    std::unique_ptr<OpenBook> m_book;
    std::vector<std::unique_ptr<OpenBook>> m_retired;
    QPointer<StartWindow> m_start;
};

} // namespace recoup
