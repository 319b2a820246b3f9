// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/mail_run.h"

#include "core/clock.h"
#include "db/database.h"
#include "documents/reminder_letter.h"
#include "ledger/ledger.h"
#include "messaging/outbox.h"
#include "messaging/reminder_mailer.h"
#include "messaging/smtp_transport.h"

#include <QStringList>

namespace recoup {

MailRun::MailRun(Request request, QObject *parent) : QThread(parent), m_request(std::move(request)) { }

MailRun::~MailRun()
{
    wait();
}

void MailRun::run()
{
    auto db = Database::open(m_request.bookPath);
    if (!db) {
        Q_EMIT ended(db.error(), false);
        return;
    }
    if (!db.value()->isWritable()) {
        Q_EMIT ended(db.value()->readOnlyReason(), false);
        return;
    }
    const SystemClock systemClock;
    Ledger ledger(*db.value(), m_request.clock ? *m_request.clock : static_cast<const Clock &>(systemClock));
    ledger.setUser(m_request.user);
    bool ok = false;
    const QString summary = m_request.retryId ? retry(ledger, &ok) : sendDue(ledger, &ok);
    Q_EMIT ended(summary, ok);
}

QString MailRun::sendDue(Ledger &ledger, bool *ok) const
{
    const SmtpSettings settings = SmtpSettings::load(ledger.database());
    if (!settings.isConfigured())
        return tr("Set up the mail server first: Settings > E-mail.");
    ReminderLetter letters(ledger);
    ReminderMailer mailer(ledger, [&letters](const LadderStep &step, qint64 customerId, const QDate &asOf) {
        return letters.attachments(step, customerId, asOf);
    });
    const auto queued = mailer.queueDue(settings, ledger.clock().today());
    if (!queued)
        return queued.error();
    const auto run = Outbox(ledger).sendDue(SmtpTransport(settings, m_request.password));
    if (!run)
        return run.error();
    QStringList words;
    words << tr("%n reminder(s) queued today, each with its letter as a PDF.", nullptr, queued->queued);
    words << tr("%n message(s) sent, %1 failed (kept to try again).", nullptr, run->sent).arg(run->failed);
    if (run->unsure)
        words << tr("%n message(s) were interrupted while sending: check the mailbox's sent folder before retrying.",
            nullptr, run->unsure);
    if (!queued->noAddress.isEmpty())
        words << tr("No e-mail address: %1.").arg(queued->noAddress.join(QStringLiteral("; ")));
    if (!queued->needApproval.isEmpty())
        words << tr("Waiting for your approval on Today: %1.").arg(queued->needApproval.join(QStringLiteral("; ")));
    *ok = run->failed == 0 && run->unsure == 0;
    return words.join(QLatin1Char(' '));
}

QString MailRun::retry(Ledger &ledger, bool *ok) const
{
    const SmtpSettings settings = SmtpSettings::load(ledger.database());
    if (!settings.isConfigured())
        return tr("Set up the mail server first: Settings > E-mail.");
    Outbox outbox(ledger);
    const auto entry = outbox.entry(m_request.retryId);
    if (!entry)
        return entry.error();
    if (entry->state == OutboxState::Unsure || entry->state == OutboxState::Failed) {
        if (auto done = outbox.retry(entry->id); !done)
            return done.error();
    }
    const auto sent = outbox.send(entry->id, SmtpTransport(settings, m_request.password));
    if (!sent)
        return sent.error();
    if (!sent.value()) {
        const auto after = outbox.entry(entry->id);
        return tr("Not sent, kept to try again: %1").arg(after ? after->lastError : QString());
    }
    *ok = true;
    return tr("Sent to %1: “%2”.").arg(entry->recipients.join(QStringLiteral(", ")), entry->subject);
}

} // namespace recoup
