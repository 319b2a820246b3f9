// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/debt.h"
#include "ledger/payment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PaymentDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
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

    /// The "Goes to" lines as shown, one per sale ("S-1041  212.30 → 0.00").
    QString previewText() const;
    /// The payment entry saved; 0 until the dialog was accepted.
    qint64 paymentEntryId() const { return m_paymentEntryId; }

private:
    enum AllocationColumn { SaleColumn, DueColumn, OpenColumn, PayColumn, ColumnCount };

    /// What the form says, or why it cannot be saved yet.
    Result<PaymentInput> input() const;
    void refresh();
    void showPreview(const PaymentOutcome &outcome);
    void clearPreview(const QString &why);
    void setAllocationEditable(bool on);
    void fillAllocationTable(const QList<AllocationLine> &lines);
    /// The split typed in the table, or why a cell is not an amount.
    Result<QList<AllocationLine>> chosenAllocation() const;
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::PaymentDialog> m_ui;
    qint64 m_customerId = 0;
    QList<Debt> m_openDebts;
    AmountField *m_amount = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAndPrint = nullptr;
    bool m_printReceipt = false;
    QString m_previewText;
    bool m_filling = false;
    qint64 m_paymentEntryId = 0;
};

} // namespace recoup
