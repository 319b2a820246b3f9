// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/aging_table_model.h"

#include "charts/bucket_palette.h"
#include "models/display_text.h"

#include <QFont>

namespace recoup {

AgingTableModel::AgingTableModel(QObject *parent) : KeyedTableModel(parent), m_lines(linesOf(m_report)) { }

QList<AgingLine> AgingTableModel::linesOf(const AgingReport &report)
{
    QList<AgingLine> lines = report.customers();
    lines.append(report.total());
    return lines;
}

void AgingTableModel::setReport(const AgingReport &report, const Currency &currency)
{
    // The same columns: only the rows that differ change, the view keeps its place.
    const bool sameColumns = report.options().buckets == m_report.options().buckets && currency == m_currency;
    const QList<AgingLine> next = linesOf(report);
    if (sameColumns && !m_lines.isEmpty()) {
        m_report = report;
        if (patchRows(m_lines, next, [](const AgingLine &line) { return line.customerId; }))
            return;
    }
    beginResetModel();
    m_report = report;
    m_currency = currency;
    m_lines = next;
    endResetModel();
}

int AgingTableModel::bucketOf(int column) const
{
    const int bucket = column - FirstBucket;
    return bucket >= 0 && bucket < m_report.options().buckets.count() ? bucket : -1;
}

int AgingTableModel::creditColumn() const
{
    return FirstBucket + m_report.options().buckets.count();
}

int AgingTableModel::balanceColumn() const
{
    return creditColumn() + 1;
}

int AgingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AgingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : balanceColumn() + 1;
}

qint64 AgingTableModel::amount(const AgingLine &l, int column) const
{
    if (const int bucket = bucketOf(column); bucket >= 0)
        return l.buckets.value(bucket);
    if (column == creditColumn())
        return l.credit;
    return l.balance();
}

QVariant AgingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AgingLine &l = m_lines.at(index.row());
    const bool total = l.customerId == 0;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return total ? QString() : l.ref;
        if (column == 1)
            return total ? tr("Total") : l.name;
        if (amount(l, column) == 0 && column != balanceColumn())
            return QString();
        // A balance below zero is credit, said in words (the credit column is never negative).
        return column == balanceColumn() ? DisplayText::balance(amount(l, column), m_currency)
                                         : DisplayText::money(amount(l, column), m_currency);
    case RawValueRole:
        if (column == 0)
            return l.ref;
        if (column == 1)
            return l.name;
        return amount(l, column);
    case Qt::TextAlignmentRole:
        return column >= FirstBucket ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total || column == balanceColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Overdue buckets in the warm colour of their age; the number is there too.
        if (const int bucket = bucketOf(column); bucket > 0 && amount(l, column) != 0)
            return DisplayText::lateColor(bucket == 1 ? 1 : 31);
        return {};
    case CustomerIdRole:
        return l.customerId;
    case IsTotalRole:
        return total;
    default:
        return {};
    }
}

QVariant AgingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= FirstBucket ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DecorationRole) {
        if (const int bucket = bucketOf(section); bucket >= 0)
            return BucketPalette::color(bucket, m_report.options().buckets.count());
        return {};
    }
    if (role == Qt::ToolTipRole && bucketOf(section) >= 0)
        return tr("Click to show only the customers with an amount in this column");
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Ref");
    if (section == 1)
        return tr("Customer");
    if (const int bucket = bucketOf(section); bucket >= 0)
        return m_report.options().buckets.titles().value(bucket);
    if (section == creditColumn())
        return tr("Credit");
    return tr("Balance");
}

AgingFilterModel::AgingFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgingTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AgingFilterModel::setBucket(int bucket)
{
    m_bucket = bucket;
    invalidateFilter();
}

bool AgingFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_bucket < 0)
        return true;
    const QModelIndex cell = sourceModel()->index(row, AgingTableModel::bucketColumn(m_bucket), parent);
    return cell.data(AgingTableModel::IsTotalRole).toBool()
        || cell.data(AgingTableModel::RawValueRole).toLongLong() != 0;
}

bool AgingFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The totals row stays last whichever way the column is sorted.
    const bool leftTotal = left.data(AgingTableModel::IsTotalRole).toBool();
    const bool rightTotal = right.data(AgingTableModel::IsTotalRole).toBool();
    if (leftTotal || rightTotal)
        return (sortOrder() == Qt::AscendingOrder) ? rightTotal && !leftTotal : leftTotal && !rightTotal;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace recoup
