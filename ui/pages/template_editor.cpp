// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/template_editor.h"

#include "collections/policy_store.h"
#include "core/clock.h"
#include "dialogs/dialog_support.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger.h"
#include "messaging/message_composer.h"
#include "messaging/sms_length.h"
#include "messaging/template_store.h"
#include "messaging/template_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recoup {

namespace {

constexpr int PreviewCustomers = 200;

const QList<Channel> MessageChannels{ Channel::Email, Channel::Sms, Channel::WhatsApp, Channel::Letter };

} // namespace

TemplateEditor::TemplateEditor(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("templateStep"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("templateChannel"));
    for (Channel channel : MessageChannels)
        m_channel->addItem(CollectionPolicy::channelLabel(channel), int(channel));
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("previewCustomer"));
    m_customer->setAccessibleName(tr("Preview for customer"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("templateFields"));
    m_fields->setAccessibleName(tr("Merge fields"));
    for (const QString &name : TemplateText::fieldNames()) {
        auto *item = new QListWidgetItem(QLatin1Char('{') + name + QLatin1Char('}'), m_fields);
        item->setData(Qt::UserRole, name);
        item->setToolTip(TemplateText::fieldDescription(name));
    }
    m_fields->setMaximumWidth(220);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("smsLength"));
    m_state = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save template"), this);
    m_save->setAutoDefault(false);
    m_reset = new QPushButton(tr("&Default words"), this);
    m_reset->setAutoDefault(false);

    auto *choose = new QFormLayout;
    choose->addRow(tr("S&tep"), m_step);
    choose->addRow(tr("C&hannel"), m_channel);
    m_subjectLabel = new QLabel(tr("Su&bject"), this);
    m_subjectLabel->setBuddy(m_subject);
    choose->addRow(m_subjectLabel, m_subject);
    auto *fieldsBox = new QVBoxLayout;
    auto *fieldsLabel = new QLabel(tr("Fields (double-click to insert)"), this);
    fieldsLabel->setWordWrap(true);
    fieldsBox->addWidget(fieldsLabel);
    fieldsBox->addWidget(m_fields);
    auto *editing = new QHBoxLayout;
    editing->addWidget(m_body, 1);
    editing->addLayout(fieldsBox);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(choose);
    leftLayout->addLayout(editing, 1);
    leftLayout->addWidget(m_state);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *customerRow = new QFormLayout;
    customerRow->addRow(tr("Preview &for"), m_customer);
    rightLayout->addLayout(customerRow);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_length);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_step, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TemplateEditor::loadTemplate);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &TemplateEditor::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_fields, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { insertField(item->data(Qt::UserRole).toString()); });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplateEditor::resetToDefault);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &TemplateEditor::save);
    reload();
}

void TemplateEditor::reload()
{
    m_loading = true;
    const QString step = m_step->currentData().toString();
    const qint64 customer = m_customer->currentData().toLongLong();
    const auto policy = PolicyStore::read(m_ledger.database());
    m_policy = policy ? policy.value() : CollectionPolicy::defaultPolicy();
    m_step->clear();
    for (const LadderStep &s : m_policy.steps)
        m_step->addItem(CollectionPolicy::displayName(s), s.key);
    if (const int i = m_step->findData(step); i >= 0)
        m_step->setCurrentIndex(i);
    m_customer->clear();
    CustomerQuery query;
    query.flag = CustomerFlag::Owing;
    query.sort = CustomerQuery::Sort::DaysPastDue;
    query.descending = true;
    const auto owing = CustomerDirectory(m_ledger.database(), m_ledger.clock()).page(query, 0, PreviewCustomers);
    if (owing)
        for (const CustomerSummary &c : owing.value())
            m_customer->addItem(c.name, c.id);
    if (const int i = m_customer->findData(customer); i >= 0)
        m_customer->setCurrentIndex(i);
    m_loading = false;
    loadTemplate();
}

LadderStep TemplateEditor::currentStep() const
{
    const int i = m_policy.indexOf(m_step->currentData().toString());
    return i >= 0 ? m_policy.steps.at(i) : LadderStep{};
}

