// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

// A small book with a bit of everything: sales, a split payment, an
// overpayment left as credit, a reversed payment and a returned sale.
struct Sample
{
    qint64 ana = 0, bo = 0, sale = 0, payment = 0;
};

Sample fill(test::TestBook &book)
{
    Sample s;
    s.ana = book.customer(QStringLiteral("Ana García"), QStringLiteral("A1"));
    s.bo = book.customer(QStringLiteral("Bo's \"Shop\", Ltd"), QStringLiteral("B1"));
    s.sale = book.sale(s.ana, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("INV-1"));
    book.sale(s.ana, QStringLiteral("50.00"), QDate(2026, 1, 10), 30, QStringLiteral("INV-2"));
    const qint64 returned = book.sale(s.bo, QStringLiteral("20.00"), QDate(2026, 1, 5), 0, QStringLiteral("INV-3"));
    s.payment = book.pay(s.ana, QStringLiteral("120.00"), QDate(2026, 2, 1)).paymentEntryId;
    book.pay(s.bo, QStringLiteral("75.00"), QDate(2026, 2, 2));
    const qint64 bounced = book.pay(s.ana, QStringLiteral("10.00"), QDate(2026, 2, 3)).paymentEntryId;
    if (!book.ledger().reverse(bounced, QStringLiteral("Cheque bounced"), QDate(2026, 2, 10)))
        qFatal("reverse failed");
    if (!book.ledger().reverse(book.ledger().debtTimeline(returned).value().constFirst().id, QStringLiteral("Returned"),
            QDate(2026, 2, 11)))
        qFatal("reverse failed");
    return s;
}

void exec(test::TestBook &book, const QString &sql)
{
    QSqlQuery query(book.db().connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QString problems(const VerifyReport &report)
{
    return report.problems.join(QLatin1Char('\n'));
}

bool mentions(const VerifyReport &report, const QString &text)
{
    for (const QString &problem : report.problems)
        if (problem.contains(text))
            return true;
    return false;
}

} // namespace

class LedgerVerifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBookIsSound();
    void soundBookPasses();
    void changedEntryAmountIsDetected();
    void changedCachesAreDetected_data();
    void changedCachesAreDetected();
    void changedAuditRecordIsDetected();
    void allocationBeyondThePaymentIsDetected();
    void debtOpenBelowZeroOnAPastDayIsDetected();
};

void LedgerVerifierTest::emptyBookIsSound()
{
    test::TestBook book;
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(problems(report)));
    QCOMPARE(report.customers, 0);
    QCOMPARE(report.entries, 0);
}

void LedgerVerifierTest::soundBookPasses()
{
    test::TestBook book;
    fill(book);
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(problems(report)));
    QCOMPARE(report.customers, 2);
    QCOMPARE(report.debts, 3);
    QVERIFY(report.entries > 8);
    QCOMPARE(report.auditRecords, book.ledger().audit().count());
}

void LedgerVerifierTest::changedEntryAmountIsDetected()
{
    test::TestBook book;
    const Sample s = fill(book);
    // Someone edits the file with another program: the trigger goes, the charge grows.
    exec(book, QStringLiteral("DROP TRIGGER entries_no_update"));
    exec(book,
        QStringLiteral("UPDATE entries SET amount = 1000000, open_delta = 1000000, balance_delta = 1000000 "
                       "WHERE id = %1")
            .arg(book.ledger().debtTimeline(s.sale).value().constFirst().id));
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY(!report.ok());
    QVERIFY2(mentions(report, QStringLiteral("sale INV-1: the stored open amount")), qPrintable(problems(report)));
    QVERIFY2(mentions(report, QStringLiteral("sale INV-1: its amount 100.00 is not what was charged, 10000.00")),
        qPrintable(problems(report)));
    QVERIFY2(mentions(report, QStringLiteral("customer A1: the stored balance")), qPrintable(problems(report)));
}

