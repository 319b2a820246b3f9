// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/choice_delegate.h"

#include <QComboBox>

namespace recoup {

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, key] : m_choices)
        combo->addItem(label, key);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, qobject_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace recoup
