// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/reminder_mailer.h"

#include "collections/policy_store.h"
#include "collections/task_recorder.h"
#include "collections/worklist.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"
#include "messaging/message_composer.h"
#include "messaging/mime_message.h"
#include "messaging/outbox.h"

namespace recoup {

ReminderMailer::ReminderMailer(Ledger &ledger, Papers papers) : m_ledger(ledger), m_papers(std::move(papers)) { }

Result<ReminderQueueReport> ReminderMailer::queueDue(const SmtpSettings &settings, const QDate &asOf)
{
    if (auto ok = settings.validate(); !ok)
        return ok.failure();
    Database &db = m_ledger.database();
    const auto policy = PolicyStore::read(db);
    if (!policy)
        return policy.failure();
    const auto list = Worklist::compute(db, policy.value(), asOf);
    if (!list)
        return list.failure();
    ReminderQueueReport report;
    Outbox outbox(m_ledger);
    TaskRecorder recorder(m_ledger);
    for (const WorkTask &task : list->tasks()) {
        if (task.kind != TaskKind::Step)
            continue;
        const QString who = task.customerName;
        if (!task.hasChannel || task.channel != Channel::Email) {
            if (task.hasChannel || task.action == LadderAction::Call)
                report.byHand.append(tr("%1: %2").arg(who, Worklist::describe(task)));
            continue;
        }
        if (task.needsApproval) {
            report.needApproval.append(tr("%1: %2").arg(who, task.stepName));
            continue;
        }
        const auto customer = m_ledger.customer(task.customerId);
        if (!customer)
            return customer.failure();
        const QString address = customer->details.email.trimmed();
        if (!MimeMessage::isValidAddress(address)) {
            report.noAddress.append(address.isEmpty() ? tr("%1: no e-mail address").arg(who)
                                                      : tr("%1: “%2” is not an e-mail address").arg(who, address));
            continue;
        }
        const int stepIndex = policy->indexOf(task.stepKey);
        if (stepIndex < 0)
            continue;
        QList<qint64> debts;
        for (const TaskLine &line : task.lines)
            debts.append(line.debtId);
        const auto words = MessageComposer::compose(
            m_ledger, policy.value(), policy->steps.at(stepIndex), Channel::Email, task.customerId, debts, asOf);
        if (!words)
            return words.failure();
        MimeMessage message;
        message.from = { settings.fromName, settings.fromAddress };
        message.to = { { customer->details.name, address } };
        message.subject = words->subject;
        message.text = words->text;
        message.html = words->html;
        if (m_papers) {
            auto papers = m_papers(policy->steps.at(stepIndex), task.customerId, asOf);
            if (!papers)
                return papers.failure();
            message.attachments = papers.value();
        }

        // The message queued and the step done, or neither.
        Transaction tx(db);
        if (!tx.started())
            return tx.started().failure();
        const auto id = outbox.queue(message, task.customerId, debts, task.stepKey);
        if (!id)
            return id.failure();
        if (auto done = recorder.done(task, asOf); !done)
            return done.failure();
        if (auto done = tx.commit(); !done)
            return done.failure();
        ++report.queued;
        report.queuedTo.append(tr("%1 <%2>: %3").arg(who, address, task.stepName));
    }
    return report;
}

} // namespace recoup
