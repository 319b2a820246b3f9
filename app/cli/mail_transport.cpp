// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/mail_transport.h"

#include "db/database.h"
#include "secrets/password_vault.h"

namespace recoup::cli {

Result<SmtpTransport> MailTransport::forBook(const Database &db)
{
    const SmtpSettings settings = SmtpSettings::load(db);
    if (!settings.isConfigured())
        return Error{ tr("The book has no mail server yet: set it up in the window, Settings > E-mail.") };
    if (auto ok = settings.validate(); !ok)
        return ok.failure();
    QString password;
    if (!settings.user.isEmpty()) {
        password = PasswordVault::read(settings.passwordKey()).password;
        if (password.isEmpty())
            return Error{ tr("There is no password for %1 on %2: save it in the window (Settings > E-mail), or give "
                             "it in the variable RECOUP_SMTP_PASSWORD.")
                              .arg(settings.user, settings.host) };
    }
    return SmtpTransport(settings, password);
}

} // namespace recoup::cli
