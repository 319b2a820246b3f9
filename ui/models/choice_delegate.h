// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace recoup {

/// Edits a cell by choosing from a list: the view shows the label, the model
/// keeps the key (its EditRole value).
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The choices as (label, key).
    ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<std::pair<QString, QString>> m_choices;
};

} // namespace recoup
