// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/template_store.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"
#include "messaging/default_templates.h"
#include "messaging/template_text.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

constexpr int MaxSubject = 200;
constexpr int MaxBody = 20000;

} // namespace

TemplateStore::TemplateStore(Database &db) : m_db(db) { }

MessageTemplate TemplateStore::standard(const LadderStep &step, Channel channel) const
{
    return DefaultTemplates::forLanguage(DefaultTemplates::languageOf(m_db)).forStep(step, channel);
}

Result<MessageTemplate> TemplateStore::effective(const LadderStep &step, Channel channel) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT subject, body FROM message_templates WHERE step_key = ? AND channel = ?"));
    q.addBindValue(step.key);
    q.addBindValue(CollectionPolicy::channelKey(channel));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    if (q.next()) {
        MessageTemplate t{ step.key, channel, q.value(0).toString(), q.value(1).toString(), true };
        q.finish();
        return t;
    }
    return standard(step, channel);
}

Result<QList<MessageTemplate>> TemplateStore::edited() const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT step_key, channel, subject, body FROM message_templates ORDER BY step_key, channel"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<MessageTemplate> list;
    while (q.next()) {
        MessageTemplate t;
        t.stepKey = q.value(0).toString();
        CollectionPolicy::channelFromKey(q.value(1).toString(), &t.channel);
        t.subject = q.value(2).toString();
        t.body = q.value(3).toString();
        t.edited = true;
        list.append(t);
    }
    return list;
}

Result<void> TemplateStore::save(Ledger &ledger, const MessageTemplate &edited)
{
    if (!CollectionPolicy::isReminderChannel(edited.channel))
        return Error{ tr("Messages go by e-mail, SMS, WhatsApp or letter, not by %1.")
                          .arg(CollectionPolicy::channelLabel(edited.channel)) };
    if (edited.stepKey.trimmed().isEmpty())
        return Error{ tr("A template belongs to a step of the ladder: choose one.") };
    if (edited.channel == Channel::Email && edited.subject.trimmed().isEmpty())
        return Error{ tr("An e-mail needs a subject.") };
    if (edited.body.trimmed().isEmpty())
        return Error{ tr("The message is empty: write its words, or go back to the default ones.") };
    if (edited.subject.size() > MaxSubject)
        return Error{ tr("The subject is longer than %1 characters.").arg(MaxSubject) };
    if (edited.body.size() > MaxBody)
        return Error{ tr("The message is longer than %1 characters.").arg(MaxBody) };
    if (edited.subject.contains(QLatin1Char('\n')))
        return Error{ tr("The subject must fit on one line.") };
    if (auto ok = TemplateText::check(edited.subject); !ok)
        return Error{ tr("Subject: %1").arg(ok.error()) };
    if (auto ok = TemplateText::check(edited.body); !ok)
        return Error{ tr("Message: %1").arg(ok.error()) };

    Database &db = ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO message_templates (step_key, channel, subject, body, updated_at, updated_by) VALUES (?, ?, ?, ?, "
        "?, ?) ON CONFLICT (step_key, channel) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.addBindValue(edited.stepKey);
    q.addBindValue(CollectionPolicy::channelKey(edited.channel));
    q.addBindValue(edited.channel == Channel::Email ? edited.subject : QStringLiteral(""));
    q.addBindValue(edited.body);
    q.addBindValue(ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const QJsonObject details{ { QStringLiteral("step_key"), edited.stepKey },
        { QStringLiteral("channel"), CollectionPolicy::channelKey(edited.channel) } };
    if (auto done = ledger.writer().audit(QStringLiteral("edit"), QStringLiteral("message_template"), 0, details);
        !done)
        return done.failure();
    return tx.commit();
}

Result<void> TemplateStore::reset(Ledger &ledger, const QString &stepKey, Channel channel)
{
    Database &db = ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(QStringLiteral("DELETE FROM message_templates WHERE step_key = ? AND channel = ?"));
    q.addBindValue(stepKey);
    q.addBindValue(CollectionPolicy::channelKey(channel));
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (q.numRowsAffected() == 0)
        return {};
    const QJsonObject details{ { QStringLiteral("step_key"), stepKey },
        { QStringLiteral("channel"), CollectionPolicy::channelKey(channel) } };
    if (auto done = ledger.writer().audit(QStringLiteral("reset"), QStringLiteral("message_template"), 0, details);
        !done)
        return done.failure();
    return tx.commit();
}

} // namespace recoup
