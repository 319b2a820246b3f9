// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"
#include "messaging/composed_message.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace recoup {

class Ledger;
class MailRun;

/// A message to one customer from a step's template, on the channel chosen:
/// an e-mail goes through the outbox; an SMS or WhatsApp message opens ready
/// to send in the customer's apps (an sms: or wa.me link) or is copied, and
/// once the user says it went it is logged as a contact on each open debt.
class SendMessageDialog final : public QDialog
{
    Q_OBJECT
public:
    SendMessageDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~SendMessageDialog() override;
    Q_DISABLE_COPY_MOVE(SendMessageDialog)

    QComboBox *channelBox() const { return m_channel; }
    QComboBox *stepBox() const { return m_step; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *wentButton() const { return m_went; }
    /// The link an SMS or WhatsApp message opens (empty for e-mail or without a number).
    QUrl link() const { return m_link; }
    const ComposedMessage &composed() const { return m_composed; }
    /// An e-mail is on its way to the mail server (on a thread of its own).
    bool isSending() const { return m_run != nullptr; }

public Q_SLOTS:
    void sendEmail();
    void openLink();
    void copyText();
    /// The user says the SMS or WhatsApp message went: it is logged.
    void logSent();
    /// Closing waits while an e-mail is being handed to the server: it is in
    /// the outbox either way, and the dialog says how the sending ended.
    void reject() override;

private:
    void sendEnded(const QString &summary, bool ok);
    void compose();
    Channel channel() const;
    void showMessage(const QString &text, bool problem);

    Ledger &m_ledger;
    qint64 m_customerId = 0;
    CollectionPolicy m_policy;
    QList<qint64> m_debts;
    ComposedMessage m_composed;
    QUrl m_link;
    QString m_recipient;
    QComboBox *m_channel = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_to = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_went = nullptr;
    std::unique_ptr<MailRun> m_run;
};

} // namespace recoup
