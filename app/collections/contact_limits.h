// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/contact.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTime>

namespace recoup {

class Database;
class Ledger;

/// Limits on chasing a customer that the owner keeps to, counted from the
/// contact log. The defaults follow the US rule for consumer debts: at most 7
/// call attempts in 7 days about one debt, and no contact before 08:00 or
/// after 21:00 local time. Breaking one is warned about, never silently done.
class ContactLimits
{
    Q_DECLARE_TR_FUNCTIONS(ContactLimits)
public:
    static constexpr int MaxCallsLimit = 100;
    static constexpr int MaxDaysLimit = 60;

    int maxCalls = 7; ///< call attempts about one debt (or the account) ...
    int perDays = 7; ///< ... within this many days, the day of the call included
    QTime earliest = QTime(8, 0); ///< no contact before this local time
    QTime latest = QTime(21, 0); ///< nor after this one

    bool operator==(const ContactLimits &other) const = default;

    /// The book's limits (the defaults until the owner sets others).
    static Result<ContactLimits> load(const Database &db);
    /// Checks and saves them, with an audit record; nothing changes when wrong.
    Result<void> save(Ledger &ledger) const;
    Result<void> validate() const;

    /// What logging (or making) this contact would break, in words; empty when
    /// it breaks nothing. Letters are not counted and have no hour.
    Result<QStringList> warnings(Database &db, const ContactInput &contact) const;
};

} // namespace recoup
