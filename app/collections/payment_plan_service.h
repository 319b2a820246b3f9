// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/payment_plan.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Makes payment plans. preview() turns a request into the plan it would save
/// (the draft the window and the command line show); save() checks that draft
/// against the book again and writes exactly it, in one transaction: the plan,
/// an installment debt for each installment, and the adjustment entries that
/// move the balance from the sources to the installments, through the entry
/// writer (closing each source's open amount, opening each installment), so
/// the customer's balance does not change and verify ties to the cent.
class PaymentPlanService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanService)
public:
    explicit PaymentPlanService(Ledger &ledger);

    Result<PlanDraft> preview(const PlanRequest &request) const;
    Result<qint64> save(const PlanDraft &draft);

private:
    /// Everything save() requires, checked against the book as it is now.
    Result<void> check(const PlanDraft &draft) const;
    Result<QString> nextRef() const;

    Ledger &m_ledger;
};

} // namespace recoup
