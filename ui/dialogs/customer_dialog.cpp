// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/customer_dialog.h"

#include "core/money.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"

#include "ui_customer_dialog.h"

#include <QPushButton>

namespace recoup {

CustomerDialog::CustomerDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::CustomerDialog>()), m_customerId(customerId)
{
    m_ui->setupUi(this);
    m_creditLimit = new AmountField(
        m_ui->creditLimitEdit, m_ui->creditLimitMessage, m_ledger.currency(), AmountField::Need::Optional, this);
    styleMessageLabel(m_ui->messageLabel);
    // Room for a few lines of address without the dialog growing past a small screen.
    const int line = fontMetrics().lineSpacing();
    m_ui->addressEdit->setMinimumHeight(line * 4);
    m_ui->addressEdit->setMaximumHeight(line * 6);
    m_ui->notesEdit->setMinimumHeight(line * 3);
    m_ui->notesEdit->setMaximumHeight(line * 8);
    // Wide enough for a name or an address line, in the user's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_ui->emailEdit->setPlaceholderText(tr("name@example.com"));
    m_ui->refEdit->setToolTip(tr("Left empty, the next free reference is given."));

    m_save = setUpButtons(m_ui->buttonBox, tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    if (customerId == 0) {
        setWindowTitle(tr("New customer"));
        m_ui->refEdit->setPlaceholderText(m_ledger.nextCustomerRef());
    } else if (const auto customer = m_ledger.customer(customerId)) {
        setWindowTitle(tr("Edit customer — %1").arg(customer->details.name));
        fill(*customer);
    } else {
        setWindowTitle(tr("Edit customer"));
        m_ui->messageLabel->setText(tr("That customer does not exist."));
        m_save->setEnabled(false);
    }

    connect(m_creditLimit, &AmountField::changed, this, [this] { m_save->setEnabled(m_creditLimit->isAcceptable()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::fill(const Customer &customer)
{
    const CustomerInput &d = customer.details;
    m_ui->refEdit->setText(d.ref);
    m_ui->nameEdit->setText(d.name);
    m_ui->phoneEdit->setText(d.phone);
    m_ui->emailEdit->setText(d.email);
    m_ui->addressEdit->setPlainText(d.address);
    m_ui->notesEdit->setPlainText(d.notes);
    m_creditLimit->setAmount(d.creditLimit);
}

void CustomerDialog::startWith(const CustomerInput &details)
{
    m_ui->nameEdit->setText(details.name);
    m_ui->phoneEdit->setText(details.phone);
    // A phone was typed: the name is what is missing.
    m_ui->nameEdit->setFocus();
}

CustomerInput CustomerDialog::input() const
{
    CustomerInput in;
    in.ref = m_ui->refEdit->text();
    in.name = m_ui->nameEdit->text();
    in.phone = m_ui->phoneEdit->text();
    in.email = m_ui->emailEdit->text();
    in.address = m_ui->addressEdit->toPlainText();
    in.notes = m_ui->notesEdit->toPlainText();
    in.creditLimit = m_creditLimit->amount();
    return in;
}

void CustomerDialog::save()
{
    if (!m_creditLimit->isAcceptable()) {
        m_creditLimit->reveal();
        m_ui->creditLimitEdit->setFocus();
        return;
    }
    Result<void> done;
    if (m_customerId == 0) {
        auto added = m_ledger.addCustomer(input());
        if (added)
            m_customerId = added.value();
        else
            done = added.failure();
    } else {
        done = m_ledger.updateCustomer(m_customerId, input());
    }
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        // Put the cursor where the rule that refused points.
        if (done.failure().rule == BookRule::Name)
            m_ui->nameEdit->setFocus();
        else if (done.failure().rule == BookRule::Email)
            m_ui->emailEdit->setFocus();
        return;
    }
    accept();
}

} // namespace recoup
