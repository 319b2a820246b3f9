// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dispute_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace recoup {

DisputeDialog::DisputeDialog(Collections &collections, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_collections(collections), m_debtId(debtId)
{
    Ledger &ledger = m_collections.ledger();
    const auto debt = ledger.debt(debtId);
    const QString ref = debt ? debt->ref : QString();
    const QDate today = ledger.clock().today();
    if (debt) {
        if (const auto open = m_collections.records().openDisputes(today, debt->customerId))
            for (const Dispute &d : open.value())
                if (d.debtId == debtId)
                    m_open = d;
    }
    setWindowTitle(resolves() ? tr("Resolve the dispute — %1").arg(ref) : tr("Dispute — %1").arg(ref));
    auto *heading = new QLabel(windowTitle(), this);
    heading->setTextFormat(Qt::PlainText);
    emphasize(heading, 1.2);

    auto *form = new QWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    styleMessageLabel(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = setUpButtons(buttons, resolves() ? tr("&Resolve") : tr("&Open dispute"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_date = new QDateEdit(form);
    setUpDateEdit(m_date, today);
    m_amountEdit = new QLineEdit(form);
    m_amountEdit->setObjectName(QStringLiteral("amount"));
    auto *amountMessage = new QLabel(form);
    styleMessageLabel(amountMessage);
    m_amount = new AmountField(m_amountEdit, amountMessage, ledger.currency(), AmountField::Need::Optional, this);
    m_text = new QLineEdit(form);
    m_text->setObjectName(QStringLiteral("text"));
    if (resolves())
        buildResolve(form);
    else
        buildOpen(form);
    qobject_cast<QFormLayout *>(form->layout())->addRow(QString(), amountMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_amount, &AmountField::changed, this, &DisputeDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &DisputeDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!debt) {
        m_message->setText(debt.error());
        form->setEnabled(false);
    } else if (!resolves()) {
        m_amount->setAmount(debt->openAmount);
    }
    refresh();
    (resolves() ? static_cast<QWidget *>(m_forShop) : m_text)->setFocus();
}

void DisputeDialog::buildOpen(QWidget *form)
{
    m_text->setPlaceholderText(tr("The customer's reason, in their words"));
    m_amountEdit->setToolTip(tr("The part of the sale in dispute; all that is open if left empty."));
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Reason"), m_text);
    layout->addRow(tr("&Amount disputed"), m_amountEdit);
    layout->addRow(tr("Opened o&n"), m_date);
    auto *note
        = new QLabel(tr("While the dispute is open, no reminder is asked for this sale; it is still aged."), form);
    note->setWordWrap(true);
    layout->addRow(QString(), note);
}

void DisputeDialog::buildResolve(QWidget *form)
{
    const Currency &currency = m_collections.ledger().currency();
    auto *what = new QLabel(
        tr("%1 disputed on %2: “%3”")
            .arg(DisplayText::money(m_open.amount, currency), DisplayText::date(m_open.openedOn), m_open.reason),
        form);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    m_forShop = new QRadioButton(tr("For the &shop: the sale is owed as it stands, reminders resume"), form);
    m_forShop->setObjectName(QStringLiteral("forShop"));
    m_forCustomer = new QRadioButton(tr("For the &customer: take this amount off the sale"), form);
    m_forCustomer->setObjectName(QStringLiteral("forCustomer"));
    m_forShop->setChecked(true);
    m_text->setPlaceholderText(tr("How it was settled"));
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(what);
    layout->addRow(m_forShop);
    layout->addRow(m_forCustomer);
    layout->addRow(tr("&Amount conceded"), m_amountEdit);
    layout->addRow(tr("&Note"), m_text);
    layout->addRow(tr("Resolved &on"), m_date);
    m_amount->setAmount(m_open.amount);
    connect(m_forCustomer, &QRadioButton::toggled, this, &DisputeDialog::refresh);
}

void DisputeDialog::refresh()
{
    m_message->clear();
    bool ok = m_amount->isAcceptable();
    if (resolves()) {
        m_amountEdit->setEnabled(m_forCustomer->isChecked());
        ok = !m_forCustomer->isChecked() || m_amount->amount().value_or(0) > 0;
    } else {
        ok = ok && !m_text->text().trimmed().isEmpty();
    }
    m_save->setEnabled(ok);
}

void DisputeDialog::save()
{
    Result<void> done;
    if (resolves()) {
        DisputeResolution r;
        r.disputeId = m_open.id;
        r.outcome = m_forCustomer->isChecked() ? DisputeOutcome::ForCustomer : DisputeOutcome::ForShop;
        r.conceded = r.outcome == DisputeOutcome::ForCustomer ? m_amount->amount().value_or(0) : 0;
        r.resolvedOn = m_date->date();
        r.note = m_text->text().trimmed();
        done = m_collections.resolveDispute(r);
    } else {
        DisputeInput in;
        in.debtId = m_debtId;
        in.amount = m_amount->amount().value_or(0);
        in.reason = m_text->text().trimmed();
        in.openedOn = m_date->date();
        if (auto opened = m_collections.openDispute(in); !opened)
            done = opened.failure();
    }
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
