// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_policy.h"

#include "core/text_length.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace recoup {

namespace {

const QString FormatName = QStringLiteral("recoup-collection-policy");
/// Version 2 added "fees"; a version 1 file has none, so fees are off.
constexpr int FormatVersion = 2;
constexpr int FirstVersion = 1;
constexpr int MaxNameLength = 100;

struct ActionName
{
    LadderAction action;
    const char *key;
};
constexpr ActionName Actions[] = {
    { LadderAction::Reminder, "reminder" },
    { LadderAction::Call, "call" },
    { LadderAction::LateFee, "late_fee" },
    { LadderAction::FinalNotice, "final_notice" },
    { LadderAction::StopCredit, "stop_credit" },
    { LadderAction::Agency, "agency" },
    { LadderAction::LegalLetter, "legal_letter" },
};

struct ChannelName
{
    Channel channel;
    const char *key;
};
constexpr ChannelName Channels[] = {
    { Channel::Phone, "phone" },
    { Channel::Visit, "visit" },
    { Channel::Letter, "letter" },
    { Channel::Email, "email" },
    { Channel::Sms, "sms" },
    { Channel::WhatsApp, "whatsapp" },
};

LadderStep step(
    const char *key, int offset, LadderAction action, Channel channel = Channel::Letter, bool needsApproval = false)
{
    LadderStep s;
    s.key = QLatin1String(key);
    s.dayOffset = offset;
    s.action = action;
    s.channel = action == LadderAction::Reminder ? channel : Channel::Letter;
    s.needsApproval = needsApproval;
    return s;
}

} // namespace

CollectionPolicy CollectionPolicy::defaultPolicy()
{
    CollectionPolicy policy;
    policy.steps = {
        step("friendly_reminder", -3, LadderAction::Reminder, Channel::Email),
        step("reminder", 1, LadderAction::Reminder, Channel::Email),
        step("second_reminder", 7, LadderAction::Reminder, Channel::Email),
        step("personal_call", 14, LadderAction::Call),
        step("late_fee_warning", 30, LadderAction::LateFee),
        step("final_notice", 45, LadderAction::FinalNotice),
        step("credit_stopped", 60, LadderAction::StopCredit, Channel::Letter, true),
        step("collection_agency", 90, LadderAction::Agency, Channel::Letter, true),
        step("letter_before_action", 120, LadderAction::LegalLetter, Channel::Letter, true),
    };
    return policy;
}

QString CollectionPolicy::defaultStepName(const QString &key)
{
    if (key == QLatin1String("friendly_reminder"))
        return tr("Friendly reminder");
    if (key == QLatin1String("reminder"))
        return tr("Reminder");
    if (key == QLatin1String("second_reminder"))
        return tr("Second reminder");
    if (key == QLatin1String("personal_call"))
        return tr("Personal call");
    if (key == QLatin1String("late_fee_warning"))
        return tr("Late fee and warning");
    if (key == QLatin1String("final_notice"))
        return tr("Final notice");
    if (key == QLatin1String("credit_stopped"))
        return tr("Credit stopped");
    if (key == QLatin1String("collection_agency"))
        return tr("Collection agency");
    if (key == QLatin1String("letter_before_action"))
        return tr("Letter before legal action");
    return QString();
}

QString CollectionPolicy::displayName(const LadderStep &step)
{
    if (!step.name.isEmpty())
        return step.name;
    const QString known = defaultStepName(step.key);
    return known.isEmpty() ? actionLabel(step.action) : known;
}

QString CollectionPolicy::actionKey(LadderAction action)
{
    for (const ActionName &a : Actions)
        if (a.action == action)
            return QLatin1String(a.key);
    Q_UNREACHABLE();
}

bool CollectionPolicy::actionFromKey(const QString &key, LadderAction *action)
{
    for (const ActionName &a : Actions)
        if (key == QLatin1String(a.key)) {
            *action = a.action;
            return true;
        }
    return false;
}

QString CollectionPolicy::actionLabel(LadderAction action)
{
    switch (action) {
    case LadderAction::Reminder:
        return tr("Send a reminder");
    case LadderAction::Call:
        return tr("Call");
    case LadderAction::LateFee:
        return tr("Late fee and warning letter");
    case LadderAction::FinalNotice:
        return tr("Final notice");
    case LadderAction::StopCredit:
        return tr("Stop credit");
    case LadderAction::Agency:
        return tr("Refer to a collection agency");
    case LadderAction::LegalLetter:
        return tr("Letter before legal action");
    }
    Q_UNREACHABLE();
}

QString CollectionPolicy::channelKey(Channel channel)
{
    for (const ChannelName &c : Channels)
        if (c.channel == channel)
            return QLatin1String(c.key);
    Q_UNREACHABLE();
}

