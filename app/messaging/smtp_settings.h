// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace recoup {

class Database;
class Ledger;

/// How the connection to the mail server is protected.
enum class SmtpSecurity {
    StartTls, ///< plain connection upgraded with STARTTLS, which is required (port 587)
    Tls, ///< TLS from the first byte (port 465)
    None ///< no encryption: only for a server on this machine
};

/// Where e-mails go: the book's outgoing mail server and who they are from.
/// Kept in the book's meta keys (smtp_*); the password never is (it lives in
/// the desktop's keychain, see SmtpPassword in the window).
struct SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
public:
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; ///< empty: the server takes mail without a login
    QString fromAddress;
    QString fromName;
    /// A certificate file (PEM) to trust for a server with its own
    /// certificate; empty: the system's authorities.
    QString caFile;

    static SmtpSettings load(const Database &db);
    /// Checks and keeps them, with an audit record.
    Result<void> save(Ledger &ledger) const;
    /// Keeps them while they are given one at a time (`recoup-cli settings
    /// set smtp_host ...`): once complete (isConfigured) they are checked whole
    /// as save() does; until then each value was checked by setValue(), and
    /// nothing is sent with them.
    Result<void> savePartial(Ledger &ledger) const;

    /// The keys the settings are kept under, as `recoup-cli settings` names them.
    static QStringList keys();
    /// One setting by its key ("" for a key that is not one).
    QString value(const QString &key) const;
    /// Sets one setting by its key, checking that value alone (a port is a
    /// number, a security is starttls, tls or none, an address looks like one).
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> validate() const;
    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    /// "smtp://host:587" or "smtps://host:465".
    QString url() const;
    /// Whether the host is this machine (where no encryption is acceptable).
    bool isLoopback() const;
    /// The key the password is kept under in the keychain: "user@host:port".
    QString passwordKey() const;

    static QString securityKey(SmtpSecurity security);
    static bool securityFromKey(const QString &key, SmtpSecurity *security);
    static QString securityLabel(SmtpSecurity security);

    bool operator==(const SmtpSettings &other) const = default;

private:
    Result<void> write(Ledger &ledger) const;
};

} // namespace recoup
