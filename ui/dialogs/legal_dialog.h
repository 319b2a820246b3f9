// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LegalDialog;
}

class QPushButton;

namespace recoup {

class AmountField;
class Ledger;

/// A legal step on a sale (letter before action, claim filed, judgment,
/// enforcement, claim withdrawn) with its date, reference and fee; the sale's
/// reminders wait from the first step until the claim is withdrawn.
class LegalDialog final : public QDialog
{
    Q_OBJECT
public:
    LegalDialog(Ledger &ledger, qint64 debtId, QWidget *parent = nullptr);
    ~LegalDialog() override;
    Q_DISABLE_COPY_MOVE(LegalDialog)

private:
    void refresh();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::LegalDialog> m_ui;
    qint64 m_debtId = 0;
    AmountField *m_fee = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
