// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/amount_field.h"

#include "core/money.h"
#include "dialogs/dialog_support.h"

#include <QLabel>
#include <QLineEdit>

namespace recoup {

AmountField::AmountField(QLineEdit *edit, QLabel *message, const Currency &currency, Need need, QObject *parent)
    : QObject(parent ? parent : edit), m_edit(edit), m_message(message), m_currency(currency), m_need(need)
{
    styleMessageLabel(m_message);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Only after the user has typed is an empty field worth a complaint.
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        reparse();
        Q_EMIT changed();
    });
    reparse();
}

void AmountField::setAmount(std::optional<qint64> minor)
{
    m_edit->setText(minor ? Money::toDisplayText(*minor, m_currency) : QString());
}

void AmountField::reveal()
{
    m_touched = true;
    showMessage();
}

void AmountField::reparse()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty() && m_need == Need::Optional) {
        m_amount.reset();
        m_error.clear();
    } else if (auto parsed = Money::parseUserAmount(text, m_currency); parsed) {
        m_amount = parsed.value();
        m_error.clear();
    } else {
        m_amount.reset();
        m_error = parsed.error();
    }
    showMessage();
}

void AmountField::showMessage()
{
    if (!m_message)
        return;
    const bool say = !m_error.isEmpty() && (m_touched || !m_edit->text().isEmpty());
    m_message->setText(say ? m_error : QString());
}

} // namespace recoup
