// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PaymentDialog;
}

namespace recoup {

class Ledger;

/// Records a payment: amount (focus starts there; a bad one is explained under
/// the field and Save is disabled), date, method, reference, the allocation
/// preview from Ledger::previewPayment that the user can change, what is left as
/// credit and the new balance. Enter saves, Esc cancels.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~PaymentDialog() override;
    Q_DISABLE_COPY_MOVE(PaymentDialog)

private:
    Ledger &m_ledger;
    std::unique_ptr<Ui::PaymentDialog> m_ui;
};

} // namespace recoup
