// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/smtp_transport.h"

#include <QCoreApplication>

namespace recoup {
class Database;
}

namespace recoup::cli {

/// The book's mail server for the commands that send: its settings from the
/// book and its password from the keychain (or where the owner let it be kept).
class MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(MailTransport)
public:
    static Result<SmtpTransport> forBook(const Database &db);
};

} // namespace recoup::cli
