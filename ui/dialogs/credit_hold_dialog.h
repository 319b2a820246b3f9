// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class CreditHoldDialog;
}

class QPushButton;

namespace recoup {

class Ledger;

/// Stops a customer's credit with a reason, or resumes it when it is stopped
/// (Collections::stopCredit / resumeCredit). A stopped customer's credit sale
/// then needs a reason to go ahead.
class CreditHoldDialog final : public QDialog
{
    Q_OBJECT
public:
    CreditHoldDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);
    ~CreditHoldDialog() override;
    Q_DISABLE_COPY_MOVE(CreditHoldDialog)

    /// Whether the dialog resumes the credit (it was stopped) or stops it.
    bool resumes() const { return m_resumes; }

private:
    void refresh();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::CreditHoldDialog> m_ui;
    qint64 m_customerId = 0;
    bool m_resumes = false;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
