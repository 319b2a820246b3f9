// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/customer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// Adds a customer (customerId 0) or edits one, through Ledger::addCustomer or
/// Ledger::updateCustomer; a refusal is shown in the dialog, which stays open.
class CustomerDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomerDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerDialog() override;
    Q_DISABLE_COPY_MOVE(CustomerDialog)

    /// The customer saved (or being edited); 0 for a new one not yet saved.
    qint64 customerId() const { return m_customerId; }
    /// Fills the name and phone of a new customer (what a search that found nobody typed).
    void startWith(const CustomerInput &details);

private:
    CustomerInput input() const;
    void fill(const Customer &customer);
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::CustomerDialog> m_ui;
    qint64 m_customerId = 0;
    AmountField *m_creditLimit = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
