// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_buckets.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recoup {

class Database;
class SqlDialect;

/// What the days past due are counted from.
enum class AgingBasis { DueDate, IssueDate };

/// How the sums are done. Every method gives the same numbers to the cent (the
/// tests hold them to it); they differ only in how many entries they read.
enum class AgingMethod {
    Automatic, ///< whichever of the two reads fewer entries
    SumToDate, ///< add up every entry effective on or before the date
    CurrentLessLater ///< today's open amounts and credit less the entries effective after the date
};

/// How to age: as of which date, from which date of each debt, in which buckets.
struct AgingOptions
{
    QDate asOf;
    AgingBasis basis = AgingBasis::DueDate;
    AgingBuckets buckets;
    AgingMethod method = AgingMethod::Automatic;
};

/// One row of an aging: a customer, or the total of all of them.
struct AgingLine
{
    qint64 customerId = 0; ///< 0 for the total
    QString ref;
    QString name;
    QList<qint64> buckets; ///< open amounts, one per AgingBuckets column
    qint64 credit = 0; ///< unapplied credit, positive; never netted into a bucket

    qint64 open() const;
    /// What the customer owes as of the date: the buckets less the credit.
    qint64 balance() const { return open() - credit; }

    bool operator==(const AgingLine &) const = default;
};

/// One debt with something open as of the date.
struct AgingDebtLine
{
    qint64 debtId = 0;
    qint64 customerId = 0;
    QString ref;
    QDate issueDate;
    QDate dueDate;
    qint64 open = 0;
    qint64 daysPastDue = 0; ///< from the due or the issue date, as the options say
    int bucket = 0;
};

/// The aging of the books as of a date (DESIGN.md rule 6). Everything is
/// summed in SQL from the entries effective on or before the date, so an aging
/// of a past date shows what the books showed that day, and it never loads the
/// ledger into memory.
class AgingReport
{
public:
    /// Ages every customer with something open or some credit as of the date.
    static Result<AgingReport> compute(const Database &db, const AgingOptions &options);
    /// The debts behind the aging, oldest due first; only one customer's when customerId is set.
    static Result<QList<AgingDebtLine>> debts(const Database &db, const AgingOptions &options, qint64 customerId = 0);

    /// The statement compute() runs (Automatic is taken as SumToDate), for EXPLAIN QUERY PLAN in tests;
    /// the date is bound as :as_of.
    static QString sql(const SqlDialect &dialect, const AgingOptions &options);
    /// The method Automatic picks for this book and date.
    static AgingMethod chooseMethod(const Database &db, const QDate &asOf);

    const AgingOptions &options() const { return m_options; }
    /// Customers with a non-zero bucket or credit, sorted by reference.
    const QList<AgingLine> &customers() const { return m_customers; }
    /// The sum of every customer row (ref empty, name empty: callers label it).
    const AgingLine &total() const { return m_total; }

private:
    AgingOptions m_options;
    QList<AgingLine> m_customers;
    AgingLine m_total;
};

} // namespace recoup
