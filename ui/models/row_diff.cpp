// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/row_diff.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace recoup {

RowDiff::RowDiff(const QList<qint64> &before, const QList<qint64> &after)
{
    const QSet<qint64> afterKeys(after.cbegin(), after.cend());
    const QSet<qint64> beforeKeys(before.cbegin(), before.cend());
    QList<qint64> kept; // rows of both lists, in the order of `before`
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (afterKeys.contains(before.at(i)))
            kept.append(before.at(i));
        else
            m_removed.prepend(int(i));
    }
    QList<qint64> target; // the same rows in the order of `after`
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (beforeKeys.contains(after.at(i)))
            target.append(after.at(i));
        else
            m_inserted.append(int(i));
    }
    planMoves(kept, target);
}

void RowDiff::planMoves(const QList<qint64> &kept, const QList<qint64> &target)
{
    QHash<qint64, int> rank; // each key's place in the target order
    for (qsizetype i = 0; i < target.size(); ++i)
        rank.insert(target.at(i), int(i));
    QList<int> ranks;
    ranks.reserve(kept.size());
    for (qint64 key : kept)
        ranks.append(rank.value(key));
    const QList<bool> stays = longestOrderedRun(ranks);
    QSet<qint64> staying;
    for (qsizetype i = 0; i < kept.size(); ++i)
        if (stays.at(i))
            staying.insert(kept.at(i));

    // In target order, each row that moves goes right after the row before it:
    // the rows before it are in order already, so the whole list ends in order.
    QList<qint64> current = kept;
    for (qsizetype t = 0; t < target.size(); ++t) {
        const qint64 key = target.at(t);
        if (staying.contains(key))
            continue;
        const int from = int(current.indexOf(key));
        current.removeAt(from);
        const int to = t == 0 ? 0 : int(current.indexOf(target.at(t - 1))) + 1;
        current.insert(to, key);
        if (from != to)
            m_moves.append({ from, to });
    }
}

QList<bool> RowDiff::longestOrderedRun(const QList<int> &sequence)
{
    // The longest increasing subsequence (patience sorting): those rows keep their places.
    QList<int> tails; // index in `sequence` of the smallest tail of each run length
    QList<int> previous(sequence.size(), -1);
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const auto at = std::lower_bound(tails.cbegin(), tails.cend(), sequence.at(i),
            [&](int index, int value) { return sequence.at(index) < value; });
        const qsizetype length = at - tails.cbegin();
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (length == tails.size())
            tails.append(int(i));
        else
            tails[length] = int(i);
    }
    QList<bool> in(sequence.size(), false);
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        in[i] = true;
    return in;
}

} // namespace recoup
