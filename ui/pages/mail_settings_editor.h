// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/smtp_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace recoup {

class Ledger;

/// The book's outgoing mail server: host, port, security, login, sender;
/// the password goes to the desktop's keychain (or, only if the owner ticks
/// it, a file without encryption), never into the book. "Send a test
/// message" sends one to the sender's own address, without blocking the window.
class MailSettingsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsEditor(Ledger &ledger, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *clearFileBox() const { return m_clearFile; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *fromNameEdit() const { return m_fromName; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *testButton() const { return m_test; }

    /// The settings as the form shows them.
    SmtpSettings settings() const;

public Q_SLOTS:
    bool save();
    /// Saves, then sends a test message to the sender's address.
    void sendTest();

Q_SIGNALS:
    /// A test message was sent (ok) or refused (the reason).
    void testFinished(bool ok, const QString &message);

private:
    void load();
    void showMessage(const QString &text, bool problem);

    Ledger &m_ledger;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_clearFile = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
};

} // namespace recoup
