// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dialog_support.h"

#include "ledger/book_rules.h"
#include "models/display_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace recoup {

void setUpDateEdit(QDateEdit *edit, const QDate &date)
{
    edit->setDisplayFormat(DisplayText::dateFormat());
    edit->setCalendarPopup(true);
    // The dates a book holds; what falls outside the rules refuse with a message.
    edit->setMinimumDate(BookRules::firstDate());
    edit->setMaximumDate(BookRules::lastDate());
    edit->setDate(date);
}

void styleMessageLabel(QLabel *label)
{
    if (!label)
        return;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, DisplayText::warningColor());
    label->setPalette(palette);
    label->setMinimumHeight(label->fontMetrics().height());
}

void emphasize(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    font.setBold(true);
    widget->setFont(font);
}

QPushButton *setUpButtons(QDialogButtonBox *box, const QString &acceptText)
{
    QPushButton *accept = nullptr;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        auto *push = qobject_cast<QPushButton *>(button);
        if (!push)
            continue;
        if (box->buttonRole(push) == QDialogButtonBox::AcceptRole) {
            push->setText(QCoreApplication::translate("Dialogs", "%1  Enter").arg(acceptText));
            push->setObjectName(QStringLiteral("acceptButton"));
            accept = push;
        } else if (box->buttonRole(push) == QDialogButtonBox::RejectRole) {
            push->setText(QCoreApplication::translate("Dialogs", "Cancel  Esc"));
            push->setObjectName(QStringLiteral("cancelButton"));
        }
    }
    if (accept) {
        accept->setAutoDefault(true);
        accept->setDefault(true);
    }
    return accept;
}

void setUpFormDialog(QDialog *dialog, QLabel *message, QLabel *heading, int chars)
{
    styleMessageLabel(message);
    emphasize(heading, 1.2);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * chars);
}

void addPaymentMethods(QComboBox *combo, std::initializer_list<PaymentMethod> methods)
{
    for (PaymentMethod method : methods)
        combo->addItem(paymentMethodLabel(method), int(method));
}

} // namespace recoup
