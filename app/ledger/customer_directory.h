// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cmath>
#include <optional>

namespace recoup {

class Clock;
class Database;

/// One line of the customer list, with the figures the counter needs.
struct CustomerSummary
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString phone;
    qint64 balance = 0;
    qint64 overdue = 0; ///< open amount of items due before today
    int daysPastDue = 0; ///< of the oldest open overdue item; 0 when nothing is overdue
    QDate lastPaymentDate;

    bool operator==(const CustomerSummary &) const = default;
};

/// The book's totals for the status bar.
struct BookTotals
{
    qint64 customers = 0;
    qint64 receivable = 0; ///< sum of customer balances (credit counts against it)
    qint64 open = 0; ///< sum of open amounts of debts
    qint64 overdue = 0; ///< open amounts due before today
    qint64 credit = 0; ///< customers' unapplied credit, positive; receivable = open - credit
    /// Customers with something open past its due date (CustomerFlag::Overdue), read
    /// with the sums above: one pass over the open debts, not one query per customer.
    qint64 overdueCustomers = 0;
    /// Share of the open amount that is overdue, 0..100, rounded to the nearest.
    /// In floating point: overdue * 100 could pass 64 bits on a book near its total.
    int overduePercent() const
    {
        return open > 0
            ? static_cast<int>(std::lround(static_cast<double>(overdue) * 100.0 / static_cast<double>(open)))
            : 0;
    }
};

/// Which customers the list shows, by where their chase stands.
enum class CustomerFlag {
    All,
    Owing, ///< a balance above zero
    Overdue, ///< something open past its due date
    Disputed, ///< a dispute not resolved
    Promised, ///< a promise to pay whose date has not passed
    OnPlan, ///< a payment plan with installments still open
    CreditStopped, ///< its latest credit record is a stop
    WithAgency, ///< a debt with a collection agency, not recalled
    InLegal, ///< a debt with a legal step and no withdrawal, still open
    WrittenOff ///< a debt written off as bad debt
};

/// What the customer list shows: a filter, a sort column and an order.
struct CustomerQuery
{
    enum class Sort { Name, Phone, Balance, Overdue, DaysPastDue, LastPayment };
    QString filter;
    CustomerFlag flag = CustomerFlag::All;
    /// Only these customers (those at a ladder step, found by the worklist); none: any.
    std::optional<QList<qint64>> only;
    Sort sort = Sort::Name;
    bool descending = false;
};

/// Reads for the customer list, in SQL over the cached balances and open
/// amounts so a page costs the same on 50,000 customers as on 50.
class CustomerDirectory
{
public:
    CustomerDirectory(Database &db, const Clock &clock);

    /// Rows offset..offset+limit of the customers matching the query, in its order.
    /// Each read fails with a message fit to show when the book cannot be read.
    Result<QList<CustomerSummary>> page(const CustomerQuery &query, int offset, int limit) const;
    /// How many customers match the filter (name, phone or its digits, or ref; any case).
    Result<qint64> count(const QString &filter) const;
    /// How many customers the query shows (its filter, flag and customers).
    Result<qint64> count(const CustomerQuery &query) const;
    Result<BookTotals> totals() const;

private:
    struct Where;
    Where whereFor(const CustomerQuery &query) const;
    Where whereFor(const QString &filter) const;
    /// The SQL condition of a flag on customer `c`, or empty for All.
    QString flagCondition(CustomerFlag flag, QVariantList &values) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace recoup
