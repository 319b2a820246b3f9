// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/debt_dialog.h"

#include "core/clock.h"
#include "core/money.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_debt_dialog.h"

#include <QPushButton>

namespace recoup {

namespace {
constexpr int DefaultTermsDays = 30;
}

DebtDialog::DebtDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::DebtDialog>()), m_customerId(customerId)
{
    m_ui->setupUi(this);
    const auto customer = m_ledger.customer(customerId);
    if (customer)
        m_customer = customer.value();
    setWindowTitle(tr("New sale — %1").arg(customer ? customer->details.name : QString()));
    m_ui->headingLabel->setText(windowTitle());
    emphasize(m_ui->headingLabel, 1.2);

    m_amount = new AmountField(
        m_ui->amountEdit, m_ui->amountMessage, m_ledger.currency(), AmountField::Need::Required, this);
    m_ui->amountEdit->setPlaceholderText(Money::toDisplayText(0, m_ledger.currency()));
    m_ui->refEdit->setPlaceholderText(m_ledger.nextDebtRef());
    m_ui->refEdit->setToolTip(tr("Left empty, the next free reference is given."));
    const QDate today = m_ledger.clock().today();
    setUpDateEdit(m_ui->issueDateEdit, today);
    setUpDateEdit(m_ui->dueDateEdit, today.addDays(DefaultTermsDays));
    m_ui->termsSpin->setRange(0, BookRules::MaxTermsDays);
    m_ui->termsSpin->setValue(DefaultTermsDays);
    m_ui->termsSpin->setSuffix(tr(" days"));
    m_ui->termsSpin->setAccessibleName(tr("Days of credit"));
    styleMessageLabel(m_ui->messageLabel);
    styleMessageLabel(m_ui->creditWarning);
    // Wide enough for a description, in the user's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    m_save = setUpButtons(m_ui->buttonBox, tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    connect(m_amount, &AmountField::changed, this, &DebtDialog::refresh);
    connect(m_ui->issueDateEdit, &QDateEdit::dateChanged, this, &DebtDialog::refresh);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, &DebtDialog::refresh);
    connect(m_ui->termsSpin, &QSpinBox::valueChanged, this, &DebtDialog::refresh);
    connect(m_ui->termsRadio, &QRadioButton::toggled, this, &DebtDialog::refresh);
    connect(m_ui->overrideEdit, &QLineEdit::textChanged, this, &DebtDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DebtDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!customer) {
        m_ui->messageLabel->setText(tr("That customer does not exist."));
        m_ui->amountEdit->setEnabled(false);
    }
    refresh();
    m_ui->amountEdit->setFocus();
}

DebtDialog::~DebtDialog() = default;

void DebtDialog::refresh()
{
    const bool byTerms = m_ui->termsRadio->isChecked();
    m_ui->termsSpin->setEnabled(byTerms);
    m_ui->dueDateEdit->setEnabled(!byTerms);
    const QDate issued = m_ui->issueDateEdit->date();
    // The rules of the books decide the due date (terms past the last date a book holds are refused).
    const auto due = BookRules::dueDate(issued, byTerms ? std::optional<int>(m_ui->termsSpin->value()) : std::nullopt,
        byTerms ? QDate() : m_ui->dueDateEdit->date());
    if (due)
        m_ui->dueSummary->setText(tr("Due %1").arg(DisplayText::date(due.value())));
    else if (due.failure().rule == BookRule::DueDate)
        m_ui->dueSummary->setText(tr("The due date is before the issue date."));
    else
        m_ui->dueSummary->setText(due.error());
    m_ui->messageLabel->clear();
    checkCredit();
    const bool excused = !m_check.refused() || !m_ui->overrideEdit->text().trimmed().isEmpty();
    m_save->setEnabled(m_amount->amount().has_value() && due.ok() && excused);
}

void DebtDialog::checkCredit()
{
    // Warned before typing: a stopped customer, or a balance already over the limit.
    m_check = CreditCheck();
    if (m_customer) {
        if (const auto check
            = m_ledger.credit().checkSale(*m_customer, m_amount->amount().value_or(0), m_ui->issueDateEdit->date()))
            m_check = check.value();
    }
    const bool refused = m_check.refused();
    m_ui->creditWarning->setText(refused ? CreditControl::refusal(m_check, m_ledger.currency()) : QString());
    m_ui->creditWarning->setVisible(refused);
    m_ui->overrideLayout->setRowVisible(m_ui->overrideEdit, refused);
}

void DebtDialog::save()
{
    if (!m_amount->amount()) {
        m_amount->reveal();
        return;
    }
    DebtInput in;
    in.customerId = m_customerId;
    in.ref = m_ui->refEdit->text().trimmed();
    in.description = m_ui->descriptionEdit->text().trimmed();
    in.issueDate = m_ui->issueDateEdit->date();
    if (m_ui->termsRadio->isChecked())
        in.termsDays = m_ui->termsSpin->value();
    else
        in.dueDate = m_ui->dueDateEdit->date();
    in.amount = *m_amount->amount();
    if (m_check.refused())
        in.creditOverride = m_ui->overrideEdit->text().trimmed();
    auto done = m_ledger.addDebt(in);
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    m_debtId = done.value();
    accept();
}

} // namespace recoup
