// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DebtDialog;
}

namespace recoup {

class Ledger;

/// A new credit sale for a customer: reference (suggested), description, issue
/// date, due date or terms (net N days), amount; saved with Ledger::addDebt.
class DebtDialog final : public QDialog
{
    Q_OBJECT
public:
    DebtDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~DebtDialog() override;
    Q_DISABLE_COPY_MOVE(DebtDialog)

private:
    Ledger &m_ledger;
    std::unique_ptr<Ui::DebtDialog> m_ui;
};

} // namespace recoup
