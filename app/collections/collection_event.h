// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/contact.h"
#include "collections/dispute.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recoup {

/// Something done about a debt that is not an entry: a contact, a promise, a
/// dispute opened or resolved, a ladder step done, skipped or snoozed. The
/// debt's timeline shows them among its entries.
struct CollectionEvent
{
    enum class Kind { Contact, Promise, DisputeOpened, DisputeResolved, StepDone, StepSkipped, StepSnoozed };

    Kind kind = Kind::Contact;
    qint64 id = 0; ///< the record's id in its own table
    QDate date; ///< the business date it happened on
    QDateTime recordedAt;
    QString recordedBy;

    // What each kind carries.
    Channel channel = Channel::Phone; ///< contact
    ContactOutcome outcome = ContactOutcome::NoAnswer; ///< contact
    QDate followUp; ///< contact
    qint64 amount = 0; ///< promise, dispute; the amount conceded for a resolution
    QDate dueDate; ///< promise
    DisputeOutcome disputeOutcome = DisputeOutcome::ForShop; ///< resolution
    QString stepKey; ///< step records
    QDate until; ///< snoozed
    QString text; ///< the contact's note, the dispute's reason, the reason a step was skipped

    bool operator==(const CollectionEvent &) const = default;
};

} // namespace recoup
