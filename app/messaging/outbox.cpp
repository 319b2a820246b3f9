// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/outbox.h"

#include "collections/contact_log.h"
#include "collections/document_register.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"
#include "messaging/smtp_transport.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

struct StateName
{
    OutboxState state;
    const char *key;
};
constexpr StateName States[] = {
    { OutboxState::Queued, "queued" },
    { OutboxState::Sending, "sending" },
    { OutboxState::Sent, "sent" },
    { OutboxState::Failed, "failed" },
    { OutboxState::Unsure, "unsure" },
    { OutboxState::Cancelled, "cancelled" },
};

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QString EntryColumns
    = QStringLiteral("id, message_id, customer_id, step_key, sender, recipients, subject, state, attempts, last_error, "
                     "next_attempt_at, queued_at, sent_at");

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.messageId = q.value(1).toString();
    e.customerId = q.value(2).toLongLong();
    e.stepKey = q.value(3).toString();
    e.sender = q.value(4).toString();
    e.recipients = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.subject = q.value(6).toString();
    Outbox::stateFromKey(q.value(7).toString(), &e.state);
    e.attempts = q.value(8).toInt();
    e.lastError = q.value(9).toString();
    e.nextAttemptAt = fromStamp(q.value(10));
    e.queuedAt = fromStamp(q.value(11));
    e.sentAt = fromStamp(q.value(12));
    return e;
}

} // namespace

Outbox::Outbox(Ledger &ledger) : m_ledger(ledger) { }

qint64 Outbox::backoffSeconds(int attempts)
{
    if (attempts >= MaxAttempts)
        return 0;
    constexpr qint64 waits[] = { 60, 5 * 60, 30 * 60, 2 * 3600 };
    return attempts >= 1 && attempts <= 4 ? waits[attempts - 1] : 12 * 3600;
}

QString Outbox::stateKey(OutboxState state)
{
    for (const StateName &s : States)
        if (s.state == state)
            return QLatin1String(s.key);
    Q_UNREACHABLE();
}

bool Outbox::stateFromKey(const QString &key, OutboxState *state)
{
    for (const StateName &s : States)
        if (key == QLatin1String(s.key)) {
            *state = s.state;
            return true;
        }
    return false;
}

QString Outbox::stateLabel(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("queued");
    case OutboxState::Sending:
        return tr("sending");
    case OutboxState::Sent:
        return tr("sent");
    case OutboxState::Failed:
        return tr("failed");
    case OutboxState::Unsure:
        return tr("unsure: interrupted while sending");
    case OutboxState::Cancelled:
        return tr("cancelled");
    }
    Q_UNREACHABLE();
}

