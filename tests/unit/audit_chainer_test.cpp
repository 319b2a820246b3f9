// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_chainer.h"
#include "ledger/audit_details.h"

#include <QTest>

using namespace recoup;

class AuditChainerTest : public QObject
{
    Q_OBJECT

    static AuditChainer::Pending pending(int i)
    {
        const auto kind = AuditChainer::Pending::Kind(i % 3);
        return { kind, i + 1, i / 3 + 1, 100 * i + 1, 50 * i, QDate(2025, 1, 1).addDays(i % 400),
            QDate(2025, 2, 1).addDays(i % 400), QStringLiteral("R%1").arg(i), QStringLiteral("Name %1 é").arg(i) };
    }

    // What AuditChainer::make does, written out: the records the ledger appends.
    static AuditLog::Record expected(const AuditChainer::Pending &a, const QString &previous)
    {
        const QString now = QStringLiteral("2026-03-14T10:00:00.000Z");
        switch (a.kind) {
        case AuditChainer::Pending::Customer:
            return AuditLog::makeRecord(previous, now, QStringLiteral("me"), QStringLiteral("add"),
                QStringLiteral("customer"), a.objectId, AuditDetails::customerAdded(a.text, a.name));
        case AuditChainer::Pending::Debt:
            return AuditLog::makeRecord(previous, now, QStringLiteral("me"), QStringLiteral("add"),
                QStringLiteral("debt"), a.objectId,
                AuditDetails::debtAdded(a.text, a.customerId, a.amount, a.date, a.dueDate));
        case AuditChainer::Pending::Payment:
            return AuditLog::makeRecord(previous, now, QStringLiteral("me"), QStringLiteral("add"),
                QStringLiteral("payment"), a.objectId,
                AuditDetails::paymentAdded(a.customerId, a.amount, a.date, a.text, a.allocated));
        }
        return {};
    }

private Q_SLOTS:
    // Records handed over in several chunks come out in order, each on the one before.
    void chainsInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("several chunks") << 5000;
    }
    void chainsInOrder()
    {
        QFETCH(int, count);
        const QString head = QStringLiteral("ab12");
        AuditChainer chainer(head, QStringLiteral("2026-03-14T10:00:00.000Z"), QStringLiteral("me"));
        for (int i = 0; i < count; ++i)
            chainer.add(pending(i));
        const std::vector<AuditLog::Record> records = chainer.finish();
        QCOMPARE(int(records.size()), count);
        QString previous = head;
        for (int i = 0; i < count; ++i) {
            const AuditLog::Record want = expected(pending(i), previous);
            const AuditLog::Record &got = records[size_t(i)];
            QCOMPARE(got.objectType, want.objectType);
            QCOMPARE(got.objectId, want.objectId);
            QCOMPARE(got.details, want.details);
            QCOMPARE(got.prevHash, previous);
            QCOMPARE(got.hash, want.hash);
            previous = got.hash;
        }
    }

    // A failed import drops the chainer without finishing it: it stops.
    void stopsWithoutFinish()
    {
        AuditChainer chainer(QString(), QStringLiteral("2026-03-14T10:00:00.000Z"), QStringLiteral("me"));
        for (int i = 0; i < 3000; ++i)
            chainer.add(pending(i));
    }
};

QTEST_GUILESS_MAIN(AuditChainerTest)
#include "audit_chainer_test.moc"
