// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/aging_page.h"

#include "aging/aging_export.h"
#include "charts/aging_bar_chart.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "dialogs/dialog_support.h"
#include "documents/aging_document.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"
#include "models/aging_table_model.h"
#include "models/display_text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

AgingPage::AgingPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_reader(std::make_unique<BookReader>(ledger.database().path(),
          ledger.database().isWritable() ? Database::Access::ReadWrite : Database::Access::ReadOnly))
{
    m_model = new AgingTableModel(this);
    m_filter = new AgingFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_chart = new AgingBarChart(this);
    m_chart->setMinimumHeight(150);
    m_chart->setMaximumHeight(190);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_summary->setFont(big);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setTextFormat(Qt::PlainText);
    m_showAll = new QPushButton(tr("Show all customers"), this);
    m_showAll->setVisible(false);
    m_busyLabel = new QLabel(tr("Computing the aging…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busy"));
    m_busyLabel->setVisible(false);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Aging by customer"));
    m_table->setObjectName(QStringLiteral("agingTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000.00")) + 16);
    m_table->setAlternatingRowColors(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_showAll);
    filterRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_chart, &AgingBarChart::bucketClicked, this, &AgingPage::filterBucket);
    connect(m_showAll, &QPushButton::clicked, this, [this] { filterBucket(-1); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        // A click on a bucket's header also filters by it (the sort happens too).
        if (const int bucket = m_model->bucketOf(column); bucket >= 0)
            filterBucket(bucket);
    });
    auto open = [this](const QModelIndex &index) {
        const qint64 id = index.data(AgingTableModel::CustomerIdRole).toLongLong();
        if (id)
            Q_EMIT customerActivated(id);
    };
    // activated: a double click, or Enter on the selected row.
    connect(m_table, &QTableView::activated, this, open);
    // The books changed: age them again now if the page is up, else when it shows.
    const auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    };
    connect(&m_ledger, &Ledger::changed, this, changed);
    // Aged when first shown, not while the window starts.
    const QSignalBlocker quiet(m_asOf);
    m_asOf->setDate(m_ledger.clock().today());
}

AgingPage::~AgingPage()
{
    // Waits for a read in progress while this page can still receive its result.
    m_reader.reset();
}

QWidget *AgingPage::buildControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Aging"), bar);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    row->addWidget(title);
    row->addSpacing(16);

    auto *asOfLabel = new QLabel(tr("&As of"), bar);
    m_asOf = new QDateEdit(bar);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    setUpDateEdit(m_asOf, m_ledger.clock().today());
    asOfLabel->setBuddy(m_asOf);
    auto *today = new QPushButton(tr("&Today"), bar);
    auto *monthEnd = new QPushButton(tr("End of last &month"), bar);
    m_basis = new QComboBox(bar);
    m_basis->setAccessibleName(tr("Age by"));
    m_basis->addItem(tr("By due date"), int(AgingBasis::DueDate));
    m_basis->addItem(tr("By issue date"), int(AgingBasis::IssueDate));
    auto *csv = new QPushButton(tr("E&xport CSV…"), bar);
    auto *pdf = new QPushButton(tr("&PDF…"), bar);
    auto *print = new QPushButton(tr("Pri&nt…"), bar);
    for (QWidget *w : { static_cast<QWidget *>(asOfLabel), static_cast<QWidget *>(m_asOf),
             static_cast<QWidget *>(today), static_cast<QWidget *>(monthEnd), static_cast<QWidget *>(m_basis) })
        row->addWidget(w);
    row->addStretch();
    row->addWidget(csv);
    row->addWidget(pdf);
    row->addWidget(print);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(m_ledger.clock().today()); });
    connect(monthEnd, &QPushButton::clicked, this, [this] {
        const QDate today = m_ledger.clock().today();
        setAsOf(QDate(today.year(), today.month(), 1).addDays(-1));
    });
    connect(csv, &QPushButton::clicked, this, &AgingPage::chooseCsv);
    connect(pdf, &QPushButton::clicked, this, &AgingPage::choosePdf);
    connect(print, &QPushButton::clicked, this, &AgingPage::print);
    return bar;
}