bool CollectionPolicy::channelFromKey(const QString &key, Channel *channel)
{
    for (const ChannelName &c : Channels)
        if (key == QLatin1String(c.key)) {
            *channel = c.channel;
            return true;
        }
    return false;
}

QString CollectionPolicy::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return tr("phone");
    case Channel::Visit:
        return tr("visit");
    case Channel::Letter:
        return tr("letter");
    case Channel::Email:
        return tr("e-mail");
    case Channel::Sms:
        return tr("SMS");
    case Channel::WhatsApp:
        return tr("WhatsApp");
    }
    Q_UNREACHABLE();
}

bool CollectionPolicy::isReminderChannel(Channel channel)
{
    return channel == Channel::Email || channel == Channel::Sms || channel == Channel::WhatsApp
        || channel == Channel::Letter;
}

QList<Channel> CollectionPolicy::allChannels()
{
    QList<Channel> all;
    for (const ChannelName &c : Channels)
        all.append(c.channel);
    return all;
}

Result<void> CollectionPolicy::validate() const
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (steps.size() > MaxSteps)
        return Error{ tr("A ladder has at most %1 steps; this one has %2.").arg(MaxSteps).arg(steps.size()) };
    if (promiseGraceDays < 0 || promiseGraceDays > MaxGraceDays)
        return Error{ tr("The grace days of a promise must be between 0 and %1.").arg(MaxGraceDays) };
    if (gentleFactor < 1 || gentleFactor > MaxGentleFactor)
        return Error{ tr("The gentler ladder's factor must be between 1 and %1.").arg(MaxGentleFactor) };
    QSet<QString> keys;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const LadderStep &s = steps.at(i);
        const qsizetype n = i + 1;
        if (!keyShape.match(s.key).hasMatch())
            return Error{ tr("Step %1: the key “%2” must be 1 to 40 lower-case letters, digits or _, starting with a "
                             "letter.")
                              .arg(n)
                              .arg(s.key) };
        if (keys.contains(s.key))
            return Error{ tr("Step %1: the key “%2” is used by another step.").arg(n).arg(s.key) };
        keys.insert(s.key);
        if (s.name != s.name.trimmed() || characterCount(s.name) > MaxNameLength)
            return Error{ tr("Step %1: the name must be at most %2 characters, without spaces at either end.")
                              .arg(n)
                              .arg(MaxNameLength) };
        if (s.dayOffset < MinOffset || s.dayOffset > MaxOffset)
            return Error{ tr("Step %1: the day offset %2 is outside %3 to %4.")
                              .arg(n)
                              .arg(s.dayOffset)
                              .arg(MinOffset)
                              .arg(MaxOffset) };
        if (i > 0 && s.dayOffset <= steps.at(i - 1).dayOffset)
            return Error{ tr("Step %1: the steps must be in order of their day offsets, each later than the one "
                             "before (%2 is not after %3).")
                              .arg(n)
                              .arg(s.dayOffset)
                              .arg(steps.at(i - 1).dayOffset) };
        if (s.action == LadderAction::Reminder && !isReminderChannel(s.channel))
            return Error{ tr("Step %1: a reminder goes by e-mail, SMS, WhatsApp or letter.").arg(n) };
    }
    return fees.validate();
}

int CollectionPolicy::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (steps.at(i).key == key)
            return int(i);
    return -1;
}

int CollectionPolicy::offsetFor(const LadderStep &step, bool gentle) const
{
    return gentle && step.dayOffset > 0 ? step.dayOffset * gentleFactor : step.dayOffset;
}

int CollectionPolicy::stepReached(qint64 daysPastDue, bool gentle) const
{
    // Offsets grow along the ladder (validate()), and the gentler ladder keeps their order.
    int reached = -1;
    for (qsizetype i = 0; i < steps.size(); ++i)
        if (offsetFor(steps.at(i), gentle) <= daysPastDue)
            reached = int(i);
    return reached;
}

QJsonObject CollectionPolicy::toJson() const
{
    QJsonArray list;
    for (const LadderStep &s : steps) {
        QJsonObject o{ { QStringLiteral("key"), s.key }, { QStringLiteral("name"), s.name },
            { QStringLiteral("day_offset"), s.dayOffset }, { QStringLiteral("action"), actionKey(s.action) },
            { QStringLiteral("needs_approval"), s.needsApproval } };
        if (s.action == LadderAction::Reminder)
            o.insert(QStringLiteral("channel"), channelKey(s.channel));
        list.append(o);
    }
    return { { QStringLiteral("format"), FormatName }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("promise_grace_days"), promiseGraceDays }, { QStringLiteral("gentle_factor"), gentleFactor },
        { QStringLiteral("steps"), list }, { QStringLiteral("fees"), fees.toJson() } };
}

