// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/write_off_service.h"

#include "collections/collection_checks.h"
#include "collections/escalation_records.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

WriteOffService::WriteOffService(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> WriteOffService::writeOff(qint64 debtId, const QString &reason, const QDate &date)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate on = date.isValid() ? date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(debtId);
    if (!debt)
        return debt.failure();
    if (auto ok = checks.checkDate(on); !ok)
        return ok.failure();
    if (on < debt->issueDate)
        return Error{ tr("The sale %1 was made on %2; it cannot be written off before.")
                          .arg(debt->ref, debt->issueDate.toString(Qt::ISODate)) };
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Say why the sale is written off as bad debt; the reason is kept with it.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok.failure();
    if (debt->openAmount <= 0)
        return Error{ tr("Nothing is owed on the sale %1, so there is nothing to write off.").arg(debt->ref) };
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    // The whole open amount goes, so it must have stayed open on every day
    // from the write-off's date on, or a past day would show the sale below zero.
    const auto items = m_ledger.openItems(debt->customerId, on);
    if (!items)
        return items.failure();
    for (const OpenItem &item : items.value())
        if (item.debtId == debtId && item.open < debt->openAmount)
            return Error{ tr("Less than the %1 open on the sale %2 today was open on some day after %3; write it off "
                             "on the day of its last payment or later.")
                              .arg(
                                  Money::toFileText(debt->openAmount, currency), debt->ref, on.toString(Qt::ISODate)) };
    NewEntry entry;
    entry.customerId = debt->customerId;
    entry.debtId = debtId;
    entry.kind = EntryKind::WriteOff;
    entry.amount = debt->openAmount;
    entry.openDelta = -debt->openAmount;
    entry.date = on;
    entry.note = why;
    const auto id = m_ledger.writer().write(entry);
    if (!id)
        return id.failure();
    if (auto done = m_ledger.writer().audit(QStringLiteral("write_off"), QStringLiteral("debt"), debtId,
            { { QStringLiteral("entry_id"), id.value() }, { QStringLiteral("amount"), debt->openAmount },
                { QStringLiteral("reason"), why }, { QStringLiteral("date"), on.toString(Qt::ISODate) } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<qint64> WriteOffService::recover(const RecoveryInput &input)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate on = input.date.isValid() ? input.date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(input.debtId);
    if (!debt)
        return debt.failure();
    if (auto ok = checks.checkDate(on); !ok)
        return ok.failure();
    if (auto ok = BookRules::checkAmount(input.amount, currency); !ok)
        return ok.failure();
    const QString note = input.note.trimmed();
    for (const QString &text : { note, input.reference.trimmed() })
        if (auto ok = BookRules::checkText(text); !ok)
            return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    const auto summary = EscalationRecords(db).writeOffs(input.debtId);
    if (!summary)
        return summary.failure();
    if (summary->net() <= 0)
        return Error{
            tr("Nothing is written off on the sale %1; record the customer's payment as usual.").arg(debt->ref)
        };
    if (input.amount > summary->net())
        return Error{ tr("The recovery (%1) is more than is still written off on the sale %2 (%3).")
                          .arg(Money::toFileText(input.amount, currency), debt->ref,
                              Money::toFileText(summary->net(), currency)) };
    if (on < summary->lastWrittenOff)
        return Error{ tr("The sale %1 was written off on %2; money recovered on it is recorded on that day or later.")
                          .arg(debt->ref, summary->lastWrittenOff.toString(Qt::ISODate)) };

    // The recovered part is taken back from the write-off (a 'write_off' entry
    // with a negative amount: open_delta +X, credit_delta 0), then the customer's
    // payment is allocated to it like any other (credit +X, then open -X and
    // credit -X). Each entry keeps balance_delta = open_delta - credit_delta; the
    // debt is open again only within the day (never below zero on any day, as
    // verify checks), its customer's balance and credit end where they were, so
    // the aging and the balances still tie; the money shows as collected, and
    // the sum of the book's write_off entries is what stays written off.
    NewEntry reinstate;
    reinstate.customerId = debt->customerId;
    reinstate.debtId = input.debtId;
    reinstate.kind = EntryKind::WriteOff;
    reinstate.amount = -input.amount;
    reinstate.openDelta = input.amount;
    reinstate.date = on;
    reinstate.note = note.isEmpty() ? tr("Recovered after write-off") : tr("Recovered after write-off: %1").arg(note);
    reinstate.note = reinstate.note.left(BookRules::MaxTextLength);
    const auto reinstated = m_ledger.writer().write(reinstate);
    if (!reinstated)
        return reinstated.failure();
    PaymentInput payment;
    payment.customerId = debt->customerId;
    payment.amount = input.amount;
    payment.date = on;
    payment.method = input.method;
    payment.reference = input.reference.trimmed();
    payment.allocation = QList<AllocationLine>{ { input.debtId, input.amount } };
    const auto paid = m_ledger.recordPayment(payment);
    if (!paid)
        return paid.failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO recoveries (debt_id, reinstate_id, payment_id, amount, recovered_on, note, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.debtId);
    q.addBindValue(reinstated.value());
    q.addBindValue(paid->paymentEntryId);
    q.addBindValue(input.amount);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (auto done = m_ledger.writer().audit(QStringLiteral("recover"), QStringLiteral("debt"), input.debtId,
            { { QStringLiteral("amount"), input.amount }, { QStringLiteral("reinstate_id"), reinstated.value() },
                { QStringLiteral("payment_id"), paid->paymentEntryId },
                { QStringLiteral("date"), on.toString(Qt::ISODate) } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return paid->paymentEntryId;
}

} // namespace recoup
