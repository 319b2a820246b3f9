// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace recoup {

class Clock;
class Currency;
class Database;
class EntryWriter;
struct Customer;

/// A record of a customer's credit stopped or resumed.
struct CreditHold
{
    qint64 id = 0;
    qint64 customerId = 0;
    bool stop = true;
    QDate date;
    QString reason;
    qint64 debtId = 0; ///< the debt whose ladder step stopped it (0: by hand)
    QString stepKey;
    QDateTime recordedAt;
    QString recordedBy;
};

/// What stands against a new credit sale for a customer.
struct CreditCheck
{
    bool stopped = false;
    bool overLimit = false;
    qint64 balance = 0; ///< the balance before the sale
    std::optional<qint64> limit;
    QDate stoppedOn;
    QString stopReason;

    bool refused() const { return stopped || overLimit; }
};

/// A customer's credit: stopped or resumed (append-only records, the latest
/// one wins), and the check a new credit sale must pass. A sale the check
/// refuses is made only with a reason, kept as an override with an audit
/// record. Writes join the caller's transaction or make their own.
class CreditControl
{
    Q_DECLARE_TR_FUNCTIONS(CreditControl)
public:
    CreditControl(Database &db, const Clock &clock, EntryWriter &writer);

    /// The customer's records, oldest first.
    Result<QList<CreditHold>> holds(qint64 customerId) const;
    /// The latest record of the customer, if its credit is stopped now.
    Result<std::optional<CreditHold>> currentStop(qint64 customerId) const;
    /// Every customer whose credit is stopped now.
    Result<QSet<qint64>> stoppedCustomers() const;

    /// Stops the customer's credit; by hand (debtId 0) or by a ladder step.
    /// Already stopped: refused by hand, nothing done for a ladder step.
    Result<void> stop(qint64 customerId, const QDate &date, const QString &reason, qint64 debtId = 0,
        const QString &stepKey = QString());
    Result<void> resume(qint64 customerId, const QDate &date, const QString &reason);

    /// What stands against a sale of `amount` to the customer issued on the
    /// date. Credit is given at the counter: a sale dated before today records
    /// credit already given (a paper invoice entered late, an import), so
    /// nothing stands against it.
    Result<CreditCheck> checkSale(const Customer &customer, qint64 amount, const QDate &issueDate) const;
    /// Why a sale is refused, and how to make it anyway.
    static QString refusal(const CreditCheck &check, const Currency &currency);
    /// Keeps the reason a refused sale was made anyway, with its audit record;
    /// inside the sale's transaction.
    Result<void> recordOverride(qint64 customerId, qint64 debtId, const CreditCheck &check, const QString &reason);

private:
    Result<void> checkRecordDate(const QDate &date) const;
    Result<void> insert(
        qint64 customerId, bool stop, const QDate &date, const QString &reason, qint64 debtId, const QString &stepKey);

    Database &m_db;
    const Clock &m_clock;
    EntryWriter &m_writer;
};

} // namespace recoup
