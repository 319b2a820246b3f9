// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace recoup {

class Database;

/// What a verification found.
struct VerifyReport
{
    QStringList problems; ///< one line each; empty when the books are sound
    qint64 customers = 0;
    qint64 debts = 0;
    qint64 entries = 0;
    qint64 auditRecords = 0;
    /// The chain's head: its last record's id and hash (AuditLog::headText).
    qint64 headId = 0;
    QString headHash;
    /// From when the rows are bound into the chain (BindingReport).
    QString boundOn;
    qint64 bindRecord = 0;
    qint64 boundRows = 0;

    bool ok() const { return problems.isEmpty(); }
};

/// Checks a book against the rules of the books: the audit chain is unbroken,
/// every cached total equals the sum of its entries, each entry's deltas agree,
/// no debt is ever open below zero and no payment is allocated beyond its
/// amount, on any date. Read-only: it reports, it never repairs.
class LedgerVerifier
{
    Q_DECLARE_TR_FUNCTIONS(LedgerVerifier)

public:
    explicit LedgerVerifier(const Database &db);

    VerifyReport run() const;

private:
    void checkEntries(VerifyReport &report) const;
    void checkCustomers(VerifyReport &report) const;
    void checkDebts(VerifyReport &report) const;
    void checkPayments(VerifyReport &report) const;
    void count(VerifyReport &report) const;

    const Database &m_db;
};

} // namespace recoup
