// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/credit_hold_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_credit_hold_dialog.h"

#include <QPushButton>

namespace recoup {

CreditHoldDialog::CreditHoldDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::CreditHoldDialog>()), m_customerId(customerId)
{
    m_ui->setupUi(this);
    setUpFormDialog(this, m_ui->messageLabel, m_ui->headingLabel, 60);
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());

    const auto customer = m_ledger.customer(customerId);
    const QString name = customer ? customer->details.name : QString();
    const auto stop = m_ledger.credit().currentStop(customerId);
    m_resumes = stop && stop.value().has_value();
    if (m_resumes) {
        const CreditHold &hold = *stop.value();
        setWindowTitle(tr("Resume credit — %1").arg(name));
        m_ui->infoLabel->setText(tr("Credit stopped since %1: %2").arg(DisplayText::date(hold.date), hold.reason));
        m_ui->reasonEdit->setPlaceholderText(tr("Why credit is given again"));
        m_save = setUpButtons(m_ui->buttonBox, tr("Res&ume credit"));
    } else {
        setWindowTitle(tr("Stop credit — %1").arg(name));
        m_ui->infoLabel->setText(
            tr("A new credit sale for this customer will then need a reason to go ahead; it is kept with the sale."));
        m_ui->reasonEdit->setPlaceholderText(tr("Why credit is stopped"));
        m_save = setUpButtons(m_ui->buttonBox, tr("&Stop credit"));
    }
    m_ui->headingLabel->setText(windowTitle());
    m_save->setObjectName(QStringLiteral("saveButton"));
    if (!customer)
        m_ui->messageLabel->setText(customer.error());
    else if (!stop)
        m_ui->messageLabel->setText(stop.error());

    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &CreditHoldDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreditHoldDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    m_ui->reasonEdit->setFocus();
}

CreditHoldDialog::~CreditHoldDialog() = default;

void CreditHoldDialog::refresh()
{
    m_save->setEnabled(!m_ui->reasonEdit->text().trimmed().isEmpty());
}

void CreditHoldDialog::save()
{
    if (m_ui->reasonEdit->text().trimmed().isEmpty())
        return;
    Collections collections(m_ledger);
    const QString reason = m_ui->reasonEdit->text();
    const QDate date = m_ui->dateEdit->date();
    auto done = m_resumes ? collections.resumeCredit(m_customerId, reason, date)
                          : collections.stopCredit(m_customerId, reason, date);
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
