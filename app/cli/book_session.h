// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "collections/collections.h"
#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QCoreApplication>

#include <memory>

namespace recoup::cli {

/// A book opened for writing by a command, with the ledger and collections on
/// it and the machine's clock: what the collections commands share.
class BookSession
{
    Q_DECLARE_TR_FUNCTIONS(BookSession)
public:
    /// Opens the book for writing; refusals (missing, locked, damaged, read-only) come back as the error.
    /// `user`, when not blank, is who the audit log names for what the session writes (`--by`).
    static Result<std::unique_ptr<BookSession>> open(const QString &path, const QString &user = QString());

    Database &db() { return *m_db; }
    Ledger &ledger() { return *m_ledger; }
    Collections &collections() { return *m_collections; }

    /// The customer with that reference, or a message naming it.
    Result<Customer> customer(const QString &ref) const;
    /// The sale with that reference, or a message naming it.
    Result<Debt> debt(const QString &ref) const;
    /// An amount as the interchange format writes them ("1234.50"), named by what it is.
    Result<qint64> amount(const QString &text, const QString &what) const;

private:
    BookSession() = default;

    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Collections> m_collections;
};

} // namespace recoup::cli
