// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ReverseEntryDialog;
}

namespace recoup {

class Ledger;

/// Reverses one entry with a required reason through Ledger::reverse, saying
/// what goes with it (a payment takes its allocations along).
class ReverseEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    ReverseEntryDialog(Ledger &ledger, qint64 entryId, QWidget *parent = nullptr);
    ~ReverseEntryDialog() override;
    Q_DISABLE_COPY_MOVE(ReverseEntryDialog)

private:
    Ledger &m_ledger;
    std::unique_ptr<Ui::ReverseEntryDialog> m_ui;
};

} // namespace recoup
