// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace recoup {

class Clock;
class Database;
class EntryWriter;
class LedgerReader;

/// Corrections: adjustments to a sale and reversals, never an edit.
class CorrectionService
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionService)
public:
    CorrectionService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer);

    /// A signed change to a debt's amount, with a reason.
    Result<qint64> addAdjustment(qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason);
    /// Undoes an entry: a payment with its allocations, a sale with what was
    /// applied to it, or a single allocation or adjustment. The reason is required.
    /// Returns the customer whose books changed.
    Result<qint64> reverse(qint64 entryId, const QString &reason, const QDate &date);

private:
    Result<void> refreshLastPayment(qint64 customerId);

    Database &m_db;
    const Clock &m_clock;
    const LedgerReader &m_reader;
    EntryWriter &m_writer;
};

} // namespace recoup
