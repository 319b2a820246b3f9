// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/allocator.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recoup {

/// Money a payment left unapplied, as credit is applied: oldest payment first.
struct UnappliedCredit
{
    qint64 paymentId = 0;
    QDate date;
    QString method;
    QString reference;
    qint64 remaining = 0;
};

/// One allocation that applying credit makes.
struct CreditAllocation
{
    qint64 paymentId = 0;
    qint64 debtId = 0;
    qint64 amount = 0;
    QDate date;
    QString method;
    QString reference;
};

/// How waiting credit goes onto open items: the oldest payment's credit first,
/// each by the allocation rule, effective on the latest of the payment's date,
/// the item's issue date and a first allowed date. The ledger and the bulk
/// writer both apply credit through here. Pure: it only decides.
class CreditApplication
{
public:
    /// Plans the allocations, taking what they use off the credits (dropping
    /// the used-up ones) and off the items' open amounts.
    static QList<CreditAllocation> apply(
        QList<UnappliedCredit> &credits, QList<OpenItem> &items, const QDate &notBefore);
};

} // namespace recoup
