// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/agency_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "core/money.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_agency_dialog.h"

#include <QPushButton>

namespace recoup {

AgencyDialog::AgencyDialog(Ledger &ledger, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::AgencyDialog>()), m_debtId(debtId)
{
    m_ui->setupUi(this);
    setUpFormDialog(this, m_ui->messageLabel, m_ui->headingLabel, 64);
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());
    const Currency &currency = m_ledger.currency();
    m_amount = new AmountField(m_ui->amountEdit, m_ui->amountMessage, currency, AmountField::Need::Required, this);
    m_kept = new AmountField(m_ui->keptEdit, m_ui->keptMessage, currency, AmountField::Need::Optional, this);
    addPaymentMethods(m_ui->methodCombo,
        { PaymentMethod::BankTransfer, PaymentMethod::Cheque, PaymentMethod::Cash, PaymentMethod::Card,
            PaymentMethod::MobileMoney });

    const auto debt = m_ledger.debt(debtId);
    const auto active = Collections(m_ledger).escalation().activeReferral(debtId);
    if (active && active.value())
        m_referral = active.value();
    const QString ref = debt ? debt->ref : QString();
    if (m_referral) {
        setWindowTitle(tr("Sale %1 with %2").arg(ref, m_referral->agency));
        m_ui->infoLabel->setText(tr("Referred on %1 at %2% commission; collected so far %3, commission %4.")
                                     .arg(DisplayText::date(m_referral->referredOn),
                                         EscalationRecords::percentText(m_referral->commissionBp),
                                         DisplayText::money(m_referral->collected, currency),
                                         DisplayText::money(m_referral->commission, currency)));
        m_ui->keptEdit->setToolTip(tr("Left empty: the agency's %1% of the amount.")
                                       .arg(EscalationRecords::percentText(m_referral->commissionBp)));
        m_save = setUpButtons(m_ui->buttonBox, tr("&Save"));
    } else {
        setWindowTitle(tr("Refer sale %1 to a collection agency").arg(ref));
        m_ui->infoLabel->setText(debt ? tr("%1 open. While the agency has it, the sale's reminders wait.")
                                            .arg(DisplayText::money(debt->openAmount, currency))
                                      : debt.error());
        m_save = setUpButtons(m_ui->buttonBox, tr("&Refer"));
    }
    m_ui->headingLabel->setText(windowTitle());
    m_save->setObjectName(QStringLiteral("saveButton"));

    for (QLineEdit *edit : { m_ui->agencyEdit, m_ui->commissionEdit, m_ui->reasonEdit })
        connect(edit, &QLineEdit::textChanged, this, &AgencyDialog::refresh);
    connect(m_amount, &AmountField::changed, this, &AgencyDialog::refresh);
    connect(m_kept, &AmountField::changed, this, &AgencyDialog::refresh);
    connect(m_ui->collectRadio, &QRadioButton::toggled, this, &AgencyDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgencyDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    if (m_referral)
        m_ui->amountEdit->setFocus();
    else
        m_ui->agencyEdit->setFocus();
}

AgencyDialog::~AgencyDialog() = default;

AgencyDialog::Mode AgencyDialog::mode() const
{
    if (!m_referral)
        return Mode::Refer;
    return m_ui->collectRadio->isChecked() ? Mode::Collect : Mode::Recall;
}

void AgencyDialog::refresh()
{
    const Mode now = mode();
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->collectRadio, now != Mode::Refer);
    form->setRowVisible(m_ui->recallRadio, now != Mode::Refer);
    form->setRowVisible(m_ui->agencyEdit, now == Mode::Refer);
    form->setRowVisible(m_ui->commissionEdit, now == Mode::Refer);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->amountEdit, m_ui->amountMessage, m_ui->keptEdit, m_ui->keptMessage, m_ui->methodCombo })
        form->setRowVisible(w, now == Mode::Collect);
    form->setRowVisible(m_ui->referenceEdit, now != Mode::Recall);
    form->setRowVisible(m_ui->reasonEdit, now == Mode::Recall);
    bool ready = false;
    switch (now) {
    case Mode::Refer:
        ready = !m_ui->agencyEdit->text().trimmed().isEmpty()
            && EscalationRecords::parsePercent(m_ui->commissionEdit->text()).ok();
        break;
    case Mode::Collect:
        ready = m_amount->amount().has_value() && m_kept->isAcceptable();
        break;
    case Mode::Recall:
        ready = !m_ui->reasonEdit->text().trimmed().isEmpty();
        break;
    }
    m_ui->messageLabel->clear();
    m_save->setEnabled(ready);
}

void AgencyDialog::save()
{
    Collections collections(m_ledger);
    const QDate date = m_ui->dateEdit->date();
    Result<void> done;
    switch (mode()) {
    case Mode::Refer: {
        const auto bp = EscalationRecords::parsePercent(m_ui->commissionEdit->text());
        if (!bp) {
            m_ui->messageLabel->setText(bp.error());
            return;
        }
        auto id = collections.referToAgency(
            { m_debtId, m_ui->agencyEdit->text(), date, bp.value(), m_ui->referenceEdit->text() });
        if (!id)
            done = id.failure();
        break;
    }
    case Mode::Collect: {
        if (!m_amount->amount()) {
            m_amount->reveal();
            return;
        }
        AgencyCollectionInput input;
        input.debtId = m_debtId;
        input.gross = *m_amount->amount();
        input.commission = m_kept->amount();
        input.date = date;
        input.method = PaymentMethod(m_ui->methodCombo->currentData().toInt());
        input.reference = m_ui->referenceEdit->text();
        auto id = collections.recordAgencyCollection(input);
        if (!id)
            done = id.failure();
        break;
    }
    case Mode::Recall:
        done = collections.recallFromAgency(m_debtId, m_ui->reasonEdit->text(), date);
        break;
    }
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
