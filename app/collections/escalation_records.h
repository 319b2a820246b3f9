// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_event.h"
#include "collections/escalation.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace recoup {

class Database;

/// Debts whose ladder waits on a date: with an agency, or in legal.
struct EscalatedDebts
{
    QSet<qint64> agency;
    QSet<qint64> legal;
};

/// What the owner sees by a customer's name: credit stopped, a debt with an
/// agency or in legal, a debt written off.
struct CustomerFlags
{
    bool creditStopped = false;
    bool withAgency = false;
    bool inLegal = false;
    bool writtenOff = false;

    bool any() const { return creditStopped || withAgency || inLegal || writtenOff; }
    bool operator==(const CustomerFlags &) const = default;
};

/// The reads of the last steps of collections: credit holds and overrides,
/// agency referrals and their costs, legal steps, write-offs and recoveries.
/// Each in a few statements for the whole book or one debt.
class EscalationRecords
{
    Q_DECLARE_TR_FUNCTIONS(EscalationRecords)
public:
    explicit EscalationRecords(Database &db);

    /// Debts with an agency or in legal on the date (one customer's, or all).
    Result<EscalatedDebts> escalated(const QDate &asOf, qint64 customerId = 0) const;
    /// The flags of every customer that has one (or of one customer).
    Result<QHash<qint64, CustomerFlags>> customerFlags(qint64 customerId = 0) const;

    /// The customer's referrals (or all), oldest first, with what each collected.
    Result<QList<AgencyReferral>> referrals(qint64 customerId = 0) const;
    /// The debt's referral not recalled, if any.
    Result<std::optional<AgencyReferral>> activeReferral(qint64 debtId) const;
    /// The debt's legal steps, oldest first.
    Result<QList<LegalStep>> legalSteps(qint64 debtId) const;
    /// What was written off on the debt and recovered since.
    Result<WriteOffSummary> writeOffs(qint64 debtId) const;
    /// Every debt with a write-off, by customer and sale reference: reported
    /// apart from the balances, which already count them.
    Result<QList<WriteOffLine>> writeOffReport() const;

    /// The records of a debt that are not entries, for its timeline: the
    /// customer's credit stopped or resumed since the sale, an override made
    /// for it, its referrals, collections, recalls and legal steps.
    Result<QList<CollectionEvent>> debtEvents(qint64 debtId) const;

    static QString legalKey(LegalStepKind step);
    static bool legalFromKey(const QString &key, LegalStepKind *step);
    static QString legalLabel(LegalStepKind step);
    /// "12.5" (%) from hundredths of a percent.
    static QString percentText(int basisPoints);
    /// Hundredths of a percent from "12.5" or "12.5%"; between 0 and 100.
    static Result<int> parsePercent(const QString &text);
    /// The commission on an amount, rounded half up to the minor unit.
    static qint64 commissionOn(qint64 amount, int basisPoints);

private:
    Database &m_db;
};

} // namespace recoup
