// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace recoup {

class Clock;
class Database;

/// The append-only audit chain: each record holds the SHA-256 of the previous
/// record's hash followed by its own canonical text, so any edit breaks the chain.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock);

    /// Appends a record inside the caller's transaction.
    Result<void> append(const QString &user, const QString &action, const QString &objectType, qint64 objectId,
        const QJsonObject &details);
    /// Walks the chain; returns one line per broken link (empty when intact).
    QStringList verify() const;
    qint64 count() const;
    /// The id of the last record (0 when there is none): it grows with every write
    /// to the books, from any program, and with nothing else.
    Result<qint64> lastId() const;
    /// The last record's id and hash (0 and empty when there is none).
    Result<std::pair<qint64, QString>> lastRecord() const;
    /// The head in its short form, "N:HASH" with the hash's first HeadHashLength
    /// hex digits: what backups, papers and About show, and `verify --head` takes.
    static constexpr int HeadHashLength = 16;
    static QString headText(qint64 id, const QString &hash);
    /// Checks the chain against a head taken earlier ("N:HASH"): record N must
    /// still be there with that hash. One line per problem (empty: it holds).
    QStringList checkHead(const QString &head) const;

    /// One record as append() writes it.
    struct Record
    {
        QString recordedAt;
        QString recordedBy;
        QString action;
        QString objectType;
        qint64 objectId = 0;
        QString details; ///< compact JSON
        QString prevHash;
        QString hash;
    };
    /// The record that follows `previous` in the chain, hashed, not written.
    static Record makeRecord(const QString &previous, const QString &recordedAt, const QString &user,
        const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details);
    /// The hash of the chain's last record, read once per transaction.
    Result<QString> head();
    /// Records that another writer (the bulk import) appended up to `hash` in this transaction.
    void setHead(const QString &hash);

    static QString canonical(const QString &recordedAt, const QString &recordedBy, const QString &action,
        const QString &objectType, qint64 objectId, const QString &details);
    static QString chainHash(const QString &previous, const QString &canonicalRecord);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_head;
    quint64 m_headSerial = 0;
};

} // namespace recoup
