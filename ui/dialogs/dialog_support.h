// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
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

} // namespace recoup
