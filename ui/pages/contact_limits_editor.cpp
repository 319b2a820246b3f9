// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/contact_limits_editor.h"

#include "collections/contact_limits.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace recoup {

ContactLimitsEditor::ContactLimitsEditor(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    auto *intro = new QLabel(tr("Recoup warns before a contact would break one of these limits. The defaults follow "
                                "the US rule for consumer debts: at most 7 call attempts in 7 days about one debt, "
                                "and no contact before 08:00 or after 21:00 in the customer's time."),
        this);
    intro->setWordWrap(true);
    m_calls = new QSpinBox(this);
    m_calls->setObjectName(QStringLiteral("maxCalls"));
    m_calls->setRange(1, ContactLimits::MaxCallsLimit);
    m_calls->setSuffix(tr(" calls"));
    m_days = new QSpinBox(this);
    m_days->setRange(1, ContactLimits::MaxDaysLimit);
    m_days->setSuffix(tr(" days"));
    auto *calls = new QHBoxLayout;
    calls->addWidget(m_calls);
    calls->addWidget(new QLabel(tr("in"), this));
    calls->addWidget(m_days);
    calls->addStretch();
    m_earliest = new QTimeEdit(this);
    m_latest = new QTimeEdit(this);
    m_latest->setObjectName(QStringLiteral("latest"));
    for (QTimeEdit *edit : { m_earliest, m_latest })
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_earliest);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_latest);
    hours->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("At most"), calls);
    form->addRow(tr("Contact between"), hours);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save limits"), this);
    save->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &ContactLimitsEditor::save);
    load();
}

void ContactLimitsEditor::load()
{
    const auto limits = ContactLimits::load(m_ledger.database());
    if (!limits) {
        m_message->setText(limits.error());
        styleMessageLabel(m_message);
        return;
    }
    m_calls->setValue(limits->maxCalls);
    m_days->setValue(limits->perDays);
    m_earliest->setTime(limits->earliest);
    m_latest->setTime(limits->latest);
}

bool ContactLimitsEditor::save()
{
    ContactLimits limits;
    limits.maxCalls = m_calls->value();
    limits.perDays = m_days->value();
    limits.earliest = m_earliest->time();
    limits.latest = m_latest->time();
    if (auto done = limits.save(m_ledger); !done) {
        m_message->setText(done.error());
        styleMessageLabel(m_message);
        return false;
    }
    m_message->setPalette(QPalette());
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace recoup
