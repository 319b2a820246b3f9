// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace recoup {

class Ledger;

/// Settings, Business tab: the letterhead every paper carries (name, address,
/// phone, e-mail, tax number, logo), how customers pay (bank, IBAN or account,
/// BIC, payment link) and the book's country. Saved together, checked by
/// BusinessDetails; a wrong value is named under the form and nothing is kept.
class BusinessDetailsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit BusinessDetailsEditor(Ledger &ledger, QWidget *parent = nullptr);

    /// The field of a detail (a QLineEdit, the address's QPlainTextEdit or the country's QComboBox).
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QLabel *messageLabel() const { return m_message; }
    /// Sets the logo from an image file's bytes (what "Choose logo…" does after its file dialog).
    void setLogo(const QByteArray &bytes);

    void load();
    bool save();

private:
    void chooseLogo();
    void showLogo();

    Ledger &m_ledger;
    QHash<QString, QWidget *> m_fields;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_logo = nullptr;
    QByteArray m_logoBytes;
    QLabel *m_message = nullptr;
};

} // namespace recoup
