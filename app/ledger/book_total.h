// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Database;

/// The book total: what the amounts of all the book's entries add up to, each
/// counted by its size whatever its sign. BookRules::MaxBookTotal bounds it.
/// It is kept in the book (meta "book_total": the total and the last entry id
/// it counts) so a write reads one row; when entries were written by a program
/// that did not keep it, the last id no longer matches and it is summed afresh.
class BookTotal
{
    Q_DECLARE_TR_FUNCTIONS(BookTotal)
public:
    /// The total as kept, or summed from the entries when missing or behind.
    static Result<qint64> read(Database &db);
    /// Keeps the total of the entries up to lastEntryId (inside the writer's transaction).
    static Result<void> store(Database &db, qint64 total, qint64 lastEntryId);

    struct Kept
    {
        qint64 total = 0;
        qint64 lastEntryId = 0;
    };
    /// What the book keeps, if anything (for verify).
    static std::optional<Kept> kept(const Database &db);
    /// The total summed from the entries; past the limit when the sum does not fit.
    static Result<Kept> sum(const Database &db);
};

} // namespace recoup
