// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/entry.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ReverseEntryDialog;
}

class QPushButton;

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

    /// The lines under "What goes with it", as shown.
    QString consequencesText() const;

private:
    /// What reversing the entry also undoes, one line each, and the balance after.
    QStringList consequences(const Entry &entry, qint64 *balanceChange) const;
    QString debtRef(qint64 debtId) const;
    void refresh();
    void save();

    Ledger &m_ledger;
    std::unique_ptr<Ui::ReverseEntryDialog> m_ui;
    Result<Entry> m_entry;
    bool m_reversible = false;
    QPushButton *m_reverse = nullptr;
};

} // namespace recoup
