// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/smtp_test_server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace recoup::test {

namespace {

/// Debian's python3-aiosmtpd is installed for the system's Python; a Python of
/// one's own earlier on PATH would not see it.
QString python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(system) ? system : QStringLiteral("python3");
}

} // namespace

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

QString SmtpTestServer::certificate() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool SmtpTestServer::makeCertificate()
{
    if (QFileInfo::exists(certificate()))
        return true;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
            m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificate() });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

bool SmtpTestServer::start(Security security, const QString &login, int port)
{
    stop();
    const QString out = m_dir.filePath(QStringLiteral("mail"));
    QDir().mkpath(out);
    QStringList args{ QStringLiteral(RECOUP_SMTP_SERVER), QStringLiteral("--port"), QString::number(port),
        QStringLiteral("--out"), out };
    if (security != Security::None) {
        if (!makeCertificate())
            return false;
        args << QStringLiteral("--security")
             << (security == Security::Tls ? QStringLiteral("tls") : QStringLiteral("starttls"))
             << QStringLiteral("--cert") << certificate() << QStringLiteral("--key")
             << m_dir.filePath(QStringLiteral("key.pem"));
    }
    if (!login.isEmpty())
        args << QStringLiteral("--login") << login;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    while (m_process.state() == QProcess::Running && !m_process.canReadLine())
        m_process.waitForReadyRead(30000);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("READY "))) {
        m_error = QStringLiteral("the SMTP server did not start: ") + line;
        return false;
    }
    m_port = line.mid(6).toInt();
    return true;
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<QJsonObject> SmtpTestServer::messages() const
{
    QList<QJsonObject> list;
    const QDir out(m_dir.filePath(QStringLiteral("mail")));
    for (int n = 1;; ++n) {
        QFile file(out.filePath(QStringLiteral("%1.json").arg(n)));
        if (!file.open(QIODevice::ReadOnly))
            break;
        list.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return list;
}

} // namespace recoup::test
