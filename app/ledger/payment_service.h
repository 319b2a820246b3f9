// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/allocator.h"
#include "ledger/payment.h"

#include <QCoreApplication>

namespace recoup {

class Database;
class EntryWriter;
class LedgerReader;

/// Payments and credit: where a payment goes, recording it with its
/// allocations, and moving waiting credit onto open debts.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)
public:
    PaymentService(Database &db, const LedgerReader &reader, EntryWriter &writer);

    /// Where a payment would go, without saving anything.
    Result<PaymentOutcome> preview(const PaymentInput &input) const;
    /// Records a payment and its allocation; what is left becomes credit.
    Result<PaymentOutcome> record(const PaymentInput &input);
    /// Moves unapplied credit onto the customer's open debts by the rule, no
    /// earlier than the first day after the closed period.
    Result<void> applyCredit(qint64 customerId);
    /// Applies the customer's waiting credit to these items (CreditApplication),
    /// effective no earlier than notBefore; inside the caller's transaction.
    Result<void> applyCreditTo(qint64 customerId, QList<OpenItem> items, const QDate &notBefore);

private:
    Database &m_db;
    const LedgerReader &m_reader;
    EntryWriter &m_writer;
};

} // namespace recoup
