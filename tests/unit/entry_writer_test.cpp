// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one entry writer: the closed period holds at every door (applyCredit
// included), reads that fail say so, and every write sends one change notice
// after its outermost commit.
#include "db/database.h"
#include "io/interchange_importer.h"
#include "ledger/bulk_ledger_writer.h"
#include "ledger/ledger_verifier.h"
#include "ledger/period_close.h"
#include "support/test_book.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

const QDate ClosedThrough(2026, 1, 31);
const QDate InClosed(2026, 1, 20);

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// Entries effective in the closed period, and what they add up to.
QString closedEntries(Database &db)
{
    const QString where = QStringLiteral(" FROM entries WHERE effective_date <= '2026-01-31'");
    return QStringLiteral("%1 %2")
        .arg(scalar(db, QStringLiteral("SELECT count(*)") + where))
        .arg(scalar(db, QStringLiteral("SELECT coalesce(sum(balance_delta), 0)") + where));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class EntryWriterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every door refuses an entry dated in the closed period, by the rule, and
    // applyCredit applies old credit on the first open day instead.
    void closedPeriodAtEveryDoor_data()
    {
        QTest::addColumn<QString>("door");
        for (const char *door : { "sale", "payment", "adjustment", "reversal", "entry writer", "import sale",
                 "import payment", "bulk sale", "bulk payment", "apply credit" })
            QTest::newRow(door) << QString::fromLatin1(door);
    }

    void closedPeriodAtEveryDoor()
    {
        QFETCH(QString, door);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10), 30, QStringLiteral("S1"));
        // A payment kept whole as credit, beside the open sale.
        PaymentInput credit;
        credit.customerId = c;
        credit.amount = book.minor(QStringLiteral("30.00"));
        credit.date = QDate(2026, 1, 15);
        credit.allocation = QList<AllocationLine>{};
        const auto paid = book.ledger().recordPayment(credit);
        QVERIFY(paid);
        QVERIFY(PeriodClose(book.ledger()).close(ClosedThrough));
        const QString before = closedEntries(book.db());

        Error refusal;
        if (door == QLatin1String("sale")) {
            DebtInput in;
            in.customerId = c;
            in.amount = 100;
            in.issueDate = InClosed;
            in.termsDays = 30;
            refusal = book.ledger().addDebt(in).failure();
        } else if (door == QLatin1String("payment")) {
            PaymentInput in;
            in.customerId = c;
            in.amount = 100;
            in.date = InClosed;
            refusal = book.ledger().recordPayment(in).failure();
        } else if (door == QLatin1String("adjustment")) {
            refusal = book.ledger().addAdjustment(sale, 100, InClosed, QStringLiteral("late")).failure();
        } else if (door == QLatin1String("reversal")) {
            refusal = book.ledger().reverse(paid->paymentEntryId, QStringLiteral("bounced"), InClosed).failure();
        } else if (door == QLatin1String("entry writer")) {
            QVERIFY(book.db().begin());
            NewEntry e;
            e.customerId = c;
            e.debtId = sale;
            e.kind = EntryKind::Fee;
            e.amount = 100;
            e.openDelta = 100;
            e.date = InClosed;
            refusal = book.ledger().writer().write(e).failure();
            book.db().rollback();
        } else if (door.startsWith(QLatin1String("import"))) {
            QTemporaryDir dir;
            if (door.endsWith(QLatin1String("sale")))
                writeFile(dir.path() + QStringLiteral("/debts.csv"),
                    "ref,customer_ref,issue_date,terms_days,amount\nS9,C1,2026-01-20,30,1.00\n");
            else
                writeFile(dir.path() + QStringLiteral("/payments.csv"),
                    "ref,customer_ref,date,amount,method\nP9,C1,2026-01-20,1.00,cash\n");
            const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
            QCOMPARE(report.problems.size(), 1);
            refusal = Error{ report.problems.first().toString(), report.problems.first().rule };
        } else if (door.startsWith(QLatin1String("bulk"))) {
            QVERIFY(book.db().begin());
            BulkLedgerWriter writer(book.ledger());
            QVERIFY(writer.start());
            if (door.endsWith(QLatin1String("sale"))) {
                DebtInput in;
                in.customerId = c;
                in.ref = QStringLiteral("S9");
                in.amount = 100;
                in.issueDate = InClosed;
                in.termsDays = 30;
                refusal = writer.addDebt(in).failure();
            } else {
                PaymentInput in;
                in.customerId = c;
                in.amount = 100;
                in.date = InClosed;
                refusal = writer.recordPayment(in).failure();
            }
            book.db().rollback();
        } else {
            // The credit and the sale are both in the closed period: the credit
            // is applied, dated the first open day.
            QVERIFY(book.ledger().applyCredit(c));
            QCOMPARE(book.ledger().debt(sale)->openAmount, book.minor(QStringLiteral("70.00")));
            const auto timeline = book.ledger().debtTimeline(sale);
            QVERIFY(timeline);
            QCOMPARE(timeline->last().kind, EntryKind::Allocation);
            QCOMPARE(timeline->last().effectiveDate, ClosedThrough.addDays(1));
            QCOMPARE(closedEntries(book.db()), before);
            QVERIFY(LedgerVerifier(book.db()).run().ok());
            return;
        }
        QVERIFY2(refusal.rule == BookRule::ClosedPeriod, qPrintable(refusal.message));
        QCOMPARE(closedEntries(book.db()), before);
        QVERIFY(!book.db().inTransaction());
    }

    // A broken book is reported as broken, never as "not found" or as nothing
    // open (which would send a whole payment to credit).
    void failedReadsSaySo()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10));
        QVERIFY(book.ledger().customer(c));
        QCOMPARE(book.ledger().customer(c + 1).error(), QStringLiteral("That customer does not exist."));
        PaymentInput in;
        in.customerId = c;
        in.amount = 100;
        in.date = QDate(2026, 1, 20);
        // Each read once while the book is sound (the book keeps its statements
        // prepared), then the tables go from under them.
        QVERIFY(book.ledger().debt(sale));
        QVERIFY(book.ledger().openItems(c));
        QVERIFY(book.ledger().openDebts(c));
        QVERIFY(book.ledger().previewPayment(in));
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE debts RENAME TO debts_elsewhere")));

        const auto debt = book.ledger().debt(sale);
        QVERIFY(!debt);
        QVERIFY2(debt.error() != QStringLiteral("That sale does not exist."), qPrintable(debt.error()));
        const auto items = book.ledger().openItems(c);
        QVERIFY(!items);
        QVERIFY(!book.ledger().openDebts(c));
        const auto preview = book.ledger().previewPayment(in);
        QVERIFY(!preview);
        QCOMPARE(preview.error(), items.error());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE customers RENAME TO customers_elsewhere")));
        const auto who = book.ledger().customer(c);
        QVERIFY(!who);
        QVERIFY2(who.error() != QStringLiteral("That customer does not exist."), qPrintable(who.error()));
    }

    // One notice per write, after its outermost commit, naming what changed.
    void oneChangeNoticeAfterTheCommit()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10));
        QSignalSpy spy(&book.ledger(), &Ledger::changed);

        PaymentInput in;
        in.customerId = c;
        in.amount = book.minor(QStringLiteral("40.00"));
        in.date = QDate(2026, 1, 20);
        const auto paid = book.ledger().recordPayment(in);
        QVERIFY(paid);
        QCOMPARE(spy.count(), 1);
        ChangeSet changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.customers, QSet<qint64>{ c });
        QCOMPARE(changes.debts, QSet<qint64>{ sale });
        QCOMPARE(changes.entries.size(), 2); // the payment and its allocation
        QVERIFY(changes.entries.contains(paid->paymentEntryId));

        // Inside an outer transaction nothing is sent until it is committed.
        QVERIFY(book.db().begin());
        QVERIFY(book.ledger().addCustomer({ QString(), QStringLiteral("Ben"), {}, {}, {}, {}, {} }));
        QVERIFY(book.ledger().recordPayment(in));
        QCOMPARE(spy.count(), 0);
        QVERIFY(book.db().commit());
        book.ledger().announce({});
        QCOMPARE(spy.count(), 1);
        changes = spy.takeFirst().at(0).value<ChangeSet>();
        QCOMPARE(changes.customers.size(), 2);

        // A refused write sends nothing.
        in.amount = 0;
        QVERIFY(!book.ledger().recordPayment(in));
        QCOMPARE(spy.count(), 0);

        // The import sends its notice the same way, once.
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/customers.csv"), "ref,name\nC9,Cleo\n");
        QVERIFY(InterchangeImporter(book.ledger()).importFolder(dir.path()).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<ChangeSet>().customers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(EntryWriterTest)
#include "entry_writer_test.moc"
