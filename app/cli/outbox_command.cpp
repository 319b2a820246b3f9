// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/outbox_command.h"

#include "cli/book_session.h"
#include "cli/mail_transport.h"
#include "messaging/outbox.h"

namespace recoup::cli {

QString OutboxCommand::summary() const
{
    return tr("List the e-mails of the book and where each stands; retry, resend or cancel them.");
}

void OutboxCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("retry"), tr("Send now the messages queued or failed.") });
    parser.addOption({ QStringLiteral("resend"),
        tr("Send again a message that failed or is unsure (check first that it did not arrive)."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("cancel"), tr("Do not send this message."), QStringLiteral("ID") });
}

int OutboxCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli outbox: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give a BOOK file.") << '\n';
        return 2;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    Ledger &ledger = session.value()->ledger();
    Outbox outbox(ledger);
    int status = 0;
    for (const QString &option : { QStringLiteral("cancel"), QStringLiteral("resend") }) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        if (!ok) {
            io.err << prefix
                   << tr("--%1 needs a message number from the list, not “%2”.").arg(option, parser.value(option))
                   << '\n';
            return 2;
        }
        const auto done = option == QLatin1String("cancel") ? outbox.cancel(id) : outbox.retry(id);
        if (!done) {
            io.err << prefix << done.error() << '\n';
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("retry")) || parser.isSet(QStringLiteral("resend"))) {
        auto transport = MailTransport::forBook(ledger.database());
        if (!transport) {
            io.err << prefix << transport.error() << '\n';
            return 1;
        }
        // Failures wait for their next attempt in a scheduled run; asked for, they go now.
        auto all = outbox.list(true);
        if (!all) {
            io.err << prefix << all.error() << '\n';
            return 1;
        }
        if (auto found = outbox.findInterrupted(); !found) {
            io.err << prefix << found.error() << '\n';
            return 1;
        }
        int sent = 0;
        for (const OutboxEntry &e : all.value()) {
            if (e.state != OutboxState::Queued && e.state != OutboxState::Failed)
                continue;
            const auto went = outbox.send(e.id, transport.value());
            if (!went) {
                io.err << prefix << went.error() << '\n';
                return 1;
            }
            if (went.value()) {
                ++sent;
            } else {
                io.err << prefix << tr("message %1 was not sent: %2").arg(e.id).arg(outbox.entry(e.id)->lastError)
                       << '\n';
                status = 1;
            }
        }
        io.out << tr("%n message(s) sent.", nullptr, sent) << '\n';
    }
    auto list = outbox.list(false);
    if (!list) {
        io.err << prefix << list.error() << '\n';
        return 1;
    }
    if (list->isEmpty())
        io.out << tr("The outbox is empty.") << '\n';
    for (const OutboxEntry &e : list.value()) {
        io.out << QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(e.id)
                      .arg(Outbox::stateKey(e.state),
                          (e.sentAt.isValid() ? e.sentAt : e.queuedAt)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          e.recipients.join(QLatin1Char(',')), e.subject)
               << '\n';
        if (e.state == OutboxState::Failed || e.state == OutboxState::Unsure) {
            io.out << QStringLiteral("    ") << tr("attempt %1: %2").arg(e.attempts).arg(e.lastError) << '\n';
            if (e.nextAttemptAt.isValid())
                io.out << QStringLiteral("    ")
                       << tr("next attempt after %1")
                              .arg(e.nextAttemptAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       << '\n';
        }
    }
    return status;
}

} // namespace recoup::cli
