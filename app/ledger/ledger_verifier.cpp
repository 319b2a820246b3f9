// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger_verifier.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "ledger/audit_log.h"
#include "ledger/binding_verifier.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "ledger/period_close.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

// Runs a read-only query; a failure becomes a problem (a book that cannot be
// read is not a sound book).
bool select(const Database &db, QSqlQuery &query, const QString &sql, VerifyReport &report)
{
    query = QSqlQuery(db.connection());
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    report.problems << QCoreApplication::translate("LedgerVerifier", "The book cannot be read: %1")
                           .arg(Database::describe(query.lastError()));
    return false;
}

} // namespace

LedgerVerifier::LedgerVerifier(const Database &db) : m_db(db) { }

VerifyReport LedgerVerifier::run() const
{
    VerifyReport report;
    count(report);
    // AuditLog needs a clock only to append; verifying never asks it the time.
    const SystemClock clock;
    AuditLog audit(const_cast<Database &>(m_db), clock);
    report.problems += audit.verify();
    if (const auto head = audit.lastRecord()) {
        report.headId = head->first;
        report.headHash = head->second;
    }
    // Every row that says what is owed, as stored, against the record that binds it.
    BindingReport bound = BindingVerifier(const_cast<Database &>(m_db)).run();
    report.problems += bound.problems;
    report.boundOn = bound.boundOn;
    report.bindRecord = bound.bindRecord;
    report.boundRows = bound.boundRows;
    // The closed period as the book keeps it, against the records that closed it.
    report.problems += PeriodClose::verify(const_cast<Database &>(m_db));
    checkEntries(report);
    checkCustomers(report);
    checkDebts(report);
    checkPayments(report);
    return report;
}

void LedgerVerifier::count(VerifyReport &report) const
{
    QSqlQuery q;
    if (select(m_db, q,
            QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM debts), "
                           "(SELECT count(*) FROM entries), (SELECT count(*) FROM audit_log)"),
            report)
        && q.next()) {
        report.customers = q.value(0).toLongLong();
        report.debts = q.value(1).toLongLong();
        report.entries = q.value(2).toLongLong();
        report.auditRecords = q.value(3).toLongLong();
    }
}

void LedgerVerifier::checkEntries(VerifyReport &report) const
{
    const Currency &cur = m_db.currency();
    QSqlQuery q;
    if (select(m_db, q,
            QStringLiteral("SELECT id, balance_delta, open_delta, credit_delta FROM entries "
                           "WHERE balance_delta <> open_delta - credit_delta ORDER BY id"),
            report))
        while (q.next())
            report.problems << tr("entry %1: its balance change %2 is not its open change %3 less its credit "
                                  "change %4")
                                   .arg(q.value(0).toString(), Money::toFileText(q.value(1).toLongLong(), cur),
                                       Money::toFileText(q.value(2).toLongLong(), cur),
                                       Money::toFileText(q.value(3).toLongLong(), cur));
    if (select(m_db, q,
            QStringLiteral("SELECT e.id, d.ref FROM entries e JOIN debts d ON d.id = e.debt_id "
                           "WHERE e.customer_id <> d.customer_id OR e.effective_date < d.issue_date ORDER BY e.id"),
            report))
        while (q.next())
            report.problems << tr("entry %1: does not fit its sale %2 (another customer, or dated before the sale)")
                                   .arg(q.value(0).toString(), q.value(1).toString());
    // The book total (BookTotal) is a cache too; past the limit, the book's sums may not fit.
    const auto summed = BookTotal::sum(m_db);
    if (!summed) {
        report.problems << summed.error();
        return;
    }
    if (summed->total > BookRules::MaxBookTotal)
        report.problems << tr("the entries add up to more than %1, the most one book can hold: some of its totals "
                              "may be wrong")
                               .arg(Money::toFileText(BookRules::MaxBookTotal, cur));
    else if (const auto kept = BookTotal::kept(m_db);
             kept && kept->lastEntryId == summed->lastEntryId && kept->total != summed->total)
        report.problems << tr("the stored book total %1 is not the sum of the entries' amounts, %2")
                               .arg(Money::toFileText(kept->total, cur), Money::toFileText(summed->total, cur));
}

void LedgerVerifier::checkCustomers(VerifyReport &report) const
{
    const Currency &cur = m_db.currency();
    QSqlQuery q;
    if (!select(m_db, q,
            QStringLiteral("SELECT c.ref, c.balance, coalesce(s.balance, 0), c.credit, coalesce(s.credit, 0), "
                           "coalesce(c.last_payment_date, ''), coalesce(p.last, '') FROM customers c "
                           "LEFT JOIN (SELECT customer_id, sum(balance_delta) AS balance, sum(credit_delta) AS credit "
                           "FROM entries GROUP BY customer_id) s ON s.customer_id = c.id "
                           "LEFT JOIN (SELECT customer_id, max(effective_date) AS last FROM entries p "
                           "WHERE kind = 'payment' AND NOT EXISTS (SELECT 1 FROM entries r WHERE r.source_id = p.id "
                           "AND r.kind = 'reversal') GROUP BY customer_id) p ON p.customer_id = c.id "
                           "WHERE c.balance <> coalesce(s.balance, 0) OR c.credit <> coalesce(s.credit, 0) "
                           "OR coalesce(c.last_payment_date, '') <> coalesce(p.last, '') ORDER BY c.ref"),
            report))
        return;
    while (q.next()) {
        const QString ref = q.value(0).toString();
        if (q.value(1).toLongLong() != q.value(2).toLongLong())
            report.problems << tr("customer %1: the stored balance %2 is not the sum of its entries, %3")
                                   .arg(ref, Money::toFileText(q.value(1).toLongLong(), cur),
                                       Money::toFileText(q.value(2).toLongLong(), cur));
        if (q.value(3).toLongLong() != q.value(4).toLongLong())
            report.problems << tr("customer %1: the stored credit %2 is not the sum of its entries, %3")
                                   .arg(ref, Money::toFileText(q.value(3).toLongLong(), cur),
                                       Money::toFileText(q.value(4).toLongLong(), cur));
        if (q.value(5).toString() != q.value(6).toString())
            report.problems << tr("customer %1: the stored last payment date “%2” is not that of its last "
                                  "payment, “%3”")
                                   .arg(ref, q.value(5).toString(), q.value(6).toString());
    }
    // Credit as of the end of each day: never below zero.
    if (select(m_db, q,
            QStringLiteral("SELECT c.ref, min(r.day), min(r.running) FROM (SELECT customer_id, effective_date AS "
                           "day, sum(sum(credit_delta)) OVER (PARTITION BY customer_id ORDER BY effective_date) "
                           "AS running FROM entries WHERE credit_delta <> 0 GROUP BY customer_id, effective_date) "
                           "r JOIN customers c ON c.id = r.customer_id WHERE r.running < 0 "
                           "GROUP BY c.id ORDER BY c.ref"),
            report))
        while (q.next())
            report.problems << tr("customer %1: applied more credit than was paid, from %2")
                                   .arg(q.value(0).toString(), q.value(1).toString());
}

