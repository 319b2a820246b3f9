// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "book_menu.h"

#include "recent_books.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace recoup {

BookMenu::BookMenu(QMenu *file, bool closable) : QObject(file)
{
    m_newBook = file->addAction(tr("&New book…"));
    m_newBook->setObjectName(QStringLiteral("newBookAction"));
    // Ctrl+N is a new customer (the thing made most often); a book is made far less often.
    m_newBook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newBook, &QAction::triggered, this, &BookMenu::newBookRequested);
    m_open = file->addAction(tr("&Open book…"));
    m_open->setObjectName(QStringLiteral("openBookAction"));
    m_open->setShortcuts(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &BookMenu::openRequested);
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    m_recent->setToolTipsVisible(true);
    connect(m_recent, &QMenu::aboutToShow, this, &BookMenu::fillRecent);
    if (closable) {
        m_close = file->addAction(tr("&Close book"));
        m_close->setObjectName(QStringLiteral("closeBookAction"));
        m_close->setShortcuts(QKeySequence::Close);
        connect(m_close, &QAction::triggered, this, &BookMenu::closeRequested);
    }
}

void BookMenu::fillRecent()
{
    m_recent->clear();
    // Dropped books stay noted while this window lasts: the list kept forgets them at once.
    const QStringList books = RecentBooks::existing(&m_dropped);
    for (int i = 0; i < books.size(); ++i) {
        const QString &path = books.at(i);
        // "&1 shop.recoup": the digit opens it from the keyboard; the folder in the tip.
        QAction *action = m_recent->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
    }
    if (books.isEmpty())
        m_recent->addAction(tr("No recent books"))->setEnabled(false);
    if (!m_dropped.isEmpty()) {
        QStringList names;
        for (const QString &path : std::as_const(m_dropped))
            names << QDir::toNativeSeparators(path);
        m_recent->addSeparator();
        QAction *note = m_recent->addAction(
            tr("No longer found, removed from the list: %1").arg(names.join(QLatin1String(", "))));
        note->setObjectName(QStringLiteral("droppedNote"));
        note->setEnabled(false);
    }
}

} // namespace recoup
