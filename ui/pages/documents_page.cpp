// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/documents_page.h"

#include "collections/document_register.h"
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/dialog_support.h"
#include "documents/statement_document.h"
#include "ledger/ledger.h"
#include "pages/outbox_view.h"
#include "pages/statement_run.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recoup {

DocumentsPage::DocumentsPage(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    auto *heading = new QLabel(tr("Documents"), this);
    emphasize(heading, 1.6);

    auto *statements = new QGroupBox(tr("Statements for a month"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    // Last month by default: statements go out after the month has ended.
    const QDate today = m_ledger.clock().today();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const StatementKind kind : { StatementKind::OpenItem, StatementKind::BalanceForward, StatementKind::Activity })
        m_kind->addItem(StatementDocument::kindTitle(kind), static_cast<int>(kind));
    auto *perCustomer = new QRadioButton(tr("One PDF per c&ustomer"), this);
    auto *oneFile = new QRadioButton(tr("All in &one PDF"), this);
    perCustomer->setChecked(true);
    m_output = new QButtonGroup(this);
    m_output->addButton(perCustomer, 0);
    m_output->addButton(oneFile, 1);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(perCustomer);
    outputRow->addWidget(oneFile);
    outputRow->addStretch();
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Folder for the statements"));
    m_folder->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Statements")));
    auto *choose = new QPushButton(tr("Choo&se…"), this);
    choose->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Month"), m_month);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Files"), outputRow);
    form->addRow(tr("Fol&der"), folderRow);

    m_make = new QPushButton(tr("Make s&tatements"), this);
    m_make->setObjectName(QStringLiteral("makeStatements"));
    m_make->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelStatements"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(true);
    m_progress->setValue(0);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_make);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    m_status = new QLabel(tr("Statements go to every customer with a balance on the month's last day; each file "
                             "is recorded in the register below."),
        this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *statementsLayout = new QVBoxLayout(statements);
    statementsLayout->addLayout(form);
    statementsLayout->addLayout(runRow);
    statementsLayout->addWidget(m_status);

    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("lists"));
    m_lists->setAccessibleName(tr("Register and outbox"));
    auto *sent = new QWidget(m_lists);
    m_register = new QTableWidget(this);
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setAccessibleName(tr("Register of what was sent"));
    m_register->setColumnCount(8);
    m_register->setHorizontalHeaderLabels(
        { tr("When"), tr("Customer"), tr("Paper"), tr("How"), tr("To"), tr("Subject"), tr("File"), tr("SHA-256") });
    m_register->verticalHeader()->hide();
    m_register->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_register->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_register->horizontalHeader()->setStretchLastSection(true);
    auto *sentLayout = new QVBoxLayout(sent);
    sentLayout->addWidget(m_register);
    m_lists->addTab(sent, tr("Register of what was sent"));
    m_outbox = new OutboxView(m_ledger, m_lists);
    m_lists->addTab(m_outbox, tr("Outbox"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(statements);
    layout->addWidget(m_lists, 1);

    connect(choose, &QPushButton::clicked, this, &DocumentsPage::chooseFolder);
    connect(m_make, &QPushButton::clicked, this, &DocumentsPage::makeStatements);
    connect(m_cancel, &QPushButton::clicked, this, &DocumentsPage::cancelStatements);
    // Messages sent are lines of the register.
    connect(m_outbox, &OutboxView::runEnded, this, &DocumentsPage::refreshRegister);
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRegister();
}

void DocumentsPage::setOneFile(bool oneFile)
{
    m_output->button(oneFile ? 1 : 0)->setChecked(true);
}

void DocumentsPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the statements"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void DocumentsPage::makeStatements()
{
    if (m_run)
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_status->setText(tr("Choose a folder the statements can be written to."));
        return;
    }
    StatementRun::Request request;
    request.bookPath = m_ledger.database().path();
    request.user = m_ledger.user();
    request.clock = &m_ledger.clock();
    request.kind = static_cast<StatementKind>(m_kind->currentData().toInt());
    request.from = QDate(m_month->date().year(), m_month->date().month(), 1);
    request.asOf = request.from.addMonths(1).addDays(-1);
    request.folder = folder;
    request.output
        = m_output->checkedId() == 1 ? StatementBatch::Output::OneFile : StatementBatch::Output::FilePerCustomer;
    m_run = std::make_unique<StatementRun>(request);
    connect(m_run.get(), &StatementRun::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2 statements written…").arg(done).arg(total));
    });
    connect(m_run.get(), &StatementRun::ended, this, &DocumentsPage::runEnd);
    m_make->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Reading the book as of %1…").arg(QLocale().toString(request.asOf, QLocale::ShortFormat)));
    m_run->start();
}

void DocumentsPage::cancelStatements()
{
    if (!m_run)
        return;
    m_run->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping after the statement in hand…"));
}

void DocumentsPage::runEnd(int written, int total, bool cancelled, const QStringList &files, const QString &error)
{
    m_run->wait();
    m_run.reset();
    m_make->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!error.isEmpty())
        m_status->setText(tr("The statements could not be made: %1").arg(error));
    else if (cancelled)
        m_status->setText(tr("Cancelled: %1 of %2 statements written to %3 and recorded.")
                              .arg(written)
                              .arg(total)
                              .arg(QDir::toNativeSeparators(m_folder->text())));
    else if (total == 0)
        m_status->setText(tr("No customer has a balance on that day: there is no statement to make."));
    else
        m_status->setText(tr("%1 statements written to %2 (%3 files) and recorded in the register.")
                              .arg(written)
                              .arg(QDir::toNativeSeparators(m_folder->text()))
                              .arg(files.size()));
    refreshRegister();
    Q_EMIT runEnded();
}

void DocumentsPage::refreshRegister()
{
    auto lines = DocumentRegister(m_ledger).list();
    if (!lines) {
        m_register->setRowCount(0);
        return;
    }
    // Newest first: what was just sent is at the top.
    m_register->setRowCount(static_cast<int>(lines->size()));
    int row = 0;
    for (auto it = lines->crbegin(); it != lines->crend(); ++it, ++row) {
        const SentDocument &line = *it;
        const QString customer
            = line.customerRef.isEmpty() ? QString() : tr("%1 (%2)").arg(line.customerName, line.customerRef);
        const QStringList cells{ QLocale().toString(line.recordedAt.toLocalTime(), QLocale::ShortFormat), customer,
            DocumentRegister::kindLabel(line.kind), DocumentRegister::channelLabel(line.channel),
            line.recipient.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", ")), line.subject,
            line.fileName, line.sha256 };
        for (int column = 0; column < cells.size(); ++column)
            m_register->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_register->resizeColumnsToContents();
}

} // namespace recoup
