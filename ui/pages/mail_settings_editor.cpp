// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/mail_settings_editor.h"

#include "core/clock.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "messaging/mime_message.h"
#include "messaging/smtp_transport.h"
#include "secrets/password_vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace recoup {

MailSettingsEditor::MailSettingsEditor(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    auto *intro = new QLabel(tr("Reminders and statements go by e-mail through your mail server. The password is "
                                "kept in your desktop's keychain, never in the book."),
        this);
    intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    for (SmtpSecurity s : { SmtpSecurity::StartTls, SmtpSecurity::Tls, SmtpSecurity::None })
        m_security->addItem(SmtpSettings::securityLabel(s), SmtpSettings::securityKey(s));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    m_clearFile = new QCheckBox(tr("If this desktop has no keychain, &keep it in a file without encryption"), this);
    m_clearFile->setObjectName(QStringLiteral("smtpClearFile"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_fromName = new QLineEdit(this);
    m_fromName->setObjectName(QStringLiteral("smtpFromName"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_caFile->setPlaceholderText(tr("only for a server with its own certificate"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("Se&curity"), m_security);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    form->addRow(QString(), m_clearFile);
    form->addRow(tr("Send &from (address)"), m_from);
    form->addRow(tr("Sender's &name"), m_fromName);
    form->addRow(tr("Certificate f&ile"), m_caFile);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_test = new QPushButton(tr("Send a &test message"), this);
    m_test->setAutoDefault(false);
    m_save = new QPushButton(tr("Sa&ve mail settings"), this);
    m_save->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The usual port of each kind, unless the owner chose another.
        const int usual = m_security->currentData().toString() == QLatin1String("tls") ? 465 : 587;
        if (m_port->value() == 465 || m_port->value() == 587)
            m_port->setValue(usual);
    });
    connect(m_save, &QPushButton::clicked, this, &MailSettingsEditor::save);
    connect(m_test, &QPushButton::clicked, this, &MailSettingsEditor::sendTest);
    load();
}

void MailSettingsEditor::load()
{
    const SmtpSettings s = SmtpSettings::load(m_ledger.database());
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(SmtpSettings::securityKey(s.security)));
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_from->setText(s.fromAddress);
    m_fromName->setText(s.fromName);
    m_caFile->setText(s.caFile);
}

SmtpSettings MailSettingsEditor::settings() const
{
    SmtpSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    SmtpSettings::securityFromKey(m_security->currentData().toString(), &s.security);
    s.user = m_user->text().trimmed();
    s.fromAddress = m_from->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

void MailSettingsEditor::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    if (problem)
        styleMessageLabel(m_message);
    else
        m_message->setPalette(palette());
}

bool MailSettingsEditor::save()
{
    const SmtpSettings s = settings();
    if (auto done = s.save(m_ledger); !done) {
        showMessage(done.error(), true);
        return false;
    }
    QString kept;
    if (!m_password->text().isEmpty()) {
        const auto where = PasswordVault::store(s.passwordKey(), m_password->text(), m_clearFile->isChecked());
        if (!where) {
            showMessage(tr("The settings were saved, but not the password: %1").arg(where.error()), true);
            return false;
        }
        m_password->clear();
        kept = tr(" The password is kept %1.").arg(PasswordVault::whereLabel(where.value()));
    }
    showMessage(tr("Mail settings saved.") + kept, false);
    return true;
}

void MailSettingsEditor::sendTest()
{
    if (!save())
        return;
    const SmtpSettings s = settings();
    const QString password = s.user.isEmpty() ? QString() : PasswordVault::read(s.passwordKey()).password;
    if (!s.user.isEmpty() && password.isEmpty()) {
        showMessage(tr("There is no password for %1 yet: type it, then send the test again.").arg(s.user), true);
        return;
    }
    MimeMessage message;
    message.from = { s.fromName, s.fromAddress };
    message.to = { { s.fromName, s.fromAddress } };
    message.subject = tr("Recoup: a test message");
    message.text = tr("This message was sent by Recoup to check the mail settings of your book. Your reminders "
                      "will go out the same way.");
    message.messageId = MimeMessage::newMessageId(s.fromAddress);
    message.date = m_ledger.clock().nowUtc();
    const QByteArray bytes = message.toBytes();
    m_test->setEnabled(false);
    showMessage(tr("Sending a test message to %1…").arg(s.fromAddress), false);
    // The transfer may take seconds: it runs on a thread of its own, and the window stays usable.
    QPointer<MailSettingsEditor> self(this);
    auto *thread = QThread::create([self, s, password, bytes] {
        const auto sent = SmtpTransport(s, password).send(s.fromAddress, { s.fromAddress }, bytes);
        const bool ok = bool(sent);
        const QString error = sent.error();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error, to = s.fromAddress] {
                if (!self)
                    return;
                self->m_test->setEnabled(true);
                const QString text
                    = ok ? tr("A test message was sent to %1: look for it in that mailbox.").arg(to) : error;
                self->showMessage(text, !ok);
                Q_EMIT self->testFinished(ok, text);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace recoup
