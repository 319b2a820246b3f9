// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace recoup {

/// Someone a message is from or to.
struct MailAddress
{
    QString name; ///< may be empty
    QString address;
};

/// A file a message carries (a statement, a letter as PDF).
struct MailAttachment
{
    QString fileName;
    QString contentType; ///< empty: guessed from the name and the bytes
    QByteArray data;
};

/// An e-mail as it goes on the wire (RFC 5322 with MIME): a plain text and an
/// HTML part of the same words, and files, each in base64; headers with
/// non-ASCII words in RFC 2047 encoded words; CRLF line ends.
class MimeMessage
{
public:
    MailAddress from;
    QList<MailAddress> to;
    QString subject;
    QString text;
    QString html; ///< empty: the message is plain text alone
    QList<MailAttachment> attachments;
    QString messageId; ///< without the angle brackets; empty: toBytes() refuses to guess
    QDateTime date;

    /// A Message-ID of its own, "<random>@<the sender's domain>" without brackets.
    static QString newMessageId(const QString &fromAddress);
    /// Whether an address looks like one a server will take ("name@example.com",
    /// no spaces, no line breaks, no angle brackets).
    static bool isValidAddress(const QString &address);
    /// A header value as RFC 2047 encoded words when it is not plain ASCII,
    /// folded so that no line passes 78 characters.
    static QByteArray encodeWords(const QString &text);
    static QByteArray encodeAddress(const MailAddress &address);

    QByteArray toBytes() const;
};

} // namespace recoup
