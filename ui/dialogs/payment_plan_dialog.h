// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collections.h"
#include "collections/payment_plan.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PaymentPlanDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// Makes a payment plan for a customer: the open sales it takes (all, checked,
/// at first), how many installments, how often, the first due date and an
/// optional down payment, with the schedule previewed live as the fields change.
/// The preview is the plan Save writes (Collections::previewPlan's draft), so
/// what is saved is what was shown; a plan that cannot be made says why and
/// Save is disabled. The schedule prints or saves as PDF. Enter saves, Esc cancels.
class PaymentPlanDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentPlanDialog(Collections &collections, qint64 customerId, QWidget *parent = nullptr);
    ~PaymentPlanDialog() override;
    Q_DISABLE_COPY_MOVE(PaymentPlanDialog)

    /// The plan as previewed now; empty when it cannot be made.
    const std::optional<PlanDraft> &draft() const { return m_draft; }
    /// The plan saved; 0 until the dialog was accepted.
    qint64 planId() const { return m_planId; }
    /// Writes the previewed schedule as PDF (what "Save as PDF" does after asking where).
    Result<void> writePdf(const QString &path) const;

private:
    enum ScheduleColumn { InstallmentColumn, DueColumn, AmountColumn, ColumnCount };

    void refresh();
    void showSchedule(const PlanDraft &draft);
    void clearSchedule(const QString &why);
    void save();
    void print();
    void choosePdf();

    Collections &m_collections;
    Ledger &m_ledger;
    std::unique_ptr<Ui::PaymentPlanDialog> m_ui;
    qint64 m_customerId = 0;
    QString m_customerName;
    AmountField *m_down = nullptr;
    QPushButton *m_save = nullptr;
    std::optional<PlanDraft> m_draft;
    qint64 m_planId = 0;
};

} // namespace recoup
