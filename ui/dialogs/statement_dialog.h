// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "core/result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewDialog;

namespace recoup {

class Ledger;

/// A statement for one customer, as of any date: the kind, the period, then
/// the print preview or a PDF file; what is printed or saved is recorded in
/// the register of what was sent.
class StatementDialog final : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(Ledger &ledger, qint64 customerId, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *fromEdit() const { return m_from; }
    QLabel *messageLabel() const { return m_message; }

    /// The statement the form describes, read from the book.
    Result<CustomerStatement> statement() const;
    /// Opens the print preview; printing from it is recorded.
    QPrintPreviewDialog *preview();
    /// Writes the PDF and records it.
    Result<void> savePdf(const QString &path);

private:
    void choosePdf();
    void record(
        const CustomerStatement &statement, const QByteArray &pdf, const QString &channel, const QString &fileName);

    Ledger &m_ledger;
    qint64 m_customerId = 0;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_asOf = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace recoup
