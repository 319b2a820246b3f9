// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/legal_service.h"

#include "collections/collection_checks.h"
#include "collections/escalation_records.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

LegalService::LegalService(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> LegalService::record(const LegalStepInput &input)
{
    const CollectionChecks checks(m_ledger);
    const QDate on = input.date.isValid() ? input.date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(input.debtId);
    if (!debt)
        return debt.failure();
    if (auto ok = checks.checkDate(on); !ok)
        return ok.failure();
    if (on < debt->issueDate)
        return Error{ tr("The sale %1 was made on %2; no legal step about it can be dated before.")
                          .arg(debt->ref, debt->issueDate.toString(Qt::ISODate)) };
    const QString reference = input.reference.trimmed();
    const QString note = input.note.trimmed();
    for (const QString &text : { reference, note })
        if (auto ok = BookRules::checkText(text); !ok)
            return ok.failure();
    if (input.fee < 0)
        return Error{ tr("A legal step's fee cannot be below zero.") };
    if (input.fee > 0)
        if (auto ok = BookRules::checkAmount(input.fee, m_ledger.currency()); !ok)
            return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    const auto steps = EscalationRecords(db).legalSteps(input.debtId);
    if (!steps)
        return steps.failure();
    const bool inLegal = !steps->isEmpty() && steps->constLast().step != LegalStepKind::Withdrawn;
    if (!steps->isEmpty() && on < steps->constLast().date)
        return Error{ tr("The last legal step on the sale %1 is dated %2; record the next one on that day or later.")
                          .arg(debt->ref, steps->constLast().date.toString(Qt::ISODate)) };
    if (input.step == LegalStepKind::Withdrawn && !inLegal)
        return Error{ tr("The sale %1 is not in legal action; there is no claim to withdraw.").arg(debt->ref) };
    if (input.step != LegalStepKind::Withdrawn && !inLegal && debt->openAmount <= 0)
        return Error{ tr("Nothing is owed on the sale %1, so there is nothing to take to court.").arg(debt->ref) };

    const QString now = m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs);
    QSqlQuery &q = db.prepare(QStringLiteral("INSERT INTO legal_steps (debt_id, step, step_date, reference, note, "
                                             "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.debtId);
    q.addBindValue(EscalationRecords::legalKey(input.step));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(reference.isNull() ? QStringLiteral("") : reference);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(now);
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    if (input.fee > 0) {
        QSqlQuery &c = db.prepare(
            QStringLiteral("INSERT INTO collection_costs (debt_id, kind, legal_step_id, amount, cost_date, note, "
                           "recorded_at, recorded_by) VALUES (?, 'legal_fee', ?, ?, ?, ?, ?, ?)"));
        c.addBindValue(input.debtId);
        c.addBindValue(id);
        c.addBindValue(input.fee);
        c.addBindValue(on.toString(Qt::ISODate));
        c.addBindValue(EscalationRecords::legalLabel(input.step));
        c.addBindValue(now);
        c.addBindValue(m_ledger.user());
        if (auto done = db.exec(c); !done)
            return done.failure();
    }
    QJsonObject details{ { QStringLiteral("debt_id"), input.debtId },
        { QStringLiteral("step"), EscalationRecords::legalKey(input.step) },
        { QStringLiteral("date"), on.toString(Qt::ISODate) } };
    if (!reference.isEmpty())
        details.insert(QStringLiteral("reference"), reference);
    if (input.fee > 0)
        details.insert(QStringLiteral("fee"), input.fee);
    if (auto done = m_ledger.writer().audit(QStringLiteral("legal_step"), QStringLiteral("legal_step"), id, details);
        !done)
        return done.failure();
    m_ledger.writer().noteDebt(input.debtId);
    m_ledger.writer().noteCustomer(debt->customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

} // namespace recoup
