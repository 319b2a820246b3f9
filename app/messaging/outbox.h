// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/mime_message.h"
#include "messaging/outbox_entry.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;
class SmtpTransport;

/// The e-mails of a book, kept until they are sent and after (table outbox).
///
/// Never twice: a message is built once, with its own Message-ID, and kept
/// whole. Before its transfer it is claimed ('sending', in a committed
/// transaction that only one program can win); after it, it is 'sent' or
/// 'failed'. A message still 'sending' long after any transfer could have
/// ended (SendingTimeoutSeconds) was interrupted between the transfer and its
/// record: the server may have it, so it becomes 'unsure' and is not resent
/// unless the owner retries it by hand (they can look for its Message-ID in
/// the mailbox's sent folder). Failures are tried again with growing waits
/// (1 min, 5 min, 30 min, 2 h, then every 12 h) up to MaxAttempts.
/// Each message sent is logged as an e-mail contact on each debt it is about,
/// and in the register of documents sent (DocumentRegister), one line per PDF
/// it carried with that PDF's SHA-256 (or one with the whole message's), in
/// the transaction that records it sent: never before.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    static constexpr int MaxAttempts = 8;
    static constexpr int SendingTimeoutSeconds = 600;

    explicit Outbox(Ledger &ledger);

    /// Keeps a message to send (giving it a Message-ID and a date when it has
    /// none), in the caller's transaction if there is one.
    Result<qint64> queue(MimeMessage message, qint64 customerId = 0, const QList<qint64> &debtIds = {},
        const QString &stepKey = QString());
    /// The messages, newest first; only those not sent yet when `unsentOnly`.
    Result<QList<OutboxEntry>> list(bool unsentOnly = false) const;
    Result<OutboxEntry> entry(qint64 id) const;

    /// Marks the messages left 'sending' by an interrupted run as 'unsure'.
    Result<int> findInterrupted();
    /// Sends what is due: queued messages, and failed ones whose next attempt has come.
    Result<OutboxRun> sendDue(const SmtpTransport &transport);
    /// Sends one message now if it is queued or failed. Ok(true): sent;
    /// Ok(false): not sent (the failure is recorded on it, or another program has it).
    Result<bool> send(qint64 id, const SmtpTransport &transport);
    /// The owner's word: a failed or unsure message goes back to the queue.
    Result<void> retry(qint64 id);
    /// The owner's word: a message not sent is not to be sent.
    Result<void> cancel(qint64 id);

    /// The wait before the next attempt after `attempts` failures (0: no more).
    static qint64 backoffSeconds(int attempts);
    static QString stateKey(OutboxState state);
    static bool stateFromKey(const QString &key, OutboxState *state);
    static QString stateLabel(OutboxState state);

private:
    Result<void> setState(qint64 id, const QStringList &from, OutboxState to, const QString &action);
    Result<void> recordSent(const OutboxEntry &entry, const QByteArray &bytes);

    Ledger &m_ledger;
};

} // namespace recoup
