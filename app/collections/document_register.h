// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recoup {

class Ledger;

/// One line of the register: a paper or message that went to a customer.
struct SentDocument
{
    qint64 id = 0;
    qint64 customerId = 0; ///< 0 when it went to no one customer
    QString customerRef;
    QString customerName;
    QString kind; ///< "receipt", "statement", "letter", "final_demand", "legal_letter", "reminder", ...
    QString channel; ///< "print", "pdf", "email", "sms", "whatsapp"
    QString sha256; ///< of the PDF's (or the message's) bytes, 64 hex digits
    QString fileName; ///< the file's name without its folder; may be empty
    QDateTime recordedAt; ///< UTC
    QString recordedBy;
    // A message sent (channel "email"): to whom, about what, for which step.
    QString recipient; ///< the addresses it went to, comma-separated; empty for a paper
    QString subject;
    QString stepKey; ///< the ladder step it was for; may be empty
    qint64 outboxId = 0; ///< the outbox message it was; 0 for a paper
};

/// The register of what was sent: every receipt, statement, letter and message
/// printed, saved or sent, with the SHA-256 of its bytes, so the shop can
/// prove what it sent. Append-only, each line with its audit record.
class DocumentRegister
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)
public:
    explicit DocumentRegister(Ledger &ledger);

    /// What a kind or a channel is called in words ("Final demand", "E-mail");
    /// one the program does not know is shown as it is kept.
    static QString kindLabel(const QString &kind);
    static QString channelLabel(const QString &channel);

    /// The SHA-256 of some bytes, as the register keeps it (lower-case hex).
    static QString sha256(const QByteArray &bytes);

    /// Records that a document went out. kind and channel are short lower-case
    /// words (a-z and _); sha256 is 64 hex digits; fileName is kept without its folder.
    Result<qint64> record(qint64 customerId, const QString &kind, const QString &channel, const QString &sha256,
        const QString &fileName = QString());
    /// Records a message the outbox has just sent: `line` says to whom
    /// (recipient), the subject, the step and the outbox message; its sha256
    /// is of the PDF it carried (or of the whole message when it carried none),
    /// its fileName the PDF's. In the caller's transaction if there is one.
    Result<qint64> recordMessage(const SentDocument &line);
    /// Every line, oldest first; or one customer's.
    Result<QList<SentDocument>> list(qint64 customerId = 0) const;

    /// What checking a folder of PDFs against the register found.
    struct Check
    {
        QStringList matched; ///< files whose bytes the register holds
        QStringList unknown; ///< files whose bytes it does not: changed, or never recorded
    };
    /// Hashes every file of a folder (not its subfolders) and looks each up.
    Result<Check> verify(const QString &folder) const;

private:
    Ledger &m_ledger;
};

} // namespace recoup
