// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/dispute_service.h"

#include "collections/collection_checks.h"
#include "collections/collection_records.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

DisputeService::DisputeService(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> DisputeService::open(const DisputeInput &input)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate openedOn = input.openedOn.isValid() ? input.openedOn : m_ledger.clock().today();
    const auto debt = m_ledger.debt(input.debtId);
    if (!debt)
        return debt.failure();
    if (auto ok = checks.checkDate(openedOn); !ok)
        return ok.failure();
    if (openedOn < debt->issueDate)
        return Error{ tr("The sale %1 was made on %2; a dispute about it cannot be opened before.")
                          .arg(debt->ref, debt->issueDate.toString(Qt::ISODate)) };
    const QString reason = input.reason.trimmed();
    if (reason.isEmpty())
        return Error{ tr("Give the reason for the dispute, in the customer's words.") };
    if (auto ok = BookRules::checkText(reason); !ok)
        return ok.failure();
    if (debt->openAmount <= 0)
        return Error{ tr("Nothing is owed on the sale %1, so there is nothing to dispute.").arg(debt->ref) };
    const qint64 amount = input.amount ? input.amount : debt->openAmount;
    if (auto ok = BookRules::checkAmount(amount, currency); !ok)
        return ok.failure();
    if (amount > debt->openAmount)
        return Error{ tr("The disputed amount (%1) is more than is open on the sale %2 (%3).")
                          .arg(Money::toFileText(amount, currency), debt->ref,
                              Money::toFileText(debt->openAmount, currency)) };
    const CollectionRecords records(m_ledger.database());
    const auto open = records.openDisputes(BookRules::lastDate(), debt->customerId);
    if (!open)
        return open.failure();
    for (const Dispute &d : open.value())
        if (d.debtId == input.debtId)
            return Error{
                tr("The sale %1 is already disputed (dispute %2); resolve that one first.").arg(debt->ref).arg(d.id)
            };
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO disputes (debt_id, amount, reason, opened_on, recorded_at, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.debtId);
    q.addBindValue(amount);
    q.addBindValue(reason);
    q.addBindValue(openedOn.toString(Qt::ISODate));
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto done = m_ledger.writer().audit(QStringLiteral("open"), QStringLiteral("dispute"), id,
            { { QStringLiteral("debt_id"), input.debtId }, { QStringLiteral("amount"), amount },
                { QStringLiteral("reason"), reason },
                { QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate) } });
        !done)
        return done.failure();
    m_ledger.writer().noteDebt(input.debtId);
    m_ledger.writer().noteCustomer(debt->customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<void> DisputeService::resolve(const DisputeResolution &resolution)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate resolvedOn = resolution.resolvedOn.isValid() ? resolution.resolvedOn : m_ledger.clock().today();
    const CollectionRecords records(m_ledger.database());
    const auto dispute = records.dispute(resolution.disputeId);
    if (!dispute)
        return dispute.failure();
    if (dispute->resolved)
        return Error{
            tr("Dispute %1 was already resolved on %2.").arg(dispute->id).arg(dispute->resolvedOn.toString(Qt::ISODate))
        };
    if (auto ok = checks.checkDate(resolvedOn); !ok)
        return ok;
    if (resolvedOn < dispute->openedOn)
        return Error{ tr("Dispute %1 was opened on %2; it cannot be resolved before.")
                          .arg(dispute->id)
                          .arg(dispute->openedOn.toString(Qt::ISODate)) };
    const QString note = resolution.note.trimmed();
    if (auto ok = BookRules::checkText(note); !ok)
        return ok;
    const auto debt = m_ledger.debt(dispute->debtId);
    if (!debt)
        return debt.failure();
    if (resolution.outcome == DisputeOutcome::ForCustomer) {
        if (resolution.conceded <= 0)
            return Error{ tr("Give the amount conceded to the customer.") };
        if (resolution.conceded > dispute->amount)
            return Error{ tr("The amount conceded (%1) is more than was disputed (%2).")
                              .arg(Money::toFileText(resolution.conceded, currency),
                                  Money::toFileText(dispute->amount, currency)) };
        if (resolution.conceded > debt->openAmount)
            return Error{ tr("The amount conceded (%1) is more than is open on the sale %2 (%3).")
                              .arg(Money::toFileText(resolution.conceded, currency), debt->ref,
                                  Money::toFileText(debt->openAmount, currency)) };
    } else if (resolution.conceded != 0) {
        return Error{ tr("A dispute resolved for the shop concedes nothing.") };
    }
    if (auto ok = checks.checkClock(); !ok)
        return ok;

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    qint64 adjustmentId = 0;
    if (resolution.outcome == DisputeOutcome::ForCustomer) {
        const QString why = tr("Dispute %1 resolved for the customer: %2")
                                .arg(dispute->id)
                                .arg(note.isEmpty() ? dispute->reason : note);
        auto id = m_ledger.addAdjustment(
            dispute->debtId, -resolution.conceded, resolvedOn, why.left(BookRules::MaxTextLength));
        if (!id)
            return id.failure();
        adjustmentId = id.value();
    }
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO dispute_resolutions (dispute_id, resolved_on, outcome, conceded, adjustment_id, "
                       "note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(dispute->id);
    q.addBindValue(resolvedOn.toString(Qt::ISODate));
    q.addBindValue(resolution.outcome == DisputeOutcome::ForCustomer ? QStringLiteral("for_customer")
                                                                     : QStringLiteral("for_shop"));
    q.addBindValue(resolution.conceded);
    q.addBindValue(adjustmentId ? QVariant(adjustmentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done;
    if (auto done = m_ledger.writer().audit(QStringLiteral("resolve"), QStringLiteral("dispute"), dispute->id,
            { { QStringLiteral("outcome"),
                  resolution.outcome == DisputeOutcome::ForCustomer ? QStringLiteral("for_customer")
                                                                    : QStringLiteral("for_shop") },
                { QStringLiteral("conceded"), resolution.conceded },
                { QStringLiteral("resolved_on"), resolvedOn.toString(Qt::ISODate) } });
        !done)
        return done;
    m_ledger.writer().noteDebt(dispute->debtId);
    m_ledger.writer().noteCustomer(dispute->customerId);
    return tx.commit();
}

} // namespace recoup
