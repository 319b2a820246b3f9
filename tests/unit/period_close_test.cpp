// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Closing and reopening the books (PeriodClose): bad days refused with the book
// unchanged, each change an audit record of who and from which day to which,
// entries in the closed period refused at the doors and accepted once
// reopened, and verify catching a closed period moved behind the chain's back.
#include "db/database.h"
#include "ledger/audit_log.h"
#include "ledger/ledger_verifier.h"
#include "ledger/period_close.h"
#include "support/test_book.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

/// What the book says about its closed period: the meta and the audit log's length.
QString state(TestBook &book)
{
    return QStringLiteral("%1 | %2").arg(book.db().meta(PeriodClose::metaKey())).arg(book.ledger().audit().count());
}

struct Record
{
    QString action;
    QString by;
    QString at;
    QJsonObject details;
};

Record lastRecord(TestBook &book)
{
    QSqlQuery q(book.db().connection());
    if (!q.exec(QStringLiteral("SELECT action, recorded_by, recorded_at, details FROM audit_log ORDER BY id DESC "
                               "LIMIT 1"))
        || !q.next())
        qFatal("no audit record");
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() };
}

DebtInput saleOn(qint64 customer, const QDate &date)
{
    DebtInput in;
    in.customerId = customer;
    in.amount = 1000;
    in.issueDate = date;
    in.termsDays = 30;
    return in;
}

PaymentInput paymentOn(qint64 customer, const QDate &date)
{
    PaymentInput in;
    in.customerId = customer;
    in.amount = 500;
    in.date = date;
    return in;
}

} // namespace

class PeriodCloseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badChangesRefusedBookUnchanged_data()
    {
        // Today is 2026-03-14; the books are closed through 2026-01-31 to begin with.
        QTest::addColumn<bool>("closing");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("said");
        QTest::newRow("close in the future") << true << QDate(2026, 3, 15) << QString() << "is in the future";
        QTest::newRow("close no day") << true << QDate() << QString() << "Choose the last day";
        QTest::newRow("close before the book's dates") << true << QDate(999, 12, 31) << QString() << "";
        QTest::newRow("close the same day") << true << QDate(2026, 1, 31) << QString() << "already closed through";
        QTest::newRow("close an earlier day") << true << QDate(2026, 1, 15) << QString() << "reopen them to that day";
        QTest::newRow("reopen without a reason")
            << false << QDate(2026, 1, 10) << QStringLiteral("  ") << "Say why the books are reopened";
        QTest::newRow("reopen to the same day")
            << false << QDate(2026, 1, 31) << QStringLiteral("fix") << "closed through an earlier day";
        QTest::newRow("reopen to a later day")
            << false << QDate(2026, 2, 28) << QStringLiteral("fix") << "closed through an earlier day";
    }

    void badChangesRefusedBookUnchanged()
    {
        QFETCH(bool, closing);
        QFETCH(QDate, day);
        QFETCH(QString, reason);
        QFETCH(QString, said);
        TestBook book;
        PeriodClose period(book.ledger());
        QVERIFY(period.close(QDate(2026, 1, 31)));
        const QString before = state(book);
        const auto refused = closing ? period.close(day) : period.reopen(day, reason);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(said), qPrintable(refused.error()));
        QCOMPARE(state(book), before);
        QCOMPARE(period.closedThrough(), QDate(2026, 1, 31));
        QVERIFY(!book.db().inTransaction());
    }

    void nothingToReopen()
    {
        TestBook book;
        PeriodClose period(book.ledger());
        const QString before = state(book);
        const auto refused = period.reopen(QDate(), QStringLiteral("just in case"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("not closed")), qPrintable(refused.error()));
        QCOMPARE(state(book), before);
    }

    void closedPeriodRefusesEntriesUntilReopened()
    {
        TestBook book;
        book.ledger().setUser(QStringLiteral("bookkeeper"));
        const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10), 30, QStringLiteral("S1"));
        PeriodClose period(book.ledger());
        QSignalSpy notices(&book.ledger(), &Ledger::changed);

        // Closed through today at the latest: today is fine.
        QVERIFY(period.close(QDate(2026, 2, 28)));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(book.ledger().closedThrough(), QDate(2026, 2, 28));
        Record r = lastRecord(book);
        QCOMPARE(r.action, PeriodClose::closeAction());
        QCOMPARE(r.by, QStringLiteral("bookkeeper"));
        QCOMPARE(r.at, book.clock().nowUtc().toString(Qt::ISODateWithMs));
        QCOMPARE(r.details.value(QStringLiteral("from")), QJsonValue(QJsonValue::Null));
        QCOMPARE(r.details.value(QStringLiteral("to")).toString(), QStringLiteral("2026-02-28"));

        const auto sale = book.ledger().addDebt(saleOn(c, QDate(2026, 2, 10)));
        QVERIFY(!sale);
        QCOMPARE(sale.failure().rule, BookRule::ClosedPeriod);
        const auto payment = book.ledger().recordPayment(paymentOn(c, QDate(2026, 2, 20)));
        QVERIFY(!payment);
        QCOMPARE(payment.failure().rule, BookRule::ClosedPeriod);
        QVERIFY(book.ledger().recordPayment(paymentOn(c, QDate(2026, 3, 1))));

        // A later close moves on from the day before.
        book.ledger().setUser(QStringLiteral("owner"));
        QVERIFY(period.close(QDate(2026, 3, 14)));
        QCOMPARE(lastRecord(book).details.value(QStringLiteral("from")).toString(), QStringLiteral("2026-02-28"));

        // Reopened after January, with the reason kept: February takes entries again.
        QVERIFY(period.reopen(QDate(2026, 1, 31), QStringLiteral("  Invoice found late  ")));
        r = lastRecord(book);
        QCOMPARE(r.action, PeriodClose::reopenAction());
        QCOMPARE(r.by, QStringLiteral("owner"));
        QCOMPARE(r.details.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-14"));
        QCOMPARE(r.details.value(QStringLiteral("to")).toString(), QStringLiteral("2026-01-31"));
        QCOMPARE(r.details.value(QStringLiteral("reason")).toString(), QStringLiteral("Invoice found late"));
        QCOMPARE(book.ledger().closedThrough(), QDate(2026, 1, 31));
        QVERIFY(book.ledger().addDebt(saleOn(c, QDate(2026, 2, 10))));
        QVERIFY(book.ledger().recordPayment(paymentOn(c, QDate(2026, 2, 20))));
        QCOMPARE(book.ledger().addDebt(saleOn(c, QDate(2026, 1, 20))).failure().rule, BookRule::ClosedPeriod);

        const auto last = period.lastChange();
        QVERIFY(last && last.value());
        QVERIFY(!last.value()->close);
        QCOMPARE(last.value()->to, QDate(2026, 1, 31));
        QCOMPARE(last.value()->recordedBy, QStringLiteral("owner"));

        // Reopened entirely: nothing closed.
        QVERIFY(period.reopen(QDate(), QStringLiteral("Year-end audit")));
        QVERIFY(!book.ledger().closedThrough().isValid());
        QCOMPARE(lastRecord(book).details.value(QStringLiteral("to")), QJsonValue(QJsonValue::Null));
        QVERIFY(book.ledger().addDebt(saleOn(c, QDate(2026, 1, 20))));

        const VerifyReport report = LedgerVerifier(book.db()).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    // The meta is only a copy: changed behind Recoup's back, verify says so.
    void metaChangedBehindTheChainIsReported()
    {
        TestBook book;
        PeriodClose period(book.ledger());
        QVERIFY(period.close(QDate(2026, 2, 28)));
        QVERIFY(LedgerVerifier(book.db()).run().ok());
        QVERIFY(book.db().setMeta(PeriodClose::metaKey(), QStringLiteral("2026-01-31")));
        const QStringList problems = LedgerVerifier(book.db()).run().problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().contains(QStringLiteral("closed through “2026-01-31”")), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QStringLiteral("through “2026-02-28”")), qPrintable(problems.first()));

        // Closed by hand, with no record at all.
        TestBook other;
        QVERIFY(other.db().setMeta(PeriodClose::metaKey(), QStringLiteral("2026-01-31")));
        const QStringList unrecorded = LedgerVerifier(other.db()).run().problems;
        QCOMPARE(unrecorded.size(), 1);
        QVERIFY2(
            unrecorded.first().contains(QLatin1String("no audit record closed it")), qPrintable(unrecorded.first()));
    }

    // Reopened by hand, a payment slipped into the closed month, closed again:
    // the meta agrees with the chain, but the entry was made while it was closed.
    void entryMadeWhileClosedIsReported()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10), 30, QStringLiteral("S1"));
        PeriodClose period(book.ledger());
        QVERIFY(period.close(QDate(2026, 2, 28)));
        QVERIFY(book.db().setMeta(PeriodClose::metaKey(), QStringLiteral("")));
        const auto slipped = book.ledger().recordPayment(paymentOn(c, QDate(2026, 2, 20)));
        QVERIFY(slipped);
        QVERIFY(book.db().setMeta(PeriodClose::metaKey(), QStringLiteral("2026-02-28")));
        const QStringList problems = LedgerVerifier(book.db()).run().problems;
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().startsWith(QStringLiteral("entries row %1: dated 2026-02-20, made while the books "
                                                            "were closed through 2026-02-28")
                                                 .arg(slipped->paymentEntryId)),
            qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(PeriodCloseTest)
#include "period_close_test.moc"
