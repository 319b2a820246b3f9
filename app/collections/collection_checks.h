// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace recoup {

class Ledger;

/// What every write of the collections checks first: the computer's clock has
/// not gone back behind the book's last record, and the record's date is a
/// real day, not in the future and not in a closed period.
class CollectionChecks
{
    Q_DECLARE_TR_FUNCTIONS(CollectionChecks)
public:
    /// How far behind the book's last record the clock may be (two machines'
    /// clocks never agree to the second) before a write is refused.
    static constexpr int ClockToleranceSeconds = 600;

    explicit CollectionChecks(Ledger &ledger);

    Result<void> checkClock() const;
    /// A business date for a record: valid, not after today, after the closed period.
    Result<void> checkDate(const QDate &date) const;

private:
    Ledger &m_ledger;
};

} // namespace recoup