Result<qint64> Outbox::queue(
    MimeMessage message, qint64 customerId, const QList<qint64> &debtIds, const QString &stepKey)
{
    if (!MimeMessage::isValidAddress(message.from.address))
        return Error{ tr("“%1” is not an e-mail address to send from.").arg(message.from.address) };
    if (message.to.isEmpty())
        return Error{ tr("The message has no recipient.") };
    QStringList recipients;
    for (const MailAddress &to : message.to) {
        if (!MimeMessage::isValidAddress(to.address))
            return Error{ tr("“%1” is not an e-mail address.").arg(to.address) };
        recipients.append(to.address);
    }
    const QDateTime now = m_ledger.clock().nowUtc();
    if (message.messageId.isEmpty())
        message.messageId = MimeMessage::newMessageId(message.from.address);
    if (!message.date.isValid())
        message.date = now;
    const QByteArray bytes = message.toBytes();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO outbox (message_id, customer_id, step_key, sender, recipients, subject, message, state, "
        "queued_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"));
    q.addBindValue(message.messageId);
    q.addBindValue(customerId ? QVariant(customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(stepKey.isNull() ? QStringLiteral("") : stepKey);
    q.addBindValue(message.from.address);
    q.addBindValue(recipients.join(QLatin1Char(',')));
    q.addBindValue(message.subject);
    q.addBindValue(bytes);
    q.addBindValue(stamp(now));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 debtId : debtIds) {
        QSqlQuery &d = db.prepare(QStringLiteral("INSERT INTO outbox_debts (outbox_id, debt_id) VALUES (?, ?)"));
        d.addBindValue(id);
        d.addBindValue(debtId);
        if (auto done = db.exec(d); !done)
            return done.failure();
    }
    const QMimeDatabase types;
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const MailAttachment &file = message.attachments.at(i);
        QSqlQuery &a = db.prepare(QStringLiteral("INSERT INTO outbox_attachments (outbox_id, position, file_name, "
                                                 "content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?)"));
        a.addBindValue(id);
        a.addBindValue(int(i));
        a.addBindValue(file.fileName);
        a.addBindValue(file.contentType.isEmpty() ? types.mimeTypeForFileNameAndData(file.fileName, file.data).name()
                                                  : file.contentType);
        a.addBindValue(file.data.size());
        a.addBindValue(QString::fromLatin1(QCryptographicHash::hash(file.data, QCryptographicHash::Sha256).toHex()));
        if (auto done = db.exec(a); !done)
            return done.failure();
    }
    QJsonObject details{ { QStringLiteral("message_id"), message.messageId },
        { QStringLiteral("recipients"), recipients.join(QLatin1Char(',')) },
        { QStringLiteral("attachments"), int(message.attachments.size()) } };
    if (customerId)
        details.insert(QStringLiteral("customer_id"), customerId);
    if (auto done = m_ledger.writer().audit(QStringLiteral("queue"), QStringLiteral("outbox"), id, details); !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<QList<OutboxEntry>> Outbox::list(bool unsentOnly) const
{
    Database &db = m_ledger.database();
    QSqlQuery &q = db.prepare(
        QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY id DESC")
            .arg(EntryColumns, unsentOnly ? QStringLiteral("WHERE state NOT IN ('sent', 'cancelled')") : QString()));
    if (auto done = db.exec(q); !done)
        return done.failure();
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    QSqlQuery &d
        = db.prepare(QStringLiteral("SELECT outbox_id, debt_id FROM outbox_debts ORDER BY outbox_id, debt_id"));
    if (auto done = db.exec(d); !done)
        return done.failure();
    QHash<qint64, QList<qint64>> debts;
    while (d.next())
        debts[d.value(0).toLongLong()].append(d.value(1).toLongLong());
    QSqlQuery &a = db.prepare(QStringLiteral("SELECT outbox_id, file_name, content_type, size, sha256 FROM "
                                             "outbox_attachments ORDER BY outbox_id, position"));
    if (auto done = db.exec(a); !done)
        return done.failure();
    QHash<qint64, QList<OutboxAttachment>> files;
    while (a.next())
        files[a.value(0).toLongLong()].append(
            { a.value(1).toString(), a.value(2).toString(), a.value(3).toLongLong(), a.value(4).toString() });
    for (OutboxEntry &e : entries) {
        e.debtIds = debts.value(e.id);
        e.attachments = files.value(e.id);
    }
    return entries;
}

Result<OutboxEntry> Outbox::entry(qint64 id) const
{
    auto all = list(false);
    if (!all)
        return all.failure();
    for (const OutboxEntry &e : all.value())
        if (e.id == id)
            return e;
    return Error{ tr("There is no message %1 in the outbox.").arg(id) };
}

Result<void> Outbox::setState(qint64 id, const QStringList &from, OutboxState to, const QString &action)
{
    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QStringList quoted;
    for (const QString &s : from)
        quoted.append(QLatin1Char('\'') + s + QLatin1Char('\''));
    QSqlQuery &q = db.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = NULL WHERE id = ? AND state IN (%1)")
            .arg(quoted.join(QLatin1Char(','))));
    q.addBindValue(stateKey(to));
    q.addBindValue(id);
    if (auto done = db.exec(q); !done)
        return done;
    if (q.numRowsAffected() != 1) {
        const auto e = entry(id);
        if (!e)
            return e.failure();
        return Error{ tr("Message %1 is %2: it cannot be %3.").arg(id).arg(stateLabel(e->state), stateLabel(to)) };
    }
    if (auto done = m_ledger.writer().audit(
            action, QStringLiteral("outbox"), id, QJsonObject{ { QStringLiteral("state"), stateKey(to) } });
        !done)
        return done;
    return tx.commit();
}

