// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_terms.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recoup {

/// What a step of the ladder asks for.
enum class LadderAction { Reminder, Call, LateFee, FinalNotice, StopCredit, Agency, LegalLetter };

/// How a customer is reached. Reminders go by e-mail, SMS, WhatsApp or letter;
/// the contact log also knows calls and visits.
enum class Channel { Phone, Visit, Letter, Email, Sms, WhatsApp };

/// One step of the ladder: on `dayOffset` days from the due date (negative:
/// before it), do `action`.
struct LadderStep
{
    QString key; ///< names the step for good ("second_reminder"); task records keep it
    QString name; ///< the owner's name for it; empty: the action's own name
    int dayOffset = 0;
    LadderAction action = LadderAction::Reminder;
    Channel channel = Channel::Email; ///< for reminders only
    bool needsApproval = false;

    bool operator==(const LadderStep &other) const = default;
};

/// The book's collection policy: the ladder's steps in order of their day
/// offsets, how many days of grace a promise gets, and how much later the
/// gentler ladder takes each step after the due date, and the terms of late
/// fees and interest. Its JSON form is
/// documented in docs/collection-policy.md.
class CollectionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CollectionPolicy)
public:
    static constexpr int MaxSteps = 30;
    static constexpr int MinOffset = -365;
    static constexpr int MaxOffset = 3650;
    static constexpr int MaxGraceDays = 60;
    static constexpr int MaxGentleFactor = 10;

    /// The ladder of DESIGN.md: -3, +1, +7, +14, +30, +45, +60, +90, +120.
    static CollectionPolicy defaultPolicy();

    QList<LadderStep> steps;
    int promiseGraceDays = 3;
    int gentleFactor = 2;
    /// Late fees and interest: off unless the owner turns them on.
    FeeTerms fees;

    bool operator==(const CollectionPolicy &other) const = default;

    /// Whether the policy can be saved: keys, offsets, actions, limits; the
    /// message says which step is wrong and how.
    Result<void> validate() const;
    /// The index of the step with that key, -1 when there is none.
    int indexOf(const QString &key) const;
    /// The day a step is taken on for a customer: the gentler ladder multiplies
    /// the days after the due date by gentleFactor.
    int offsetFor(const LadderStep &step, bool gentle) const;
    /// The highest step whose offset `daysPastDue` has reached, -1 when none.
    int stepReached(qint64 daysPastDue, bool gentle) const;

    /// The step's name as shown: the owner's, or the action's own.
    static QString displayName(const LadderStep &step);

    QJsonObject toJson() const;
    /// Reads and validates a policy document; the message says what is wrong where.
    static Result<CollectionPolicy> fromJson(const QByteArray &json);

    // Keys as stored and written in files, and the words shown for them.
    static QString actionKey(LadderAction action);
    static bool actionFromKey(const QString &key, LadderAction *action);
    static QString actionLabel(LadderAction action);
    static QString channelKey(Channel channel);
    static bool channelFromKey(const QString &key, Channel *channel);
    static QString channelLabel(Channel channel);
    /// Whether reminders may be sent on the channel (not calls or visits).
    static bool isReminderChannel(Channel channel);
    static QList<Channel> allChannels();
    /// The step keys and names of the default ladder, for names left empty.
    static QString defaultStepName(const QString &key);
};

} // namespace recoup
