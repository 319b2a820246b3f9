// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/contact_dialog.h"

#include "collections/collections.h"
#include "collections/contact_limits.h"
#include "core/clock.h"
#include "core/money.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace recoup {

namespace {

constexpr int DefaultFollowUpDays = 7;
constexpr int DefaultPromiseDays = 7;

// In the order a shop logs them most: the first letters pick them from the keyboard.
const QList<ContactOutcome> Outcomes = { ContactOutcome::NoAnswer, ContactOutcome::Promised, ContactOutcome::Disputed,
    ContactOutcome::Refused, ContactOutcome::WrongNumber, ContactOutcome::Paid, ContactOutcome::Other };

} // namespace

ContactDialog::ContactDialog(Collections &collections, qint64 customerId, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_collections(collections), m_customerId(customerId), m_debtId(debtId)
{
    Ledger &ledger = m_collections.ledger();
    const auto customer = ledger.customer(customerId);
    setWindowTitle(tr("Log contact — %1").arg(customer ? customer->details.name : QString()));
    const QDate today = ledger.clock().today();

    auto *heading = new QLabel(windowTitle(), this);
    heading->setTextFormat(Qt::PlainText);
    emphasize(heading, 1.2);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel channel : CollectionPolicy::allChannels())
        m_channel->addItem(
            DisplayText::capitalized(CollectionPolicy::channelLabel(channel)), static_cast<int>(channel));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (ContactOutcome outcome : Outcomes)
        m_outcome->addItem(CollectionRecords::outcomeLabel(outcome), static_cast<int>(outcome));

    m_date = new QDateEdit(this);
    setUpDateEdit(m_date, today);
    m_time = new QLineEdit(ledger.clock().nowUtc().toLocalTime().time().toString(QStringLiteral("HH:mm")), this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setAccessibleName(tr("Time of the contact"));
    m_time->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^$|^([01][0-9]|2[0-3]):[0-5][0-9]$")), m_time));
    m_time->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    m_time->setToolTip(tr("The local time of the contact, as HH:MM; leave it empty if unknown."));
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch();

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was said, in a few words"));

    // The promise made in this contact.
    m_promiseRow = new QWidget(this);
    m_promiseAmount = new QLineEdit(m_promiseRow);
    m_promiseAmount->setObjectName(QStringLiteral("promiseAmount"));
    m_amountMessage = new QLabel(m_promiseRow);
    styleMessageLabel(m_amountMessage);
    m_amount = new AmountField(m_promiseAmount, m_amountMessage, ledger.currency(), AmountField::Need::Required, this);
    if (customer && customer->balance > 0)
        m_amount->setAmount(customer->balance);
    m_promiseDate = new QDateEdit(m_promiseRow);
    m_promiseDate->setObjectName(QStringLiteral("promiseDate"));
    m_promiseDate->setAccessibleName(tr("Promised by"));
    setUpDateEdit(m_promiseDate, today.addDays(DefaultPromiseDays));
    auto *promiseLayout = new QHBoxLayout(m_promiseRow);
    promiseLayout->setContentsMargins(0, 0, 0, 0);
    promiseLayout->addWidget(m_promiseAmount);
    promiseLayout->addWidget(new QLabel(tr("by"), m_promiseRow));
    promiseLayout->addWidget(m_promiseDate);
    promiseLayout->addStretch();

    m_followUp = new QCheckBox(tr("&Follow up on"), this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUpDate = new QDateEdit(this);
    setUpDateEdit(m_followUpDate, today.addDays(DefaultFollowUpDays));
    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_followUp);
    followUp->addWidget(m_followUpDate);
    followUp->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("&Outcome"), m_outcome);
    // A row holding a layout gets no buddy by itself: the date takes the label's key.
    auto *whenLabel = new QLabel(tr("&When"), this);
    whenLabel->setBuddy(m_date);
    form->addRow(whenLabel, when);
    form->addRow(tr("&Note"), m_note);
    auto *promisedLabel = new QLabel(tr("&Promised"), this);
    promisedLabel->setBuddy(m_promiseAmount);
    form->addRow(promisedLabel, m_promiseRow);
    form->addRow(QString(), m_amountMessage);
    form->addRow(QString(), followUp);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    styleMessageLabel(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = setUpButtons(buttons, tr("&Save"));
    m_saveText = m_save->text();
    m_save->setObjectName(QStringLiteral("saveButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ContactDialog::refresh);
    connect(m_followUp, &QCheckBox::toggled, this, &ContactDialog::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactDialog::refresh);
    connect(m_time, &QLineEdit::textChanged, this, &ContactDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ContactDialog::refresh);
    connect(m_amount, &AmountField::changed, this, &ContactDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!customer) {
        m_message->setText(customer.error());
        m_outcome->setEnabled(false);
    }
    refresh();
    // Most contacts are calls: only the outcome is left to choose.
    m_outcome->setFocus();
}

void ContactDialog::startWithPromise()
{
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(ContactOutcome::Promised)));
    m_promiseAmount->setFocus();
    m_promiseAmount->selectAll();
}

void ContactDialog::refresh()
{
    if (std::exchange(m_warned, false))
        m_save->setText(m_saveText);
    const bool promised = static_cast<ContactOutcome>(m_outcome->currentData().toInt()) == ContactOutcome::Promised;
    m_promiseRow->setEnabled(promised);
    m_amountMessage->setVisible(promised);
    m_followUpDate->setEnabled(m_followUp->isChecked());
    m_message->clear();
    m_save->setEnabled(m_outcome->isEnabled() && (!promised || m_amount->amount().has_value()));
}

void ContactDialog::save()
{
    ContactInput in;
    in.customerId = m_customerId;
    in.debtId = m_debtId;
    in.date = m_date->date();
    in.time = m_time->text();
    in.channel = static_cast<Channel>(m_channel->currentData().toInt());
    in.outcome = static_cast<ContactOutcome>(m_outcome->currentData().toInt());
    in.note = m_note->text().trimmed();
    if (m_followUp->isChecked())
        in.followUp = m_followUpDate->date();

    std::optional<PromiseInput> promise;
    if (in.outcome == ContactOutcome::Promised) {
        if (!m_amount->amount()) {
            m_amount->reveal();
            return;
        }
        promise = PromiseInput{};
        promise->customerId = m_customerId;
        promise->amount = *m_amount->amount();
        promise->promisedOn = in.date;
        promise->dueDate = m_promiseDate->date();
        // A promise is for the account: its money goes to the oldest sales first, as payments do.
        promise->note = in.note;
    }
    // Limits on contacting are warned about once; Save again logs it anyway.
    if (!m_warned) {
        const auto limits = ContactLimits::load(m_collections.ledger().database());
        const auto warnings
            = limits ? limits->warnings(m_collections.ledger().database(), in) : Result<QStringList>(limits.failure());
        if (!warnings || !warnings->isEmpty()) {
            m_message->setText(tr("%1 Save again to log it anyway.")
                                   .arg(warnings ? warnings->join(QLatin1Char(' ')) : warnings.error()));
            m_save->setText(QCoreApplication::translate("Dialogs", "%1  Enter").arg(tr("Save &anyway")));
            m_warned = true;
            return;
        }
    }
    auto done = m_collections.logContactWithPromise(in, promise);
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    m_contactId = done.value();
    accept();
}

} // namespace recoup