void LedgerVerifierTest::changedCachesAreDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("balance") << QStringLiteral("UPDATE customers SET balance = balance - 1 WHERE ref = 'A1'")
                             << QStringLiteral("customer A1: the stored balance 29.99 is not the sum of its entries, "
                                               "30.00");
    QTest::newRow("credit") << QStringLiteral("UPDATE customers SET credit = 0 WHERE ref = 'B1'")
                            << QStringLiteral("customer B1: the stored credit 0.00 is not the sum of its entries, "
                                              "75.00");
    QTest::newRow("last payment") << QStringLiteral("UPDATE customers SET last_payment_date = '2026-02-03' "
                                                    "WHERE ref = 'A1'")
                                  << QStringLiteral("customer A1: the stored last payment date “2026-02-03”");
    QTest::newRow("open amount") << QStringLiteral("UPDATE debts SET open_amount = 0 WHERE ref = 'INV-2'")
                                 << QStringLiteral("sale INV-2: the stored open amount 0.00 is not the sum of its "
                                                   "entries, 30.00");
}

void LedgerVerifierTest::changedCachesAreDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    test::TestBook book;
    fill(book);
    QVERIFY(LedgerVerifier(book.db()).run().ok());
    exec(book, sql);
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(mentions(report, expected), qPrintable(problems(report)));
    QCOMPARE(report.problems.size(), 1);
}

void LedgerVerifierTest::changedAuditRecordIsDetected()
{
    test::TestBook book;
    fill(book);
    exec(book, QStringLiteral("DROP TRIGGER audit_no_update"));
    exec(book, QStringLiteral("UPDATE audit_log SET recorded_by = 'someone else' WHERE id = 3"));
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(
        mentions(report, QStringLiteral("audit record 3: its contents were changed")), qPrintable(problems(report)));
}

void LedgerVerifierTest::allocationBeyondThePaymentIsDetected()
{
    test::TestBook book;
    const Sample s = fill(book);
    // A forged allocation of 500.00 from the 120.00 payment, caches kept in step so only the rule catches it.
    exec(book,
        QStringLiteral("INSERT INTO entries (customer_id, debt_id, payment_id, kind, amount, balance_delta, "
                       "open_delta, credit_delta, effective_date, recorded_at, recorded_by) VALUES "
                       "(%1, %2, %3, 'allocation', 50000, 0, -50000, -50000, '2026-02-01', "
                       "'2026-02-01T12:00:00Z', 'x')")
            .arg(s.ana)
            .arg(s.sale)
            .arg(s.payment));
    exec(book, QStringLiteral("UPDATE debts SET open_amount = open_amount - 50000 WHERE id = %1").arg(s.sale));
    exec(book, QStringLiteral("UPDATE customers SET credit = credit - 50000 WHERE id = %1").arg(s.ana));
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(mentions(report, QStringLiteral("more than its amount 120.00 was allocated, from 2026-02-01")),
        qPrintable(problems(report)));
    QVERIFY2(
        mentions(report, QStringLiteral("sale INV-1: open below zero from 2026-02-01")), qPrintable(problems(report)));
    QVERIFY2(mentions(report, QStringLiteral("customer A1: applied more credit than was paid")),
        qPrintable(problems(report)));
}

void LedgerVerifierTest::debtOpenBelowZeroOnAPastDayIsDetected()
{
    // Two forged adjustments that cancel out: every total still agrees, but
    // from the day of the payment until the second one the sale was open below zero.
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S-2"));
    book.pay(c, QStringLiteral("100.00"), QDate(2026, 2, 1));
    QVERIFY(LedgerVerifier(book.db()).run().ok());
    for (const auto &[amount, date] : { std::pair{ -5000, "2026-01-15" }, std::pair{ 5000, "2026-03-01" } })
        exec(book,
            QStringLiteral("INSERT INTO entries (customer_id, debt_id, kind, amount, balance_delta, open_delta, "
                           "credit_delta, effective_date, recorded_at, recorded_by, note) VALUES "
                           "(%1, %2, 'adjustment', %3, %3, %3, 0, '%4', '2026-03-14T12:00:00Z', 'x', 'forged')")
                .arg(c)
                .arg(sale)
                .arg(amount)
                .arg(QLatin1String(date)));
    const VerifyReport report = LedgerVerifier(book.db()).run();
    // The rule catches it, and so does the chain: no audit record binds the forged entries.
    QCOMPARE(report.problems,
        (QStringList{ QStringLiteral("entries row 4: no audit record binds it (it was added outside Recoup)"),
            QStringLiteral("entries row 5: no audit record binds it (it was added outside Recoup)"),
            QStringLiteral("sale S-2: open below zero from 2026-02-01") }));
}

QTEST_GUILESS_MAIN(LedgerVerifierTest)
#include "ledger_verifier_test.moc"
