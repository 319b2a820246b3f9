// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window_placement.h"

#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QWindow>

namespace recoup {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter/%1");

QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
        frame.bottom() - inner.bottom());
    return margins.isNull() ? WindowPlacement::assumedFrame() : margins;
}

QList<QSplitter *> namedSplitters(const QMainWindow *window)
{
    QList<QSplitter *> found;
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            found.append(splitter);
    return found;
}

} // namespace

WindowPlacement::WindowPlacement(QMainWindow *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

void WindowPlacement::track(QMainWindow *window)
{
    restore(window);
    new WindowPlacement(window);
}

QRect WindowPlacement::firstGeometry(const QRect &available, const QMargins &frame)
{
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = QSize(1366, 768).boundedTo(room);
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    // The frame's top (the title bar) is never above the available area.
    geometry.moveTop(std::max(geometry.top(), available.top() + frame.top()));
    geometry.moveLeft(std::max(geometry.left(), available.left() + frame.left()));
    return geometry;
}

void WindowPlacement::restore(QMainWindow *window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    // restoreGeometry() keeps a saved place inside the screens as they are now.
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        const QScreen *screen = window->screen();
        if (screen)
            window->setGeometry(firstGeometry(screen->availableGeometry(), WindowPlacement::assumedFrame()));
    }
    window->restoreState(settings.value(StateKey).toByteArray());
    for (QSplitter *splitter : namedSplitters(window))
        splitter->restoreState(settings.value(SplitterKey.arg(splitter->objectName())).toByteArray());
    if (!window->isMaximized() && !window->isFullScreen())
        fitIntoScreen(window);
}

void WindowPlacement::save(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
    for (QSplitter *splitter : namedSplitters(window))
        settings.setValue(SplitterKey.arg(splitter->objectName()), splitter->saveState());
}

void WindowPlacement::fitIntoScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameOf(window);
    QRect geometry = window->geometry();
    geometry.setSize(geometry.size().boundedTo(available.size().shrunkBy(frame)));
    // Then inside, the title bar first: it is what the user drags.
    geometry.moveRight(std::min(geometry.right(), available.right() - frame.right()));
    geometry.moveBottom(std::min(geometry.bottom(), available.bottom() - frame.bottom()));
    geometry.moveLeft(std::max(geometry.left(), available.left() + frame.left()));
    geometry.moveTop(std::max(geometry.top(), available.top() + frame.top()));
    if (geometry != window->geometry())
        window->setGeometry(geometry);
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Close) {
            save(m_window);
        } else if (event->type() == QEvent::Show) {
            // Once shown the window manager has framed it: check again with the real frame.
            QTimer::singleShot(0, m_window, [window = m_window] { fitIntoScreen(window); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace recoup
