// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"

#include "collections/collection_checks.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QJsonDocument>

namespace recoup {

Collections::Collections(Ledger &ledger)
    : m_ledger(ledger),
      m_records(ledger.database()),
      m_policies(ledger.database(), ledger.writer()),
      m_contacts(ledger),
      m_promises(ledger),
      m_disputes(ledger),
      m_ladders(ledger),
      m_tasks(ledger),
      m_fees(ledger),
      m_feeTerms(ledger),
      m_plans(ledger),
      m_agency(ledger),
      m_legal(ledger),
      m_writeOffs(ledger)
{ }

template <typename T>
T Collections::finish(T result)
{
    if (result)
        m_ledger.announce({});
    else
        m_ledger.writer().takeChanges();
    return result;
}

Result<void> Collections::savePolicy(const CollectionPolicy &policy)
{
    if (auto ok = CollectionChecks(m_ledger).checkClock(); !ok)
        return ok;
    return finish(m_policies.save(policy, m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs)));
}

Result<QByteArray> Collections::exportPolicy() const
{
    auto policy = m_policies.load();
    if (!policy)
        return policy.failure();
    return QJsonDocument(policy->toJson()).toJson(QJsonDocument::Indented);
}

Result<void> Collections::importPolicy(const QByteArray &json)
{
    auto policy = CollectionPolicy::fromJson(json);
    if (!policy)
        return policy.failure();
    if (auto ok = policy->fees.checkCurrency(m_ledger.currency()); !ok)
        return ok;
    return savePolicy(policy.value());
}

Result<Worklist> Collections::worklist(const QDate &asOf, qint64 customerId) const
{
    auto policy = m_policies.load();
    if (!policy)
        return policy.failure();
    return Worklist::compute(m_ledger.database(), policy.value(), asOf, customerId);
}

Result<qint64> Collections::logContact(const ContactInput &input)
{
    return finish(m_contacts.log(input));
}

Result<qint64> Collections::recordPromise(const PromiseInput &input)
{
    return finish(m_promises.record(input));
}

Result<qint64> Collections::logContactWithPromise(const ContactInput &contact, std::optional<PromiseInput> promise)
{
    if (!promise)
        return logContact(contact);
    Transaction tx(m_ledger.database());
    if (!tx.started())
        return tx.started().failure();
    auto contactId = m_contacts.log(contact);
    if (!contactId)
        return finish(contactId);
    promise->contactId = contactId.value();
    if (auto promised = m_promises.record(*promise); !promised)
        return finish(Result<qint64>(promised.failure()));
    if (auto done = tx.commit(); !done)
        return finish(Result<qint64>(done.failure()));
    return finish(contactId);
}

Result<qint64> Collections::openDispute(const DisputeInput &input)
{
    return finish(m_disputes.open(input));
}

Result<void> Collections::resolveDispute(const DisputeResolution &resolution)
{
    return finish(m_disputes.resolve(resolution));
}

Result<void> Collections::setLadder(qint64 customerId, const CustomerLadder &ladder)
{
    return finish(m_ladders.set(customerId, ladder));
}

Result<FeePlan> Collections::feePlan(const QDate &asOf, qint64 customerId) const
{
    return FeeRun::compute(m_ledger.database(), asOf, customerId);
}

Result<FeePlan> Collections::postFees(const QDate &asOf, const FeePlan *expected, qint64 customerId)
{
    return finish(m_fees.post(asOf, expected, customerId));
}

Result<qint64> Collections::waiveFee(qint64 itemDebtId, const QString &reason, const QDate &date)
{
    return finish(m_fees.waive(itemDebtId, reason, date));
}

Result<void> Collections::setCustomerFeeTerms(qint64 customerId, const CustomerFeeTerms &terms)
{
    return finish(m_feeTerms.setCustomer(customerId, terms));
}

Result<qint64> Collections::savePlan(const PlanDraft &draft)
{
    return finish(m_plans.save(draft));
}

Result<QList<PaymentPlan>> Collections::plans(const QDate &asOf, qint64 customerId) const
{
    auto policy = m_policies.load();
    if (!policy)
        return policy.failure();
    return PlanRecords(m_ledger.database()).plans(asOf, policy->promiseGraceDays, customerId);
}

Result<void> Collections::markDone(const WorkTask &task, const QDate &date)
{
    return finish(m_tasks.done(task, date));
}

Result<void> Collections::skip(const WorkTask &task, const QString &reason, const QDate &date)
{
    return finish(m_tasks.skip(task, reason, date));
}

Result<void> Collections::snooze(const WorkTask &task, const QDate &until, const QDate &date)
{
    return finish(m_tasks.snooze(task, until, date));
}

EscalationRecords Collections::escalation() const
{
    return EscalationRecords(m_ledger.database());
}

Result<void> Collections::stopCredit(qint64 customerId, const QString &reason, const QDate &date)
{
    if (auto who = m_ledger.customer(customerId); !who)
        return who.failure();
    if (auto ok = CollectionChecks(m_ledger).checkClock(); !ok)
        return ok;
    return finish(m_ledger.credit().stop(customerId, date, reason));
}

Result<void> Collections::resumeCredit(qint64 customerId, const QString &reason, const QDate &date)
{
    if (auto who = m_ledger.customer(customerId); !who)
        return who.failure();
    if (auto ok = CollectionChecks(m_ledger).checkClock(); !ok)
        return ok;
    return finish(m_ledger.credit().resume(customerId, date, reason));
}

Result<qint64> Collections::referToAgency(const ReferralInput &input)
{
    return finish(m_agency.refer(input));
}

Result<qint64> Collections::recordAgencyCollection(const AgencyCollectionInput &input)
{
    return finish(m_agency.collect(input));
}

Result<void> Collections::recallFromAgency(qint64 debtId, const QString &reason, const QDate &date)
{
    return finish(m_agency.recall(debtId, reason, date));
}

Result<qint64> Collections::recordLegalStep(const LegalStepInput &input)
{
    return finish(m_legal.record(input));
}

Result<qint64> Collections::writeOff(qint64 debtId, const QString &reason, const QDate &date)
{
    return finish(m_writeOffs.writeOff(debtId, reason, date));
}

Result<qint64> Collections::recordRecovery(const RecoveryInput &input)
{
    return finish(m_writeOffs.recover(input));
}

} // namespace recoup
