// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/dispute.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace recoup {

class AmountField;
class Collections;

/// A dispute about one sale: opened with the amount disputed and the
/// customer's reason, or, when one is open, resolved for the shop (the ladder
/// resumes) or for the customer (the conceded amount comes off the sale).
class DisputeDialog final : public QDialog
{
    Q_OBJECT
public:
    DisputeDialog(Collections &collections, qint64 debtId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DisputeDialog)

    /// Whether the dialog resolves an open dispute (else it opens one).
    bool resolves() const { return m_open.id != 0; }

private:
    void buildOpen(QWidget *form);
    void buildResolve(QWidget *form);
    void refresh();
    void save();

    Collections &m_collections;
    qint64 m_debtId = 0;
    Dispute m_open;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    AmountField *m_amount = nullptr;
    QLineEdit *m_text = nullptr;
    QRadioButton *m_forShop = nullptr;
    QRadioButton *m_forCustomer = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace recoup
