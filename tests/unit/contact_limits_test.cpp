// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "collections/contact_limits.h"
#include "support/file_digest.h"
#include "support/test_book.h"

#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class ContactLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theUsRuleByDefault()
    {
        TestBook book;
        const auto limits = ContactLimits::load(book.db());
        QVERIFY(limits);
        QCOMPARE(limits->maxCalls, 7);
        QCOMPARE(limits->perDays, 7);
        QCOMPARE(limits->earliest, QTime(8, 0));
        QCOMPARE(limits->latest, QTime(21, 0));
    }

    void theEighthCallInSevenDaysIsWarnedAbout()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        const qint64 s1 = book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const qint64 s2 = book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 2), 30, QStringLiteral("S2"));
        Collections collections(book.ledger());
        ContactInput call;
        call.customerId = c;
        call.debtId = s1;
        call.channel = Channel::Phone;
        call.time = QStringLiteral("10:00");
        // Seven calls on March 8-14 about S1; one on March 7, outside the 7 days.
        for (int day = 7; day <= 14; ++day) {
            call.date = QDate(2026, 3, day);
            QVERIFY(collections.logContact(call));
        }
        const ContactLimits limits;
        call.date = QDate(2026, 3, 14);
        auto warned = limits.warnings(book.db(), call);
        QVERIFY(warned);
        QCOMPARE(warned->size(), 1);
        QVERIFY(warned->first().contains(QStringLiteral("call 8 in 7 days")));
        // The next day, the call of March 8 is out of the window; another debt has its own count.
        call.date = QDate(2026, 3, 15);
        QVERIFY(limits.warnings(book.db(), call)->isEmpty());
        call.date = QDate(2026, 3, 14);
        call.debtId = s2;
        QVERIFY(limits.warnings(book.db(), call)->isEmpty());
        // A letter is not a call.
        call.debtId = s1;
        call.channel = Channel::Letter;
        QVERIFY(limits.warnings(book.db(), call)->isEmpty());
    }

    void contactAtNightIsWarnedAbout()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        ContactInput sms;
        sms.customerId = c;
        sms.channel = Channel::Sms;
        sms.date = QDate(2026, 3, 14);
        const ContactLimits limits;
        for (const auto &[time, warned] : { std::pair{ QStringLiteral("07:59"), true },
                 std::pair{ QStringLiteral("08:00"), false }, std::pair{ QStringLiteral("21:00"), false },
                 std::pair{ QStringLiteral("21:01"), true }, std::pair{ QString(), false } }) {
            sms.time = time;
            QCOMPARE(!limits.warnings(book.db(), sms)->isEmpty(), warned);
        }
    }

    void limitsSavedOrRefusedWhole()
    {
        TestBook book;
        ContactLimits limits;
        limits.maxCalls = 3;
        limits.perDays = 10;
        limits.latest = QTime(20, 0);
        QVERIFY(limits.save(book.ledger()));
        QCOMPARE(ContactLimits::load(book.db()).value(), limits);

        const QByteArray before = test::fileDigest(book.path());
        using Spoil = void (*)(ContactLimits &);
        for (Spoil wrong :
            { Spoil([](ContactLimits &l) { l.maxCalls = 0; }), Spoil([](ContactLimits &l) { l.perDays = 61; }),
                Spoil([](ContactLimits &l) { l.earliest = QTime(21, 0); }) }) {
            ContactLimits bad = limits;
            wrong(bad);
            QVERIFY(!bad.save(book.ledger()));
        }
        QCOMPARE(test::fileDigest(book.path()), before);
        QCOMPARE(ContactLimits::load(book.db()).value(), limits);
    }
};

QTEST_MAIN(ContactLimitsTest)
#include "contact_limits_test.moc"
