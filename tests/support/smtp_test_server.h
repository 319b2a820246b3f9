// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace recoup::test {

/// A real SMTP server on loopback (tests/support/smtp_server.py, on aiosmtpd)
/// for the e-mail tests: with or without STARTTLS or TLS (a self-signed
/// certificate made here with openssl) and a login. Each message it takes is
/// read back as Python's e-mail parser sees it.
class SmtpTestServer
{
public:
    enum class Security { None, StartTls, Tls };

    SmtpTestServer() = default;
    ~SmtpTestServer();
    Q_DISABLE_COPY_MOVE(SmtpTestServer)

    /// Starts it (on `port`, 0: any free one); false with the reason in error().
    bool start(Security security = Security::None, const QString &login = QString(), int port = 0);
    void stop();
    int port() const { return m_port; }
    /// The certificate its TLS uses (PEM), for the client to trust.
    QString certificate() const;
    QString error() const { return m_error; }
    /// Every message taken so far, oldest first (see smtp_server.py for the keys).
    QList<QJsonObject> messages() const;

private:
    bool makeCertificate();

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace recoup::test
