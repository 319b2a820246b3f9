// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace recoup {

/// Where the mail server's password is kept: never in the book, never in a
/// log. In the desktop's keychain (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager, through qtkeychain) where there is one; else
/// only if the owner says so, in a file of theirs readable by them alone
/// (clear text, and said so). A scheduler with no desktop session may give it
/// in the environment variable RECOUP_SMTP_PASSWORD instead.
class PasswordVault
{
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)
public:
    enum class Where { Keychain, ClearFile, Environment, Nowhere };

    struct Found
    {
        QString password;
        Where where = Where::Nowhere;
    };

    /// The password kept under `key`; Nowhere (and empty) when there is none.
    static Found read(const QString &key);
    /// Keeps it in the keychain; without one, in the clear file only when
    /// `clearFileAllowed`, else refuses and says what the owner can do.
    static Result<Where> store(const QString &key, const QString &password, bool clearFileAllowed);
    /// Forgets it everywhere it was kept.
    static void forget(const QString &key);
    /// Whether the keychain answers (a desktop session with a secret service).
    static bool keychainAvailable();
    /// The clear file's path.
    static QString clearFilePath();
    static QString whereLabel(Where where);
};

} // namespace recoup
