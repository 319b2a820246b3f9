// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ladder_dialog.h"

#include "collections/collections.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace recoup {

LadderDialog::LadderDialog(Collections &collections, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_collections(collections), m_customerId(customerId)
{
    const auto customer = m_collections.ledger().customer(customerId);
    setWindowTitle(tr("Reminders — %1").arg(customer ? customer->details.name : QString()));
    auto *heading = new QLabel(windowTitle(), this);
    heading->setTextFormat(Qt::PlainText);
    emphasize(heading, 1.2);

    auto *mode = new QGroupBox(tr("Steps"), this);
    m_standard = new QRadioButton(tr("S&tandard: the book's steps, on their days"), mode);
    m_gentle = new QRadioButton(tr("&Gentler: each step after the due date comes later"), mode);
    m_paused = new QRadioButton(tr("&Paused: no reminders or calls for now"), mode);
    m_standard->setObjectName(QStringLiteral("standard"));
    m_gentle->setObjectName(QStringLiteral("gentle"));
    m_paused->setObjectName(QStringLiteral("paused"));
    auto *modeLayout = new QVBoxLayout(mode);
    for (QRadioButton *b : { m_standard, m_gentle, m_paused })
        modeLayout->addWidget(b);

    auto *channels = new QGroupBox(tr("Do not use"), this);
    auto *channelLayout = new QVBoxLayout(channels);
    for (Channel channel : CollectionPolicy::allChannels()) {
        auto *box = new QCheckBox(DisplayText::capitalized(CollectionPolicy::channelLabel(channel)), channels);
        box->setObjectName(QStringLiteral("block_%1").arg(CollectionPolicy::channelKey(channel)));
        channelLayout->addWidget(box);
        m_blocked.insert(channel, box);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    styleMessageLabel(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *save = setUpButtons(buttons, tr("&Save"));
    save->setObjectName(QStringLiteral("saveButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(mode);
    layout->addWidget(channels);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    const auto ladder = m_collections.records().ladder(customerId);
    if (!ladder || !customer) {
        m_message->setText(!customer ? customer.error() : ladder.error());
        save->setEnabled(false);
    } else {
        const LadderMode current = ladder->mode;
        (current == LadderMode::Gentle          ? m_gentle
                : current == LadderMode::Paused ? m_paused
                                                : m_standard)
            ->setChecked(true);
        for (Channel channel : ladder->blocked)
            m_blocked.value(channel)->setChecked(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &LadderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LadderDialog::save()
{
    CustomerLadder ladder;
    ladder.mode = m_gentle->isChecked() ? LadderMode::Gentle
        : m_paused->isChecked()         ? LadderMode::Paused
                                        : LadderMode::Standard;
    for (Channel channel : CollectionPolicy::allChannels())
        if (m_blocked.value(channel)->isChecked())
            ladder.blocked.append(channel);
    if (auto done = m_collections.setLadder(m_customerId, ladder); !done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
