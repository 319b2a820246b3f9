// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recoup {

/// Where a message of the outbox stands.
enum class OutboxState {
    Queued, ///< waiting to be sent
    Sending, ///< claimed by a program that is handing it to the server
    Sent, ///< the server took it
    Failed, ///< the server refused or could not be reached: tried again later
    Unsure, ///< a transfer was interrupted (a crash): it may have gone; resent only when the owner says so
    Cancelled ///< the owner chose not to send it
};

/// A file a message carried, and its SHA-256 (hex) to prove what was sent.
struct OutboxAttachment
{
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256;
};

/// One message of the outbox.
struct OutboxEntry
{
    qint64 id = 0;
    QString messageId;
    qint64 customerId = 0;
    QString stepKey;
    QString sender;
    QStringList recipients;
    QString subject;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError; ///< the server's words, or what went wrong on the way
    QDateTime nextAttemptAt; ///< invalid: no attempt planned
    QDateTime queuedAt;
    QDateTime sentAt;
    QList<qint64> debtIds;
    QList<OutboxAttachment> attachments;
};

/// What one run of the outbox did.
struct OutboxRun
{
    int sent = 0;
    int failed = 0;
    int unsure = 0; ///< found interrupted by an earlier run
    QStringList problems; ///< each failure, in words
};

} // namespace recoup
