// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Debts referred to a collection agency, what the agency collects and the
/// recall. What the agency collects is the customer's payment of the gross
/// amount, allocated to the referred debt through the ledger's entry writer;
/// the commission it keeps is a collection cost of the business, in its own
/// table, never on the customer's ledger. A referred debt's ladder waits.
class AgencyService
{
    Q_DECLARE_TR_FUNCTIONS(AgencyService)
public:
    explicit AgencyService(Ledger &ledger);

    Result<qint64> refer(const ReferralInput &input);
    /// Records the agency's collection; returns the payment entry's id.
    Result<qint64> collect(const AgencyCollectionInput &input);
    Result<void> recall(qint64 debtId, const QString &reason, const QDate &date = QDate());

private:
    Ledger &m_ledger;
};

} // namespace recoup
