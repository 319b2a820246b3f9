// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/allocator.h"
#include "ledger/entry.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace recoup {

/// A payment as the user enters it.
struct PaymentInput
{
    qint64 customerId = 0;
    qint64 amount = 0; ///< minor units, > 0
    QDate date;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference; ///< bank or cheque reference
    QString ref; ///< the payment's own unique reference (optional)
    qint64 preferredDebtId = 0;
    /// The split the user chose; the rest is left as credit. Empty: by the rule.
    std::optional<QList<AllocationLine>> allocation;
};

/// Where a payment goes, before or after it is saved.
struct PaymentOutcome
{
    qint64 paymentEntryId = 0; ///< 0 in a preview
    QList<AllocationLine> lines;
    qint64 toCredit = 0;
    qint64 newBalance = 0;
};

} // namespace recoup
