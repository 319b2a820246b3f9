// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/send_message_dialog.h"

#include "collections/contact_log.h"
#include "collections/policy_store.h"
#include "collections/worklist.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "dialogs/dialog_support.h"
#include "documents/reminder_letter.h"
#include "ledger/ledger.h"
#include "messaging/chat_link.h"
#include "messaging/chat_number.h"
#include "messaging/message_composer.h"
#include "messaging/mime_message.h"
#include "messaging/outbox.h"
#include "messaging/sms_length.h"
#include "messaging/smtp_settings.h"
#include "pages/mail_run.h"
#include "secrets/password_vault.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recoup {

SendMessageDialog::SendMessageDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_customerId(customerId)
{
    setWindowTitle(tr("Send a message"));
    const auto policy = PolicyStore::read(ledger.database());
    m_policy = policy ? policy.value() : CollectionPolicy::defaultPolicy();
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("messageChannel"));
    for (Channel c : { Channel::Email, Channel::Sms, Channel::WhatsApp })
        m_channel->addItem(CollectionPolicy::channelLabel(c), int(c));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("messageStep"));
    for (const LadderStep &s : m_policy.steps)
        if (s.action != LadderAction::Call && s.action != LadderAction::StopCredit && s.action != LadderAction::Agency)
            m_step->addItem(CollectionPolicy::displayName(s), s.key);
    // The step the customer has reached, if any; else the first reminder after the due date.
    QString reached = QStringLiteral("reminder");
    Channel preferred = Channel::Email;
    if (const auto list = Worklist::compute(ledger.database(), m_policy, ledger.clock().today(), customerId)) {
        for (const WorkTask &task : list->tasks())
            if (task.kind == TaskKind::Step && m_step->findData(task.stepKey) >= 0) {
                reached = task.stepKey;
                if (task.hasChannel && task.channel != Channel::Letter)
                    preferred = task.channel;
                break;
            }
    }
    if (const int i = m_step->findData(reached); i >= 0)
        m_step->setCurrentIndex(i);
    m_channel->setCurrentIndex(m_channel->findData(int(preferred)));
    m_to = new QLabel(this);
    m_to->setObjectName(QStringLiteral("messageTo"));
    m_to->setTextFormat(Qt::PlainText);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_preview->setOpenLinks(false);
    m_length = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("S&tep"), m_step);
    form->addRow(tr("To"), m_to);
    m_send = new QPushButton(tr("&Send e-mail"), this);
    m_open = new QPushButton(tr("&Open to send"), this);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_went = new QPushButton(tr("It &went: log it"), this);
    for (QPushButton *b : { m_send, m_open, m_copy, m_went })
        b->setAutoDefault(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_went);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_length);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(640, 520);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &SendMessageDialog::compose);
    connect(m_step, &QComboBox::currentIndexChanged, this, &SendMessageDialog::compose);
    connect(m_send, &QPushButton::clicked, this, &SendMessageDialog::sendEmail);
    connect(m_open, &QPushButton::clicked, this, &SendMessageDialog::openLink);
    connect(m_copy, &QPushButton::clicked, this, &SendMessageDialog::copyText);
    connect(m_went, &QPushButton::clicked, this, &SendMessageDialog::logSent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compose();
}

Channel SendMessageDialog::channel() const
{
    return static_cast<Channel>(m_channel->currentData().toInt());
}

void SendMessageDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    if (problem)
        styleMessageLabel(m_message);
    else
        m_message->setPalette(palette());
}

void SendMessageDialog::compose()
{
    m_link.clear();
    m_message->clear();
    m_debts.clear();
    const auto customer = m_ledger.customer(m_customerId);
    const auto open = m_ledger.openDebts(m_customerId);
    if (!customer || !open) {
        showMessage(customer ? open.error() : customer.error(), true);
        return;
    }
    for (const Debt &d : open.value())
        if (d.openAmount > 0)
            m_debts.append(d.id);
    const int index = m_policy.indexOf(m_step->currentData().toString());
    if (index < 0)
        return;
    const Channel c = channel();
    const auto composed = MessageComposer::compose(
        m_ledger, m_policy, m_policy.steps.at(index), c, m_customerId, m_debts, m_ledger.clock().today());
    if (!composed) {
        showMessage(composed.error(), true);
        return;
    }
    m_composed = composed.value();
    const bool email = c == Channel::Email;
    m_send->setVisible(email);
    m_open->setVisible(!email);
    m_copy->setVisible(!email);
    m_went->setVisible(!email);
    m_open->setText(c == Channel::WhatsApp ? tr("&Open in WhatsApp") : tr("&Open in messages"));
    if (email) {
        m_recipient = customer->details.email.trimmed();
        m_to->setText(m_recipient.isEmpty() ? tr("no e-mail address") : m_recipient);
        m_send->setEnabled(MimeMessage::isValidAddress(m_recipient));
        QString html = m_composed.html;
        html.replace(QLatin1String("<body style=\"font-family:sans-serif\">"),
            QStringLiteral("<body style=\"font-family:sans-serif\"><p><b>%1</b></p><hr>")
                .arg(m_composed.subject.toHtmlEscaped()));
        m_preview->setHtml(html);
        m_length->clear();
        return;
    }
    // The number read with its country's rules, in the book's country when it has no country code.
    const auto number = ChatNumber::e164(customer->details.phone, ChatNumber::defaultRegion(m_ledger.database()));
    m_recipient = number ? number.value() : QString();
    m_to->setText(number ? m_recipient : customer->details.phone);
    m_preview->setPlainText(m_composed.text);
    const SmsLength length = SmsLength::of(m_composed.text);
    m_length->setText(c == Channel::Sms ? tr("%n SMS part(s)", nullptr, length.segments()) : QString());
    Result<QUrl> link = number.failure();
    if (number)
        link = c == Channel::WhatsApp ? ChatLink::whatsApp(m_recipient, m_composed.text)
                                      : ChatLink::sms(m_recipient, m_composed.text);
    if (link)
        m_link = link.value();
    else
        showMessage(link.error(), true);
    m_open->setEnabled(link.ok());
    m_went->setEnabled(true);
}

