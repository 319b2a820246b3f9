// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>

namespace recoup {

class Database;

/// How a customer pays, for the counter: how late their paid sales were paid
/// on average, and how many of their promises to pay were kept.
struct PaymentHabits
{
    int paidItems = 0; ///< sales and installments paid in full
    int averageDaysLate = 0; ///< over those items, days after the due date (0 when on time or early)
    int promisesKept = 0;
    int promisesBroken = 0;

    /// Kept out of those decided, in percent; -1 when none is decided yet.
    int keptRate() const
    {
        const int decided = promisesKept + promisesBroken;
        return decided ? (promisesKept * 100 + decided / 2) / decided : -1;
    }

    /// Reads them for one customer as of a date, promises judged with the policy's grace days.
    static Result<PaymentHabits> read(Database &db, qint64 customerId, const QDate &asOf, int graceDays);
};

} // namespace recoup
