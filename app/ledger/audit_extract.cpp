// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_extract.h"

#include "db/database.h"

#include <QSqlQuery>

namespace recoup {

namespace {

// Which object each kind of audit record names, and how to find the
// customer's (:c) or the debt's (:d) among them.
const QString CustomerRecords = QStringLiteral(
    "(a.object_type = 'customer' AND a.object_id = :c)"
    " OR (a.object_type = 'debt' AND a.object_id IN (SELECT id FROM debts WHERE customer_id = :c))"
    " OR (a.object_type IN ('payment', 'adjustment', 'entry')"
    " AND a.object_id IN (SELECT id FROM entries WHERE customer_id = :c))"
    " OR (a.object_type IN ('fee', 'interest') AND a.object_id IN (SELECT f.id FROM fee_charges f"
    " JOIN debts d ON d.id = f.source_debt_id WHERE d.customer_id = :c))"
    " OR (a.object_type = 'contact' AND a.object_id IN (SELECT id FROM contacts WHERE customer_id = :c))"
    " OR (a.object_type = 'promise' AND a.object_id IN (SELECT id FROM promises WHERE customer_id = :c))"
    " OR (a.object_type = 'dispute' AND a.object_id IN (SELECT s.id FROM disputes s"
    " JOIN debts d ON d.id = s.debt_id WHERE d.customer_id = :c))"
    " OR (a.object_type = 'payment_plan' AND a.object_id IN (SELECT id FROM payment_plans WHERE customer_id = :c))"
    " OR (a.object_type = 'agency_referral' AND a.object_id IN (SELECT r.id FROM agency_referrals r"
    " JOIN debts d ON d.id = r.debt_id WHERE d.customer_id = :c))"
    " OR (a.object_type = 'legal_step' AND a.object_id IN (SELECT l.id FROM legal_steps l"
    " JOIN debts d ON d.id = l.debt_id WHERE d.customer_id = :c))"
    " OR (a.object_type = 'document_sent' AND a.object_id IN (SELECT id FROM documents_sent WHERE customer_id = :c))"
    " OR (a.object_type = 'outbox' AND a.object_id IN (SELECT id FROM outbox WHERE customer_id = :c))");

// A debt's pack: the customer itself, the debt, its entries (and the payments
// allocated to it), its fees, the contacts about it or the whole account, the
// promises, disputes, plans, referrals, legal steps and messages about it, and
// every paper sent to the customer.
const QString DebtRecords = QStringLiteral(
    "(a.object_type = 'customer' AND a.object_id = :c)"
    " OR (a.object_type = 'debt' AND a.object_id = :d)"
    " OR (a.object_type IN ('payment', 'adjustment', 'entry') AND a.object_id IN (SELECT id FROM entries"
    " WHERE customer_id = :c AND (debt_id = :d OR id IN (SELECT payment_id FROM entries WHERE debt_id = :d))))"
    " OR (a.object_type IN ('fee', 'interest') AND a.object_id IN (SELECT id FROM fee_charges"
    " WHERE source_debt_id = :d))"
    " OR (a.object_type = 'contact' AND a.object_id IN (SELECT id FROM contacts WHERE customer_id = :c"
    " AND (debt_id IS NULL OR debt_id = :d)))"
    " OR (a.object_type = 'promise' AND a.object_id IN (SELECT promise_id FROM promise_debts WHERE debt_id = :d))"
    " OR (a.object_type = 'dispute' AND a.object_id IN (SELECT id FROM disputes WHERE debt_id = :d))"
    " OR (a.object_type = 'payment_plan' AND a.object_id IN (SELECT plan_id FROM payment_plan_debts"
    " WHERE debt_id = :d))"
    " OR (a.object_type = 'agency_referral' AND a.object_id IN (SELECT id FROM agency_referrals WHERE debt_id = :d))"
    " OR (a.object_type = 'legal_step' AND a.object_id IN (SELECT id FROM legal_steps WHERE debt_id = :d))"
    " OR (a.object_type = 'document_sent' AND a.object_id IN (SELECT id FROM documents_sent WHERE customer_id = :c))"
    " OR (a.object_type = 'outbox' AND a.object_id IN (SELECT outbox_id FROM outbox_debts WHERE debt_id = :d))");

} // namespace

AuditExtract::AuditExtract(Database &db) : m_db(db) { }

Result<QList<AuditExtract::Line>> AuditExtract::read(qint64 customerId, qint64 debtId, qint64 throughId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT a.id, a.recorded_at, a.recorded_by, a.action, a.object_type, "
                                               "a.object_id, a.prev_hash, a.hash FROM audit_log a "
                                               "WHERE (:through = 0 OR a.id <= :through) AND (%1) ORDER BY a.id")
                                    .arg(debtId ? DebtRecords : CustomerRecords));
    q.bindValue(QStringLiteral(":through"), throughId);
    q.bindValue(QStringLiteral(":c"), customerId);
    if (debtId)
        q.bindValue(QStringLiteral(":d"), debtId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Line> lines;
    while (q.next()) {
        Line line;
        line.id = q.value(0).toLongLong();
        line.recordedAt = q.value(1).toString();
        line.recordedBy = q.value(2).toString();
        line.action = q.value(3).toString();
        line.objectType = q.value(4).toString();
        line.objectId = q.value(5).toLongLong();
        line.prevHash = q.value(6).toString();
        line.hash = q.value(7).toString();
        lines.append(line);
    }
    q.finish();
    return lines;
}

} // namespace recoup
