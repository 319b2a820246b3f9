// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/entry.h"

#include <QDate>
#include <QString>

#include <initializer_list>

class QComboBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace recoup {

// Small pieces every dialog shares, so they look and behave alike.

/// A date field in the locale's short format (with a four-digit year) and a
/// calendar popup, set to `date`.
void setUpDateEdit(QDateEdit *edit, const QDate &date);

/// A label that carries a problem: plain text, wrapped, a warm colour, and
/// room for one line kept even when empty so the form does not jump.
void styleMessageLabel(QLabel *label);

/// Makes a label's text larger and bold, relative to the system font.
void emphasize(QWidget *widget, qreal scale);

/// Names the accept button (shown as "<text>  Enter"), makes it the default
/// and labels Cancel with its key. Returns the accept button.
QPushButton *setUpButtons(QDialogButtonBox *box, const QString &acceptText);

/// The frame of a form dialog: its problem label styled, its heading made
/// larger, and at least `chars` average characters wide.
void setUpFormDialog(QDialog *dialog, QLabel *message, QLabel *heading, int chars);

/// Fills a combo box with payment methods in the order given (the likeliest
/// first), each with its value as the item's data.
void addPaymentMethods(QComboBox *combo, std::initializer_list<PaymentMethod> methods);

} // namespace recoup
