// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/business_details_editor.h"

#include "dialogs/dialog_support.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace recoup {

BusinessDetailsEditor::BusinessDetailsEditor(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    auto *intro = new QLabel(tr("These details head every receipt, statement and letter Recoup prints, and tell "
                                "customers how to pay you."),
        this);
    intro->setWordWrap(true);

    auto addLine = [this](QFormLayout *form, const QString &key, const QString &label, const QString &hint) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setPlaceholderText(hint);
        form->addRow(label, edit);
        m_fields.insert(key, edit);
        return edit;
    };

    auto *letterhead = new QGroupBox(tr("Letterhead"), this);
    auto *head = new QFormLayout(letterhead);
    addLine(head, BusinessDetails::Name, tr("&Name"), QString());
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(BusinessDetails::Address);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and town"));
    head->addRow(tr("&Address"), m_address);
    m_fields.insert(BusinessDetails::Address, m_address);
    addLine(head, BusinessDetails::Phone, tr("&Phone"), tr("as +34 912 345 678"));
    addLine(head, BusinessDetails::Email, tr("E-mail"), tr("as shop@example.com"));
    addLine(head, BusinessDetails::TaxNumber, tr("&Tax number"), QString());
    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setMinimumHeight(48);
    auto *choose = new QPushButton(tr("Choose logo…"), this);
    choose->setAutoDefault(false);
    auto *remove = new QPushButton(tr("Remove lo&go"), this);
    remove->setAutoDefault(false);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(choose);
    logoRow->addWidget(remove);
    logoRow->addStretch();
    head->addRow(tr("Logo"), logoRow);

    auto *paying = new QGroupBox(tr("How customers pay"), this);
    auto *pay = new QFormLayout(paying);
    addLine(pay, BusinessDetails::BankName, tr("Ban&k"), QString());
    addLine(pay, BusinessDetails::Iban, tr("&IBAN"), tr("as ES91 2100 0418 4502 0005 1332"));
    addLine(pay, BusinessDetails::Account, tr("Acc&ount"), tr("where there is no IBAN"));
    addLine(pay, BusinessDetails::Bic, tr("BIC"), tr("as CAIXESBBXXX"));
    addLine(pay, BusinessDetails::PaymentLink, tr("Pa&yment link"), tr("https://pay.example.com/?ref={reference}"));

    auto *where = new QGroupBox(tr("Country"), this);
    auto *country = new QFormLayout(where);
    m_country = new QComboBox(this);
    m_country->setObjectName(BusinessDetails::Country);
    m_country->addItem(tr("Not set"), QString());
    QList<std::pair<QString, QString>> territories;
    for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code != QLatin1String("ZZ"))
            territories.append({ QLocale::territoryToString(territory), code });
    }
    std::sort(territories.begin(), territories.end());
    for (const auto &[name, code] : territories)
        m_country->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    country->addRow(tr("Co&untry"), m_country);
    m_fields.insert(BusinessDetails::Country, m_country);
    addLine(country, BusinessDetails::CallingCode, tr("Calling co&de"), tr("as 34, for phone numbers without one"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save business details"), this);
    save->setObjectName(QStringLiteral("saveBusiness"));
    save->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(letterhead, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(paying);
    right->addWidget(where);
    right->addStretch();
    columns->addLayout(right, 1);
    auto *inner = new QVBoxLayout(content);
    inner->addWidget(intro);
    inner->addLayout(columns);
    inner->addWidget(m_message);
    inner->addLayout(buttons);
    inner->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(choose, &QPushButton::clicked, this, &BusinessDetailsEditor::chooseLogo);
    connect(remove, &QPushButton::clicked, this, [this] { setLogo({}); });
    connect(save, &QPushButton::clicked, this, &BusinessDetailsEditor::save);
    load();
}

void BusinessDetailsEditor::load()
{
    const BusinessDetails details = BusinessDetails::load(m_ledger.database());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(details.value(it.key()));
    }
    m_address->setPlainText(details.value(BusinessDetails::Address));
    const int index = m_country->findData(details.value(BusinessDetails::Country));
    m_country->setCurrentIndex(index < 0 ? 0 : index);
    m_logoBytes = details.logo();
    showLogo();
}

bool BusinessDetailsEditor::save()
{
    BusinessDetails details = BusinessDetails::load(m_ledger.database());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            details.setValue(it.key(), edit->text());
    }
    details.setValue(BusinessDetails::Address, m_address->toPlainText());
    details.setValue(BusinessDetails::Country, m_country->currentData().toString());
    details.setLogo(m_logoBytes);
    if (auto done = details.save(m_ledger); !done) {
        m_message->setText(done.error());
        styleMessageLabel(m_message);
        return false;
    }
    load();
    m_message->setPalette(QPalette());
    m_message->setText(tr("Saved. Receipts, statements and letters carry these details from now on."));
    return true;
}

void BusinessDetailsEditor::setLogo(const QByteArray &bytes)
{
    m_logoBytes = bytes;
    showLogo();
}

void BusinessDetailsEditor::showLogo()
{
    QPixmap pixmap;
    if (!m_logoBytes.isEmpty() && pixmap.loadFromData(m_logoBytes)) {
        m_logo->setPixmap(pixmap.scaledToHeight(48, Qt::SmoothTransformation));
    } else {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(m_logoBytes.isEmpty() ? tr("No logo") : tr("This file is not an image."));
    }
}

void BusinessDetailsEditor::chooseLogo()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > BusinessDetails::MaxLogoBytes) {
        m_message->setText(tr("This image is %1 KB; choose one of at most %2 KB.")
                               .arg((file.size() + 1023) / 1024)
                               .arg(BusinessDetails::MaxLogoBytes / 1024));
        styleMessageLabel(m_message);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        styleMessageLabel(m_message);
        return;
    }
    setLogo(file.readAll());
    m_message->setText(tr("Save to keep the new logo."));
    m_message->setPalette(QPalette());
}

} // namespace recoup
