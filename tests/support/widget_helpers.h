// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header only: the GUI tests link the widgets, the support library does not.
#include <QApplication>
#include <QDialog>
#include <QTest>

namespace recoup::test {

/// The child widget of that object name; a missing one fails the test run.
template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

/// Shows the dialog as a user would see it, with keyboard focus in it.
inline bool showAndFocus(QDialog &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    return QTest::qWaitForWindowActive(&dialog);
}

} // namespace recoup::test
