// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/smtp_settings.h"

#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"
#include "messaging/mime_message.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace recoup {

namespace {

const QString Host = QStringLiteral("smtp_host");
const QString Port = QStringLiteral("smtp_port");
const QString Security = QStringLiteral("smtp_security");
const QString User = QStringLiteral("smtp_user");
const QString From = QStringLiteral("smtp_from");
const QString FromName = QStringLiteral("smtp_from_name");
const QString CaFile = QStringLiteral("smtp_ca_file");

} // namespace

SmtpSettings SmtpSettings::load(const Database &db)
{
    SmtpSettings s;
    s.host = db.meta(Host);
    bool ok = false;
    const int port = db.meta(Port).toInt(&ok);
    if (ok)
        s.port = port;
    securityFromKey(db.meta(Security), &s.security);
    s.user = db.meta(User);
    s.fromAddress = db.meta(From);
    s.fromName = db.meta(FromName);
    s.caFile = db.meta(CaFile);
    return s;
}

Result<void> SmtpSettings::validate() const
{
    static const QRegularExpression hostShape(QStringLiteral("^[A-Za-z0-9.:\\-\\[\\]]+$"));
    if (host.isEmpty())
        return Error{ tr("Give the name of the outgoing mail server, as smtp.example.com.") };
    if (!hostShape.match(host).hasMatch())
        return Error{ tr("“%1” is not a server name: letters, digits, dots and dashes only.").arg(host) };
    if (port < 1 || port > 65535)
        return Error{ tr("The port must be between 1 and 65535 (587 for STARTTLS, 465 for TLS).") };
    if (!MimeMessage::isValidAddress(fromAddress))
        return Error{ tr("“%1” is not an e-mail address to send from.").arg(fromAddress) };
    if (security == SmtpSecurity::None && !isLoopback())
        return Error{ tr("Without encryption, messages and the password would cross the network in clear: choose "
                         "STARTTLS or TLS (only a server on this computer may go without).") };
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Error{ tr("The certificate file %1 cannot be read.").arg(caFile) };
    for (const QString &text : { user, fromName })
        if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
            return Error{ tr("The user and the sender's name must fit on one line.") };
    return {};
}

Result<void> SmtpSettings::save(Ledger &ledger) const
{
    if (auto ok = validate(); !ok)
        return ok;
    return write(ledger);
}

Result<void> SmtpSettings::savePartial(Ledger &ledger) const
{
    return isConfigured() ? save(ledger) : write(ledger);
}

QStringList SmtpSettings::keys()
{
    return { Host, Port, Security, User, From, FromName, CaFile };
}

QString SmtpSettings::value(const QString &key) const
{
    if (key == Host)
        return host;
    if (key == Port)
        return QString::number(port);
    if (key == Security)
        return securityKey(security);
    if (key == User)
        return user;
    if (key == From)
        return fromAddress;
    if (key == FromName)
        return fromName;
    if (key == CaFile)
        return caFile;
    return QString();
}

Result<void> SmtpSettings::setValue(const QString &key, const QString &value)
{
    static const QRegularExpression hostShape(QStringLiteral("^[A-Za-z0-9.:\\-\\[\\]]*$"));
    const QString text = value.trimmed();
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return Error{ tr("A mail setting must fit on one line.") };
    if (key == Host) {
        if (!hostShape.match(text).hasMatch())
            return Error{ tr("“%1” is not a server name: letters, digits, dots and dashes only.").arg(text) };
        host = text;
    } else if (key == Port) {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return Error{ tr("The port must be between 1 and 65535 (587 for STARTTLS, 465 for TLS).") };
        port = number;
    } else if (key == Security) {
        if (!securityFromKey(text, &security))
            return Error{ tr("The security must be starttls, tls or none, not “%1”.").arg(text) };
    } else if (key == User) {
        user = text;
    } else if (key == From) {
        if (!text.isEmpty() && !MimeMessage::isValidAddress(text))
            return Error{ tr("“%1” is not an e-mail address to send from.").arg(text) };
        fromAddress = text;
    } else if (key == FromName) {
        fromName = text;
    } else if (key == CaFile) {
        if (!text.isEmpty() && !QFileInfo(text).isReadable())
            return Error{ tr("The certificate file %1 cannot be read.").arg(text) };
        caFile = text;
    } else {
        return Error{ tr("“%1” is not a mail setting.").arg(key) };
    }
    return {};
}

Result<void> SmtpSettings::write(Ledger &ledger) const
{
    Database &db = ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    const QList<std::pair<QString, QString>> values{ { Host, host }, { Port, QString::number(port) },
        { Security, securityKey(security) }, { User, user }, { From, fromAddress }, { FromName, fromName },
        { CaFile, caFile } };
    QJsonObject details;
    for (const auto &[key, value] : values) {
        // An empty value is kept as '' (meta values are NOT NULL).
        if (auto done = db.setMeta(key, value.isNull() ? QStringLiteral("") : value); !done)
            return done;
        details.insert(key, value);
    }
    if (auto done = ledger.writer().audit(QStringLiteral("set_smtp"), QStringLiteral("book"), 0, details); !done)
        return done;
    return tx.commit();
}

QString SmtpSettings::url() const
{
    const QString scheme = security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    const QString shownHost = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
        ? QLatin1Char('[') + host + QLatin1Char(']')
        : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, shownHost).arg(port);
}

bool SmtpSettings::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1, written as addresses (no name service is asked).
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch() || host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

QString SmtpSettings::passwordKey() const
{
    return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
}

QString SmtpSettings::securityKey(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    case SmtpSecurity::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

bool SmtpSettings::securityFromKey(const QString &key, SmtpSecurity *security)
{
    for (SmtpSecurity s : { SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None })
        if (securityKey(s) == key) {
            *security = s;
            return true;
        }
    return false;
}

QString SmtpSettings::securityLabel(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return tr("STARTTLS (port 587)");
    case SmtpSecurity::Tls:
        return tr("TLS (port 465)");
    case SmtpSecurity::None:
        return tr("None (this computer only)");
    }
    Q_UNREACHABLE();
}

} // namespace recoup
