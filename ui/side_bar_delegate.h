// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace recoup {

/// Draws a side bar entry: its icon and name, and on the right what waits
/// there ("7", "12 overdue") from CountRole, in words and figures, not colour.
class SideBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The text drawn at the right of an entry (empty: none).
    static constexpr int CountRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// The selected entry's icon in the selected text's colour: the style's own
    /// tint of a grey icon on the highlight can hardly be seen.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace recoup
