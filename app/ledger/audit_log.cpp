// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_log.h"

#include "core/clock.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace recoup {

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QString AuditLog::canonical(const QString &recordedAt, const QString &recordedBy, const QString &action,
    const QString &objectType, qint64 objectId, const QString &details)
{
    // Fields joined by a unit separator, which no field can hold unescaped:
    // details is compact JSON, the rest are plain words and timestamps.
    const QChar sep(0x1f);
    return recordedAt + sep + recordedBy + sep + action + sep + objectType + sep + QString::number(objectId) + sep
        + details;
}

QString AuditLog::chainHash(const QString &previous, const QString &canonicalRecord)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((previous + canonicalRecord).toUtf8(), QCryptographicHash::Sha256).toHex());
}

AuditLog::Record AuditLog::makeRecord(const QString &previous, const QString &recordedAt, const QString &user,
    const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details)
{
    Record r{ recordedAt, user, action, objectType, objectId,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), previous, QString() };
    r.hash = chainHash(previous, canonical(r.recordedAt, r.recordedBy, r.action, r.objectType, r.objectId, r.details));
    return r;
}

Result<QString> AuditLog::head()
{
    // The chain's head is read once per transaction; inside it this connection
    // holds the write lock, so the head it wrote last is still the head.
    if (!m_db.inTransaction() || m_headSerial != m_db.transactionSerial()) {
        QSqlQuery &last = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (auto done = m_db.exec(last); !done)
            return Error{ done.error() };
        m_head = last.next() ? last.value(0).toString() : QStringLiteral("");
        last.finish();
        m_headSerial = m_db.transactionSerial();
    }
    return m_head;
}

void AuditLog::setHead(const QString &hash)
{
    m_head = hash;
    m_headSerial = m_db.transactionSerial();
}

Result<void> AuditLog::append(
    const QString &user, const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details)
{
    const auto previous = head();
    if (!previous)
        return Error{ previous.error() };
    const Record r = makeRecord(
        previous.value(), m_clock.nowUtc().toString(Qt::ISODateWithMs), user, action, objectType, objectId, details);
    QSqlQuery &insert = m_db.prepare(
        QStringLiteral("INSERT INTO audit_log (recorded_at, recorded_by, action, object_type, object_id, details, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(r.recordedAt);
    insert.addBindValue(r.recordedBy);
    insert.addBindValue(r.action);
    insert.addBindValue(r.objectType);
    insert.addBindValue(r.objectId);
    insert.addBindValue(r.details);
    insert.addBindValue(r.prevHash);
    insert.addBindValue(r.hash);
    if (auto done = m_db.exec(insert); !done) {
        m_headSerial = 0; // read the head again next time
        return done;
    }
    m_head = r.hash;
    return {};
}

QStringList AuditLog::verify() const
{
    QStringList problems;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, recorded_at, recorded_by, action, object_type, object_id, details, "
                                   "prev_hash, hash FROM audit_log ORDER BY id"))) {
        problems << QCoreApplication::translate("AuditLog", "The audit log cannot be read: %1")
                        .arg(Database::describe(query.lastError()));
        return problems;
    }
    QString previous;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString stored = query.value(8).toString();
        if (query.value(7).toString() != previous)
            problems << QCoreApplication::translate("AuditLog", "audit record %1: does not follow the record before it")
                            .arg(id);
        const QString expected = chainHash(query.value(7).toString(),
            canonical(query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toString()));
        if (expected != stored)
            problems << QCoreApplication::translate("AuditLog", "audit record %1: its contents were changed").arg(id);
        previous = stored;
    }
    return problems;
}

Result<qint64> AuditLog::lastId() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<std::pair<qint64, QString>> AuditLog::lastRecord() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    std::pair<qint64, QString> last{ 0, QString() };
    if (q.next())
        last = { q.value(0).toLongLong(), q.value(1).toString() };
    q.finish();
    return last;
}

QString AuditLog::headText(qint64 id, const QString &hash)
{
    return QStringLiteral("%1:%2").arg(id).arg(hash.left(HeadHashLength));
}

QStringList AuditLog::checkHead(const QString &head) const
{
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    bool isNumber = false;
    const qint64 id = head.left(colon).toLongLong(&isNumber);
    const QString hash = head.mid(colon + 1).trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{4,64}$"));
    if (colon < 0 || !isNumber || id < 1 || !hex.match(hash).hasMatch())
        return { QCoreApplication::translate("AuditLog",
            "The head “%1” is not one Recoup writes: give it as N:HASH, the number of the last audit record and "
            "the first digits of its hash (for example 1234:0f3a9c2b7d41e8a6).")
                     .arg(head) };
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return { done.error() };
    const bool found = q.next();
    const QString stored = found ? q.value(0).toString() : QString();
    q.finish();
    if (!found) {
        const auto last = lastRecord();
        return { QCoreApplication::translate("AuditLog",
            "the audit chain ends at record %1, but the head given says it reached record %2: records were "
            "removed from its end")
                     .arg(last ? last->first : 0)
                     .arg(id) };
    }
    if (!stored.startsWith(hash))
        return { QCoreApplication::translate("AuditLog",
            "audit record %1 is not the one the head given names (its hash begins %2, not %3): the chain was "
            "rewritten from there or before")
                     .arg(id)
                     .arg(stored.left(hash.size()), hash) };
    return {};
}

qint64 AuditLog::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace recoup
