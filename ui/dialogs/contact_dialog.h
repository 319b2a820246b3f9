// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recoup {

class AmountField;
class Collections;

/// Logs a call, visit, letter or message with a customer in a few keys: the
/// channel is ready (a call), the outcome takes a letter ("n" no answer, "p"
/// promised), Enter saves. "Promised" asks for the amount and date and records
/// the promise with the contact; a follow-up date puts a task on Today.
class ContactDialog final : public QDialog
{
    Q_OBJECT
public:
    /// About one debt (`debtId`), or the account as a whole (0).
    ContactDialog(Collections &collections, qint64 customerId, qint64 debtId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactDialog)

    /// Starts on "Promised", with the amount to fill in: a promise to pay.
    void startWithPromise();
    /// The contact saved; 0 until the dialog was accepted.
    qint64 contactId() const { return m_contactId; }

private:
    void refresh();
    void save();

    Collections &m_collections;
    qint64 m_customerId = 0;
    qint64 m_debtId = 0;
    qint64 m_contactId = 0;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_promiseAmount = nullptr;
    AmountField *m_amount = nullptr;
    QLabel *m_amountMessage = nullptr;
    QDateEdit *m_promiseDate = nullptr;
    QWidget *m_promiseRow = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateEdit *m_followUpDate = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QString m_saveText;
    bool m_warned = false; ///< the limits were warned about: Save again logs anyway
};

} // namespace recoup
