// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recoup {

namespace {

/// "&Print…" -> "Print…" ("&&" stays one "&").
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QChar(0x1));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1), QLatin1Char('&'));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QLatin1String(", "));
}

void addMenuActions(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuActions(group, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        const QString scope = action->property(ShortcutsDialog::ScopeProperty).toString();
        auto *row = new QTreeWidgetItem(group,
            { keysText(action->shortcuts()), withoutMnemonic(action->text()),
                scope.isEmpty() ? ShortcutsDialog::tr("Anywhere") : scope });
        row->setData(0, Qt::UserRole, QVariant::fromValue(action));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("Every action is in the menus; these keys reach them directly."), this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({ tr("Keys"), tr("Action"), tr("Where") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *opening = new QTreeWidgetItem(m_tree, { tr("Menus") });
    for (const QMenu *menu : menus) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(menu->title());
        if (!mnemonic.isEmpty())
            new QTreeWidgetItem(opening,
                { mnemonic.toString(QKeySequence::NativeText),
                    tr("Open the %1 menu").arg(withoutMnemonic(menu->title())), tr("Anywhere") });
    }
    for (const QMenu *menu : menus) {
        auto *group = new QTreeWidgetItem(m_tree, { withoutMnemonic(menu->title()) });
        addMenuActions(group, menu);
        if (group->childCount() == 0)
            delete group;
    }
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 560);
    m_tree->setFocus();
}

} // namespace recoup
