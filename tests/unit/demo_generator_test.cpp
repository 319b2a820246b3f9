// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_report.h"
#include "collections/collections.h"
#include "io/demo_generator.h"
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace recoup;

namespace {

const QDate Today(2026, 3, 14);

DemoSummary make(test::TestBook &book, quint32 seed, int customers = 80)
{
    auto made = DemoGenerator(book.ledger()).generate({ customers, seed, Today });
    if (!made)
        qFatal("demo: %s", qPrintable(made.error()));
    return made.value();
}

// Everything in the book but the audit chain's hashes, one line per row.
QStringList dump(test::TestBook &book)
{
    QStringList lines;
    for (const QString &table : { QStringLiteral("customers"), QStringLiteral("debts"), QStringLiteral("entries"),
             QStringLiteral("audit_log") }) {
        QSqlQuery query(book.db().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            qFatal("dump failed");
        while (query.next()) {
            QStringList fields{ table };
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            lines << fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

qint64 scalar(test::TestBook &book, const QString &sql)
{
    QSqlQuery query(book.db().connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0).toLongLong();
}

} // namespace

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBook();
    void otherSeedOtherBook();
    void verifiesAndLooksReal();
    void datesFollowToday();
    void zeroCustomers();
    void tellsACollectionsStory();
    void looksLikeATypicalShop_data();
    void looksLikeATypicalShop();
};

void DemoGeneratorTest::sameSeedSameBook()
{
    test::TestBook first(QStringLiteral("USD"), Today);
    test::TestBook second(QStringLiteral("USD"), Today);
    const DemoSummary a = make(first, 42);
    const DemoSummary b = make(second, 42);
    QCOMPARE(a.debts, b.debts);
    QCOMPARE(a.payments, b.payments);
    QCOMPARE(dump(first), dump(second));
}

void DemoGeneratorTest::otherSeedOtherBook()
{
    test::TestBook first(QStringLiteral("USD"), Today);
    test::TestBook second(QStringLiteral("USD"), Today);
    make(first, 1);
    make(second, 2);
    QVERIFY(dump(first) != dump(second));
}

void DemoGeneratorTest::verifiesAndLooksReal()
{
    test::TestBook book(QStringLiteral("USD"), Today);
    const DemoSummary made = make(book, 7, 200);
    QCOMPARE(made.customers, 200);
    QCOMPARE(book.ledger().customerCount(), 200);
    QVERIFY(made.debts >= 400);
    QVERIFY(made.payments > 100);
    QVERIFY(made.reversals > 0);
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

    // Some pay in full, some in part, some never; a few keep credit.
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM debts WHERE open_amount = 0")) > 0);
    QVERIFY(
        scalar(book, QStringLiteral("SELECT count(*) FROM debts WHERE open_amount > 0 AND open_amount < amount")) > 0);
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM customers WHERE credit > 0")) > 0);
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM entries WHERE kind = 'reversal' AND note = ''")) == 0);
    auto aging = AgingReport::compute(book.db(), { Today, AgingBasis::DueDate, AgingBuckets() });
    QVERIFY(aging);
    const QList<qint64> &buckets = aging->total().buckets;
    for (qint64 amount : buckets)
        QVERIFY(amount > 0);
    // A handful of long-overdue and bad debts: a small share is more than 90 days overdue.
    QVERIFY(buckets.last() * 30 > aging->total().open());

    // Names with accents, businesses, phones, e-mails and addresses for some.
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM customers WHERE name <> ''")) == 200);
    QSqlQuery names(book.db().connection());
    QVERIFY(names.exec(QStringLiteral("SELECT name, phone, email, address, credit_limit FROM customers")));
    int accented = 0, phones = 0, emails = 0, addresses = 0, limits = 0;
    while (names.next()) {
        const QString name = names.value(0).toString();
        accented += name.toLatin1() != name.toUtf8() ? 1 : 0;
        phones += names.value(1).toString().isEmpty() ? 0 : 1;
        emails += names.value(2).toString().contains(QLatin1Char('@')) ? 1 : 0;
        addresses += names.value(3).toString().isEmpty() ? 0 : 1;
        limits += names.value(4).isNull() ? 0 : 1;
    }
    QVERIFY(accented > 10);
    QVERIFY(phones > 150 && phones < 200);
    QVERIFY(emails > 40 && emails < 160);
    QVERIFY(addresses > 30 && addresses < 120);
    QVERIFY(limits > 60 && limits < 180);
}

void DemoGeneratorTest::datesFollowToday()
{
    test::TestBook book(QStringLiteral("USD"), Today);
    make(book, 3);
    QSqlQuery range(book.db().connection());
    QVERIFY(range.exec(QStringLiteral("SELECT min(issue_date), max(issue_date) FROM debts")));
    QVERIFY(range.next());
    QVERIFY(QDate::fromString(range.value(0).toString(), Qt::ISODate) >= Today.addMonths(-18).addDays(-1));
    QVERIFY(QDate::fromString(range.value(1).toString(), Qt::ISODate) <= Today);
    QVERIFY(range.exec(QStringLiteral("SELECT max(effective_date) FROM entries")));
    QVERIFY(range.next());
    QVERIFY(QDate::fromString(range.value(0).toString(), Qt::ISODate) <= Today);
}

// Every collections screen has something true to show, and Today has work.
void DemoGeneratorTest::tellsACollectionsStory()
{
    test::TestBook book(QStringLiteral("USD"), Today);
    const DemoSummary made = make(book, 7, 200);
    // A shop whose customers mostly pay on time phones fewer of them than one in trouble.
    QVERIFY2(made.story.contacts >= 15, qPrintable(QString::number(made.story.contacts)));
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM contacts")), made.story.contacts);
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM contacts WHERE outcome = 'no_answer'")) > 0);
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM task_records WHERE outcome = 'done'")) > 100);
    QVERIFY(made.story.fees > 0);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM debts WHERE kind = 'fee'")), made.story.fees);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM disputes")), 3);
    QCOMPARE(scalar(book,
                 QStringLiteral("SELECT count(*) FROM dispute_resolutions WHERE outcome = 'for_customer' "
                                "AND adjustment_id IS NOT NULL")),
        1);

