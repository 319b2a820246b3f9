// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace recoup {

class Database;

/// The totals of the aging as of many dates (the dashboard's 12 month-ends),
/// each equal to the total of AgingReport::compute() as of that date, to the
/// cent. A past date's totals change only when an entry effective on or before
/// it is recorded; entries are never changed or deleted and their ids only grow
/// (one writer at a time), so a total computed from the entries up to id N holds
/// while no entry after N is effective on or before its date. The totals are
/// kept in the book (aging_totals_cache) with that N and checked on every read,
/// so a dashboard reads twelve cached totals instead of aging twelve dates.
class AgingTotalsCache
{
    Q_DECLARE_TR_FUNCTIONS(AgingTotalsCache)

public:
    /// The total line of the aging as of each date, in the order given (options'
    /// asOf is ignored). Totals still true come from the cache; the others are
    /// aged and stored, when the book can be written (a read-only book is only read).
    static Result<QList<AgingLine>> totals(Database &db, const QList<QDate> &dates, const AgingOptions &options);

    /// Ages again every date whose cached totals are still in force and says
    /// which differ (for `recoup-cli verify`); an empty list when all agree.
    static Result<QStringList> verify(const Database &db);

    /// Forgets every cached total (the bench measures a first dashboard so).
    static Result<void> clear(Database &db);
};

} // namespace recoup
