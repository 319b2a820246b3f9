// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/credit_control.h"
#include "ledger/customer.h"
#include "ledger/debt.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DebtDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// A new credit sale for a customer: reference (suggested), description, issue
/// date, due date or terms (net N days), amount; saved with Ledger::addDebt.
/// For a customer whose credit is stopped, or a sale over the credit limit, it
/// says why in a warning and saves only with the reason for the exception.
class DebtDialog final : public QDialog
{
    Q_OBJECT
public:
    DebtDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~DebtDialog() override;
    Q_DISABLE_COPY_MOVE(DebtDialog)

    /// The sale saved; 0 until the dialog was accepted.
    qint64 debtId() const { return m_debtId; }
    /// Whether the sale as entered needs the reason for an exception.
    bool needsException() const { return m_check.refused(); }

private:
    void refresh();
    void checkCredit();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::DebtDialog> m_ui;
    qint64 m_customerId = 0;
    qint64 m_debtId = 0;
    std::optional<Customer> m_customer;
    CreditCheck m_check;
    AmountField *m_amount = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
