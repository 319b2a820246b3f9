// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Writes a debt off as bad debt, and records money recovered on it later.
/// A write-off is a 'write_off' entry through the entry writer that takes the
/// debt's open amount to zero; a recovery takes part of it back (a 'write_off'
/// entry with a negative amount) and records the customer's payment on it.
class WriteOffService
{
    Q_DECLARE_TR_FUNCTIONS(WriteOffService)
public:
    explicit WriteOffService(Ledger &ledger);

    /// Returns the write-off entry's id.
    Result<qint64> writeOff(qint64 debtId, const QString &reason, const QDate &date = QDate());
    /// Returns the payment entry's id.
    Result<qint64> recover(const RecoveryInput &input);

private:
    Ledger &m_ledger;
};

} // namespace recoup
