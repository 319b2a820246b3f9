// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class AgencyDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// A sale and a collection agency: referred to one (name, commission, date),
/// or, once it is with one, what the agency collected (a payment of the gross
/// on the sale; the commission a collection cost) or its recall with a reason.
class AgencyDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Refer, Collect, Recall };

    AgencyDialog(Ledger &ledger, qint64 debtId, QWidget *parent = nullptr);
    ~AgencyDialog() override;
    Q_DISABLE_COPY_MOVE(AgencyDialog)

    Mode mode() const;

private:
    void refresh();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::AgencyDialog> m_ui;
    qint64 m_debtId = 0;
    std::optional<AgencyReferral> m_referral;
    AmountField *m_amount = nullptr;
    AmountField *m_kept = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
