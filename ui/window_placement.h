// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>

class QMainWindow;
class QWidget;

namespace recoup {

/// Where the window goes: the first time inside the screen's available area
/// (never larger, room left for the title bar), afterwards as the user left it
/// (size, position, maximised, the sizes of its splitters, kept in QSettings),
/// and always moved and shrunk back inside the screen when it got smaller.
class WindowPlacement final : public QObject
{
    Q_OBJECT
public:
    /// Restores the window's placement now and saves it whenever the window closes.
    static void track(QMainWindow *window);
    /// The placement of a first run: at most 1366x768, inside `available`,
    /// leaving `frame` (title bar and borders) inside it too, centred.
    static QRect firstGeometry(const QRect &available, const QMargins &frame = assumedFrame());
    /// Before the window manager has framed the window its frame is unknown:
    /// a title bar and thin borders, as most desktops draw them.
    static QMargins assumedFrame() { return { 4, 32, 4, 4 }; }
    static void restore(QMainWindow *window);
    static void save(const QMainWindow *window);
    /// Moves and shrinks the window so its frame is inside its screen's available area.
    static void fitIntoScreen(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowPlacement(QMainWindow *window);
    QMainWindow *m_window;
};

} // namespace recoup