void LedgerVerifier::checkDebts(VerifyReport &report) const
{
    // A debt's amount is what its first entry charged: a sale's charge, or the
    // fee or interest entry of an item the collections engine made.
    const Currency &cur = m_db.currency();
    QSqlQuery q;
    if (select(m_db, q,
            // A sale's amount is its charge (a fee's or interest's, theirs); an
            // installment of a payment plan, having no charge, is opened by an
            // adjustment that carries its ref.
            QStringLiteral(
                "SELECT d.ref, d.open_amount, coalesce(s.open, 0), d.amount, coalesce(s.charged, 0) "
                "FROM debts d LEFT JOIN (SELECT debt_id, sum(open_delta) AS open, "
                "sum(CASE WHEN kind IN ('charge', 'fee', 'interest') OR (kind = 'adjustment' AND ref IS NOT NULL) "
                "THEN amount ELSE 0 END) AS charged FROM entries "
                "WHERE debt_id IS NOT NULL GROUP BY debt_id) s ON s.debt_id = d.id "
                "WHERE d.open_amount <> coalesce(s.open, 0) OR d.amount <> coalesce(s.charged, 0) "
                "ORDER BY d.ref"),
            report))
        while (q.next()) {
            const QString ref = q.value(0).toString();
            if (q.value(1).toLongLong() != q.value(2).toLongLong())
                report.problems << tr("sale %1: the stored open amount %2 is not the sum of its entries, %3")
                                       .arg(ref, Money::toFileText(q.value(1).toLongLong(), cur),
                                           Money::toFileText(q.value(2).toLongLong(), cur));
            if (q.value(3).toLongLong() != q.value(4).toLongLong())
                report.problems << tr("sale %1: its amount %2 is not what was charged, %3")
                                       .arg(ref, Money::toFileText(q.value(3).toLongLong(), cur),
                                           Money::toFileText(q.value(4).toLongLong(), cur));
        }
    // Open amount as of the end of each day: never below zero.
    if (select(m_db, q,
            QStringLiteral("SELECT d.ref, min(r.day) FROM (SELECT debt_id, effective_date AS day, "
                           "sum(sum(open_delta)) OVER (PARTITION BY debt_id ORDER BY effective_date) AS running "
                           "FROM entries WHERE debt_id IS NOT NULL GROUP BY debt_id, effective_date) r "
                           "JOIN debts d ON d.id = r.debt_id WHERE r.running < 0 GROUP BY d.id ORDER BY d.ref"),
            report))
        while (q.next())
            report.problems << tr("sale %1: open below zero from %2").arg(q.value(0).toString(), q.value(1).toString());
}

void LedgerVerifier::checkPayments(VerifyReport &report) const
{
    const Currency &cur = m_db.currency();
    QSqlQuery q;
    // What is left of each payment (its amount less what was allocated, with
    // reversals counted back), as of the end of each day, must not go below zero.
    if (select(m_db, q,
            QStringLiteral("SELECT p.id, coalesce(p.ref, ''), p.amount, min(r.day), min(r.running) FROM (SELECT "
                           "coalesce(payment_id, id) AS payment, effective_date AS day, sum(sum(credit_delta)) "
                           "OVER (PARTITION BY coalesce(payment_id, id) ORDER BY effective_date) AS running FROM "
                           "entries WHERE credit_delta <> 0 GROUP BY payment, effective_date) r JOIN entries p ON "
                           "p.id = r.payment WHERE r.running < 0 GROUP BY p.id ORDER BY p.id"),
            report))
        while (q.next())
            report.problems << tr("payment %1 %2: more than its amount %3 was allocated, from %4")
                                   .arg(q.value(0).toString(), q.value(1).toString(),
                                       Money::toFileText(q.value(2).toLongLong(), cur), q.value(3).toString());
    if (select(m_db, q,
            QStringLiteral("SELECT a.id FROM entries a JOIN entries p ON p.id = a.payment_id "
                           "WHERE a.kind = 'allocation' AND (p.kind <> 'payment' OR p.customer_id <> a.customer_id "
                           "OR a.debt_id IS NULL) ORDER BY a.id"),
            report))
        while (q.next())
            report.problems << tr("entry %1: an allocation that does not belong to a payment of the same customer")
                                   .arg(q.value(0).toString());
}

} // namespace recoup