    Collections collections(book.ledger());
    const auto promises = collections.records().promises(Today, 3);
    QVERIFY(promises);
    QSet<PromiseState> states;
    for (const Promise &p : promises.value())
        states.insert(p.state);
    QCOMPARE(states, (QSet<PromiseState>{ PromiseState::Kept, PromiseState::Broken, PromiseState::Pending }));

    // Two payment plans: one on track, one broken.
    const auto plans = collections.plans(Today);
    QVERIFY(plans);
    QCOMPARE(plans->size(), 2);
    QSet<PlanState> planStates;
    for (const PaymentPlan &p : plans.value())
        planStates.insert(p.state);
    QCOMPARE(planStates, (QSet<PlanState>{ PlanState::OnTrack, PlanState::Broken }));

    // The firmest steps: an agency that collected a part, a claim filed, a debt written
    // off and partly recovered, a customer whose credit is stopped.
    // One old sale is chased all the way, to a write-off and a recovery.
    QCOMPARE(made.story.escalations, 5);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM agency_referrals")), 2);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM agency_recalls")), 1);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM legal_steps")), 3);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM recoveries")), 2);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM fee_waivers")), 1);
    QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM task_records WHERE outcome = 'snoozed'")), 1);
    // (and every customer whose stop-credit step was done in a weekly round)
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM credit_holds")) > 1);

    // Today: reminders, calls, a broken promise, steps to approve; the last week is still to do.
    const auto list = collections.worklist(Today);
    QVERIFY(list);
    QSet<QString> actions;
    for (const WorkTask &t : list->tasks())
        actions.insert(Worklist::actionKey(t).section(QLatin1Char(':'), 0, 0));
    for (const char *action : { "reminder", "call", "broken_promise" })
        QVERIFY2(actions.contains(QLatin1String(action)), action);
    QVERIFY(list->tasks().size() < made.customers);
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void DemoGeneratorTest::looksLikeATypicalShop_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("customers");
    // The screenshots' book, the book of the other tests, and two more.
    QTest::newRow("seed 7, 300") << 7u << 300;
    QTest::newRow("seed 7, 200") << 7u << 200;
    QTest::newRow("seed 1, 200") << 1u << 200;
    QTest::newRow("seed 12345, 500") << 12345u << 500;
}

