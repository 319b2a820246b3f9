// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/contact.h"
#include "collections/dispute.h"
#include "collections/escalation.h"
#include "collections/payment_plan.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recoup {

/// Something done about a debt that is not an entry: a contact, a promise, a
/// dispute opened or resolved, a ladder step done, skipped or snoozed, a late
/// fee or interest charged on it (as an item of its own) or waived, a payment
/// plan made, each of its installments (on its due date) and the plan broken,
/// the customer's credit stopped or resumed, a sale made over a stop or the
/// limit, a referral to an agency, what it collected, its recall, a legal step.
/// The debt's timeline shows them among its entries.
struct CollectionEvent
{
    enum class Kind {
        Contact,
        Promise,
        DisputeOpened,
        DisputeResolved,
        StepDone,
        StepSkipped,
        StepSnoozed,
        FeeCharged, ///< a late fee charged on the debt (an item of its own)
        InterestCharged, ///< interest charged on the debt (an item of its own)
        FeeWaived, ///< a fee or interest charged on the debt, waived
        PlanMade,
        PlanInstallment,
        PlanBroken,
        CreditStopped,
        CreditResumed,
        CreditOverride,
        AgencyReferred,
        AgencyCollected,
        AgencyRecalled,
        Legal,
    };

    Kind kind = Kind::Contact;
    qint64 id = 0; ///< the record's id in its own table
    QDate date; ///< the business date it happened on
    QDateTime recordedAt;
    QString recordedBy;

    // What each kind carries.
    Channel channel = Channel::Phone; ///< contact
    ContactOutcome outcome = ContactOutcome::NoAnswer; ///< contact
    QDate followUp; ///< contact
    qint64 amount = 0; ///< promise, dispute, plan (its balance), installment; the amount conceded for a resolution
    QDate dueDate; ///< promise; plan made: its first date; installment: its due date; broken: the missed one's
    DisputeOutcome disputeOutcome = DisputeOutcome::ForShop; ///< resolution
    QString stepKey; ///< step records
    QString planRef; ///< plan events; the installment's or the missed installment's ref in `text`
    int count = 0; ///< plan made: its installments; installment: its number (0: the down payment)
    PlanFrequency frequency = PlanFrequency::Month; ///< plan made
    QDate until; ///< snoozed
    QString text; ///< the contact's note, the dispute's reason, the reason a step was skipped or a charge waived
    QString itemRef; ///< fees and interest: the item that holds the charge
    QDate periodFrom; ///< fees and interest: the period charged
    QDate periodTo;
    QString name; ///< the agency
    qint64 cost = 0; ///< an agency's commission, a legal step's fee
    LegalStepKind legalStep = LegalStepKind::LetterBeforeAction; ///< legal
    QString reference; ///< legal, agency
    int commissionBp = 0; ///< referral: hundredths of a percent
    bool stopped = false; ///< override: made over a stop (else over the limit only)

    bool operator==(const CollectionEvent &) const = default;
};

} // namespace recoup