void AgingPage::setAsOf(const QDate &date)
{
    if (m_asOf->date() == date)
        refresh();
    else
        m_asOf->setDate(date); // refreshes through dateChanged
}

void AgingPage::showEvent(QShowEvent *event)
{
    // The books changed while another page was up: age them again now.
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

QDate AgingPage::asOf() const
{
    return m_asOf->date();
}

void AgingPage::refresh()
{
    AgingOptions options;
    options.asOf = m_asOf->date();
    options.basis = AgingBasis(m_basis->currentData().toInt());
    m_dirty = false;
    setBusy(true);
    m_reader->read<AgingReport>(
        this, m_ticket, [options](Database &db) { return AgingReport::compute(db, options); },
        [this, options](const Result<AgingReport> &report) { showReport(report, options); });
}

void AgingPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
}

void AgingPage::showReport(const Result<AgingReport> &report, const AgingOptions &options)
{
    setBusy(false);
    if (!report) {
        m_summary->setText(report.error());
        Q_EMIT refreshed();
        return;
    }
    m_model->setReport(report.value(), m_ledger.currency());
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    updateSummary();
    updateChart();
    filterBucket(m_filter->bucket() < options.buckets.count() ? m_filter->bucket() : -1);
    Q_EMIT refreshed();
}

void AgingPage::updateSummary()
{
    const AgingLine &total = m_model->report().total();
    const qint64 open = total.open();
    const qint64 overdue = open - total.buckets.value(0);
    const Currency &currency = m_ledger.currency();
    // Gross of credit, as the buckets: overdue is a part of it, the credit is apart.
    QString text = tr("Receivable %1 · overdue %2 (%3 %) · %4 customers")
                       .arg(DisplayText::money(open, currency), DisplayText::money(overdue, currency),
                           QLocale().toString(open > 0 ? qRound(100.0 * double(overdue) / double(open)) : 0))
                       .arg(QLocale().toString(qlonglong(m_model->report().customers().size())));
    if (total.credit > 0)
        text += tr(" · credit held %1").arg(DisplayText::money(total.credit, currency));
    m_summary->setText(text);
}

void AgingPage::updateChart()
{
    const AgingReport &report = m_model->report();
    const Currency &currency = m_ledger.currency();
    QList<qreal> values;
    QStringList texts;
    for (qint64 v : report.total().buckets) {
        values.append(double(v) / double(currency.scale())); // for drawing only
        texts.append(DisplayText::money(v, currency));
    }
    m_chart->setData(
        { DisplayText::date(report.options().asOf) }, report.options().buckets.titles(), { values }, { texts });
}

void AgingPage::filterBucket(int bucket)
{
    m_filter->setBucket(bucket);
    const QStringList titles = m_model->report().options().buckets.titles();
    m_showAll->setVisible(bucket >= 0);
    m_filterLabel->setText(
        bucket >= 0 ? tr("Showing customers with an amount in %1.").arg(titles.value(bucket)) : QString());
}

bool AgingPage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (!AgingExport::writeCsv(m_model->report(), m_ledger.currency(), file) || !file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AgingPage::exportPdf(const QString &path, QString *error) const
{
    const AgingDocument document(
        m_model->report(), m_ledger.currency(), BusinessDetails::load(m_ledger.database()).name());
    auto done = document.writePdf(path);
    if (!done)
        *error = done.error();
    return done.ok();
}

void AgingPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the aging"),
        QStringLiteral("aging-%1.csv").arg(asOf().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the aging"), error);
}

void AgingPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the aging as PDF"),
        QStringLiteral("aging-%1.pdf").arg(asOf().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        QMessageBox::warning(this, tr("Save the aging as PDF"), error);
}

void AgingPage::print()
{
    QPrinter printer;
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AgingDocument(m_model->report(), m_ledger.currency(), BusinessDetails::load(m_ledger.database()).name())
        .print(printer);
}

} // namespace recoup
