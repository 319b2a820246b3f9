// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remind_command.h"

#include "cli/book_session.h"
#include "cli/mail_transport.h"
#include "documents/reminder_letter.h"
#include "messaging/outbox.h"
#include "messaging/reminder_mailer.h"

namespace recoup::cli {

QString RemindCommand::summary() const
{
    return tr("Send, once, the e-mail reminders the ladder says are due today, each with its letter as a PDF.");
}

void RemindCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("send-due"), tr("Send the e-mails due today (and the outbox's due ones).") });
}

int RemindCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli remind: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(QStringLiteral("send-due"))) {
        io.err << prefix << tr("give a BOOK file and --send-due.") << '\n';
        return 2;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    Ledger &ledger = session.value()->ledger();
    auto transport = MailTransport::forBook(ledger.database());
    if (!transport) {
        io.err << prefix << transport.error() << '\n';
        return 1;
    }
    // Each e-mail carries the step's letter, made once as it is queued.
    ReminderLetter letters(ledger);
    ReminderMailer mailer(ledger, [&letters](const LadderStep &step, qint64 customerId, const QDate &asOf) {
        return letters.attachments(step, customerId, asOf);
    });
    const auto queued = mailer.queueDue(transport->settings(), ledger.clock().today());
    if (!queued) {
        io.err << prefix << queued.error() << '\n';
        return 1;
    }
    const auto run = Outbox(ledger).sendDue(transport.value());
    if (!run) {
        io.err << prefix << run.error() << '\n';
        return 1;
    }
    io.out << tr("%n reminder(s) queued today.", nullptr, queued->queued) << '\n';
    for (const QString &line : queued->queuedTo)
        io.out << QStringLiteral("  ") << line << '\n';
    io.out << tr("%n message(s) sent, %1 failed (kept to try again).", nullptr, run->sent).arg(run->failed) << '\n';
    for (const QString &problem : run->problems)
        io.err << prefix << problem << '\n';
    if (run->unsure)
        io.err << prefix
               << tr("%n message(s) were interrupted while sending: see recoup-cli outbox.", nullptr, run->unsure)
               << '\n';
    const auto list = [&](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        io.out << title << '\n';
        for (const QString &line : lines)
            io.out << QStringLiteral("  ") << line << '\n';
    };
    list(tr("No e-mail sent (no usable address):"), queued->noAddress);
    list(tr("Waiting for your approval (on Today):"), queued->needApproval);
    list(tr("To do by hand:"), queued->byHand);
    return run->failed || run->unsure ? 1 : 0;
}

} // namespace recoup::cli
