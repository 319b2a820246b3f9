// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/agency_service.h"
#include "collections/collection_policy.h"
#include "collections/collection_records.h"
#include "collections/contact_log.h"
#include "collections/dispute_service.h"
#include "collections/escalation_records.h"
#include "collections/fee_run.h"
#include "collections/fee_terms_store.h"
#include "collections/ladder_settings.h"
#include "collections/legal_service.h"
#include "collections/payment_plan_service.h"
#include "collections/plan_records.h"
#include "collections/policy_store.h"
#include "collections/promise_service.h"
#include "collections/task_recorder.h"
#include "collections/worklist.h"
#include "collections/write_off_service.h"

#include <optional>

namespace recoup {

class Ledger;

/// Collections on a book: the policy, the worklist, the contact log, promises,
/// disputes, payment plans, what was done about each task, credit stopped and
/// resumed, agencies, legal steps, write-offs and recoveries. A thin front over the services
/// that do each job; every write is one transaction with its audit record, and
/// the ledger's change notice follows its commit (Ledger::changed), so pages
/// listening to the ledger see collections' changes too.
class Collections
{
public:
    explicit Collections(Ledger &ledger);

    Ledger &ledger() const { return m_ledger; }
    const CollectionRecords &records() const { return m_records; }

    /// The book's policy (the default ladder until the owner saves one).
    Result<CollectionPolicy> policy() const { return m_policies.load(); }
    Result<void> savePolicy(const CollectionPolicy &policy);
    /// The policy as a JSON document (docs/collection-policy.md).
    Result<QByteArray> exportPolicy() const;
    /// Reads, checks and saves a policy document; nothing changes if it is wrong.
    Result<void> importPolicy(const QByteArray &json);

    /// What needs doing as of a date (the whole book, or one customer).
    Result<Worklist> worklist(const QDate &asOf, qint64 customerId = 0) const;

    Result<qint64> logContact(const ContactInput &input);
    Result<qint64> recordPromise(const PromiseInput &input);
    /// A contact and the promise made in it, in one transaction (both or neither).
    Result<qint64> logContactWithPromise(const ContactInput &contact, std::optional<PromiseInput> promise);
    Result<qint64> openDispute(const DisputeInput &input);
    Result<void> resolveDispute(const DisputeResolution &resolution);
    Result<void> setLadder(qint64 customerId, const CustomerLadder &ladder);

    /// Late fees and interest: what a run on the date would charge (the whole
    /// book, or one customer), posting it, and waiving a charge (FeeRun).
    Result<FeePlan> feePlan(const QDate &asOf, qint64 customerId = 0) const;
    Result<FeePlan> postFees(const QDate &asOf, const FeePlan *expected = nullptr, qint64 customerId = 0);
    Result<qint64> waiveFee(qint64 itemDebtId, const QString &reason, const QDate &date = QDate());
    Result<CustomerFeeTerms> customerFeeTerms(qint64 customerId) const { return m_feeTerms.customer(customerId); }
    Result<void> setCustomerFeeTerms(qint64 customerId, const CustomerFeeTerms &terms);
    /// The plan a request makes, without saving anything: the object savePlan() writes.
    Result<PlanDraft> previewPlan(const PlanRequest &request) const { return m_plans.preview(request); }
    /// Saves a previewed plan, checked against the book again; returns the plan's id.
    Result<qint64> savePlan(const PlanDraft &draft);
    /// The customer's plans (or all) as of a date, with where each stands.
    Result<QList<PaymentPlan>> plans(const QDate &asOf, qint64 customerId = 0) const;

    Result<void> markDone(const WorkTask &task, const QDate &date = QDate());
    Result<void> skip(const WorkTask &task, const QString &reason, const QDate &date = QDate());
    Result<void> snooze(const WorkTask &task, const QDate &until, const QDate &date = QDate());

    /// Stops or resumes a customer's credit by hand, with the reason.
    Result<void> stopCredit(qint64 customerId, const QString &reason, const QDate &date = QDate());
    Result<void> resumeCredit(qint64 customerId, const QString &reason, const QDate &date = QDate());
    Result<qint64> referToAgency(const ReferralInput &input);
    Result<qint64> recordAgencyCollection(const AgencyCollectionInput &input);
    Result<void> recallFromAgency(qint64 debtId, const QString &reason, const QDate &date = QDate());
    Result<qint64> recordLegalStep(const LegalStepInput &input);
    Result<qint64> writeOff(qint64 debtId, const QString &reason, const QDate &date = QDate());
    Result<qint64> recordRecovery(const RecoveryInput &input);
    /// The reads of credit holds, referrals, legal steps and write-offs.
    EscalationRecords escalation() const;

private:
    /// After a write: the ledger's change notice on success, nothing kept on failure.
    template <typename T>
    T finish(T result);

    Ledger &m_ledger;
    CollectionRecords m_records;
    PolicyStore m_policies;
    ContactLog m_contacts;
    PromiseService m_promises;
    DisputeService m_disputes;
    LadderSettings m_ladders;
    TaskRecorder m_tasks;
    FeeRun m_fees;
    FeeTermsStore m_feeTerms;
    PaymentPlanService m_plans;
    AgencyService m_agency;
    LegalService m_legal;
    WriteOffService m_writeOffs;
};

} // namespace recoup
