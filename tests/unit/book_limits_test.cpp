// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Limits that hold for sums: no door (the ledger, the import, the bulk writer)
// lets the book's entries add up past BookRules::MaxBookTotal, so no sum the
// book holds wraps past 64 bits.
#include "core/money.h"
#include "db/database.h"
#include "io/interchange_importer.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "ledger/bulk_ledger_writer.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger_verifier.h"
#include "support/file_digest.h"
#include "support/test_book.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

/// The amount of issue 10: the largest one entry may hold, in a currency with cents.
const QString Largest = QStringLiteral("92233720368547.00");
/// How many such entries fit: ten make 922,337,203,685,470.00, eleven pass the book total.
constexpr int Fitting = 10;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/// The book file and its WAL, byte for byte, with the book closed.
QByteArray bookBytes(TestBook &book)
{
    book.close();
    const QByteArray bytes = test::fileDigest(book.path()) + test::fileDigest(book.path() + QStringLiteral("-wal"));
    book.reopen();
    return bytes;
}

/// A folder with one customer and `count` debts (or payments) of `amount`.
void writeDataset(const QString &dir, int count, const QString &amount, bool payments)
{
    writeFile(dir + QStringLiteral("/customers.csv"), "ref,name\nC1,Big Spender\n");
    QByteArray rows
        = payments ? "ref,customer_ref,date,amount,method\n" : "ref,customer_ref,issue_date,terms_days,amount\n";
    for (int i = 1; i <= count; ++i)
        rows += payments ? QStringLiteral("P%1,C1,2026-01-02,%2,cash\n").arg(i).arg(amount).toUtf8()
                         : QStringLiteral("S%1,C1,2026-01-02,30,%2\n").arg(i).arg(amount).toUtf8();
    writeFile(dir + (payments ? QStringLiteral("/payments.csv") : QStringLiteral("/debts.csv")), rows);
}

void checkSound(TestBook &book)
{
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

} // namespace

class BookLimitsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkedArithmetic()
    {
        constexpr qint64 Max = std::numeric_limits<qint64>::max();
        constexpr qint64 Min = std::numeric_limits<qint64>::min();
        QCOMPARE(Money::add(2, 3), std::optional<qint64>(5));
        QCOMPARE(Money::add(Max, 1), std::nullopt);
        QCOMPARE(Money::add(Min, -1), std::nullopt);
        QCOMPARE(Money::subtract(Min, 1), std::nullopt);
        QCOMPARE(Money::subtract(0, Min), std::nullopt);
        QCOMPARE(Money::magnitude(-7), std::optional<qint64>(7));
        QCOMPARE(Money::magnitude(Min), std::nullopt);
    }

    // Why the limits hold: one entry is below the book total, and 92 book totals
    // (every figure is a sum of entries no larger than the book total) fit in 64 bits.
    void limitsLeaveRoomForSums()
    {
        for (const char *code : { "JPY", "USD", "KWD" })
            QVERIFY(BookRules::maxEntryAmount(Currency::fromCode(QString::fromLatin1(code)).value())
                <= BookRules::MaxBookTotal);
        QVERIFY(BookRules::MaxBookTotal <= std::numeric_limits<qint64>::max() / 92);
        // The status bar's share overdue at the book total does not overflow.
        BookTotals totals;
        totals.open = BookRules::MaxBookTotal;
        totals.overdue = BookRules::MaxBookTotal / 2;
        QCOMPARE(totals.overduePercent(), 50);
    }

    // Issue 10: 1,001 debts of the largest amount. The import is refused at the
    // line that passes the book total, and the book is left byte for byte.
    void importOfDebtsPastTheTotalIsRefused_data()
    {
        QTest::addColumn<bool>("payments");
        QTest::newRow("debts") << false;
        QTest::newRow("payments") << true;
    }

    void importOfDebtsPastTheTotalIsRefused()
    {
        QFETCH(bool, payments);
        TestBook book;
        book.customer(QStringLiteral("Already Here"), QStringLiteral("C0"));
        const QByteArray before = bookBytes(book);
        QTemporaryDir dir;
        writeDataset(dir.path(), 1001, Largest, payments);

        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(report.problems.size(), 1);
        const ImportProblem &p = report.problems.first();
        QCOMPARE(p.file, payments ? QStringLiteral("payments.csv") : QStringLiteral("debts.csv"));
        QCOMPARE(p.line, Fitting + 2); // the header is line 1, the 11th entry line 12
        QCOMPARE(p.column, QStringLiteral("amount"));
        QCOMPARE(p.rule, BookRule::BookTotal);
        QVERIFY2(p.toString().contains(QStringLiteral("the most one book can hold")), qPrintable(p.toString()));
        QCOMPARE(bookBytes(book), before);
        checkSound(book);
    }

    // What the validator cannot see (the allocations the replay makes) the
    // writer refuses, still at the line, the book untouched.
    void importPastTheTotalThroughAllocationsIsRefusedAtItsLine()
    {
        TestBook book;
        const QByteArray before = bookBytes(book);
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/customers.csv"), "ref,name\nC1,Big Spender\n");
        QByteArray debts = "ref,customer_ref,issue_date,terms_days,amount\n";
        QByteArray payments = "ref,customer_ref,date,amount,method\n";
        for (int i = 1; i <= 5; ++i) {
            debts += QStringLiteral("S%1,C1,2026-01-02,30,%2\n").arg(i).arg(Largest).toUtf8();
            payments += QStringLiteral("P%1,C1,2026-01-03,%2,cash\n").arg(i).arg(Largest).toUtf8();
        }
        writeFile(dir.path() + QStringLiteral("/debts.csv"), debts);
        writeFile(dir.path() + QStringLiteral("/payments.csv"), payments);

        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(report.problems.size(), 1);
        // Five sales, then each payment with its allocation: the third passes.
        const ImportProblem &p = report.problems.first();
        QCOMPARE(p.toString().section(QLatin1Char(':'), 0, 2), QStringLiteral("payments.csv:4:amount"));
        QCOMPARE(p.rule, BookRule::BookTotal);
        QVERIFY(!book.db().inTransaction());
        QCOMPARE(bookBytes(book), before);
    }

    // The same through the ledger, one entry at a time: refused at the one that
    // passes the book total, everything before it kept and sound.
    void ledgerRefusesTheEntryThatPassesTheTotal_data()
    {
        QTest::addColumn<bool>("payments");
        QTest::newRow("debts") << false;
        QTest::newRow("payments") << true;
    }

    void ledgerRefusesTheEntryThatPassesTheTotal()
    {
        QFETCH(bool, payments);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Big Spender"));
        const qint64 amount = book.minor(Largest);
        int refusedAt = 0;
        Error refusal;
        for (int i = 1; i <= 1001 && !refusedAt; ++i) {
            if (payments) {
                PaymentInput in;
                in.customerId = c;
                in.amount = amount;
                in.date = QDate(2026, 1, 2);
                if (auto done = book.ledger().recordPayment(in); !done) {
                    refusedAt = i;
                    refusal = done.failure();
                }
            } else {
                DebtInput in;
                in.customerId = c;
                in.amount = amount;
                in.issueDate = QDate(2026, 1, 2);
                in.termsDays = 30;
                if (auto done = book.ledger().addDebt(in); !done) {
                    refusedAt = i;
                    refusal = done.failure();
                }
            }
        }
        QCOMPARE(refusedAt, Fitting + 1);
        QCOMPARE(refusal.rule, BookRule::BookTotal);
        const auto who = book.ledger().customer(c);
        QCOMPARE(who->balance, (payments ? -1 : 1) * amount * Fitting);
        QCOMPARE(book.ledger().bookTotal().value(), amount * Fitting);
        checkSound(book);
    }

    // A payment that would fit alone but not with the allocations it makes.
    void paymentNeedsRoomForItsAllocations()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Big Spender"));
        const qint64 amount = book.minor(Largest);
        for (int i = 0; i < 9; ++i)
            book.sale(c, Largest, QDate(2026, 1, 2));
        PaymentInput in;
        in.customerId = c;
        in.amount = amount;
        in.date = QDate(2026, 1, 3);
        auto preview = book.ledger().previewPayment(in);
        QVERIFY(!preview);
        QCOMPARE(preview.failure().rule, BookRule::BookTotal);
        QCOMPARE(book.ledger().recordPayment(in).failure().rule, BookRule::BookTotal);
        // A smaller one fits, with its allocation.
        in.amount = amount / 20;
        QVERIFY(book.ledger().recordPayment(in));
        checkSound(book);
    }

    void adjustmentsCountToo()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Big Spender"));
        const qint64 debt = book.sale(c, Largest, QDate(2026, 1, 2));
        const qint64 amount = book.minor(Largest);
        QCOMPARE(book.ledger().addAdjustment(debt, amount + 1, QDate(2026, 1, 3), QStringLiteral("x")).failure().rule,
            BookRule::Amount);
        int added = 0;
        while (book.ledger().addAdjustment(debt, amount, QDate(2026, 1, 3), QStringLiteral("more")))
            ++added;
        QCOMPARE(added, Fitting - 1);
        checkSound(book);
    }

    // The bulk writer refuses at the call that passes the book total.
    void bulkWriterRefusesTheCallThatPassesTheTotal_data()
    {
        QTest::addColumn<bool>("payments");
        QTest::newRow("debts") << false;
        QTest::newRow("payments") << true;
    }

    void bulkWriterRefusesTheCallThatPassesTheTotal()
    {
        QFETCH(bool, payments);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Big Spender"));
        const qint64 amount = book.minor(Largest);
        QVERIFY(book.db().begin());
        BulkLedgerWriter writer(book.ledger());
        QVERIFY(writer.start());
        int refusedAt = 0;
        Error refusal;
        for (int i = 1; i <= 1001 && !refusedAt; ++i) {
            if (payments) {
                PaymentInput in;
                in.customerId = c;
                in.amount = amount;
                in.date = QDate(2026, 1, 2);
                in.ref = QStringLiteral("P%1").arg(i);
                if (auto done = writer.recordPayment(in); !done) {
                    refusedAt = i;
                    refusal = done.failure();
                }
            } else {
                DebtInput in;
                in.customerId = c;
                in.ref = QStringLiteral("S%1").arg(i);
                in.amount = amount;
                in.issueDate = QDate(2026, 1, 2);
                in.termsDays = 30;
                if (auto done = writer.addDebt(in); !done) {
                    refusedAt = i;
                    refusal = done.failure();
                }
            }
        }
        QCOMPARE(refusedAt, Fitting + 1);
        QCOMPARE(refusal.rule, BookRule::BookTotal);
        // What came before the refusal is written whole and sound.
        QVERIFY(writer.finish());
        QVERIFY(book.db().commit());
        QCOMPARE(book.ledger().customer(c)->balance, (payments ? -1 : 1) * amount * Fitting);
        QCOMPARE(BookTotal::kept(book.db())->total, amount * Fitting);
        checkSound(book);
    }

    // Issue 10: an issue date of 9999-12-31 with terms of 1 day is refused by
    // the rules, in words, at every door; SQLite's CHECK never speaks.
    void dueDatePastTheLastDateIsRefused()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Far Future"), QStringLiteral("C1"));
        DebtInput in;
        in.customerId = c;
        in.amount = 100;
        in.issueDate = QDate(9999, 12, 31);
        in.termsDays = 1;
        auto added = book.ledger().addDebt(in);
        QVERIFY(!added);
        QCOMPARE(added.failure().rule, BookRule::DateRange);
        QVERIFY2(added.error().contains(QStringLiteral("9999-12-31")), qPrintable(added.error()));
        QVERIFY(!added.error().contains(QStringLiteral("CHECK")));
        in.termsDays = 0;
        QVERIFY(book.ledger().addDebt(in));

        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/debts.csv"),
            "ref,customer_ref,issue_date,terms_days,amount\nS9,C1,9999-12-31,1,1.00\n");
        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().toString().section(QLatin1Char(':'), 0, 2),
            QStringLiteral("debts.csv:2:terms_days"));
        QCOMPARE(report.problems.first().rule, BookRule::DateRange);

        QVERIFY(book.db().begin());
        BulkLedgerWriter writer(book.ledger());
        QVERIFY(writer.start());
        in.ref = QStringLiteral("S10");
        in.termsDays = 1;
        QCOMPARE(writer.addDebt(in).failure().rule, BookRule::DateRange);
        book.db().rollback();
    }

    // verify recomputes the kept book total like any other cache.
    void verifyChecksTheKeptTotal()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Someone"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 1, 2));
        checkSound(book);
        const auto kept = BookTotal::kept(book.db());
        QVERIFY(kept);
        QCOMPARE(kept->total, 1000);
        QVERIFY(book.db().setMeta(QStringLiteral("book_total"), QStringLiteral("5 %1").arg(kept->lastEntryId)));
        const VerifyReport report = LedgerVerifier(book.db()).run();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(QStringLiteral("book total")));
        // A total kept by an older program (behind the last entry) is summed afresh.
        QVERIFY(book.db().setMeta(QStringLiteral("book_total"), QStringLiteral("5 0")));
        QCOMPARE(book.ledger().bookTotal().value(), 1000);
    }
};

QTEST_GUILESS_MAIN(BookLimitsTest)
#include "book_limits_test.moc"