Result<void> Outbox::retry(qint64 id)
{
    return setState(
        id, { QStringLiteral("failed"), QStringLiteral("unsure") }, OutboxState::Queued, QStringLiteral("retry"));
}

Result<void> Outbox::cancel(qint64 id)
{
    return setState(id, { QStringLiteral("queued"), QStringLiteral("failed"), QStringLiteral("unsure") },
        OutboxState::Cancelled, QStringLiteral("cancel"));
}

Result<int> Outbox::findInterrupted()
{
    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    const QDateTime limit = m_ledger.clock().nowUtc().addSecs(-SendingTimeoutSeconds);
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT id FROM outbox WHERE state = 'sending' AND sending_at <= ?"));
    q.addBindValue(stamp(limit));
    if (auto done = db.exec(q); !done)
        return done.failure();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids) {
        QSqlQuery &u = db.prepare(
            QStringLiteral("UPDATE outbox SET state = 'unsure', last_error = ? WHERE id = ? AND state = 'sending'"));
        u.addBindValue(tr("The transfer was interrupted: the server may have the message. Look for it in the sent "
                          "folder; retry it only if it is not there."));
        u.addBindValue(id);
        if (auto done = db.exec(u); !done)
            return done.failure();
        if (auto done = m_ledger.writer().audit(QStringLiteral("interrupted"), QStringLiteral("outbox"), id,
                QJsonObject{ { QStringLiteral("state"), QStringLiteral("unsure") } });
            !done)
            return done.failure();
    }
    if (auto done = tx.commit(); !done)
        return done.failure();
    return int(ids.size());
}