// Not a shop in trouble: most customers pay within terms, about a quarter of what
// is owed is overdue, a handful of long-overdue and bad debts, some credit, a few
// namesakes told apart by phone, no name more than twice, busier before Christmas,
// a few bounced cheques.
void DemoGeneratorTest::looksLikeATypicalShop()
{
    QFETCH(quint32, seed);
    QFETCH(int, customers);
    test::TestBook book(QStringLiteral("USD"), Today);
    make(book, seed, customers);

    auto aging = AgingReport::compute(book.db(), { Today, AgingBasis::DueDate, AgingBuckets() });
    QVERIFY(aging);
    const AgingLine total = aging->total();
    const qint64 open = total.open();
    const qint64 overdue = open - total.buckets.first();
    const double overdueShare = double(overdue) / double(open);
    QVERIFY2(overdueShare >= 0.15 && overdueShare <= 0.35, qPrintable(QString::number(overdueShare)));
    // Long overdue (91+ days) is a handful, not the bulk.
    const double longShare = double(total.buckets.last()) / double(open);
    QVERIFY2(longShare > 0.02 && longShare < 0.15, qPrintable(QString::number(longShare)));
    // Most customers with something open have nothing overdue.
    int owing = 0;
    int late = 0;
    for (const AgingLine &line : aging->customers()) {
        if (line.open() == 0)
            continue;
        ++owing;
        late += line.open() > line.buckets.first() ? 1 : 0;
    }
    QVERIFY2(late * 2 < owing, qPrintable(QStringLiteral("%1 of %2").arg(late).arg(owing)));

    QVERIFY(
        scalar(book, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM customers GROUP BY name)")) <= 2);
    QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM customers WHERE balance < 0")) >= 3);
    // Namesakes: two customers of one name, each with a phone, never the same one.
    QSqlQuery namesakes(book.db().connection());
    QVERIFY(namesakes.exec(QStringLiteral("SELECT name, min(phone), max(phone) FROM customers GROUP BY name "
                                          "HAVING count(*) = 2")));
    int pairs = 0;
    while (namesakes.next()) {
        ++pairs;
        const QString name = namesakes.value(0).toString();
        QVERIFY2(!namesakes.value(1).toString().isEmpty(), qPrintable(name));
        QVERIFY2(namesakes.value(1) != namesakes.value(2), qPrintable(name));
    }
    QVERIFY2(pairs >= 1 && pairs * 20 <= customers, qPrintable(QString::number(pairs)));

    // Bounced cheques, undone by a reversal that says so.
    QVERIFY(scalar(book,
                QStringLiteral("SELECT count(*) FROM entries r JOIN entries p ON p.id = r.source_id "
                               "WHERE r.kind = 'reversal' AND p.method = 'cheque' AND r.note = 'Cheque bounced'"))
        >= 2);
    // Seasonal: more sold in November and December than in January and February.
    const auto sold = [&book](const QString &months) {
        return scalar(book,
            QStringLiteral("SELECT count(*) FROM debts WHERE kind = 'sale' AND substr(issue_date, 6, 2) IN (%1) "
                           "AND issue_date >= '2025-01-01' AND issue_date < '2026-01-01'")
                .arg(months));
    };
    QVERIFY(sold(QStringLiteral("'11', '12'")) > sold(QStringLiteral("'01', '02'")) * 5 / 4);

    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void DemoGeneratorTest::zeroCustomers()
{
    test::TestBook book(QStringLiteral("USD"), Today);
    const DemoSummary made = make(book, 1, 0);
    QCOMPARE(made.customers, 0);
    QCOMPARE(book.ledger().customerCount(), 0);
    QVERIFY(!DemoGenerator(book.ledger()).generate({ -1, 1, Today }));
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "demo_generator_test.moc"
