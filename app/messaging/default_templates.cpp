// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/default_templates.h"

#include "db/database.h"

#include <QFile>
#include <QJsonDocument>

namespace recoup {

namespace {

QString channelPrefix(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("email_body");
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::WhatsApp:
        return QStringLiteral("whatsapp");
    case Channel::Letter:
    case Channel::Phone:
    case Channel::Visit:
        return QStringLiteral("letter");
    }
    Q_UNREACHABLE();
}

} // namespace

QStringList DefaultTemplates::languages()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

QString DefaultTemplates::languageOf(const Database &db)
{
    const QString chosen = db.meta(QStringLiteral("language")).left(2).toLower();
    if (languages().contains(chosen))
        return chosen;
    return QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

DefaultTemplates DefaultTemplates::forLanguage(const QString &language)
{
    DefaultTemplates set;
    set.m_language = languages().contains(language) ? language : QStringLiteral("en");
    QFile file(QStringLiteral(":/recoup/messaging/templates/%1.json").arg(set.m_language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default templates of %s are missing from the resources", qPrintable(set.m_language));
    set.m_document = QJsonDocument::fromJson(file.readAll()).object();
    return set;
}

QString DefaultTemplates::toneOf(const LadderStep &step)
{
    // The default ladder's steps by their keys; the owner's own steps by what they do.
    if (step.key == QLatin1String("friendly_reminder"))
        return QStringLiteral("friendly");
    if (step.key == QLatin1String("reminder"))
        return QStringLiteral("reminder");
    if (step.key == QLatin1String("second_reminder") || step.key == QLatin1String("personal_call")
        || step.key == QLatin1String("late_fee_warning"))
        return QStringLiteral("firm");
    switch (step.action) {
    case LadderAction::Reminder:
        return step.dayOffset <= 0 ? QStringLiteral("friendly")
            : step.dayOffset < 7   ? QStringLiteral("reminder")
                                   : QStringLiteral("firm");
    case LadderAction::Call:
    case LadderAction::LateFee:
        return QStringLiteral("firm");
    case LadderAction::FinalNotice:
    case LadderAction::StopCredit:
    case LadderAction::Agency:
        return QStringLiteral("final");
    case LadderAction::LegalLetter:
        return QStringLiteral("legal");
    }
    Q_UNREACHABLE();
}

QLocale DefaultTemplates::locale() const
{
    return QLocale(m_language == QLatin1String("es") ? QLocale::Spanish : QLocale::English,
        m_language == QLatin1String("es") ? QLocale::Spain : QLocale::UnitedStates);
}

QString DefaultTemplates::date(const QDate &date) const
{
    return date.isValid() ? locale().toString(date, m_document.value(QStringLiteral("date_format")).toString())
                          : QString();
}

QString DefaultTemplates::word(const QString &key) const
{
    return m_document.value(QStringLiteral("words")).toObject().value(key).toString();
}

MergeWords DefaultTemplates::words() const
{
    MergeWords words;
    words.ref = word(QStringLiteral("ref"));
    words.dueDate = word(QStringLiteral("due_date"));
    words.daysOverdue = word(QStringLiteral("days_overdue"));
    words.open = word(QStringLiteral("open"));
    words.itemLine = word(QStringLiteral("item_line"));
    words.itemShort = word(QStringLiteral("item_short"));
    return words;
}

MessageTemplate DefaultTemplates::forStep(const LadderStep &step, Channel channel) const
{
    const QJsonObject tone = m_document.value(QStringLiteral("tones")).toObject().value(toneOf(step)).toObject();
    MessageTemplate t;
    t.stepKey = step.key;
    t.channel = channel;
    t.body = tone.value(channelPrefix(channel)).toString();
    if (channel == Channel::Email)
        t.subject = tone.value(QStringLiteral("email_subject")).toString();
    return t;
}

} // namespace recoup
