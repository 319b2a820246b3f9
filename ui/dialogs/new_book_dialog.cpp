// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/new_book_dialog.h"

#include "dialogs/dialog_support.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace recoup {

namespace {

const QString Suffix = QStringLiteral(".recoup");

/// "Corner Hardware & Co." -> "Corner Hardware & Co.recoup" without what file names cannot hold.
QString fileNameFor(const QString &business)
{
    QString name = business.simplified();
    name.remove(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")));
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return (name.isEmpty() ? QStringLiteral("book") : name) + Suffix;
}

} // namespace

NewBookDialog::NewBookDialog(const QString &folder, Maker make, QWidget *parent)
    : QDialog(parent), m_make(std::move(make)), m_folder(folder)
{
    setWindowTitle(tr("New book"));
    auto *intro = new QLabel(tr("A book keeps one business's customers, sales and payments, in one file."), this);
    intro->setWordWrap(true);

    m_business = new QLineEdit(this);
    m_business->setObjectName(QStringLiteral("businessEdit"));
    m_business->setPlaceholderText(tr("as on your receipts, e.g. Corner Hardware"));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    const QString local = Currency::forLocale(QLocale()).code();
    QStringList codes{ local };
    for (const char *code : { "USD", "EUR", "GBP", "CAD", "AUD", "MXN", "ARS", "CLP", "COP", "PEN", "BRL", "INR", "JPY",
             "CHF", "ZAR", "KES", "NGN" })
        if (QLatin1String(code) != local)
            codes << QLatin1String(code);
    m_currency->addItems(codes);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto *form = new QFormLayout;
    auto *businessLabel = new QLabel(tr("&Business name"), this);
    businessLabel->setBuddy(m_business);
    auto *currencyLabel = new QLabel(tr("C&urrency"), this);
    currencyLabel->setBuddy(m_currency);
    auto *fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(businessLabel, m_business);
    form->addRow(currencyLabel, m_currency);
    auto *currencyNote = new QLabel(tr("Every amount in the book is in this currency; it cannot change later."), this);
    currencyNote->setWordWrap(true);
    currencyNote->setEnabled(false);
    form->addRow(QString(), currencyNote);
    form->addRow(fileLabel, fileRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    styleMessageLabel(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = setUpButtons(buttons, tr("&Create book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewBookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_business, &QLineEdit::textChanged, this, &NewBookDialog::followName);
    // Once the user names the file it no longer follows the business's name.
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileNamed = true; });
    connect(choose, &QPushButton::clicked, this, &NewBookDialog::chooseFile);
    followName();
    setTabOrder(m_business, m_currency);
    setTabOrder(m_currency, m_file);
    setTabOrder(m_file, choose);
    m_business->setFocus();
}

void NewBookDialog::followName()
{
    if (!m_fileNamed)
        m_file->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(fileNameFor(m_business->text()))));
}

void NewBookDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New book"), QDir::fromNativeSeparators(m_file->text()), tr("Recoup books (*.recoup)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileNamed = true;
}

Result<NewBook> NewBookDialog::book() const
{
    NewBook book;
    book.businessName = m_business->text().simplified();
    const auto currency = Currency::fromCode(m_currency->currentText().trimmed().toUpper());
    if (!currency)
        return Error{ currency.error() };
    book.currency = currency.value();
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return Error{ tr("Enter where the book goes: a file name ending in .recoup.") };
    if (!path.endsWith(Suffix, Qt::CaseInsensitive))
        path += Suffix;
    book.path = QFileInfo(path).absoluteFilePath();
    return book;
}

void NewBookDialog::accept()
{
    const auto described = book();
    if (!described) {
        m_message->setText(described.error());
        return;
    }
    const auto made = m_make(described.value());
    if (!made) {
        m_message->setText(made.error());
        return;
    }
    QDialog::accept();
}

} // namespace recoup
