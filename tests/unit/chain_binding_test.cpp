// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "io/demo_generator.h"
#include "ledger/audit_log.h"
#include "ledger/book_total.h"
#include "ledger/canonical_rows.h"
#include "ledger/chain_binder.h"
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

const QDate Today(2026, 3, 14);

// A book with a bit of everything the chain binds: the demo's customers, sales,
// payments and reversals, and its collections story (a late fee charged and
// waived, payment plans, a write-off and a recovery).
// Made once, then copied for each test.
QString filledTemplate;

void fill(test::TestBook &book)
{
    if (!filledTemplate.isEmpty()) {
        book.close();
        if (!QFile::remove(book.path()) || !QFile::copy(filledTemplate, book.path()))
            qFatal("cannot copy the filled book");
        book.reopen();
        return;
    }
    // Enough customers that the healthier demo shop still has a sale chased to a
    // fee waived, so every bound table has rows.
    auto made = DemoGenerator(book.ledger()).generate({ 60, 7, Today });
    if (!made)
        qFatal("demo: %s", qPrintable(made.error()));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// What someone with the file and an SQLite shell does: the append-only
// triggers dropped and CHECK constraints ignored, rows changed, the triggers
// put back so the book looks whole. On a connection of its own, book closed.
void tamper(test::TestBook &book, const QStringList &statements)
{
    book.close();
    const QString name = QStringLiteral("attacker");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(book.path());
        if (!raw.open())
            qFatal("raw open failed");
        QSqlQuery q(raw);
        QStringList triggers;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
            qFatal("triggers");
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            triggers << q.value(1).toString();
        }
        for (const QString &trigger : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)))
                qFatal("drop trigger");
        if (!q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
            qFatal("pragma");
        for (const QString &sql : statements)
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QString &trigger : std::as_const(triggers))
            if (!q.exec(trigger))
                qFatal("put trigger back");
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    book.reopen();
}

VerifyReport verify(test::TestBook &book)
{
    return LedgerVerifier(book.db()).run();
}

QString joined(const VerifyReport &report)
{
    return report.problems.join(QLatin1Char('\n'));
}

bool mentions(const VerifyReport &report, const QString &text)
{
    for (const QString &problem : report.problems)
        if (problem.startsWith(text))
            return true;
    return false;
}

// A value changed as an attacker would: an integer by one, a date by a day,
// NULL to 1, text with a letter more.
QString changed(const QString &column)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 WHEN typeof(%1) = 'integer' THEN %1 + 1 "
                          "WHEN %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
                          "THEN date(substr(%1, 1, 10), '+1 day') || substr(%1, 11) ELSE %1 || 'x' END")
        .arg(column);
}

} // namespace

class ChainBindingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        book.close();
        QVERIFY(QFile::copy(book.path(), m_dir.filePath(QStringLiteral("filled.recoup"))));
        filledTemplate = m_dir.filePath(QStringLiteral("filled.recoup"));
    }

    void bookFromTheDemoIsBoundAndSound()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        // Every bound table has rows, so the tampering below touches each.
        for (const CanonicalRows::Table &t : CanonicalRows::tables())
            QVERIFY2(scalar(book.db(), QStringLiteral("SELECT count(*) FROM %1").arg(t.name)) > 0, qPrintable(t.name));
        const VerifyReport report = verify(book);
        QVERIFY2(report.ok(), qPrintable(joined(report)));
        QCOMPARE(report.bindRecord, 0); // bound from the start
        QVERIFY(report.boundRows > 0);
    }

    // One column of one row changed alone, for each column that carries money,
    // a date, an owner or a kind: verify names the table, row and column.
    void columnChangedAlone_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("row"); // which row: a query
        QTest::addColumn<QString>("value"); // the new value (empty: changed())
        const QString payment = QStringLiteral("SELECT max(id) FROM entries WHERE kind = 'payment'");
        const QString allocation = QStringLiteral("SELECT max(id) FROM entries WHERE kind = 'allocation'");
        const QString charge = QStringLiteral("SELECT max(id) FROM entries WHERE kind = 'charge'");
        const auto add = [](const QString &table, const QString &column, const QString &row, const QString &value) {
            QTest::addRow("%s.%s", qPrintable(table), qPrintable(column)) << table << column << row << value;
        };
        for (const char *column : { "customer_id", "amount", "balance_delta", "credit_delta", "effective_date",
                 "recorded_at", "recorded_by", "method" })
            add(QStringLiteral("entries"), QString::fromLatin1(column), payment, QString());
        add(QStringLiteral("entries"), QStringLiteral("kind"), payment, QStringLiteral("'adjustment'"));
        add(QStringLiteral("entries"), QStringLiteral("debt_id"), allocation, QString());
        add(QStringLiteral("entries"), QStringLiteral("payment_id"), allocation, QString());
        add(QStringLiteral("entries"), QStringLiteral("open_delta"), charge, QString());
        add(QStringLiteral("entries"), QStringLiteral("source_id"),
            QStringLiteral("SELECT max(id) FROM entries WHERE kind = 'reversal'"), QString());
        const QString sale = QStringLiteral("SELECT max(id) FROM debts WHERE kind = 'sale'");
        for (const char *column : { "customer_id", "issue_date", "due_date", "amount", "created_at", "terms_days" })
            add(QStringLiteral("debts"), QString::fromLatin1(column), sale, QString());
        add(QStringLiteral("debts"), QStringLiteral("kind"), sale, QStringLiteral("'fee'"));
        add(QStringLiteral("debts"), QStringLiteral("source_debt_id"),
            QStringLiteral("SELECT max(id) FROM debts WHERE kind = 'fee'"), QString());
        const QString customer = QStringLiteral("SELECT max(id) FROM customers");
        for (const char *column : { "ref", "name", "credit_limit", "created_at" })
            add(QStringLiteral("customers"), QString::fromLatin1(column), customer, QString());
        const QString fee = QStringLiteral("SELECT max(id) FROM fee_charges");
        for (const char *column : { "source_debt_id", "period_from", "period_to", "run_date", "debt_id", "amount",
                 "basis", "recorded_at", "recorded_by" })
            add(QStringLiteral("fee_charges"), QString::fromLatin1(column), fee, QString());
        add(QStringLiteral("fee_charges"), QStringLiteral("kind"), fee, QStringLiteral("'interest'"));
        const QString waiver = QStringLiteral("SELECT max(id) FROM fee_waivers");
        for (const char *column : { "charge_id", "waived_on", "entry_id", "recorded_at", "recorded_by" })
            add(QStringLiteral("fee_waivers"), QString::fromLatin1(column), waiver, QString());
        const QString plan = QStringLiteral("SELECT max(id) FROM payment_plans");
        for (const char *column : { "customer_id", "made_on", "balance", "down_payment", "installment_count",
                 "first_date", "recorded_at", "recorded_by" })
            add(QStringLiteral("payment_plans"), QString::fromLatin1(column), plan, QString());
        add(QStringLiteral("payment_plans"), QStringLiteral("frequency"), plan, QStringLiteral("'week'"));
        const QString planDebt = QStringLiteral("SELECT max(rowid) FROM payment_plan_debts");
        for (const char *column : { "plan_id", "debt_id", "amount", "entry_id" })
            add(QStringLiteral("payment_plan_debts"), QString::fromLatin1(column), planDebt, QString());
        add(QStringLiteral("payment_plan_debts"), QStringLiteral("role"), planDebt, QStringLiteral("'source'"));
        const QString recovery = QStringLiteral("SELECT max(id) FROM recoveries");
        for (const char *column :
            { "debt_id", "reinstate_id", "payment_id", "amount", "recovered_on", "recorded_at", "recorded_by" })
            add(QStringLiteral("recoveries"), QString::fromLatin1(column), recovery, QString());
    }
    void columnChangedAlone()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, row);
        QFETCH(QString, value);
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const qint64 rowid = scalar(book.db(), row);
        QVERIFY(rowid > 0);
        tamper(book,
            { QStringLiteral("UPDATE %1 SET %2 = %3 WHERE rowid = %4")
                    .arg(table, column, value.isEmpty() ? changed(column) : value)
                    .arg(rowid) });
        const VerifyReport report = verify(book);
        const QString expected = QStringLiteral("%1 row %2, column %3: ").arg(table).arg(rowid).arg(column);
        QVERIFY2(mentions(report, expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + joined(report)));
    }

    // A payment raised by a cent with every cache moved to match (the
    // customer's balance and credit, the book total): no total disagrees, and
    // the binding alone reports it, column by column.
    void paymentChangedWithItsCaches()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const qint64 id = scalar(book.db(), QStringLiteral("SELECT max(id) FROM entries WHERE kind = 'payment'"));
        const qint64 customer
            = scalar(book.db(), QStringLiteral("SELECT customer_id FROM entries WHERE id = %1").arg(id));
        const auto total = BookTotal::kept(book.db());
        QVERIFY(total);
        tamper(book,
            { QStringLiteral("UPDATE entries SET amount = amount + 1, credit_delta = credit_delta + 1, "
                             "balance_delta = balance_delta - 1 WHERE id = %1")
                    .arg(id),
                QStringLiteral("UPDATE customers SET credit = credit + 1, balance = balance - 1 WHERE id = %1")
                    .arg(customer),
                QStringLiteral("UPDATE meta SET value = '%1 %2' WHERE key = 'book_total'")
                    .arg(total->total + 1)
                    .arg(total->lastEntryId) });
        const VerifyReport report = verify(book);
        QCOMPARE(report.problems.size(), 3);
        for (const char *column : { "amount", "balance_delta", "credit_delta" }) {
            const QString expected = QStringLiteral("entries row %1, column %2: ").arg(id).arg(QLatin1String(column));
            QVERIFY2(mentions(report, expected), qPrintable(joined(report)));
        }
    }

    // A sale's amount changed with its charge, its open amount, the customer's
    // balance and the book total: the debt and the charge are reported.
    void saleChangedWithItsCaches()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const qint64 debt = scalar(book.db(), QStringLiteral("SELECT max(id) FROM debts WHERE kind = 'sale'"));
        const qint64 charge = scalar(
            book.db(), QStringLiteral("SELECT id FROM entries WHERE debt_id = %1 AND kind = 'charge'").arg(debt));
        const auto total = BookTotal::kept(book.db());
        QVERIFY(total);
        tamper(book,
            { QStringLiteral("UPDATE debts SET amount = amount + 100, open_amount = open_amount + 100 WHERE id = %1")
                    .arg(debt),
                QStringLiteral("UPDATE entries SET amount = amount + 100, open_delta = open_delta + 100, "
                               "balance_delta = balance_delta + 100 WHERE id = %1")
                    .arg(charge),
                QStringLiteral("UPDATE customers SET balance = balance + 100 WHERE id = (SELECT customer_id FROM "
                               "debts WHERE id = %1)")
                    .arg(debt),
                QStringLiteral("UPDATE meta SET value = '%1 %2' WHERE key = 'book_total'")
                    .arg(total->total + 100)
                    .arg(total->lastEntryId) });
        const VerifyReport report = verify(book);
        QCOMPARE(report.problems.size(), 4);
        QVERIFY2(
            mentions(report, QStringLiteral("debts row %1, column amount: ").arg(debt)), qPrintable(joined(report)));
        for (const char *column : { "amount", "balance_delta", "open_delta" })
            QVERIFY2(
                mentions(report, QStringLiteral("entries row %1, column %2: ").arg(charge).arg(QLatin1String(column))),
                qPrintable(joined(report)));
    }

    // A row deleted from each bound table: the record that bound it says so.
    void rowDeleted_data()
    {
        QTest::addColumn<QString>("table");
        for (const CanonicalRows::Table &t : CanonicalRows::tables())
            QTest::addRow("%s", qPrintable(t.name)) << t.name;
    }
    void rowDeleted()
    {
        QFETCH(QString, table);
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const qint64 rowid = scalar(book.db(), QStringLiteral("SELECT max(rowid) FROM %1").arg(table));
        tamper(book, { QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(table).arg(rowid) });
        const VerifyReport report = verify(book);
        const QString expected = QStringLiteral("%1 row %2: audit record ").arg(table).arg(rowid);
        QVERIFY2(mentions(report, expected), qPrintable(joined(report)));
    }

    // An entry slipped in outside Recoup: no record binds it.
    void rowAddedOutside()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const qint64 id = scalar(book.db(), QStringLiteral("SELECT max(id) FROM entries")) + 1;
        tamper(book,
            { QStringLiteral("INSERT INTO entries (id, customer_id, kind, amount, balance_delta, open_delta, "
                             "credit_delta, effective_date, recorded_at, recorded_by) SELECT %1, customer_id, "
                             "'adjustment', 0, 0, 0, 0, effective_date, recorded_at, recorded_by FROM entries "
                             "WHERE id = 1")
                    .arg(id) });
        const VerifyReport report = verify(book);
        QVERIFY2(mentions(report, QStringLiteral("entries row %1: no audit record binds it").arg(id)),
            qPrintable(joined(report)));
    }

    // A customer's details edited in Recoup are bound again: the edited row
    // verifies, and changing it back by hand is reported.
    void editedCustomerIsBoundAgain()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        const qint64 id = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
        auto input = book.ledger().customer(id)->details;
        input.creditLimit = 50000;
        QVERIFY(book.ledger().updateCustomer(id, input));
        VerifyReport report = verify(book);
        QVERIFY2(report.ok(), qPrintable(joined(report)));
        tamper(book, { QStringLiteral("UPDATE customers SET credit_limit = 90000 WHERE id = %1").arg(id) });
        report = verify(book);
        QVERIFY2(mentions(report,
                     QStringLiteral("customers row %1, column credit_limit: the book holds “90000”, audit "
                                    "record ")
                         .arg(id)),
            qPrintable(joined(report)));
    }

    // The chain's tail removed with the rows it bound: the chain left is whole,
    // and only a head taken earlier, outside the book, catches it.
    void truncatedTailCaughtByAnOlderHead()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const auto before = book.ledger().audit().lastRecord();
        QVERIFY(before && before->first > 2);
        const QString head = AuditLog::headText(before->first, before->second);
        // A later sale: the older head still holds.
        const qint64 customer = scalar(book.db(), QStringLiteral("SELECT min(id) FROM customers"));
        book.sale(customer, QStringLiteral("12.00"), Today, 30, QStringLiteral("LATE-1"));
        QVERIFY(book.ledger().audit().checkHead(head).isEmpty());
        // The sale and the records from the head's on removed, with the rows they bound.
        const qint64 cut = before->first;
        tamper(book,
            { QStringLiteral("DELETE FROM entries WHERE id IN (SELECT id FROM entries WHERE ref = 'LATE-1')"),
                QStringLiteral("DELETE FROM debts WHERE ref = 'LATE-1'"),
                QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(cut) });
        const QStringList problems = book.ledger().audit().checkHead(head);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().contains(QStringLiteral("ends at record %1").arg(cut - 1)), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(QStringLiteral("record %1").arg(cut)), qPrintable(problems.first()));
    }

    // The chain rewritten from a record on (every hash made again): whole
    // again, but not the chain the head names.
    void rewrittenChainCaughtByTheHead()
    {
        test::TestBook book(QStringLiteral("USD"), Today);
        fill(book);
        const auto last = book.ledger().audit().lastRecord();
        QVERIFY(last);
        const QString head = AuditLog::headText(last->first, last->second);
        tamper(book,
            { QStringLiteral("UPDATE audit_log SET hash = 'ff' || substr(hash, 3) WHERE id = %1").arg(last->first) });
        const QStringList problems = book.ledger().audit().checkHead(head);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("audit record %1 is not the one").arg(last->first)),
            qPrintable(problems.first()));
        QVERIFY(!book.ledger().audit().checkHead(QStringLiteral("12-abc")).isEmpty());
    }

    // A book of schema 8 (no binding) with a history: upgraded, its backup gets
    // the head as it was, every row is bound, and verify says from when.
    void upgradedBookIsBoundFromItsUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.recoup"));
        QList<Migration> eight = Migration::builtIn();
        while (eight.constLast().version >= ChainBinder::FirstSchema)
            eight.removeLast();
        FixedClock clock(QDateTime(Today, QTime(9, 0), QTimeZone::utc()));
        QString headBefore;
        {
            auto db = Database::create(path, Currency::fromCode(QStringLiteral("USD")).value(), eight);
            QVERIFY(db);
            Ledger ledger(*db.value(), clock);
            CustomerInput ana;
            ana.ref = QStringLiteral("A1");
            ana.name = QStringLiteral("Ana");
            const auto id = ledger.addCustomer(ana);
            QVERIFY(id);
            DebtInput sale;
            sale.customerId = id.value();
            sale.ref = QStringLiteral("S1");
            sale.amount = 5000;
            sale.issueDate = QDate(2026, 3, 1);
            sale.termsDays = 30;
            QVERIFY(ledger.addDebt(sale));
            const auto last = ledger.audit().lastRecord();
            QVERIFY(last);
            headBefore = AuditLog::headText(last->first, last->second);
            QVERIFY(!db.value()->meta(ChainBinder::metaKey()).startsWith(QLatin1String("v1")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(!db.value()->backupPath().isEmpty());
        QFile side(db.value()->backupPath() + QStringLiteral(".head"));
        QVERIFY(side.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(side.readAll()).trimmed(), headBefore);
        clock.set(QDateTime(Today.addDays(1), QTime(8, 0), QTimeZone::utc()));
        Ledger ledger(*db.value(), clock);
        const VerifyReport report = LedgerVerifier(*db.value()).run();
        QVERIFY2(report.ok(), qPrintable(joined(report)));
        QCOMPARE(report.boundOn, QStringLiteral("2026-03-15"));
        QVERIFY(report.bindRecord > 0);
        QCOMPARE(report.boundRows, 3); // the customer, the sale and its charge
        // The head before the upgrade still holds.
        QVERIFY(ledger.audit().checkHead(headBefore).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(ChainBindingTest)
#include "chain_binding_test.moc"
