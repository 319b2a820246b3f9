// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;

namespace recoup {

class BookMenu;

/// The window when no book is open (after File > Close book, or when the book
/// to open at start could not be): make a book, open one, or pick a recent one.
class StartWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit StartWindow(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StartWindow)

    BookMenu *bookMenu() const { return m_books; }
    /// The recent books, Enter opens the highlighted one.
    QListWidget *recentList() const { return m_recent; }
    QList<QMenu *> menus() const;
    /// Lists the recent books again.
    void fillRecent();

private:
    BookMenu *m_books = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_dropped = nullptr;
};

} // namespace recoup
