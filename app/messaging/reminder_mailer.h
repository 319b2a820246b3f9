// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/mime_message.h"
#include "messaging/smtp_settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace recoup {

class Ledger;
struct LadderStep;

/// What queueing the day's reminders did.
struct ReminderQueueReport
{
    int queued = 0;
    QStringList queuedTo; ///< "Ana Ruiz <ana@example.org>: Reminder"
    QStringList noAddress; ///< customers due an e-mail without a usable address
    QStringList needApproval; ///< steps waiting for the owner's approval
    QStringList byHand; ///< steps due on other channels (SMS, WhatsApp, letter, call)
};

/// The ladder's e-mails of the day: for each task of the worklist due by
/// e-mail, the step's message to the customer about the debts it covers,
/// queued in the outbox and the task recorded done, in one transaction, so a
/// second run finds nothing left to queue. Steps that need approval and
/// steps on other channels are only reported.
///
/// The papers a message carries (the step's letter as a PDF) are made by
/// `papers`, which lives beside the engine (documents/reminder_letter.h), once,
/// when the message is queued: the outbox keeps the whole message, so a retry
/// sends the very same bytes.
class ReminderMailer
{
    Q_DECLARE_TR_FUNCTIONS(ReminderMailer)
public:
    /// The files to attach to a step's e-mail to a customer, as of a day (none: an e-mail alone).
    using Papers = std::function<Result<QList<MailAttachment>>(const LadderStep &, qint64 customerId, const QDate &)>;

    explicit ReminderMailer(Ledger &ledger, Papers papers = {});

    Result<ReminderQueueReport> queueDue(const SmtpSettings &settings, const QDate &asOf);

private:
    Ledger &m_ledger;
    Papers m_papers;
};

} // namespace recoup
