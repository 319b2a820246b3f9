// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "side_bar_delegate.h"

#include <QApplication>
#include <QPainter>

namespace recoup {

namespace {

constexpr int Gap = 12;

} // namespace

void SideBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString count = index.data(CountRole).toString();
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (count.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row as the style draws it, its text short of the count's room.
    QFont small = item.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const int countWidth = QFontMetrics(small).horizontalAdvance(count) + Gap;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem row = item;
    row.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    QRect countRect = textRect;
    countRect.setLeft(textRect.right() - countWidth);
    textRect.setRight(countRect.left());
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(item.palette.color(QPalette::Active, role));
    painter->setFont(item.font);
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter),
        item.fontMetrics.elidedText(item.text, Qt::ElideRight, textRect.width()));
    painter->setFont(small);
    painter->drawText(countRect.adjusted(0, 0, -Gap / 2, 0), int(Qt::AlignRight | Qt::AlignVCenter), count);
    painter->restore();
}

void SideBarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!(option->state & QStyle::State_Selected) || option->icon.isNull())
        return;
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap pixmap = option->icon.pixmap(option->decorationSize, ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), option->palette.color(QPalette::Active, QPalette::HighlightedText));
    painter.end();
    QIcon tinted;
    tinted.addPixmap(pixmap, QIcon::Normal);
    tinted.addPixmap(pixmap, QIcon::Selected);
    option->icon = tinted;
}

QSize SideBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = index.data(CountRole).toString();
    if (!count.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(count) + Gap;
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 16));
    return size;
}

} // namespace recoup
