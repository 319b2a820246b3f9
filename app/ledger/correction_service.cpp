// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/correction_service.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger_reader.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace recoup {

CorrectionService::CorrectionService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer)
    : m_db(db), m_clock(clock), m_reader(reader), m_writer(writer)
{ }

Result<qint64> CorrectionService::addAdjustment(
    qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason)
{
    const auto d = m_reader.debt(debtId);
    if (!d)
        return d.failure();
    if (reason.trimmed().isEmpty())
        return Error{ tr("Give a reason for the adjustment.") };
    if (auto ok = BookRules::checkText(reason.trimmed()); !ok)
        return ok.failure();
    if (auto ok = BookRules::checkAdjustment(signedAmount, m_db.currency()); !ok)
        return ok.failure();
    if (signedAmount < 0 && -signedAmount > d->openAmount)
        return Error{ tr("A reduction cannot be more than is open on the sale.") };
    if (auto ok = m_writer.checkDate(date); !ok)
        return ok.failure();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    NewEntry a;
    a.customerId = d->customerId;
    a.debtId = debtId;
    a.kind = EntryKind::Adjustment;
    a.amount = signedAmount;
    a.openDelta = signedAmount;
    a.date = std::max(date, d->issueDate);
    a.note = reason.trimmed();
    auto id = m_writer.write(a);
    if (!id)
        return id;
    if (auto done = m_writer.audit(QStringLiteral("add"), QStringLiteral("adjustment"), id.value(),
            { { QStringLiteral("debt_id"), debtId }, { QStringLiteral("amount"), signedAmount },
                { QStringLiteral("reason"), a.note } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<qint64> CorrectionService::reverse(qint64 entryId, const QString &reason, const QDate &date)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Give a reason for the reversal.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok.failure();
    const auto target = m_reader.entry(entryId);
    if (!target)
        return target.failure();
    if (target->kind == EntryKind::Reversal)
        return Error{ tr("A reversal cannot itself be reversed; record the entry again instead.") };
    if (target->reversedBy)
        return Error{ tr("That entry has already been reversed.") };
    const QDate when = date.isValid() ? date : m_clock.today();
    if (auto ok = m_writer.checkDate(when); !ok)
        return ok.failure();

    // What goes with the entry: a payment takes its allocations along, a sale
    // everything applied to it; the entry itself last.
    QList<Entry> targets;
    if (target->kind == EntryKind::Payment || target->kind == EntryKind::Charge || target->kind == EntryKind::Fee
        || target->kind == EntryKind::Interest) {
        auto along = target->kind == EntryKind::Payment
            ? m_reader.entries(QStringLiteral("e.payment_id = ? AND e.kind = 'allocation'"), entryId)
            : m_reader.entries(QStringLiteral("e.debt_id = ? AND e.kind IN ('allocation', 'adjustment', 'write_off')"),
                target->debtId);
        if (!along)
            return along.failure();
        targets = along.value();
    }
    targets.erase(std::remove_if(targets.begin(), targets.end(), [](const Entry &e) { return e.reversedBy != 0; }),
        targets.end());
    targets.append(target.value());
    // A payment plan moved the balance between debts by adjustments: undoing
    // one of them alone would count the money twice (or not at all).
    for (const Entry &t : std::as_const(targets)) {
        QSqlQuery &plan = m_db.prepare(QStringLiteral("SELECT p.ref FROM payment_plan_debts pd JOIN payment_plans p "
                                                      "ON p.id = pd.plan_id WHERE pd.entry_id = ?"));
        plan.addBindValue(t.id);
        if (auto done = m_db.exec(plan); !done)
            return done.failure();
        const QString ref = plan.next() ? plan.value(0).toString() : QString();
        plan.finish();
        if (!ref.isEmpty())
            return Error{
                tr("The payment plan %1 moved this sale's balance; its entries cannot be reversed.").arg(ref)
            };
    }

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    for (const Entry &t : std::as_const(targets)) {
        NewEntry r;
        r.customerId = t.customerId;
        r.debtId = t.debtId;
        r.paymentId = t.kind == EntryKind::Payment ? t.id : t.paymentId;
        r.sourceId = t.id;
        r.kind = EntryKind::Reversal;
        r.amount = t.amount;
        r.openDelta = -t.openDelta;
        r.creditDelta = -t.creditDelta;
        r.date = std::max(when, t.effectiveDate);
        r.method = t.method;
        r.reference = t.reference;
        r.note = why;
        if (auto done = m_writer.write(r); !done)
            return done.failure();
    }
    if (target->kind == EntryKind::Payment)
        if (auto done = refreshLastPayment(target->customerId); !done)
            return done.failure();
    if (auto done = m_writer.audit(QStringLiteral("reverse"), QStringLiteral("entry"), entryId,
            { { QStringLiteral("reason"), why }, { QStringLiteral("kind"), entryKindKey(target->kind) },
                { QStringLiteral("entries"), qint64(targets.size()) } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return target->customerId;
}

Result<void> CorrectionService::refreshLastPayment(qint64 customerId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE customers SET last_payment_date = (SELECT max(p.effective_date) FROM entries p "
                       "WHERE p.customer_id = customers.id AND p.kind = 'payment' AND NOT EXISTS "
                       "(SELECT 1 FROM entries r WHERE r.source_id = p.id AND r.kind = 'reversal')) WHERE id = ?"));
    q.addBindValue(customerId);
    return m_db.exec(q);
}

} // namespace recoup