namespace {

/// A whole number in a JSON value (JSON numbers are doubles), or nothing.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < -1e6 || d > 1e6)
        return std::nullopt;
    return int(d);
}

} // namespace

Result<CollectionPolicy> CollectionPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ tr("The policy file is not valid JSON (at character %1: %2).")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()) };
    if (!doc.isObject())
        return Error{ tr("The policy file must hold one JSON object.") };
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return Error{ tr("This is not a Recoup collection policy: “format” must be “%1”.").arg(FormatName) };
    const auto version = wholeNumber(root.value(QStringLiteral("version")));
    if (!version || *version < FirstVersion || *version > FormatVersion)
        return Error{ tr("This policy file is version %1; this program reads versions %2 to %3.")
                          .arg(root.value(QStringLiteral("version")).toVariant().toString())
                          .arg(FirstVersion)
                          .arg(FormatVersion) };
    QSet<QString> rootKeys{ QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("promise_grace_days"),
        QStringLiteral("gentle_factor"), QStringLiteral("steps") };
    if (*version >= 2)
        rootKeys.insert(QStringLiteral("fees"));
    for (const QString &k : root.keys())
        if (!rootKeys.contains(k))
            return Error{ tr("The policy file has an unknown member “%1”.").arg(k) };
    CollectionPolicy policy;
    const auto grace = wholeNumber(root.value(QStringLiteral("promise_grace_days")));
    if (!grace)
        return Error{ tr("“promise_grace_days” must be a whole number of days.") };
    policy.promiseGraceDays = *grace;
    const auto factor = wholeNumber(root.value(QStringLiteral("gentle_factor")));
    if (!factor)
        return Error{ tr("“gentle_factor” must be a whole number.") };
    policy.gentleFactor = *factor;
    if (!root.value(QStringLiteral("steps")).isArray())
        return Error{ tr("“steps” must be a list of steps.") };
    const QJsonArray list = root.value(QStringLiteral("steps")).toArray();
    const QSet<QString> stepKeys{ QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("day_offset"),
        QStringLiteral("action"), QStringLiteral("channel"), QStringLiteral("needs_approval") };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qsizetype n = i + 1;
        if (!list.at(i).isObject())
            return Error{ tr("Step %1 must be a JSON object.").arg(n) };
        const QJsonObject o = list.at(i).toObject();
        for (const QString &k : o.keys())
            if (!stepKeys.contains(k))
                return Error{ tr("Step %1 has an unknown member “%2”.").arg(n).arg(k) };
        LadderStep s;
        if (!o.value(QStringLiteral("key")).isString())
            return Error{ tr("Step %1 needs a “key”.").arg(n) };
        s.key = o.value(QStringLiteral("key")).toString();
        const QJsonValue name = o.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isString())
            return Error{ tr("Step %1: “name” must be text.").arg(n) };
        s.name = name.toString();
        const auto offset = wholeNumber(o.value(QStringLiteral("day_offset")));
        if (!offset)
            return Error{ tr("Step %1: “day_offset” must be a whole number of days.").arg(n) };
        s.dayOffset = *offset;
        if (!actionFromKey(o.value(QStringLiteral("action")).toString(), &s.action))
            return Error{ tr("Step %1: “action” must be one of reminder, call, late_fee, final_notice, stop_credit, "
                             "agency, legal_letter.")
                              .arg(n) };
        const QJsonValue channel = o.value(QStringLiteral("channel"));
        if (s.action == LadderAction::Reminder) {
            if (!channelFromKey(channel.toString(), &s.channel) || !isReminderChannel(s.channel))
                return Error{ tr("Step %1: a reminder needs a “channel”: email, sms, whatsapp or letter.").arg(n) };
        } else if (!channel.isUndefined()) {
            return Error{ tr("Step %1: only reminders have a “channel”.").arg(n) };
        } else {
            s.channel = Channel::Letter;
        }
        const QJsonValue approval = o.value(QStringLiteral("needs_approval"));
        if (!approval.isUndefined() && !approval.isBool())
            return Error{ tr("Step %1: “needs_approval” must be true or false.").arg(n) };
        s.needsApproval = approval.toBool(false);
        policy.steps.append(s);
    }
    // Without "fees" (every version 1 file) late fees and interest are off.
    if (const QJsonValue fees = root.value(QStringLiteral("fees")); !fees.isUndefined()) {
        auto terms = FeeTerms::fromJson(fees);
        if (!terms)
            return terms.failure();
        policy.fees = terms.value();
    }
    if (auto ok = policy.validate(); !ok)
        return ok.failure();
    return policy;
}

} // namespace recoup
