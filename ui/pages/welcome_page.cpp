// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/welcome_page.h"

#include "io/interchange_importer.h"
#include "ledger/ledger.h"

#include <QApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <array>

namespace recoup {

namespace {

// Problems listed in full before the rest are counted.
constexpr int ProblemsShown = 12;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    auto *heading = plainLabel(tr("Welcome to Recoup"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = plainLabel(tr("This book has no customers yet. Start in one of these ways:"), this);

    m_import = new QPushButton(tr("&Import from a spreadsheet…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_add = new QPushButton(tr("&Add a customer (Ctrl+N)"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_demo = new QPushButton(tr("Open the &demo book"), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    const std::array<std::pair<QPushButton *, QString>, 3> choices{ {
        { m_import,
            tr("Customers, sales and payments saved from your spreadsheet as CSV files (customers.csv, debts.csv "
               "and payments.csv in one folder). Everything is checked first; nothing is imported while a line is "
               "wrong.") },
        { m_add, tr("Type in the first customer, then record their sales and payments.") },
        { m_demo,
            tr("A made-up shop with 200 customers, to try Recoup on. It is a book of its own: this one stays as "
               "it is.") },
    } };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    int row = 0;
    for (const auto &[button, text] : choices) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        auto *explanation = plainLabel(text, this);
        explanation->setBuddy(button);
        button->setAccessibleDescription(text);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(explanation, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addStretch();
    // Wide enough to read the lines whole, never wider than a line should be.
    setMaximumWidth(fontMetrics().averageCharWidth() * 110);

    connect(m_import, &QPushButton::clicked, this, &WelcomePage::chooseFolder);
    connect(m_add, &QPushButton::clicked, this, &WelcomePage::newCustomerRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("The folder with customers.csv, debts.csv and payments.csv"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &WelcomePage::importFolder);
    dialog->open();
}

void WelcomePage::importFolder(const QString &dir)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportReport report = InterchangeImporter(m_ledger).importFolder(dir);
    QApplication::restoreOverrideCursor();
    // Said in a box left open (not waited for): the list replaces this page as
    // soon as the book has customers (the ledger's change notice).
    auto *box = new QMessageBox(window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (report.ok()) {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Import finished"));
        box->setText(tr("Imported %1 customers, %2 sales and %3 payments.")
                         .arg(QLocale().toString(report.customers), QLocale().toString(report.debts),
                             QLocale().toString(report.payments)));
    } else {
        QStringList lines;
        for (const ImportProblem &problem : report.problems.mid(0, ProblemsShown))
            lines << problem.toString();
        if (report.problems.size() > ProblemsShown)
            lines << tr("… and %1 more.").arg(QLocale().toString(report.problems.size() - ProblemsShown));
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Nothing was imported"));
        box->setText(tr("The files have problems to correct first, so nothing was imported. Correct them in the "
                        "spreadsheet, save the CSV files again and import the folder once more."));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
    }
    box->open();
}

} // namespace recoup
