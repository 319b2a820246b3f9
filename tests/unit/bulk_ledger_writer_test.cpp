// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk writer must leave exactly the book the Ledger leaves for the same
// calls: the same rows (ids included), caches and audit chain.
#include "db/database.h"
#include "io/interchange_importer.h"
#include "io/interchange_validator.h"
#include "ledger/bulk_ledger_writer.h"
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace recoup;
using recoup::test::TestBook;

namespace {

CustomerInput named(const QString &ref, const QString &name)
{
    CustomerInput input;
    input.ref = ref;
    input.name = name;
    return input;
}

/// Every row of a table in id order, one line each, without the named columns.
QStringList rows(Database &db, const QString &table, const QStringList &skip = {})
{
    QStringList lines;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        qFatal("dump failed");
    while (q.next()) {
        QString line;
        for (int i = 0; i < q.record().count(); ++i) {
            if (skip.contains(q.record().fieldName(i)))
                continue;
            line += (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString()) + QLatin1Char('|');
        }
        lines.append(line);
    }
    return lines;
}

/// Compares the two books table by table, naming the first row that differs.
void compareBooks(Database &viaLedger, Database &viaBulk)
{
    for (const QString &table : { QStringLiteral("customers"), QStringLiteral("debts"), QStringLiteral("entries"),
             QStringLiteral("audit_log") }) {
        // recorded_at is the moment of writing; the audit records hash it, so
        // with a fixed clock both books have the same chain.
        const QStringList skip
            = table == QLatin1String("entries") ? QStringList{ QStringLiteral("recorded_at") } : QStringList{};
        const QStringList a = rows(viaLedger, table, skip);
        const QStringList b = rows(viaBulk, table, skip);
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                qPrintable(
                    QStringLiteral("%1 row %2:\n ledger %3\n bulk   %4").arg(table).arg(i).arg(a.at(i), b.at(i))));
        QCOMPARE(b.size(), a.size());
    }
    // The book total both keep, with the last entry it counts.
    QCOMPARE(viaBulk.meta(QStringLiteral("book_total")), viaLedger.meta(QStringLiteral("book_total")));
}

