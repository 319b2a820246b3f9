// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/chat_link.h"

#include <QRegularExpression>

namespace recoup {

namespace {

Result<QString> digitsOf(const QString &e164)
{
    static const QRegularExpression shape(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    if (!shape.match(e164).hasMatch())
        return Error{ ChatLink::tr("The customer has no phone number in international form (as +34 612 345 678): "
                                   "correct it on the customer's details.") };
    return e164.mid(1);
}

QUrl strict(const QByteArray &encoded)
{
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace

Result<QUrl> ChatLink::whatsApp(const QString &e164, const QString &text)
{
    const auto digits = digitsOf(e164);
    if (!digits)
        return digits.failure();
    return strict("https://wa.me/" + digits->toLatin1() + "?text=" + QUrl::toPercentEncoding(text));
}

Result<QUrl> ChatLink::sms(const QString &e164, const QString &text)
{
    const auto digits = digitsOf(e164);
    if (!digits)
        return digits.failure();
    return strict("sms:+" + digits->toLatin1() + "?body=" + QUrl::toPercentEncoding(text));
}

} // namespace recoup
