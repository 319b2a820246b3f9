// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_calculator.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recoup {

class Database;
class Ledger;

/// One fee or interest a run charges: the overdue debt, the charge, and the
/// item it becomes (its reference, issue and due dates).
struct FeeLine
{
    qint64 customerId = 0;
    QString customerRef;
    QString customerName;
    qint64 sourceDebtId = 0;
    QString sourceRef;
    DebtKind sourceKind = DebtKind::Sale;
    QDate sourceDue;
    qint64 daysPastDue = 0;
    FeeCharge charge;
    QString ref; ///< the new item's reference ("S-00012-F1", "S-00012-I3")
    QDate issueDate; ///< the run date
    QDate dueDate;

    bool operator==(const FeeLine &) const = default;
};

/// What a run on a date charges, in order of customer and debt. A preview and
/// the post that follows it are the same computation.
struct FeePlan
{
    QDate asOf;
    QList<FeeLine> lines;

    qint64 total() const;
    bool operator==(const FeePlan &) const = default;
};

/// Late fees and interest on overdue debts as of a date, each posted as an
/// item of its own (a debt of kind fee or interest naming the overdue one,
/// never a change to the sale) with its entry written through the EntryWriter,
/// and recorded per debt and period so nothing is charged twice: the charges'
/// UNIQUE constraints refuse a second one even from another program. A debt is
/// charged only when its customer's terms charge anything (the book's, or the
/// customer's own), something is open on it on the run date, it is not a fee or
/// interest item (unless the terms say so), and its ladder is not paused (an
/// open dispute, a promise not yet due, the customer paused).
class FeeRun
{
    Q_DECLARE_TR_FUNCTIONS(FeeRun)
public:
    explicit FeeRun(Ledger &ledger);

    /// What a run on the date would charge (the whole book, or one customer),
    /// read on any connection; writes nothing.
    static Result<FeePlan> compute(Database &db, const QDate &asOf, qint64 customerId = 0);
    /// Charges what is due on the date, in one transaction: the date must be a
    /// day that has come and lies after the closed period. What is charged is
    /// worked out again inside the transaction; with `expected` (the preview
    /// the user saw), a different result posts nothing. Returns what was posted.
    Result<FeePlan> post(const QDate &asOf, const FeePlan *expected = nullptr, qint64 customerId = 0);
    /// Waives the charge held by a fee or interest item: its entry is reversed
    /// (with what was paid on it, which becomes the customer's credit), the
    /// waiver is recorded with its reason, and the period stays charged.
    /// Returns the reversal entry.
    Result<qint64> waive(qint64 itemDebtId, const QString &reason, const QDate &date = QDate());

    /// The description an item is stored with ("Late fee on S-00012, period 2").
    static QString describe(const FeeLine &line);

private:
    Ledger &m_ledger;
};

} // namespace recoup
