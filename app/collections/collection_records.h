// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_event.h"
#include "collections/contact.h"
#include "collections/customer_ladder.h"
#include "collections/dispute.h"
#include "collections/promise.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace recoup {

class Database;

/// What a task record says about a task, the latest one up to a date.
enum class TaskOutcome { Done, Skipped, Snoozed };

struct TaskState
{
    TaskOutcome outcome = TaskOutcome::Done;
    QDate snoozedUntil;
    QDate actionDate;
    QString reason;
};

/// The latest state of every task with a record up to a date, by task.
struct TaskStates
{
    QHash<QPair<qint64, QString>, TaskState> steps; ///< by (debt, step key)
    QHash<qint64, TaskState> promises; ///< broken promises, by promise
    QHash<qint64, TaskState> followUps; ///< follow-ups, by contact
};

/// A follow-up the contact log asks for: the latest contact with a customer,
/// when it set a follow-up date.
struct FollowUp
{
    qint64 contactId = 0;
    qint64 customerId = 0;
    qint64 debtId = 0;
    QDate contactDate;
    QDate date;
    Channel channel = Channel::Phone;
    QString note;
};

/// The reads of the collections' records (contacts, promises, disputes,
/// customers' ladders, task records), each in a few statements for the whole
/// book or one customer, never one per customer. A read that fails says so.
class CollectionRecords
{
    Q_DECLARE_TR_FUNCTIONS(CollectionRecords)
public:
    explicit CollectionRecords(Database &db);

    /// The customer's contacts, newest first.
    Result<QList<Contact>> contacts(qint64 customerId) const;
    Result<Contact> contact(qint64 id) const;
    /// Follow-ups due on or before the date and not settled by a later contact.
    Result<QList<FollowUp>> followUpsDue(const QDate &asOf, qint64 customerId = 0) const;

    /// Promises made on or before the date, with what was paid towards each
    /// and their state as of it; the grace days come from the policy.
    Result<QList<Promise>> promises(const QDate &asOf, int graceDays, qint64 customerId = 0) const;

    /// Every dispute of the customer's debts (or of all), with its resolution if any, as of today.
    Result<QList<Dispute>> disputes(qint64 customerId = 0) const;
    Result<Dispute> dispute(qint64 id) const;
    /// Disputes open on the date (opened on or before it, not resolved by it).
    Result<QList<Dispute>> openDisputes(const QDate &asOf, qint64 customerId = 0) const;

    /// The ladder settings of every customer that has some (or of one).
    Result<QHash<qint64, CustomerLadder>> ladders(qint64 customerId = 0) const;
    Result<CustomerLadder> ladder(qint64 customerId) const;

    /// The state of each task with a record on or before the date. Step records
    /// are read only for debts that may be open on the date.
    Result<TaskStates> taskStates(const QDate &asOf, qint64 customerId = 0) const;

    /// Everything done about a debt that is not an entry, oldest first: its
    /// contacts (and the customer's contacts about the whole account since the
    /// sale), promises covering it, its disputes and their resolutions, its
    /// ladder steps done, skipped or snoozed, late fees and interest charged on
    /// it and their waivers, the payment plans it is on (made, each installment,
    /// and, as of `asOf` when it is given, broken), and its escalation
    /// (EscalationRecords::debtEvents: credit stops, agency, legal).
    Result<QList<CollectionEvent>> debtEvents(qint64 debtId, const QDate &asOf = QDate()) const;

    static QString outcomeKey(ContactOutcome outcome);
    static bool outcomeFromKey(const QString &key, ContactOutcome *outcome);
    static QString outcomeLabel(ContactOutcome outcome);
    static QString ladderKey(LadderMode mode);
    static bool ladderFromKey(const QString &key, LadderMode *mode);
    static QString ladderLabel(LadderMode mode);
    static QString taskOutcomeKey(TaskOutcome outcome);

private:
    Database &m_db;
};

} // namespace recoup
