// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/merge_values.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recoup {

class DefaultTemplates;
class Ledger;

/// What a message to one customer says, read from the book: the customer,
/// the items due (the debts named, or all those open), the pending promise or
/// the next installment, and the business's details from the book's meta
/// keys; every amount and date written in the message's language.
class MergeData
{
    Q_DECLARE_TR_FUNCTIONS(MergeData)
public:
    static Result<MergeValues> read(Ledger &ledger, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf,
        const DefaultTemplates &language, const QString &stepName = QString(), int promiseGraceDays = 3);
};

} // namespace recoup
