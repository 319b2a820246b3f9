// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace recoup {

/// What File > New book makes.
struct NewBook
{
    QString path;
    Currency currency;
    QString businessName;
};

/// File > New book: the business's name, the currency of its amounts (which a
/// book keeps for ever) and where the file goes (named after the business until
/// the user names it). Enter makes the book through `make`; when it cannot, the
/// reason shows under the fields and the dialog stays, with what was typed.
class NewBookDialog final : public QDialog
{
    Q_OBJECT
public:
    using Maker = std::function<Result<void>(const NewBook &)>;
    NewBookDialog(const QString &folder, Maker make, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewBookDialog)

    /// The book the fields describe, or why they do not describe one.
    Result<NewBook> book() const;

    QLineEdit *businessEdit() const { return m_business; }
    QComboBox *currencyBox() const { return m_currency; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void chooseFile();
    void followName();

    Maker m_make;
    QString m_folder;
    QLineEdit *m_business = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    bool m_fileNamed = false;
};

} // namespace recoup
