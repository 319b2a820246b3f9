// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/legal_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_legal_dialog.h"

#include <QPushButton>

namespace recoup {

LegalDialog::LegalDialog(Ledger &ledger, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::LegalDialog>()), m_debtId(debtId)
{
    m_ui->setupUi(this);
    setUpFormDialog(this, m_ui->messageLabel, m_ui->headingLabel, 64);
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());
    m_fee = new AmountField(m_ui->feeEdit, m_ui->feeMessage, m_ledger.currency(), AmountField::Need::Optional, this);

    const auto debt = m_ledger.debt(debtId);
    setWindowTitle(tr("Legal step on sale %1").arg(debt ? debt->ref : QString()));
    m_ui->headingLabel->setText(windowTitle());
    const auto steps = Collections(m_ledger).escalation().legalSteps(debtId);
    const bool inLegal = steps && !steps->isEmpty() && steps->constLast().step != LegalStepKind::Withdrawn;
    if (!debt)
        m_ui->infoLabel->setText(debt.error());
    else if (inLegal)
        m_ui->infoLabel->setText(tr("Last step: %1 on %2. The sale's reminders wait until the claim is withdrawn.")
                                     .arg(EscalationRecords::legalLabel(steps->constLast().step),
                                         DisplayText::date(steps->constLast().date)));
    else
        m_ui->infoLabel->setText(tr("%1 open. From this step on the sale's reminders wait.")
                                     .arg(DisplayText::money(debt->openAmount, m_ledger.currency())));
    for (LegalStepKind step : { LegalStepKind::LetterBeforeAction, LegalStepKind::ClaimFiled, LegalStepKind::Judgment,
             LegalStepKind::Enforcement, LegalStepKind::Withdrawn })
        if (step != LegalStepKind::Withdrawn || inLegal)
            m_ui->stepCombo->addItem(EscalationRecords::legalLabel(step), int(step));
    // The step after the last one is the likely next one.
    if (inLegal)
        m_ui->stepCombo->setCurrentIndex(std::min(int(steps->constLast().step) + 1, m_ui->stepCombo->count() - 1));

    m_save = setUpButtons(m_ui->buttonBox, tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_fee, &AmountField::changed, this, &LegalDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LegalDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    m_ui->stepCombo->setFocus();
}

LegalDialog::~LegalDialog() = default;

void LegalDialog::refresh()
{
    m_ui->messageLabel->clear();
    m_save->setEnabled(m_fee->isAcceptable());
}

void LegalDialog::save()
{
    if (!m_fee->isAcceptable()) {
        m_fee->reveal();
        return;
    }
    LegalStepInput input;
    input.debtId = m_debtId;
    input.step = LegalStepKind(m_ui->stepCombo->currentData().toInt());
    input.date = m_ui->dateEdit->date();
    input.reference = m_ui->referenceEdit->text();
    input.note = m_ui->noteEdit->text();
    input.fee = m_fee->amount().value_or(0);
    auto id = Collections(m_ledger).recordLegalStep(input);
    if (!id) {
        m_ui->messageLabel->setText(id.error());
        return;
    }
    accept();
}

} // namespace recoup