Channel TemplateEditor::currentChannel() const
{
    return static_cast<Channel>(m_channel->currentData().toInt());
}

void TemplateEditor::loadTemplate()
{
    if (m_loading)
        return;
    m_loading = true;
    const auto words = TemplateStore(m_ledger.database()).effective(currentStep(), currentChannel());
    const bool email = currentChannel() == Channel::Email;
    m_subject->setVisible(email);
    m_subjectLabel->setVisible(email);
    if (words) {
        m_subject->setText(words->subject);
        m_body->setPlainText(words->body);
        m_state->setText(words->edited ? tr("Your own words for this step and channel.")
                                       : tr("Recoup's default words, in the book's language."));
        m_reset->setEnabled(words->edited);
    } else {
        showMessage(words.error(), true);
    }
    m_loading = false;
    m_message->clear();
    updatePreview();
}

void TemplateEditor::insertField(const QString &name)
{
    m_body->insertPlainText(QLatin1Char('{') + name + QLatin1Char('}'));
    m_body->setFocus();
}

void TemplateEditor::updatePreview()
{
    if (m_loading)
        return;
    const Channel channel = currentChannel();
    const MessageTemplate words{ currentStep().key, channel, m_subject->text(), m_body->toPlainText(), true };
    QString problem;
    if (auto ok = TemplateText::check(words.subject); !ok)
        problem = tr("Subject: %1").arg(ok.error());
    else if (auto body = TemplateText::check(words.body); !body)
        problem = tr("Message: %1").arg(body.error());
    if (!problem.isEmpty())
        showMessage(problem, true);
    else
        m_message->clear();

    const qint64 customer = m_customer->currentData().toLongLong();
    if (!customer) {
        m_preview->setPlainText(tr("No customer owes anything yet: the preview needs one with open items."));
        m_length->clear();
        return;
    }
    const auto message
        = MessageComposer::compose(m_ledger, m_policy, currentStep(), words, customer, {}, m_ledger.clock().today());
    if (!message) {
        m_preview->setPlainText(message.error());
        return;
    }
    QString html = message->html;
    if (channel == Channel::Email)
        html.replace(QLatin1String("<body style=\"font-family:sans-serif\">"),
            QStringLiteral("<body style=\"font-family:sans-serif\"><p><b>%1</b></p><hr>")
                .arg(message->subject.toHtmlEscaped()));
    m_preview->setHtml(html);
    if (channel == Channel::Sms || channel == Channel::WhatsApp) {
        const SmsLength length = SmsLength::of(message->text);
        const QString encoding = length.encoding() == SmsLength::Encoding::Gsm7 ? tr("GSM-7") : tr("UCS-2 (Unicode)");
        m_length->setText(channel == Channel::Sms
                ? tr("%n character(s) in %1, %2 SMS part(s) of up to %3", nullptr, length.units())
                      .arg(encoding)
                      .arg(length.segments())
                      .arg(length.perSegment())
                : tr("%n character(s)", nullptr, int(message->text.size())));
    } else {
        m_length->clear();
    }
}

void TemplateEditor::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    if (problem)
        styleMessageLabel(m_message);
    else
        m_message->setPalette(palette());
}

bool TemplateEditor::save()
{
    const MessageTemplate words{ currentStep().key, currentChannel(), m_subject->text(), m_body->toPlainText(), true };
    if (auto done = TemplateStore::save(m_ledger, words); !done) {
        showMessage(done.error(), true);
        return false;
    }
    loadTemplate();
    showMessage(
        tr("Saved: “%1” by %2 now sends these words.")
            .arg(CollectionPolicy::displayName(currentStep()), CollectionPolicy::channelLabel(currentChannel())),
        false);
    return true;
}

void TemplateEditor::resetToDefault()
{
    if (auto done = TemplateStore::reset(m_ledger, currentStep().key, currentChannel()); !done) {
        showMessage(done.error(), true);
        return;
    }
    loadTemplate();
    showMessage(tr("Back to Recoup's default words."), false);
}

} // namespace recoup
