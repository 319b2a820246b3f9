// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/entry.h"

#include <QDate>
#include <QString>

#include <optional>

namespace recoup {

/// The steps of legal action on a debt, in their usual order; a withdrawn
/// claim ends it (the ladder resumes).
enum class LegalStepKind { LetterBeforeAction, ClaimFiled, Judgment, Enforcement, Withdrawn };

/// A debt referred to a collection agency.
struct ReferralInput
{
    qint64 debtId = 0;
    QString agency;
    QDate date; ///< invalid: today
    int commissionBp = 0; ///< hundredths of a percent: 1250 = 12.5 %
    QString reference; ///< the agency's own reference, if any
};

/// What an agency collected on a referred debt: the customer paid the gross
/// amount (a payment on the debt); the agency kept its commission.
struct AgencyCollectionInput
{
    qint64 debtId = 0;
    qint64 gross = 0;
    QDate date; ///< invalid: today
    std::optional<qint64> commission; ///< none: the referral's percentage of the gross
    PaymentMethod method = PaymentMethod::BankTransfer;
    QString reference;
};

struct AgencyReferral
{
    qint64 id = 0;
    qint64 debtId = 0;
    qint64 customerId = 0;
    QString debtRef;
    QString agency;
    QDate referredOn;
    int commissionBp = 0;
    qint64 amount = 0; ///< open on the debt when referred
    QString reference;
    bool recalled = false;
    QDate recalledOn;
    QString recallReason;
    qint64 collected = 0; ///< gross collected by the agency
    qint64 commission = 0; ///< what it kept
};

struct LegalStepInput
{
    qint64 debtId = 0;
    LegalStepKind step = LegalStepKind::LetterBeforeAction;
    QDate date; ///< invalid: today
    QString reference; ///< the court's or solicitor's reference
    QString note;
    qint64 fee = 0; ///< what the step cost the business (a collection cost), 0: nothing
};

struct LegalStep
{
    qint64 id = 0;
    qint64 debtId = 0;
    LegalStepKind step = LegalStepKind::LetterBeforeAction;
    QDate date;
    QString reference;
    QString note;
    qint64 fee = 0;
};

struct RecoveryInput
{
    qint64 debtId = 0;
    qint64 amount = 0;
    QDate date; ///< invalid: today
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString note;
};

/// What was written off on a debt and recovered since, from its entries.
struct WriteOffSummary
{
    qint64 writtenOff = 0; ///< write-offs, less those reversed
    qint64 recovered = 0; ///< taken back because the money came in
    QDate lastWrittenOff; ///< the day of the latest write-off
    qint64 net() const { return writtenOff - recovered; }
};

/// One debt of the write-off report.
struct WriteOffLine
{
    qint64 debtId = 0;
    QString debtRef;
    QString customerRef;
    WriteOffSummary summary;
};

} // namespace recoup
