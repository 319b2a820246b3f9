// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace recoup {

class Ledger;

/// File > Close the books: closes the books through a day (the end of last
/// month, to begin with), or reopens them after an earlier day or entirely
/// with a reason (PeriodClose). Says what is closed now, and by whom.
class PeriodCloseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PeriodCloseDialog(Ledger &ledger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PeriodCloseDialog)

    /// Whether the dialog reopens the books (else it closes them).
    bool reopens() const;

private:
    void refresh();
    void save();

    Ledger &m_ledger;
    QDate m_closed;
    QLabel *m_current = nullptr;
    QRadioButton *m_close = nullptr;
    QRadioButton *m_reopen = nullptr;
    QRadioButton *m_reopenAll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
