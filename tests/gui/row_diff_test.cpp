// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/row_diff.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace recoup;

class RowDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChanged();
    void oneRowResortedIsOneMove();
    void removesMovesAndInserts();
    void randomListsComeOutRight();

private:
    /// Applies the diff as a model does, step by step.
    static QList<qint64> apply(QList<qint64> rows, const QList<qint64> &after, const RowDiff &diff)
    {
        for (int row : diff.removed())
            rows.removeAt(row);
        for (const RowDiff::Move &move : diff.moves())
            rows.move(move.from, move.to);
        for (int row : diff.inserted())
            rows.insert(row, after.at(row));
        return rows;
    }
};

void RowDiffTest::nothingChanged()
{
    const RowDiff diff({ 1, 2, 3 }, { 1, 2, 3 });
    QCOMPARE(diff.size(), 0);
}

void RowDiffTest::oneRowResortedIsOneMove()
{
    // Row 2 drops to the end, and row 9 climbs to the top: one move each.
    const QList<qint64> before{ 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    const RowDiff down(before, { 1, 3, 4, 5, 6, 7, 8, 9, 2 });
    QCOMPARE(down.moves(), (QList<RowDiff::Move>{ { 1, 8 } }));
    const RowDiff up(before, { 9, 1, 2, 3, 4, 5, 6, 7, 8 });
    QCOMPARE(up.moves(), (QList<RowDiff::Move>{ { 8, 0 } }));
}

void RowDiffTest::removesMovesAndInserts()
{
    const QList<qint64> before{ 10, 20, 30, 40 };
    const QList<qint64> after{ 40, 15, 10, 30 };
    const RowDiff diff(before, after);
    QCOMPARE(diff.removed(), (QList<int>{ 1 }));
    QCOMPARE(diff.inserted(), (QList<int>{ 1 }));
    QCOMPARE(diff.moves().size(), 1);
    QCOMPARE(apply(before, after, diff), after);
}

void RowDiffTest::randomListsComeOutRight()
{
    QRandomGenerator random(20260314);
    for (int round = 0; round < 500; ++round) {
        QList<qint64> before;
        QList<qint64> after;
        for (qint64 key = 1; key <= 40; ++key) {
            const int where = random.bounded(4);
            if (where != 0)
                before.append(key);
            if (where != 1)
                after.append(key);
        }
        std::shuffle(before.begin(), before.end(), random);
        std::shuffle(after.begin(), after.end(), random);
        const RowDiff diff(before, after);
        QCOMPARE(apply(before, after, diff), after);
    }
}

QTEST_MAIN(RowDiffTest)
#include "row_diff_test.moc"
