// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace recoup {

/// How a dispute ended: for the customer (an adjustment concedes the amount)
/// or for the shop (the ladder resumes).
enum class DisputeOutcome { ForCustomer, ForShop };

struct DisputeInput
{
    qint64 debtId = 0;
    qint64 amount = 0; ///< the part disputed; 0: all that is open on the debt
    QString reason;
    QDate openedOn; ///< invalid: today
};

struct DisputeResolution
{
    qint64 disputeId = 0;
    DisputeOutcome outcome = DisputeOutcome::ForShop;
    qint64 conceded = 0; ///< for the customer: the amount taken off the debt (> 0)
    QDate resolvedOn; ///< invalid: today
    QString note;
};

struct Dispute
{
    qint64 id = 0;
    qint64 debtId = 0;
    qint64 customerId = 0;
    QString debtRef;
    qint64 amount = 0;
    QString reason;
    QDate openedOn;
    bool resolved = false;
    QDate resolvedOn;
    DisputeOutcome outcome = DisputeOutcome::ForShop;
    qint64 conceded = 0;
    qint64 adjustmentId = 0;
};

} // namespace recoup
