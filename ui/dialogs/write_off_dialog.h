// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class WriteOffDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// Writes a sale off as bad debt with a reason (its open amount to zero), or,
/// for a sale written off and nothing open, records money recovered on it.
class WriteOffDialog final : public QDialog
{
    Q_OBJECT
public:
    WriteOffDialog(Ledger &ledger, qint64 debtId, QWidget *parent = nullptr);
    ~WriteOffDialog() override;
    Q_DISABLE_COPY_MOVE(WriteOffDialog)

    /// True when it records a recovery, false when it writes off.
    bool recovers() const { return m_recovers; }

private:
    void refresh();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::WriteOffDialog> m_ui;
    qint64 m_debtId = 0;
    bool m_recovers = false;
    bool m_possible = false;
    AmountField *m_amount = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
