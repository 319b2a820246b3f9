// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/settings_command.h"

#include "cli/book_session.h"
#include "ledger/business_details.h"
#include "messaging/smtp_settings.h"

#include <QFile>

namespace recoup::cli {

namespace {

/// How a value is shown: the logo by its size, never as a page of base64.
QString shown(const BusinessDetails &details, const QString &key)
{
    if (key == BusinessDetails::Logo && !details.value(key).isEmpty()) {
        const QByteArray logo = details.logo();
        return SettingsCommand::tr("%1 image, %2 bytes")
            .arg(logo.startsWith("\x89PNG") ? QStringLiteral("PNG") : QStringLiteral("JPEG"))
            .arg(logo.size());
    }
    return details.value(key);
}

} // namespace

QString SettingsCommand::summary() const
{
    return tr("Show or set the business details (letterhead, how to pay, country) and the mail server (smtp_*).");
}

void SettingsCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addPositionalArgument(
        QStringLiteral("get|set"), tr("Show one detail, or set it."), QStringLiteral("[get|set]"));
    parser.addPositionalArgument(QStringLiteral("KEY"),
        tr("The detail, as business_name; or a mail setting: smtp_host, smtp_port, smtp_security (starttls, tls or "
           "none), smtp_user, smtp_from, smtp_from_name, smtp_ca_file. The password is never kept in the book: "
           "save it in the window, or give it in the variable RECOUP_SMTP_PASSWORD."),
        QStringLiteral("[KEY]"));
    parser.addPositionalArgument(QStringLiteral("VALUE"),
        tr("The new value; for business_logo the image file; empty clears the detail."), QStringLiteral("[VALUE]"));
}

int SettingsCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli settings: ");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    const bool listing = args.size() == 1;
    const bool getting = action == QLatin1String("get") && args.size() == 3;
    const bool setting = action == QLatin1String("set") && args.size() == 4;
    if (!listing && !getting && !setting) {
        io.err << prefix << tr("give BOOK, BOOK get KEY, or BOOK set KEY VALUE.") << '\n';
        return 2;
    }
    const QString key = args.value(2);
    const bool mail = SmtpSettings::keys().contains(key);
    if ((getting || setting) && !mail && !BusinessDetails::keys().contains(key)) {
        io.err << prefix
               << tr("“%1” is not a setting. Known settings: %2.")
                      .arg(key, (BusinessDetails::keys() + SmtpSettings::keys()).join(QStringLiteral(", ")))
               << '\n';
        return 2;
    }
    if (listing || getting) {
        auto db = Database::open(args.at(0), Database::Access::ReadOnly);
        if (!db) {
            io.err << prefix << db.error() << '\n';
            return 1;
        }
        const BusinessDetails details = BusinessDetails::load(*db.value());
        const SmtpSettings smtp = SmtpSettings::load(*db.value());
        if (getting) {
            io.out << (mail ? smtp.value(key) : shown(details, key)) << '\n';
            return 0;
        }
        for (const QString &each : BusinessDetails::keys())
            io.out << each << '\t' << shown(details, each).replace(QLatin1Char('\n'), QStringLiteral(" | ")) << '\n';
        for (const QString &each : SmtpSettings::keys())
            io.out << each << '\t' << smtp.value(each) << '\n';
        return 0;
    }
    auto session = BookSession::open(args.at(0));
    if (!session) {
        io.err << prefix << session.error() << '\n';
        return 1;
    }
    const QString value = args.at(3);
    if (mail) {
        // One at a time: checked value by value, and whole once complete.
        SmtpSettings smtp = SmtpSettings::load(session.value()->db());
        auto done = smtp.setValue(key, value);
        if (done)
            done = smtp.savePartial(session.value()->ledger());
        if (!done) {
            io.err << prefix << done.error() << '\n';
            return 1;
        }
        io.out << tr("%1 set.").arg(key) << '\n';
        return 0;
    }
    BusinessDetails details = BusinessDetails::load(session.value()->db());
    if (key == BusinessDetails::Logo && !value.isEmpty()) {
        QFile file(value);
        if (file.size() > BusinessDetails::MaxLogoBytes) {
            io.err << prefix
                   << tr("“%1” is %2 KB; a logo of at most %3 KB keeps the book small.")
                          .arg(value)
                          .arg((file.size() + 1023) / 1024)
                          .arg(BusinessDetails::MaxLogoBytes / 1024)
                   << '\n';
            return 1;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << prefix << tr("Cannot read “%1”: %2").arg(value, file.errorString()) << '\n';
            return 1;
        }
        details.setLogo(file.readAll());
    } else {
        // Checked even when it is what the book has: `set business_name ""` is refused on any book.
        if (auto kept = BusinessDetails::normalized(key, value); !kept) {
            io.err << prefix << kept.error() << '\n';
            return 1;
        }
        details.setValue(key, value);
    }
    if (auto done = details.save(session.value()->ledger()); !done) {
        io.err << prefix << done.error() << '\n';
        return 1;
    }
    io.out << tr("%1 set.").arg(key) << '\n';
    return 0;
}

} // namespace recoup::cli
