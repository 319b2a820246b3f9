// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/row_diff.h"

#include <QAbstractTableModel>
#include <QHash>

namespace recoup {

/// A table whose rows are known by a key (an id). When the book changes it
/// reads the rows again and applies only the difference: rows removed, moved,
/// inserted, and dataChanged for the rows whose figures changed. Views keep
/// their selection, current row, sort and scroll position; a difference of
/// more than LargeChange rows resets instead, which is cheaper for a view.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Rows changed beyond which a reset is cheaper than the difference.
    static constexpr int LargeChange = 300;

    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Makes `rows` equal to `next`, signal by signal. Returns false, leaving
    /// `rows` untouched, when more than `limit` rows would change: reset then.
    template <typename Row, typename KeyOf>
    bool patchRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, int limit = LargeChange);

private:
    template <typename Row, typename KeyOf>
    static QList<qint64> keys(const QList<Row> &rows, KeyOf keyOf);
    template <typename Row, typename KeyOf>
    static qsizetype changedCount(const QList<Row> &rows, const QList<Row> &next, KeyOf keyOf);
    template <typename Row>
    void applyMoves(QList<Row> &rows, const RowDiff &diff);
    void rowChanged(int row);
};

template <typename Row, typename KeyOf>
QList<qint64> KeyedTableModel::keys(const QList<Row> &rows, KeyOf keyOf)
{
    QList<qint64> keys;
    keys.reserve(rows.size());
    for (const Row &row : rows)
        keys.append(keyOf(row));
    return keys;
}

template <typename Row, typename KeyOf>
qsizetype KeyedTableModel::changedCount(const QList<Row> &rows, const QList<Row> &next, KeyOf keyOf)
{
    QHash<qint64, const Row *> byKey;
    for (const Row &row : next)
        byKey.insert(keyOf(row), &row);
    qsizetype changed = 0;
    for (const Row &row : rows)
        if (const Row *now = byKey.value(keyOf(row)); now && !(*now == row))
            ++changed;
    return changed;
}

template <typename Row>
void KeyedTableModel::applyMoves(QList<Row> &rows, const RowDiff &diff)
{
    for (const RowDiff::Move &move : diff.moves()) {
        // beginMoveRows counts the destination before the row leaves its place.
        const int destination = move.to > move.from ? move.to + 1 : move.to;
        beginMoveRows(QModelIndex(), move.from, move.from, QModelIndex(), destination);
        rows.move(move.from, move.to);
        endMoveRows();
    }
}

template <typename Row, typename KeyOf>
bool KeyedTableModel::patchRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, int limit)
{
    const RowDiff diff(keys(rows, keyOf), keys(next, keyOf));
    if (diff.size() + changedCount(rows, next, keyOf) > limit)
        return false;
    for (int row : diff.removed()) {
        beginRemoveRows(QModelIndex(), row, row);
        rows.removeAt(row);
        endRemoveRows();
    }
    applyMoves(rows, diff);
    for (int row : diff.inserted()) {
        beginInsertRows(QModelIndex(), row, row);
        rows.insert(row, next.at(row));
        endInsertRows();
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (!(rows.at(row) == next.at(row))) {
            rows[row] = next.at(row);
            rowChanged(int(row));
        }
    }
    return true;
}

} // namespace recoup
