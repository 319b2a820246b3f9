// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/write_off_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_write_off_dialog.h"

#include <QPushButton>

namespace recoup {

WriteOffDialog::WriteOffDialog(Ledger &ledger, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::WriteOffDialog>()), m_debtId(debtId)
{
    m_ui->setupUi(this);
    setUpFormDialog(this, m_ui->messageLabel, m_ui->headingLabel, 64);
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());
    const Currency &currency = m_ledger.currency();
    m_amount = new AmountField(m_ui->amountEdit, m_ui->amountMessage, currency, AmountField::Need::Required, this);
    addPaymentMethods(m_ui->methodCombo,
        { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::BankTransfer, PaymentMethod::Cheque,
            PaymentMethod::MobileMoney });

    const auto debt = m_ledger.debt(debtId);
    const auto summary = Collections(m_ledger).escalation().writeOffs(debtId);
    const QString ref = debt ? debt->ref : QString();
    m_recovers = debt && debt->openAmount <= 0 && summary && summary->net() > 0;
    if (m_recovers) {
        setWindowTitle(tr("Money recovered on sale %1").arg(ref));
        m_ui->infoLabel->setText(
            tr("Written off %1; recovered so far %2; still written off %3.")
                .arg(DisplayText::money(summary->writtenOff, currency),
                    DisplayText::money(summary->recovered, currency), DisplayText::money(summary->net(), currency)));
        m_save = setUpButtons(m_ui->buttonBox, tr("Record &recovery"));
        m_possible = true;
    } else {
        setWindowTitle(tr("Write off sale %1").arg(ref));
        if (!debt)
            m_ui->infoLabel->setText(debt.error());
        else if (debt->openAmount <= 0)
            m_ui->infoLabel->setText(tr("Nothing is open on this sale, and nothing of it is written off."));
        else
            m_ui->infoLabel->setText(tr("%1 open goes to bad debt: a write-off entry takes it to zero, reported "
                                        "apart. Money recovered later is recorded here too.")
                                         .arg(DisplayText::money(debt->openAmount, currency)));
        m_possible = debt && debt->openAmount > 0;
        m_save = setUpButtons(m_ui->buttonBox, tr("&Write off"));
    }
    m_ui->headingLabel->setText(windowTitle());
    m_save->setObjectName(QStringLiteral("saveButton"));
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->reasonEdit, !m_recovers);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->amountEdit, m_ui->amountMessage, m_ui->methodCombo, m_ui->referenceEdit })
        form->setRowVisible(w, m_recovers);

    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &WriteOffDialog::refresh);
    connect(m_amount, &AmountField::changed, this, &WriteOffDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WriteOffDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    if (m_recovers)
        m_ui->amountEdit->setFocus();
    else
        m_ui->reasonEdit->setFocus();
}

WriteOffDialog::~WriteOffDialog() = default;

void WriteOffDialog::refresh()
{
    m_ui->messageLabel->clear();
    m_save->setEnabled(
        m_possible && (m_recovers ? m_amount->amount().has_value() : !m_ui->reasonEdit->text().trimmed().isEmpty()));
}

void WriteOffDialog::save()
{
    if (!m_save->isEnabled())
        return;
    Collections collections(m_ledger);
    const QDate date = m_ui->dateEdit->date();
    Result<qint64> done = qint64(0);
    if (m_recovers) {
        RecoveryInput input;
        input.debtId = m_debtId;
        input.amount = m_amount->amount().value_or(0);
        input.date = date;
        input.method = PaymentMethod(m_ui->methodCombo->currentData().toInt());
        input.reference = m_ui->referenceEdit->text();
        done = collections.recordRecovery(input);
    } else {
        done = collections.writeOff(m_debtId, m_ui->reasonEdit->text(), date);
    }
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