void SendMessageDialog::openLink()
{
    if (!m_link.isEmpty() && !QDesktopServices::openUrl(m_link))
        showMessage(
            tr("No program on this computer opens %1 links: copy the message instead.").arg(m_link.scheme()), true);
}

void SendMessageDialog::copyText()
{
    QApplication::clipboard()->setText(m_composed.text);
    showMessage(tr("Copied. Once it has gone, press “It went”."), false);
}

void SendMessageDialog::logSent()
{
    ContactLog log(m_ledger);
    ContactInput contact;
    contact.customerId = m_customerId;
    contact.date = m_ledger.clock().today();
    contact.time = m_ledger.clock().nowUtc().toLocalTime().toString(QStringLiteral("HH:mm"));
    contact.channel = channel();
    contact.outcome = ContactOutcome::Other;
    contact.note = tr("%1 message sent: %2").arg(CollectionPolicy::channelLabel(channel()), m_composed.text);
    Transaction tx(m_ledger.database());
    const QList<qint64> debts = m_debts.isEmpty() ? QList<qint64>{ 0 } : m_debts;
    for (qint64 debt : debts) {
        contact.debtId = debt;
        if (auto done = log.log(contact); !done) {
            showMessage(done.error(), true);
            return;
        }
    }
    if (auto done = tx.commit(); !done) {
        showMessage(done.error(), true);
        return;
    }
    accept();
}

void SendMessageDialog::sendEmail()
{
    const SmtpSettings settings = SmtpSettings::load(m_ledger.database());
    if (!settings.isConfigured()) {
        showMessage(tr("Set up the mail server first: Settings > E-mail."), true);
        return;
    }
    const QString password = settings.user.isEmpty() ? QString() : PasswordVault::read(settings.passwordKey()).password;
    const auto customer = m_ledger.customer(m_customerId);
    if (!customer)
        return;
    MimeMessage message;
    message.from = { settings.fromName, settings.fromAddress };
    message.to = { { customer->details.name, m_recipient } };
    message.subject = m_composed.subject;
    message.text = m_composed.text;
    message.html = m_composed.html;
    // The step's letter goes with it as a PDF, as with the reminders the ladder sends.
    const QString stepKey = m_step->currentData().toString();
    if (const int i = m_policy.indexOf(stepKey); i >= 0) {
        const auto papers
            = ReminderLetter(m_ledger).attachments(m_policy.steps.at(i), m_customerId, m_ledger.clock().today());
        if (!papers) {
            showMessage(papers.error(), true);
            return;
        }
        message.attachments = papers.value();
    }
    Outbox outbox(m_ledger);
    const auto id = outbox.queue(message, m_customerId, m_debts, m_step->currentData().toString());
    if (!id) {
        showMessage(id.error(), true);
        return;
    }
    // Queued: handed to the server on a thread of its own (a slow or silent
    // server must not freeze the window), as the Outbox tab's Retry does.
    MailRun::Request request;
    request.bookPath = m_ledger.database().path();
    request.user = m_ledger.user();
    request.clock = &m_ledger.clock();
    request.password = password;
    request.retryId = id.value();
    m_run = std::make_unique<MailRun>(request);
    connect(m_run.get(), &MailRun::ended, this, &SendMessageDialog::sendEnded);
    for (QPushButton *b : { m_send, m_open, m_copy, m_went })
        b->setEnabled(false);
    m_channel->setEnabled(false);
    m_step->setEnabled(false);
    showMessage(tr("Sending to %1…").arg(m_recipient), false);
    m_run->start();
}

void SendMessageDialog::sendEnded(const QString &summary, bool ok)
{
    m_run->wait();
    m_run.reset();
    if (ok) {
        accept();
        return;
    }
    m_channel->setEnabled(true);
    m_step->setEnabled(true);
    for (QPushButton *b : { m_open, m_copy, m_went })
        b->setEnabled(true);
    compose(); // then each button as the channel wants it
    showMessage(summary, true);
}

void SendMessageDialog::reject()
{
    if (m_run) {
        showMessage(tr("Still handing the e-mail to the mail server; it is kept in the outbox either way."), false);
        return;
    }
    QDialog::reject();
}

SendMessageDialog::~SendMessageDialog() = default;

} // namespace recoup
