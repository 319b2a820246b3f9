// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/smtp_settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace recoup {

/// Hands messages to the book's mail server over SMTP through libcurl: TLS
/// or STARTTLS (required, never dropped to clear), the login, the envelope.
/// When the server refuses, the error carries its own words ("535 5.7.8
/// Authentication failed"). The password is held for the transfer only and
/// never written anywhere.
class SmtpTransport
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTransport)
public:
    SmtpTransport(SmtpSettings settings, QString password);

    /// Sends one message, whole, to the recipients (the envelope, not the headers).
    Result<void> send(const QString &from, const QStringList &recipients, const QByteArray &message) const;

    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    QString m_password;
};

} // namespace recoup
