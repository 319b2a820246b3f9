// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recoup {

class Collections;

/// What a receipt for one payment says, read from the books: the payment, the
/// items it paid off and what each still had open right after it, the
/// customer's balance right after it, and the next installment or promise due
/// from that day. Reprinting a receipt later gives the same paper, but for the
/// audit chain's head at its foot, which is the head when it is printed.
struct PaymentReceipt
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReceipt)

public:
    struct Line
    {
        QString debtRef;
        QString description;
        QDate dueDate;
        qint64 applied = 0;
        qint64 stillOpen = 0; ///< on the item right after this payment
    };
    /// What comes next for the customer, as of the payment's day.
    enum class NextKind { None, Installment, Promise };

    qint64 paymentId = 0;
    QString ref; ///< the receipt's number: the payment's own reference, or numberFor() without one
    QDate date;
    qint64 amount = 0;
    QString methodLabel;
    QString bankReference;
    QString recordedBy;
    QDateTime recordedAt;
    Customer customer;
    QList<Line> lines;
    qint64 toCredit = 0; ///< what the payment left as credit
    qint64 balanceAfter = 0; ///< negative: the customer is in credit
    bool reversed = false;
    QString reversalReason;
    NextKind next = NextKind::None;
    QDate nextDate;
    qint64 nextAmount = 0;
    QString nextRef; ///< the installment's or the plan's reference
    /// The audit chain's head when the receipt was read (AuditLog::headText),
    /// empty while the book has no chain: each paper carries the head of its day.
    QString chainHead;

    /// The receipt number of a payment saved without a reference ("R-000123").
    static QString numberFor(qint64 paymentEntryId);
    /// The customer's last payment not reversed (latest date, then latest recorded).
    static Result<qint64> lastPayment(const Collections &collections, qint64 customerId);
    /// The receipt of the payment with that reference (its own, or its receipt number).
    static Result<PaymentReceipt> read(const Collections &collections, const QString &paymentRef);
    static Result<PaymentReceipt> read(const Collections &collections, qint64 paymentEntryId);
};

} // namespace recoup
