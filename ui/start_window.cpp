// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "start_window.h"

#include "book_menu.h"
#include "dialogs/about_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "main_window.h"
#include "recent_books.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace recoup {

StartWindow::StartWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("No book open"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_books = new BookMenu(file, false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(MainWindow::quitKeys());
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, [] { QApplication::closeAllWindows(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setShortcuts(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menus(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *about = help->addAction(tr("&About Recoup"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *central = new QWidget(this);
    auto *heading = new QLabel(tr("No book is open"), central);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(tr("Open the book of your business, or make a new one."), central);
    text->setWordWrap(true);
    const auto keysOf = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    auto *open = new QPushButton(tr("Open book…   %1").arg(keysOf(m_books->openAction())), central);
    auto *make = new QPushButton(tr("New book…   %1").arg(keysOf(m_books->newBookAction())), central);
    connect(open, &QPushButton::clicked, m_books->openAction(), &QAction::trigger);
    connect(make, &QPushButton::clicked, m_books->newBookAction(), &QAction::trigger);
    auto *recentLabel = new QLabel(tr("&Recent books"), central);
    m_recent = new QListWidget(central);
    m_recent->setObjectName(QStringLiteral("recentList"));
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT m_books->openRecentRequested(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(make);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    m_dropped = new QLabel(central);
    m_dropped->setObjectName(QStringLiteral("droppedNote"));
    m_dropped->setTextFormat(Qt::PlainText);
    m_dropped->setWordWrap(true);
    m_dropped->hide();
    layout->addWidget(m_dropped);
    setCentralWidget(central);
    fillRecent();
    resize(640, 420);
}

QList<QMenu *> StartWindow::menus() const
{
    QList<QMenu *> found;
    for (QAction *action : menuBar()->actions())
        if (action->menu())
            found.append(action->menu());
    return found;
}

void StartWindow::fillRecent()
{
    m_recent->clear();
    QStringList dropped;
    for (const QString &path : RecentBooks::existing(&dropped)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (!dropped.isEmpty()) {
        for (QString &path : dropped)
            path = QDir::toNativeSeparators(path);
        m_dropped->setText(tr("No longer found, removed from the list: %1").arg(dropped.join(QLatin1String(", "))));
        m_dropped->show();
    }
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
        m_recent->setFocus();
    }
}

} // namespace recoup
