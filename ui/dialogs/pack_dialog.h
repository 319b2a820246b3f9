// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recoup {

class Ledger;
class PackRun;

/// The pack for a collection agency or a court: the whole account or one
/// sale, the date, and the folder to write it into (typed or chosen); made on
/// a thread of its own, the dialog saying where it went or why it could not.
class PackDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `debtId`: the sale chosen at first (0: the whole account).
    PackDialog(Ledger &ledger, qint64 customerId, qint64 debtId, QWidget *parent = nullptr);
    ~PackDialog() override;
    Q_DISABLE_COPY_MOVE(PackDialog)

    QComboBox *debtCombo() const { return m_debt; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *makeButton() const { return m_make; }
    /// Whether a pack is being made.
    bool running() const { return m_run != nullptr; }

    /// Starts making the pack the form describes.
    void make();

Q_SIGNALS:
    /// After each attempt: the PDF written, or empty with the reason in the message.
    void packEnded(const QString &pdfPath);

private:
    void chooseFolder();
    void ended(const QString &pdfPath, const QString &csvFolder, const QString &error);

    Ledger &m_ledger;
    qint64 m_customerId = 0;
    QComboBox *m_debt = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_make = nullptr;
    std::unique_ptr<PackRun> m_run;
};

} // namespace recoup
