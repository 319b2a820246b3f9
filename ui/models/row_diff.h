// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace recoup {

/// How to turn a list of rows into another, rows known by a key (an id): which
/// rows to remove, which to move and which to insert, in the order a model
/// performs them. The moves are as few as can be (the rows that keep their
/// order among themselves stay), so a view keeps its selection and scroll
/// position through a re-sort of one row.
class RowDiff
{
public:
    /// One row moved: from its position, to the position it ends at.
    struct Move
    {
        int from = 0;
        int to = 0;
        bool operator==(const Move &) const = default;
    };

    RowDiff(const QList<qint64> &before, const QList<qint64> &after);

    /// Positions in `before` of the rows to remove, highest first.
    const QList<int> &removed() const { return m_removed; }
    /// Moves to make after the removals, one after the other.
    const QList<Move> &moves() const { return m_moves; }
    /// Positions in `after` of the rows to insert after the moves, lowest first.
    const QList<int> &inserted() const { return m_inserted; }
    /// Rows removed, moved and inserted.
    qsizetype size() const { return m_removed.size() + m_moves.size() + m_inserted.size(); }

private:
    void planMoves(const QList<qint64> &kept, const QList<qint64> &target);
    static QList<bool> longestOrderedRun(const QList<int> &sequence);

    QList<int> m_removed;
    QList<Move> m_moves;
    QList<int> m_inserted;
};

} // namespace recoup
