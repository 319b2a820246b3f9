// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recoup {

/// The kinds of ledger entry. Entries are never changed or deleted; a mistake is
/// undone by a reversal that names the entry.
enum class EntryKind { Charge, Fee, Interest, Payment, Allocation, Adjustment, WriteOff, Reversal };

/// How a customer paid.
enum class PaymentMethod { Cash, Card, BankTransfer, Cheque, MobileMoney };

/// Names as stored and as written in interchange files ("bank_transfer").
QString entryKindKey(EntryKind kind);
EntryKind entryKindFromKey(const QString &key);
QString paymentMethodKey(PaymentMethod method);
/// The method for a file key, or false when the key is unknown.
bool paymentMethodFromKey(const QString &key, PaymentMethod *method);
/// "Bank transfer", translated.
QString paymentMethodLabel(PaymentMethod method);
QString entryKindLabel(EntryKind kind);

/// One ledger entry as read back.
struct Entry
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 debtId = 0; ///< 0 when the entry is not on a debt (a payment)
    qint64 paymentId = 0; ///< the payment an allocation (or its reversal) belongs to
    qint64 sourceId = 0; ///< the entry a reversal undoes
    EntryKind kind = EntryKind::Charge;
    qint64 amount = 0;
    qint64 balanceDelta = 0;
    qint64 openDelta = 0;
    qint64 creditDelta = 0;
    QDate effectiveDate;
    QDateTime recordedAt;
    QString recordedBy;
    QString ref;
    QString method;
    QString reference;
    QString note;
    /// Filled by reads that join: the reversal that undid this entry, if any.
    qint64 reversedBy = 0;
    QString reversalReason;

    bool operator==(const Entry &) const = default;
};

} // namespace recoup
