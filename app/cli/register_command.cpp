// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/register_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "collections/document_register.h"

namespace recoup::cli {

QString RegisterCommand::summary() const
{
    return tr("List what was sent (papers, and e-mails with to whom and their subject), with the SHA-256 of each "
              "paper, or check a folder of PDFs against it.");
}

void RegisterCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("verify"),
        tr("Check every file of the folder: each must be, byte for byte, a paper the register holds."),
        QStringLiteral("DIR") });
}

int RegisterCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli register: ");
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
    DocumentRegister documents(session.value()->ledger());
    if (parser.isSet(QStringLiteral("verify"))) {
        auto check = documents.verify(parser.value(QStringLiteral("verify")));
        if (!check) {
            io.err << prefix << check.error() << '\n';
            return 1;
        }
        for (const QString &name : check->matched)
            io.out << tr("ok       %1").arg(name) << '\n';
        for (const QString &name : check->unknown)
            io.out << tr("UNKNOWN  %1: the register holds no paper with these bytes (changed, or never sent)").arg(name)
                   << '\n';
        io.out << tr("%1 file(s) match the register, %2 do not.").arg(check->matched.size()).arg(check->unknown.size())
               << '\n';
        return check->unknown.isEmpty() ? 0 : 1;
    }
    auto lines = documents.list();
    if (!lines) {
        io.err << prefix << lines.error() << '\n';
        return 1;
    }
    if (lines->isEmpty()) {
        io.out << tr("Nothing was sent yet.") << '\n';
        return 0;
    }
    io.out << ReportOptions::cell(tr("When (UTC)"), 22, false) << ReportOptions::cell(tr("Customer"), 12, false)
           << ReportOptions::cell(tr("Kind"), 14, false) << ReportOptions::cell(tr("How"), 9, false)
           << ReportOptions::cell(tr("SHA-256"), 66, false) << tr("File") << '\n';
    for (const SentDocument &line : lines.value()) {
        io.out << ReportOptions::cell(line.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 22, false)
               << ReportOptions::cell(line.customerRef, 12, false) << ReportOptions::cell(line.kind, 14, false)
               << ReportOptions::cell(line.channel, 9, false) << ReportOptions::cell(line.sha256, 66, false)
               << line.fileName << '\n';
        // A message: to whom it went, for which step, and its subject, on a line of its own.
        if (!line.recipient.isEmpty())
            io.out << QStringLiteral("    ")
                   << (line.stepKey.isEmpty()
                              ? tr("to %1: “%2”").arg(line.recipient, line.subject)
                              : tr("to %1, step %2: “%3”").arg(line.recipient, line.stepKey, line.subject))
                   << '\n';
    }
    return 0;
}

} // namespace recoup::cli
