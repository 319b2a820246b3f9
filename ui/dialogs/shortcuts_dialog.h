// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenu;
class QTreeWidget;

namespace recoup {

/// Help > Keyboard shortcuts: every shortcut of the window, read from the
/// actions of its menus (so it can never disagree with them), menu by menu,
/// with where each works. Alt and a letter opens each menu.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

    /// The property that says where an action works ("On a customer's page");
    /// none: anywhere in the window.
    static constexpr const char *ScopeProperty = "recoupScope";

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace recoup