Result<bool> Outbox::send(qint64 id, const SmtpTransport &transport)
{
    Database &db = m_ledger.database();
    const QDateTime now = m_ledger.clock().nowUtc();
    // Claim it: only one program can move it from queued or failed to sending.
    {
        Transaction tx(db);
        if (!tx.started())
            return tx.started().failure();
        QSqlQuery &q = db.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                                 "sending_at = ? WHERE id = ? AND state IN ('queued', 'failed')"));
        q.addBindValue(stamp(now));
        q.addBindValue(id);
        if (auto done = db.exec(q); !done)
            return done.failure();
        if (q.numRowsAffected() != 1)
            return false;
        if (auto done = m_ledger.writer().audit(QStringLiteral("sending"), QStringLiteral("outbox"), id,
                QJsonObject{ { QStringLiteral("state"), QStringLiteral("sending") } });
            !done)
            return done.failure();
        if (auto done = tx.commit(); !done)
            return done.failure();
    }
    auto claimed = entry(id);
    if (!claimed)
        return claimed.failure();
    QSqlQuery &m = db.prepare(QStringLiteral("SELECT message FROM outbox WHERE id = ?"));
    m.addBindValue(id);
    if (auto done = db.exec(m); !done)
        return done.failure();
    if (!m.next())
        return Error{ tr("There is no message %1 in the outbox.").arg(id) };
    const QByteArray bytes = m.value(0).toByteArray();
    m.finish();

    const auto sent = transport.send(claimed->sender, claimed->recipients, bytes);
    if (sent) {
        if (auto done = recordSent(claimed.value(), bytes); !done)
            return done.failure();
        return true;
    }
    const QDateTime after = m_ledger.clock().nowUtc();
    const qint64 wait = backoffSeconds(claimed->attempts);
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &f = db.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'sending'"));
    f.addBindValue(sent.error());
    f.addBindValue(wait ? QVariant(stamp(after.addSecs(wait))) : QVariant(QMetaType(QMetaType::QString)));
    f.addBindValue(id);
    if (auto done = db.exec(f); !done)
        return done.failure();
    if (auto done = m_ledger.writer().audit(QStringLiteral("failed"), QStringLiteral("outbox"), id,
            QJsonObject{ { QStringLiteral("state"), QStringLiteral("failed") },
                { QStringLiteral("attempts"), claimed->attempts } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return false;
}

Result<void> Outbox::recordSent(const OutboxEntry &entry, const QByteArray &bytes)
{
    Database &db = m_ledger.database();
    const QDateTime now = m_ledger.clock().nowUtc();
    const auto markSent = [&]() -> Result<void> {
        QSqlQuery &q = db.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', "
                                                 "next_attempt_at = NULL WHERE id = ? AND state = 'sending'"));
        q.addBindValue(stamp(now));
        q.addBindValue(entry.id);
        if (auto done = db.exec(q); !done)
            return done;
        return m_ledger.writer().audit(QStringLiteral("sent"), QStringLiteral("outbox"), entry.id,
            QJsonObject{ { QStringLiteral("state"), QStringLiteral("sent") },
                { QStringLiteral("message_id"), entry.messageId } });
    };
    // The register: what went, to whom, with the SHA-256 of each file it carried.
    const auto registerSent = [&]() -> Result<void> {
        DocumentRegister documents(m_ledger);
        SentDocument line;
        line.customerId = entry.customerId;
        line.kind = entry.stepKey.isEmpty() ? QStringLiteral("message") : QStringLiteral("reminder");
        line.channel = QStringLiteral("email");
        line.recipient = entry.recipients.join(QLatin1Char(','));
        line.subject = entry.subject;
        line.stepKey = entry.stepKey;
        line.outboxId = entry.id;
        if (entry.attachments.isEmpty()) {
            line.sha256 = DocumentRegister::sha256(bytes);
            if (auto done = documents.recordMessage(line); !done)
                return done.failure();
            return {};
        }
        for (const OutboxAttachment &file : entry.attachments) {
            line.sha256 = file.sha256;
            line.fileName = file.fileName;
            if (auto done = documents.recordMessage(line); !done)
                return done.failure();
        }
        return {};
    };
    // The message and its contacts on the debts' timelines, together.
    {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        bool ok = markSent() && registerSent();
        if (ok && entry.customerId) {
            ContactLog log(m_ledger);
            ContactInput contact;
            contact.customerId = entry.customerId;
            contact.date = m_ledger.clock().today();
            contact.time = now.toLocalTime().toString(QStringLiteral("HH:mm"));
            contact.channel = Channel::Email;
            contact.outcome = ContactOutcome::Other;
            contact.note = tr("E-mail sent to %1: “%2” (Message-ID <%3>)")
                               .arg(entry.recipients.join(QStringLiteral(", ")), entry.subject, entry.messageId);
            const QList<qint64> debts = entry.debtIds.isEmpty() ? QList<qint64>{ 0 } : entry.debtIds;
            for (qint64 debtId : debts) {
                contact.debtId = debtId;
                if (!log.log(contact)) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok && tx.commit())
            return {};
    }
    // The contact could not be logged (a closed period, say): the message went, so it is recorded sent anyway,
    // in the register if it can be, else alone (never left 'sending' for a message the server took).
    for (const bool withRegister : { true, false }) {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        auto done = markSent();
        if (done && withRegister)
            done = registerSent();
        if (!done) {
            if (withRegister)
                continue;
            return done;
        }
        if (auto committed = tx.commit(); committed || !withRegister)
            return committed;
    }
    return {};
}

Result<OutboxRun> Outbox::sendDue(const SmtpTransport &transport)
{
    OutboxRun run;
    auto interrupted = findInterrupted();
    if (!interrupted)
        return interrupted.failure();
    run.unsure = interrupted.value();
    Database &db = m_ledger.database();
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' OR (state = 'failed' AND "
                                             "next_attempt_at IS NOT NULL AND next_attempt_at <= ?) ORDER BY id"));
    q.addBindValue(stamp(m_ledger.clock().nowUtc()));
    if (auto done = db.exec(q); !done)
        return done.failure();
    QList<qint64> due;
    while (q.next())
        due.append(q.value(0).toLongLong());
    for (qint64 id : due) {
        auto sent = send(id, transport);
        if (!sent)
            return sent.failure();
        if (sent.value()) {
            ++run.sent;
            continue;
        }
        const auto e = entry(id);
        if (e && e->state == OutboxState::Failed) {
            ++run.failed;
            run.problems.append(
                tr("Message %1 to %2: %3").arg(id).arg(e->recipients.join(QStringLiteral(", ")), e->lastError));
        }
    }
    return run;
}

} // namespace recoup
