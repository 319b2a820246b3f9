// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

namespace recoup {

class Clock;
class Ledger;

/// A run of the outbox on a thread of its own, with a connection of its own
/// to the book (as StatementRun's), so the window keeps answering while the
/// mail server takes its time or does not answer: either the day's reminders
/// (each with its letter as a PDF, queued as `recoup-cli remind --send-due`
/// does) and whatever the outbox has due, or one message sent again now.
/// The end comes back as a queued signal with what happened in words.
class MailRun final : public QThread
{
    Q_OBJECT
public:
    struct Request
    {
        QString bookPath;
        QString user;
        const Clock *clock = nullptr; ///< the window's clock: it outlives the run
        QString password; ///< read from the keychain on the window's thread; empty without a login
        qint64 retryId = 0; ///< 0: send the due reminders; else the message to send again now
    };

    explicit MailRun(Request request, QObject *parent = nullptr);
    ~MailRun() override;
    Q_DISABLE_COPY_MOVE(MailRun)

Q_SIGNALS:
    /// At the end: what was done, in words, and whether everything went.
    void ended(const QString &summary, bool ok);

protected:
    void run() override;

private:
    QString sendDue(Ledger &ledger, bool *ok) const;
    QString retry(Ledger &ledger, bool *ok) const;

    Request m_request;
};

} // namespace recoup
