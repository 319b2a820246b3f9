// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace recoup {

/// The books part of a window's File menu: New book (Ctrl+Shift+N), Open book
/// (the platform's Open), Open recent (the last five, numbered; books no longer
/// found are dropped from it with a note), and Close book. It only asks: the
/// BookSwitcher does the opening.
class BookMenu final : public QObject
{
    Q_OBJECT
public:
    /// Adds the actions to `file`, whose window they work in; `closable`: with Close book.
    BookMenu(QMenu *file, bool closable);
    Q_DISABLE_COPY_MOVE(BookMenu)

    QAction *newBookAction() const { return m_newBook; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    /// Null when the menu has no Close book.
    QAction *closeAction() const { return m_close; }
    /// Fills Open recent from the books kept (done each time it opens).
    void fillRecent();

Q_SIGNALS:
    void newBookRequested();
    void openRequested();
    void openRecentRequested(const QString &path);
    void closeRequested();

private:
    QAction *m_newBook = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_close = nullptr;
    QStringList m_dropped;
};

} // namespace recoup
