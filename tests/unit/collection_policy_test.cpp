// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "support/test_book.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

qint64 rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        qFatal("cannot count %s", qPrintable(table));
    return q.value(0).toLongLong();
}

} // namespace

class CollectionPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The ladder of the design: -3, +1, +7, +14, +30, +45, +60, +90, +120.
    void defaultLadder()
    {
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        QList<int> offsets;
        for (const LadderStep &s : policy.steps)
            offsets << s.dayOffset;
        QCOMPARE(offsets, (QList<int>{ -3, 1, 7, 14, 30, 45, 60, 90, 120 }));
        QVERIFY(policy.validate().ok());
        QCOMPARE(policy.steps.at(3).action, LadderAction::Call);
        QCOMPARE(policy.steps.at(8).action, LadderAction::LegalLetter);
        QCOMPARE(CollectionPolicy::displayName(policy.steps.at(0)), QStringLiteral("Friendly reminder"));
    }

    // The highest step reached, never an earlier one; the gentler ladder takes the steps after the due date later.
    void stepReached()
    {
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        QCOMPARE(policy.stepReached(-4, false), -1);
        QCOMPARE(policy.stepReached(-3, false), 0);
        QCOMPARE(policy.stepReached(0, false), 0);
        QCOMPARE(policy.stepReached(1, false), 1);
        QCOMPARE(policy.stepReached(42, false), 4);
        QCOMPARE(policy.stepReached(400, false), 8);
        QCOMPARE(policy.stepReached(-3, true), 0);
        QCOMPARE(policy.stepReached(13, true), 1);
        QCOMPARE(policy.stepReached(14, true), 2);
        QCOMPARE(policy.stepReached(28, true), 3);
    }

    void validation_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad key") << 0 << QStringLiteral("Step 2: the key “Second!”");
        QTest::newRow("same key") << 1 << QStringLiteral("is used by another step");
        QTest::newRow("out of order") << 2 << QStringLiteral("Step 3: the steps must be in order");
        QTest::newRow("grace") << 3 << QStringLiteral("grace days");
        QTest::newRow("reminder by phone") << 4 << QStringLiteral("a reminder goes by");
        QTest::newRow("offset too far") << 5 << QStringLiteral("outside -365 to 3650");
    }

    void validation()
    {
        QFETCH(int, change);
        QFETCH(QString, message);
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        switch (change) {
        case 0:
            p.steps[1].key = QStringLiteral("Second!");
            break;
        case 1:
            p.steps[2].key = p.steps[0].key;
            break;
        case 2:
            p.steps[2].dayOffset = 1;
            break;
        case 3:
            p.promiseGraceDays = 61;
            break;
        case 4:
            p.steps[1].channel = Channel::Phone;
            break;
        case 5:
            p.steps[8].dayOffset = 5000;
            break;
        }
        const auto ok = p.validate();
        QVERIFY(!ok);
        QVERIFY2(ok.error().contains(message), qPrintable(ok.error()));
    }

    void jsonRoundTrip()
    {
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.steps[1].name = QStringLiteral("Gentle nudge");
        p.steps[1].channel = Channel::WhatsApp;
        p.promiseGraceDays = 5;
        const QByteArray json = QJsonDocument(p.toJson()).toJson();
        const auto back = CollectionPolicy::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), p);
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "recoup-collection-policy", "version": 1, "promise_grace_days": 3, )"
                                R"("gentle_factor": 2, "steps": )";
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("other format") << QByteArray(R"({"format": "x"})")
                                      << QStringLiteral("not a Recoup collection policy");
        QTest::newRow("newer version") << QByteArray(R"({"format": "recoup-collection-policy", "version": 3})")
                                       << QStringLiteral("version 3");
        QTest::newRow("unknown member") << QByteArray(head + R"([], "colour": 1})")
                                        << QStringLiteral("unknown member “colour”");
        QTest::newRow("fractional offset")
            << QByteArray(head + R"([{"key": "a", "day_offset": 1.5, "action": "call"}]})")
            << QStringLiteral("Step 1: “day_offset” must be a whole number");
        QTest::newRow("unknown action") << QByteArray(head + R"([{"key": "a", "day_offset": 1, "action": "sue"}]})")
                                        << QStringLiteral("Step 1: “action” must be one of");
        QTest::newRow("reminder without channel")
            << QByteArray(head + R"([{"key": "a", "day_offset": 1, "action": "reminder"}]})")
            << QStringLiteral("a reminder needs a “channel”");
        QTest::newRow("channel on a call")
            << QByteArray(head + R"([{"key": "a", "day_offset": 1, "action": "call", "channel": "sms"}]})")
            << QStringLiteral("only reminders have a “channel”");
    }

    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto policy = CollectionPolicy::fromJson(json);
        QVERIFY(!policy);
        QVERIFY2(policy.error().contains(message), qPrintable(policy.error()));
    }

    // A new book follows the default ladder; a saved policy is read back as
    // saved, with an audit record; a wrong document changes nothing.
    void storeSaveAndImport()
    {
        test::TestBook book;
        Collections collections(book.ledger());
        QCOMPARE(collections.policy().value(), CollectionPolicy::defaultPolicy());
        const qint64 audits = rows(book.db(), QStringLiteral("audit_log"));

        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.steps.removeAt(5);
        p.steps[0].dayOffset = -5;
        p.gentleFactor = 3;
        QVERIFY(collections.savePolicy(p).ok());
        QCOMPARE(collections.policy().value(), p);
        QCOMPARE(rows(book.db(), QStringLiteral("audit_log")), audits + 1);

        const auto exported = collections.exportPolicy();
        QVERIFY(exported.ok());
        QVERIFY(!collections.importPolicy("{ broken").ok());
        QVERIFY(!collections.importPolicy(QByteArray(exported.value()).replace("\"call\"", "\"sue\"")).ok());
        QCOMPARE(collections.policy().value(), p);
        QCOMPARE(rows(book.db(), QStringLiteral("audit_log")), audits + 1);

        QVERIFY(collections.importPolicy(QJsonDocument(CollectionPolicy::defaultPolicy().toJson()).toJson()).ok());
        book.close();
        book.reopen();
        QCOMPARE(Collections(book.ledger()).policy().value(), CollectionPolicy::defaultPolicy());
    }
};

QTEST_GUILESS_MAIN(CollectionPolicyTest)
#include "collection_policy_test.moc"
