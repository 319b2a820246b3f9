// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace recoup {

class Ledger;

/// A run of statements for a period: every customer with a balance on its last
/// day (or the customers chosen), as one PDF each or all in one, each recorded
/// in the register of what was sent with the SHA-256 of its file. The same for
/// the command line, the window (on a thread of its own) and the benchmark.
class StatementBatch
{
    Q_DECLARE_TR_FUNCTIONS(StatementBatch)
public:
    enum class Output { FilePerCustomer, OneFile };
    struct Outcome
    {
        int statements = 0; ///< written (and recorded)
        int total = 0; ///< asked for
        QStringList files; ///< the files written, with their folder
        bool cancelled = false;
    };
    /// Told after each statement; returning false stops the run (what was
    /// written stays written and recorded).
    using Progress = std::function<bool(int done, int total)>;

    StatementBatch(Ledger &ledger, StatementKind kind, QDate from, QDate asOf);

    /// "open-item", "balance-forward", "activity"; empty is open-item.
    static Result<StatementKind> kindFromKey(const QString &key);
    static QString kindKey(StatementKind kind);

    /// Only these customers, with a balance or not.
    void setCustomers(const QList<qint64> &customerIds) { m_customers = customerIds; }
    /// At most this many statements, the first by customer reference (0: all).
    void setLimit(int limit) { m_limit = limit; }
    Result<Outcome> run(const QString &folder, Output output, const Progress &progress = {});

private:
    Ledger &m_ledger;
    StatementKind m_kind;
    QDate m_from;
    QDate m_asOf;
    QList<qint64> m_customers;
    int m_limit = 0;
};

} // namespace recoup
