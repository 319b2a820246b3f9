// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerDialog;
}

namespace recoup {

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

private:
    Ledger &m_ledger;
    std::unique_ptr<Ui::CustomerDialog> m_ui;
};

} // namespace recoup
