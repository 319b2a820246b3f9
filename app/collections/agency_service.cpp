// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/agency_service.h"

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

AgencyService::AgencyService(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> AgencyService::refer(const ReferralInput &input)
{
    const CollectionChecks checks(m_ledger);
    const QDate on = input.date.isValid() ? input.date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(input.debtId);
    if (!debt)
        return debt.failure();
    if (auto ok = checks.checkDate(on); !ok)
        return ok.failure();
    if (on < debt->issueDate)
        return Error{ tr("The sale %1 was made on %2; it cannot be referred to an agency before.")
                          .arg(debt->ref, debt->issueDate.toString(Qt::ISODate)) };
    const QString agency = input.agency.trimmed();
    if (agency.isEmpty())
        return Error{ tr("Give the name of the collection agency.") };
    for (const QString &text : { agency, input.reference.trimmed() })
        if (auto ok = BookRules::checkText(text); !ok)
            return ok.failure();
    if (input.commissionBp < 0 || input.commissionBp > 10000)
        return Error{ tr("The agency's commission must be between 0% and 100%.") };
    if (debt->openAmount <= 0)
        return Error{ tr("Nothing is owed on the sale %1, so there is nothing to refer.").arg(debt->ref) };
    const EscalationRecords records(m_ledger.database());
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    const auto active = records.activeReferral(input.debtId);
    if (!active)
        return active.failure();
    if (active.value())
        return Error{ tr("The sale %1 is already with %2 since %3; recall it first.")
                          .arg(debt->ref, (*active)->agency, (*active)->referredOn.toString(Qt::ISODate)) };
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO agency_referrals (debt_id, agency, referred_on, commission_bp, amount, reference, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.debtId);
    q.addBindValue(agency);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(input.commissionBp);
    q.addBindValue(debt->openAmount);
    q.addBindValue(input.reference.trimmed().isNull() ? QStringLiteral("") : input.reference.trimmed());
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto done = m_ledger.writer().audit(QStringLiteral("refer"), QStringLiteral("agency_referral"), id,
            { { QStringLiteral("debt_id"), input.debtId }, { QStringLiteral("agency"), agency },
                { QStringLiteral("referred_on"), on.toString(Qt::ISODate) },
                { QStringLiteral("commission_bp"), input.commissionBp },
                { QStringLiteral("amount"), debt->openAmount } });
        !done)
        return done.failure();
    m_ledger.writer().noteDebt(input.debtId);
    m_ledger.writer().noteCustomer(debt->customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<qint64> AgencyService::collect(const AgencyCollectionInput &input)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate on = input.date.isValid() ? input.date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(input.debtId);
    if (!debt)
        return debt.failure();
    const EscalationRecords records(m_ledger.database());
    const auto active = records.activeReferral(input.debtId);
    if (!active)
        return active.failure();
    if (!active.value())
        return Error{ tr("The sale %1 is not with an agency; record the customer's payment as usual.").arg(debt->ref) };
    const AgencyReferral referral = *active.value();
    if (auto ok = checks.checkDate(on); !ok)
        return ok.failure();
    if (on < referral.referredOn)
        return Error{ tr("The sale %1 was referred to %2 on %3; the agency cannot have collected before.")
                          .arg(debt->ref, referral.agency, referral.referredOn.toString(Qt::ISODate)) };
    if (auto ok = BookRules::checkAmount(input.gross, currency); !ok)
        return ok.failure();
    if (input.gross > debt->openAmount)
        return Error{ tr("The agency's collection (%1) is more than is still open on the sale %2 (%3).")
                          .arg(Money::toFileText(input.gross, currency), debt->ref,
                              Money::toFileText(debt->openAmount, currency)) };
    const qint64 commission
        = input.commission.value_or(EscalationRecords::commissionOn(input.gross, referral.commissionBp));
    if (commission < 0 || commission > input.gross)
        return Error{ tr("The agency's commission (%1) must be between nothing and what it collected (%2).")
                          .arg(Money::toFileText(commission, currency), Money::toFileText(input.gross, currency)) };
    const QString reference = input.reference.trimmed().isEmpty()
        ? tr("Agency %1").arg(referral.agency)
        : tr("Agency %1, %2").arg(referral.agency, input.reference.trimmed());
    if (auto ok = BookRules::checkText(reference); !ok)
        return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    // The customer paid the gross amount, all of it on the referred debt.
    PaymentInput payment;
    payment.customerId = debt->customerId;
    payment.amount = input.gross;
    payment.date = on;
    payment.method = input.method;
    payment.reference = reference;
    payment.allocation = QList<AllocationLine>{ { input.debtId, input.gross } };
    const auto paid = m_ledger.recordPayment(payment);
    if (!paid)
        return paid.failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO collection_costs (debt_id, kind, referral_id, payment_id, base, amount, cost_date, "
                       "note, recorded_at, recorded_by) VALUES (?, 'agency_commission', ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.debtId);
    q.addBindValue(referral.id);
    q.addBindValue(paid->paymentEntryId);
    q.addBindValue(input.gross);
    q.addBindValue(commission);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(reference);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (auto done
        = m_ledger.writer().audit(QStringLiteral("agency_collect"), QStringLiteral("agency_referral"), referral.id,
            { { QStringLiteral("debt_id"), input.debtId }, { QStringLiteral("gross"), input.gross },
                { QStringLiteral("commission"), commission }, { QStringLiteral("payment_id"), paid->paymentEntryId },
                { QStringLiteral("date"), on.toString(Qt::ISODate) } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return paid->paymentEntryId;
}

Result<void> AgencyService::recall(qint64 debtId, const QString &reason, const QDate &date)
{
    const CollectionChecks checks(m_ledger);
    const QDate on = date.isValid() ? date : m_ledger.clock().today();
    const auto debt = m_ledger.debt(debtId);
    if (!debt)
        return debt.failure();
    const EscalationRecords records(m_ledger.database());
    const auto active = records.activeReferral(debtId);
    if (!active)
        return active.failure();
    if (!active.value())
        return Error{ tr("The sale %1 is not with an agency; there is nothing to recall.").arg(debt->ref) };
    if (auto ok = checks.checkDate(on); !ok)
        return ok;
    if (on < (*active)->referredOn)
        return Error{ tr("The sale %1 was referred on %2; it cannot be recalled before.")
                          .arg(debt->ref, (*active)->referredOn.toString(Qt::ISODate)) };
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Say why the sale is recalled from the agency.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok;
    if (auto ok = checks.checkClock(); !ok)
        return ok;

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &q = db.prepare(QStringLiteral("INSERT INTO agency_recalls (referral_id, recalled_on, reason, "
                                             "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue((*active)->id);
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(why);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done;
    if (auto done = m_ledger.writer().audit(QStringLiteral("recall"), QStringLiteral("agency_referral"), (*active)->id,
            { { QStringLiteral("debt_id"), debtId }, { QStringLiteral("reason"), why },
                { QStringLiteral("recalled_on"), on.toString(Qt::ISODate) } });
        !done)
        return done;
    m_ledger.writer().noteDebt(debtId);
    m_ledger.writer().noteCustomer(debt->customerId);
    return tx.commit();
}

} // namespace recoup
