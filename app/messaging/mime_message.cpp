// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/mime_message.h"

#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace recoup {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");
/// The bytes of UTF-8 one encoded word carries: 39 bytes are 52 characters of
/// base64, 64 with "=?UTF-8?B?" and "?=", so that a header's first line
/// ("Subject: " and the word) stays within 78 characters.
constexpr int WordBytes = 39;

bool isPlainAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return !text.contains(QLatin1String("=?"));
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + Crlf;
    return out;
}

QByteArray newBoundary()
{
    return QByteArrayLiteral("=_recoup_") + QUuid::createUuid().toByteArray(QUuid::Id128);
}

/// No header may carry a line break of its own.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
    return line.trimmed();
}

QByteArray quotedParameter(const QString &fileName)
{
    // An ASCII name as a quoted string; any other also in RFC 2231 form.
    QString ascii;
    for (QChar c : fileName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"') && c != QLatin1Char('\\'))
            ? c
            : QLatin1Char('_');
    return ascii.toLatin1();
}

QByteArray textPart(const QByteArray &subtype, const QString &text)
{
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return QByteArrayLiteral("Content-Type: text/") + subtype + QByteArrayLiteral("; charset=utf-8") + Crlf
        + QByteArrayLiteral("Content-Transfer-Encoding: base64") + Crlf + Crlf + base64Lines(body.toUtf8());
}

} // namespace

QString MimeMessage::newMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("recoup.invalid");
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
}

bool MimeMessage::isValidAddress(const QString &address)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]+$"));
    return shape.match(address).hasMatch();
}

QByteArray MimeMessage::encodeWords(const QString &text)
{
    const QString line = oneLine(text);
    if (isPlainAscii(line))
        return line.toLatin1();
    // Encoded words of at most 45 bytes of UTF-8 each, never splitting a character.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < line.size(); ++i) {
        qsizetype n = 1;
        if (line.at(i).isHighSurrogate() && i + 1 < line.size())
            n = 2;
        const QByteArray bytes = line.mid(i, n).toUtf8();
        if (chunk.size() + bytes.size() > WordBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
        i += n - 1;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out += Crlf + ' ';
        out += QByteArrayLiteral("=?UTF-8?B?") + word.toBase64() + QByteArrayLiteral("?=");
    }
    return out;
}

QByteArray MimeMessage::encodeAddress(const MailAddress &address)
{
    const QByteArray addr = QByteArray("<") + oneLine(address.address).toLatin1() + '>';
    const QString name = oneLine(address.name);
    if (name.isEmpty())
        return addr;
    QByteArray shown;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        shown = '"' + quoted.toLatin1() + '"';
    } else {
        shown = encodeWords(name);
    }
    return shown + ' ' + addr;
}

QByteArray MimeMessage::toBytes() const
{
    QByteArray out;
    const auto header = [&out](const char *name, const QByteArray &value) {
        out += name;
        out += ": ";
        out += value;
        out += Crlf;
    };
    header("From", encodeAddress(from));
    QList<QByteArray> recipients;
    for (const MailAddress &a : to)
        recipients.append(encodeAddress(a));
    header("To", recipients.join(QByteArrayLiteral(",") + Crlf + ' '));
    header("Subject", encodeWords(subject));
    const QDateTime when = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    header("Date", QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000");
    header("Message-ID", '<' + messageId.toLatin1() + '>');
    header("MIME-Version", "1.0");

    // The words: plain text alone, or text and HTML as alternatives.
    QByteArray words;
    if (html.isEmpty()) {
        words = textPart("plain", text);
    } else {
        const QByteArray boundary = newBoundary();
        words = QByteArrayLiteral("Content-Type: multipart/alternative;") + Crlf + QByteArrayLiteral(" boundary=\"")
            + boundary + '"' + Crlf + Crlf;
        words += "--" + boundary + Crlf + textPart("plain", text);
        words += "--" + boundary + Crlf + textPart("html", html);
        words += "--" + boundary + "--" + Crlf;
    }
    if (attachments.isEmpty()) {
        out += words;
        return out;
    }
    const QByteArray boundary = newBoundary();
    out += QByteArrayLiteral("Content-Type: multipart/mixed;") + Crlf + QByteArrayLiteral(" boundary=\"") + boundary
        + '"' + Crlf + Crlf;
    out += QByteArrayLiteral("This is a message in MIME format.") + Crlf;
    out += "--" + boundary + Crlf + words;
    const QMimeDatabase types;
    for (const MailAttachment &file : attachments) {
        const QString type = file.contentType.isEmpty()
            ? types.mimeTypeForFileNameAndData(file.fileName, file.data).name()
            : file.contentType;
        QByteArray disposition = QByteArrayLiteral("attachment; filename=\"") + quotedParameter(file.fileName) + '"';
        if (!isPlainAscii(file.fileName))
            disposition += QByteArrayLiteral(";") + Crlf + QByteArrayLiteral(" filename*=UTF-8''")
                + QUrl::toPercentEncoding(file.fileName);
        out += "--" + boundary + Crlf;
        out += QByteArrayLiteral("Content-Type: ") + type.toLatin1() + QByteArrayLiteral("; name=\"")
            + quotedParameter(file.fileName) + '"' + Crlf;
        out += QByteArrayLiteral("Content-Disposition: ") + disposition + Crlf;
        out += QByteArrayLiteral("Content-Transfer-Encoding: base64") + Crlf + Crlf;
        out += base64Lines(file.data);
    }
    out += "--" + boundary + "--" + Crlf;
    return out;
}

} // namespace recoup
