// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;

namespace recoup {

/// Watches an amount line edit: parses what is typed with Money::parseUserAmount
/// in the user's locale and puts the reason it is not an amount in the label
/// under the field. Dialogs enable their save button on isAcceptable().
class AmountField final : public QObject
{
    Q_OBJECT
public:
    enum class Need { Required, Optional };

    AmountField(QLineEdit *edit, QLabel *message, const Currency &currency, Need need = Need::Required,
        QObject *parent = nullptr);

    /// The amount in minor units; empty when the field is empty or not an amount.
    std::optional<qint64> amount() const { return m_amount; }
    /// True for an amount, or for an empty optional field.
    bool isAcceptable() const { return m_error.isEmpty(); }
    /// Why the text is not an amount; empty when it is acceptable.
    const QString &error() const { return m_error; }
    /// Puts an amount in the field in the locale's format; none clears it.
    void setAmount(std::optional<qint64> minor);
    /// Shows the message even before the user has typed (on an attempt to save).
    void reveal();

Q_SIGNALS:
    /// The text changed; amount() and isAcceptable() are up to date.
    void changed();

private:
    void reparse();
    void showMessage();

    QPointer<QLineEdit> m_edit;
    QPointer<QLabel> m_message;
    Currency m_currency;
    Need m_need;
    std::optional<qint64> m_amount;
    QString m_error;
    bool m_touched = false;
};

} // namespace recoup
