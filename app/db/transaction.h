// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace recoup {

class Database;

/// One user action, one transaction: begins on construction (BEGIN IMMEDIATE,
/// or joins the outer one) and rolls back on destruction unless committed, so
/// an early return leaves nothing behind.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Whether the transaction could start; check before writing.
    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_started;
    bool m_open = false;
};

} // namespace recoup