void checkSound(TestBook &book)
{
    QVERIFY(book.ledger().audit().verify().isEmpty());
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

/// One call of a random dataset, against either writer.
struct Op
{
    enum Kind { Customer, Debt, Payment } kind = Customer;
    CustomerInput customer;
    QString customerRef;
    QString ref;
    QDate date;
    QDate dueDate;
    std::optional<int> termsDays;
    qint64 amount = 0;
    QString description;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString preferredDebtRef;
};

/// A seeded random history: customers, then sales and payments in no date
/// order, with overpayments, payments naming a sale, and credit carried on.
QList<Op> randomOps(quint32 seed, const QString &prefix, const QStringList &bookCustomers, int count)
{
    QRandomGenerator rng(seed);
    QList<Op> ops;
    QStringList customers = bookCustomers;
    QHash<QString, QStringList> debtsOf;
    const int newCustomers = 3 + int(rng.bounded(6));
    for (int i = 0; i < newCustomers; ++i) {
        Op op;
        op.customer.ref = QStringLiteral("%1C%2").arg(prefix).arg(i);
        op.customer.name = QStringLiteral("Customer %1 %2").arg(prefix).arg(i);
        if (rng.bounded(2))
            op.customer.phone = QStringLiteral("555 01%1").arg(i, 2, 10, QLatin1Char('0'));
        if (rng.bounded(3) == 0)
            op.customer.creditLimit = qint64(rng.bounded(100000));
        customers.append(op.customer.ref);
        ops.append(op);
    }
    const QDate start(2025, 1, 1);
    for (int i = 0; i < count; ++i) {
        Op op;
        op.customerRef = customers.at(int(rng.bounded(int(customers.size()))));
        op.date = start.addDays(int(rng.bounded(180)));
        if (rng.bounded(100) < 50) {
            op.kind = Op::Debt;
            op.ref = QStringLiteral("%1S%2").arg(prefix).arg(i);
            if (rng.bounded(2))
                op.termsDays = int(rng.bounded(90));
            else
                op.dueDate = op.date.addDays(int(rng.bounded(60)));
            op.amount = 100 + qint64(rng.bounded(50000));
            op.description = rng.bounded(2) ? QStringLiteral("Goods %1").arg(i) : QString();
            debtsOf[op.customerRef].append(op.ref);
        } else {
            op.kind = Op::Payment;
            op.ref = rng.bounded(3) ? QStringLiteral("%1P%2").arg(prefix).arg(i) : QString();
            op.amount = 100 + qint64(rng.bounded(rng.bounded(4) == 0 ? 120000 : 30000)); // some overpay
            op.method = PaymentMethod(rng.bounded(5));
            op.reference = rng.bounded(2) ? QStringLiteral("R%1").arg(i) : QString();
            const QStringList &debts = debtsOf.value(op.customerRef);
            if (!debts.isEmpty() && rng.bounded(3) == 0)
                op.preferredDebtRef = debts.at(int(rng.bounded(int(debts.size()))));
        }
        ops.append(op);
    }
    return ops;
}

DebtInput debtInput(const Op &op, qint64 customerId)
{
    DebtInput input;
    input.customerId = customerId;
    input.ref = op.ref;
    input.description = op.description;
    input.issueDate = op.date;
    input.dueDate = op.dueDate;
    input.termsDays = op.termsDays;
    input.amount = op.amount;
    return input;
}

PaymentInput paymentInput(const Op &op, qint64 customerId, qint64 preferredDebtId)
{
    PaymentInput input;
    input.customerId = customerId;
    input.amount = op.amount;
    input.date = op.date;
    input.method = op.method;
    input.reference = op.reference;
    input.ref = op.ref;
    input.preferredDebtId = preferredDebtId;
    return input;
}

qint64 customerId(Ledger &ledger, QHash<QString, qint64> &ids, const QString &ref)
{
    if (!ids.contains(ref))
        ids.insert(ref, ledger.customerByRef(ref)->id);
    return ids.value(ref);
}

qint64 debtId(Ledger &ledger, const QHash<QString, qint64> &ids, const QString &ref)
{
    if (ref.isEmpty())
        return 0;
    if (ids.contains(ref))
        return ids.value(ref);
    const auto debt = ledger.debtByRef(ref);
    return debt ? debt->id : 0;
}

/// The reference: each call through the Ledger API, all in one transaction as the import did.
void replayThroughLedger(Ledger &ledger, const QList<Op> &ops)
{
    QHash<QString, qint64> customers, debts;
    QVERIFY(ledger.database().begin().ok());
    for (const Op &op : ops) {
        if (op.kind == Op::Customer) {
            auto id = ledger.addCustomer(op.customer);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            customers.insert(op.customer.ref, id.value());
        } else if (op.kind == Op::Debt) {
            auto id = ledger.addDebt(debtInput(op, customerId(ledger, customers, op.customerRef)));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            debts.insert(op.ref, id.value());
        } else {
            auto done = ledger.recordPayment(paymentInput(
                op, customerId(ledger, customers, op.customerRef), debtId(ledger, debts, op.preferredDebtRef)));
            QVERIFY2(done.ok(), qPrintable(done.error()));
        }
    }
    QVERIFY(ledger.database().commit().ok());
}

void replayInBulk(Ledger &ledger, const QList<Op> &ops)
{
    QHash<QString, qint64> customers, debts;
    QVERIFY(ledger.database().begin().ok());
    BulkLedgerWriter writer(ledger);
    QVERIFY(writer.start().ok());
    for (const Op &op : ops) {
        if (op.kind == Op::Customer) {
            auto id = writer.addCustomer(op.customer);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            customers.insert(op.customer.ref, id.value());
        } else if (op.kind == Op::Debt) {
            auto id = writer.addDebt(debtInput(op, customerId(ledger, customers, op.customerRef)));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            debts.insert(op.ref, id.value());
        } else {
            auto done = writer.recordPayment(paymentInput(
                op, customerId(ledger, customers, op.customerRef), debtId(ledger, debts, op.preferredDebtRef)));
            QVERIFY2(done.ok(), qPrintable(done.error()));
        }
    }
    auto finished = writer.finish();
    QVERIFY2(finished.ok(), qPrintable(finished.error()));
    QVERIFY(ledger.database().commit().ok());
}

/// What was in the book before: customers with open sales, part payments and
/// credit waiting, written through the Ledger one call at a time.
QStringList seedBook(TestBook &book, quint32 seed)
{
    const QList<Op> ops = randomOps(seed, QStringLiteral("old"), {}, 40);
    QHash<QString, qint64> customers, debts;
    QStringList refs;
    for (const Op &op : ops) {
        if (op.kind == Op::Customer) {
            customers.insert(op.customer.ref, book.ledger().addCustomer(op.customer).value());
            refs.append(op.customer.ref);
        } else if (op.kind == Op::Debt) {
            debts.insert(op.ref, book.ledger().addDebt(debtInput(op, customers.value(op.customerRef))).value());
        } else {
            if (!book.ledger()
                     .recordPayment(paymentInput(op, customers.value(op.customerRef), debts.value(op.preferredDebtRef)))
                     .ok())
                qFatal("seed payment refused");
        }
    }
    return refs;
}

} // namespace

class BulkLedgerWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBookAsTheLedger_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("bookHasCustomers");
        for (quint32 seed : { 1u, 2u, 3u, 17u, 42u, 1234u })
            QTest::addRow("seed %u, empty book", seed) << seed << false;
        for (quint32 seed : { 5u, 6u, 99u, 2026u })
            QTest::addRow("seed %u, book with open debts and credit", seed) << seed << true;
    }

    void sameBookAsTheLedger()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, bookHasCustomers);
        TestBook viaLedger, viaBulk;
        QStringList existing;
        if (bookHasCustomers) {
            existing = seedBook(viaLedger, seed * 7 + 1);
            QCOMPARE(seedBook(viaBulk, seed * 7 + 1), existing);
        }
        const QList<Op> ops = randomOps(seed, QStringLiteral("new"), existing, 300);
        replayThroughLedger(viaLedger.ledger(), ops);
        replayInBulk(viaBulk.ledger(), ops);
        compareBooks(viaLedger.db(), viaBulk.db());
        checkSound(viaBulk);
    }

    // The random histories do reach the cases that matter.
    void randomHistoriesHaveOverpaymentsAndCarriedCredit()
    {
        TestBook book;
        const QStringList existing = seedBook(book, 5 * 7 + 1);
        replayInBulk(book.ledger(), randomOps(5, QStringLiteral("new"), existing, 300));
        QSqlQuery q(book.db().connection());
        // credit applied to a sale issued after the payment
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entries a JOIN entries p ON p.id = a.payment_id "
                                      "WHERE a.kind = 'allocation' AND a.effective_date > p.effective_date")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE credit > 0")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
    }

    // The format's example: the import (bulk) against the same lines replayed by
    // hand through the Ledger in the order the format gives.
    void formatExampleAsTheLedgerWritesIt()
    {
        const QString dir = QStringLiteral(RECOUP_FORMAT_EXAMPLES "/small");
        TestBook viaLedger, viaBulk;
        const ImportReport report = InterchangeImporter(viaBulk.ledger()).importFolder(dir);
        QVERIFY2(report.ok(), qPrintable(report.problems.isEmpty() ? QString() : report.problems.first().toString()));
        QVERIFY(report.debts > 0 && report.payments > 0);

        InterchangeValidator validator(viaLedger.ledger());
        QVERIFY(validator.check(dir));
        const InterchangeDataset &data = validator.dataset();
        QList<Op> ops;
        for (const CustomerRow &c : data.customers) {
            Op op;
            op.customer = c.input;
            ops.append(op);
        }
        QList<Op> dated;
        for (const DebtRow &d : data.debts) {
            Op op;
            op.kind = Op::Debt;
            op.customerRef = d.customerRef;
            op.ref = d.ref;
            op.date = d.issueDate;
            op.dueDate = d.dueDate;
            op.termsDays = d.termsDays;
            op.amount = d.amount;
            op.description = d.description;
            dated.append(op);
        }
        for (const PaymentRow &p : data.payments) {
            Op op;
            op.kind = Op::Payment;
            op.customerRef = p.customerRef;
            op.ref = p.ref;
            op.date = p.date;
            op.amount = p.amount;
            op.method = p.method;
            op.reference = p.reference;
            op.preferredDebtRef = p.debtRef;
            dated.append(op);
        }
        // By date; on a date the sales, then the payments, each in file order.
        std::stable_sort(dated.begin(), dated.end(), [](const Op &a, const Op &b) {
            if (a.date != b.date)
                return a.date < b.date;
            return a.kind == Op::Debt && b.kind == Op::Payment;
        });
        ops += dated;
        replayThroughLedger(viaLedger.ledger(), ops);
        compareBooks(viaLedger.db(), viaBulk.db());
        checkSound(viaBulk);
    }

    // Rows go 50 to a statement; when the book refuses one, finish() names the
    // call that made it, and nothing is left once the caller rolls back.
    void refusedRowNamesItsCall()
    {
        TestBook book;
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON entries WHEN NEW.ref = 'BAD' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(book.db().begin().ok());
        BulkLedgerWriter writer(book.ledger());
        QVERIFY(writer.start().ok());
        const qint64 customer = writer.addCustomer(named(QStringLiteral("A"), QStringLiteral("Ann"))).value();
        int badCall = -1;
        for (int i = 1; i <= 80; ++i) {
            if (i == 30) {
                PaymentInput pay;
                pay.customerId = customer;
                pay.amount = 100;
                pay.date = QDate(2025, 3, 1);
                pay.ref = QStringLiteral("BAD");
                QVERIFY(writer.recordPayment(pay).ok());
                badCall = i; // call 0 was the customer
                continue;
            }
            DebtInput debt;
            debt.customerId = customer;
            debt.ref = QStringLiteral("S%1").arg(i);
            debt.issueDate = QDate(2025, 1, 1).addDays(i);
            debt.termsDays = 30;
            debt.amount = 1000;
            QVERIFY(writer.addDebt(debt).ok());
        }
        const auto done = writer.finish();
        QVERIFY(!done.ok());
        // In the user's words (Database::describe), not the trigger's.
        QVERIFY2(done.error().contains(QStringLiteral("nothing was saved")), qPrintable(done.error()));
        QCOMPARE(writer.failedCall(), badCall);
        book.db().rollback();
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM customers)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusedOutsideATransaction()
    {
        TestBook book;
        BulkLedgerWriter writer(book.ledger());
        QVERIFY(!writer.start().ok());
        QVERIFY(!writer.addCustomer(named(QStringLiteral("A"), QStringLiteral("Ann"))).ok());
    }

    // After the bulk rows, the Ledger's own next write in the same transaction
    // continues the chain from the bulk writer's last record.
    void ledgerContinuesTheChain()
    {
        TestBook book;
        book.customer(QStringLiteral("First"));
        QVERIFY(book.db().begin().ok());
        BulkLedgerWriter writer(book.ledger());
        QVERIFY(writer.start().ok());
        QVERIFY(writer.addCustomer(named(QStringLiteral("B"), QStringLiteral("Bob"))).ok());
        QVERIFY(writer.finish().ok());
        QVERIFY(book.ledger().addCustomer(named(QStringLiteral("C"), QStringLiteral("Cy"))).ok());
        QVERIFY(book.db().commit().ok());
        QCOMPARE(book.ledger().audit().count(), 3);
        checkSound(book);
    }
};

QTEST_GUILESS_MAIN(BulkLedgerWriterTest)
#include "bulk_ledger_writer_test.moc"
