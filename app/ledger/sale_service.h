// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/debt.h"

#include <QCoreApplication>

namespace recoup {

class Clock;
class CreditControl;
class Database;
class EntryWriter;
class LedgerReader;
class PaymentService;

/// Credit sales: the debt, its charge, and the waiting credit applied to it. A
/// sale to a customer whose credit is stopped, or that takes the balance over
/// the credit limit, is refused unless it gives the reason for the exception.
class SaleService
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)
public:
    SaleService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer,
        PaymentService &payments, CreditControl &credit);

    Result<qint64> add(const DebtInput &input);
    /// The next free "S-00001" style reference.
    Result<QString> nextRef() const;

private:
    Database &m_db;
    const Clock &m_clock;
    const LedgerReader &m_reader;
    EntryWriter &m_writer;
    PaymentService &m_payments;
    CreditControl &m_credit;
};

} // namespace recoup
