// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/document_register.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace recoup {

DocumentRegister::DocumentRegister(Ledger &ledger) : m_ledger(ledger) { }

QString DocumentRegister::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{ { QStringLiteral("receipt"), QT_TR_NOOP("Receipt") },
        { QStringLiteral("statement"), QT_TR_NOOP("Statement") },
        { QStringLiteral("friendly_reminder"), QT_TR_NOOP("Friendly reminder") },
        { QStringLiteral("reminder_letter"), QT_TR_NOOP("Reminder letter") },
        { QStringLiteral("second_reminder"), QT_TR_NOOP("Second reminder") },
        { QStringLiteral("final_demand"), QT_TR_NOOP("Final demand") },
        { QStringLiteral("letter_before_action"), QT_TR_NOOP("Letter before legal action") },
        { QStringLiteral("reminder"), QT_TR_NOOP("Reminder") }, { QStringLiteral("message"), QT_TR_NOOP("Message") },
        { QStringLiteral("pack"), QT_TR_NOOP("Pack for agency or court") } };
    const auto found = labels.constFind(kind);
    return found == labels.cend() ? kind : tr(*found);
}

QString DocumentRegister::channelLabel(const QString &channel)
{
    static const QHash<QString, const char *> labels{ { QStringLiteral("print"), QT_TR_NOOP("Printed") },
        { QStringLiteral("pdf"), QT_TR_NOOP("PDF file") }, { QStringLiteral("email"), QT_TR_NOOP("E-mail") },
        { QStringLiteral("sms"), QT_TR_NOOP("SMS") }, { QStringLiteral("whatsapp"), QT_TR_NOOP("WhatsApp") } };
    const auto found = labels.constFind(channel);
    return found == labels.cend() ? channel : tr(*found);
}

QString DocumentRegister::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<qint64> DocumentRegister::record(
    qint64 customerId, const QString &kind, const QString &channel, const QString &sha256, const QString &fileName)
{
    SentDocument line;
    line.customerId = customerId;
    line.kind = kind;
    line.channel = channel;
    line.sha256 = sha256;
    line.fileName = fileName;
    return recordMessage(line);
}

Result<qint64> DocumentRegister::recordMessage(const SentDocument &line)
{
    static const QRegularExpression word(QStringLiteral("^[a-z_]{1,30}$"));
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    if (!word.match(line.kind).hasMatch())
        return Error{
            tr("“%1” is not a kind of document: use a short word in lower case, as statement.").arg(line.kind)
        };
    if (!word.match(line.channel).hasMatch())
        return Error{ tr("“%1” is not a way of sending: use a short word in lower case, as email.").arg(line.channel) };
    const QString hash = line.sha256.toLower();
    if (!digest.match(hash).hasMatch())
        return Error{ tr("“%1” is not a SHA-256: 64 hexadecimal digits.").arg(line.sha256) };
    const QString name = QFileInfo(line.fileName).fileName();
    if (name.size() > 255)
        return Error{ tr("The file name has at most 255 characters.") };
    if (line.customerId != 0) {
        auto customer = m_ledger.customer(line.customerId);
        if (!customer)
            return customer.failure();
    }

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(QStringLiteral(
        "INSERT INTO documents_sent (customer_id, kind, channel, sha256, file_name, recorded_at, recorded_by, "
        "recipient, subject, step_key, outbox_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(line.customerId ? QVariant(line.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(line.kind);
    q.addBindValue(line.channel);
    q.addBindValue(hash);
    q.addBindValue(name);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    q.addBindValue(line.recipient.isNull() ? QStringLiteral("") : line.recipient);
    q.addBindValue(line.subject.isNull() ? QStringLiteral("") : line.subject);
    q.addBindValue(line.stepKey.isNull() ? QStringLiteral("") : line.stepKey);
    q.addBindValue(line.outboxId ? QVariant(line.outboxId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject details{ { QStringLiteral("kind"), line.kind }, { QStringLiteral("channel"), line.channel },
        { QStringLiteral("sha256"), hash }, { QStringLiteral("file_name"), name } };
    if (line.customerId)
        details.insert(QStringLiteral("customer_id"), line.customerId);
    if (line.outboxId) {
        details.insert(QStringLiteral("outbox_id"), line.outboxId);
        details.insert(QStringLiteral("recipient"), line.recipient);
        details.insert(QStringLiteral("step_key"), line.stepKey);
    }
    if (auto done = m_ledger.writer().audit(QStringLiteral("add"), QStringLiteral("document_sent"), id, details); !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<QList<SentDocument>> DocumentRegister::list(qint64 customerId) const
{
    Database &db = m_ledger.database();
    QSqlQuery &q = db.prepare(customerId
            ? QStringLiteral(
                "SELECT d.id, d.customer_id, c.ref, c.name, d.kind, d.channel, d.sha256, "
                "d.file_name, d.recorded_at, d.recorded_by, d.recipient, d.subject, d.step_key, d.outbox_id "
                "FROM documents_sent d "
                "LEFT JOIN customers c ON c.id = d.customer_id WHERE d.customer_id = ? ORDER BY d.id")
            : QStringLiteral(
                "SELECT d.id, d.customer_id, c.ref, c.name, d.kind, d.channel, d.sha256, "
                "d.file_name, d.recorded_at, d.recorded_by, d.recipient, d.subject, d.step_key, d.outbox_id "
                "FROM documents_sent d "
                "LEFT JOIN customers c ON c.id = d.customer_id ORDER BY d.id"));
    if (customerId)
        q.addBindValue(customerId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    QList<SentDocument> lines;
    while (q.next()) {
        SentDocument line;
        line.id = q.value(0).toLongLong();
        line.customerId = q.value(1).toLongLong();
        line.customerRef = q.value(2).toString();
        line.customerName = q.value(3).toString();
        line.kind = q.value(4).toString();
        line.channel = q.value(5).toString();
        line.sha256 = q.value(6).toString();
        line.fileName = q.value(7).toString();
        line.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        line.recordedBy = q.value(9).toString();
        line.recipient = q.value(10).toString();
        line.subject = q.value(11).toString();
        line.stepKey = q.value(12).toString();
        line.outboxId = q.value(13).toLongLong();
        lines.append(line);
    }
    q.finish();
    return lines;
}

Result<DocumentRegister::Check> DocumentRegister::verify(const QString &folder) const
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error{ tr("There is no folder “%1”.").arg(folder) };
    auto lines = list();
    if (!lines)
        return lines.failure();
    QSet<QString> known;
    for (const SentDocument &line : lines.value())
        known.insert(line.sha256);
    Check check;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error{ tr("Cannot read “%1”: %2").arg(info.filePath(), file.errorString()) };
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return Error{ tr("Cannot read “%1”: %2").arg(info.filePath(), file.errorString()) };
        const QString digest = QString::fromLatin1(hash.result().toHex());
        (known.contains(digest) ? check.matched : check.unknown) << info.fileName();
    }
    return check;
}

} // namespace recoup
