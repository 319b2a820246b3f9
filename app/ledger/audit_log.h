// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

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
