// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/customer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace recoup {

/// The three statements the best programs offer.
enum class StatementKind {
    OpenItem, ///< each unpaid item with its original and open amounts
    BalanceForward, ///< the opening balance, the period's entries with a running balance, the closing balance
    Activity, ///< every entry of the period, what each payment paid off, and the period's totals
};

/// One customer's statement as of a date, read from the books: the days past
/// due are counted to that date, never to today.
struct CustomerStatement
{
    /// An item with something open on the date.
    struct Item
    {
        QString ref;
        QString description;
        QDate issueDate;
        QDate dueDate;
        qint64 amount = 0; ///< as issued
        qint64 open = 0; ///< on the date
        qint64 daysPastDue = 0; ///< to the date; 0 or less: not yet due
    };
    /// An entry of the period.
    struct Line
    {
        QDate date;
        QString what; ///< "Sale", "Payment", "Late fee" ...
        QString ref; ///< the item's or the payment's reference
        QString detail; ///< the description, method or reason
        qint64 charge = 0; ///< what it added to the balance
        qint64 payment = 0; ///< what it took off
        qint64 balance = 0; ///< the running balance after it
        bool allocation = false; ///< a payment's part applied to an item (activity statements)
    };

    StatementKind kind = StatementKind::OpenItem;
    QDate from; ///< the period's first day
    QDate asOf; ///< its last, the statement's date
    Customer customer;
    QList<Item> items;
    QList<Line> lines;
    qint64 opening = 0; ///< the balance at the end of the day before the period
    qint64 closing = 0; ///< the balance on the date (negative: in credit)
    qint64 charges = 0; ///< the period's total of what was added ...
    qint64 payments = 0; ///< ... and of what was taken off
    QStringList bucketTitles; ///< "Current", "1-30" ...
    QList<qint64> buckets; ///< what is open in each, on the date
    qint64 credit = 0; ///< unapplied credit on the date, never netted into a bucket
    /// The audit chain's head when the statement was read (AuditLog::headText),
    /// empty while the book has no chain.
    QString chainHead;

    /// What the customer is asked to pay: the closing balance, when above zero.
    qint64 amountDue() const { return closing > 0 ? closing : 0; }
    /// What is past due on the date: every bucket but Current.
    qint64 pastDue() const;
    /// The statement's reference, for payments to quote: "C-00012/2026-03".
    QString reference() const;
};

} // namespace recoup
