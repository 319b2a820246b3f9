// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTimeEdit;

namespace recoup {

class Ledger;

/// The limits on contacting customers (calls in a number of days, the hours of
/// the day), warned about before one is broken.
class ContactLimitsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ContactLimitsEditor(Ledger &ledger, QWidget *parent = nullptr);

    QSpinBox *maxCalls() const { return m_calls; }
    QTimeEdit *latest() const { return m_latest; }
    QLabel *messageLabel() const { return m_message; }

    void load();
    bool save();

private:
    Ledger &m_ledger;
    QSpinBox *m_calls = nullptr;
    QSpinBox *m_days = nullptr;
    QTimeEdit *m_earliest = nullptr;
    QTimeEdit *m_latest = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace recoup
