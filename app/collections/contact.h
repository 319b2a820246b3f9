// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recoup {

/// How a contact went.
enum class ContactOutcome { NoAnswer, Promised, Disputed, Refused, WrongNumber, Paid, Other };

/// A call, visit, letter or message, as the user logs it.
struct ContactInput
{
    qint64 customerId = 0;
    qint64 debtId = 0; ///< 0: about the customer's account as a whole
    QDate date; ///< when it happened; invalid: today
    QString time; ///< "HH:MM" local time, or empty
    Channel channel = Channel::Phone;
    QString madeBy; ///< who made it; empty: the user recording it
    ContactOutcome outcome = ContactOutcome::NoAnswer;
    QString note;
    QDate followUp; ///< when to follow up, or invalid for no follow-up
};

/// A contact as logged.
struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 debtId = 0;
    QDate date;
    QString time;
    Channel channel = Channel::Phone;
    QString madeBy;
    ContactOutcome outcome = ContactOutcome::NoAnswer;
    QString note;
    QDate followUp;
    QDateTime recordedAt;
    QString recordedBy;
};

} // namespace recoup
