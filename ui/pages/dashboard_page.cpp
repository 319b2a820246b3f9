// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboard_page.h"

#include "charts/aging_bar_chart.h"
#include "charts/monthly_flow_chart.h"
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recoup {

namespace {

// Twelve bars share the chart's width: the month's short name fits under each
// (the tooltip of a bar gives its full date).
QString monthLabel(const QDate &monthEnd)
{
    return QLocale().toString(monthEnd, QStringLiteral("MMM"));
}

} // namespace

DashboardPage::DashboardPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_reader(std::make_unique<BookReader>(ledger.database().path(),
          ledger.database().isWritable() ? Database::Access::ReadWrite : Database::Access::ReadOnly))
{
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Dashboard"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    top->addWidget(title);
    top->addSpacing(16);
    auto *asOfLabel = new QLabel(tr("A&s of"), this);
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("dashboardAsOf"));
    setUpDateEdit(m_asOf, m_ledger.clock().today());
    asOfLabel->setBuddy(m_asOf);
    auto *today = new QPushButton(tr("T&oday"), this);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(today);
    top->addStretch();

    m_error = new QLabel(this);
    m_error->setVisible(false);
    m_busyLabel = new QLabel(tr("Computing the figures…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busy"));
    m_busyLabel->setVisible(false);
    top->addWidget(m_busyLabel);
    m_trend = new AgingBarChart(this);
    m_trend->setHorizontal(false);
    m_flows = new MonthlyFlowChart(this);
    m_debtors = new QTableWidget(0, 2, this);
    m_debtors->setAccessibleName(tr("Biggest debtors"));
    m_debtors->setObjectName(QStringLiteral("biggestDebtors"));
    m_debtors->setHorizontalHeaderLabels({ tr("Biggest debtors"), tr("Balance") });
    m_debtors->verticalHeader()->hide();
    m_debtors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_debtors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_debtors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_debtors->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *trendTitle = new QLabel(tr("Aging at each month-end"), this);
    auto *flowTitle = new QLabel(tr("Sold on credit and collected, by month"), this);
    auto *grid = new QGridLayout;
    grid->addWidget(trendTitle, 0, 0);
    grid->addWidget(flowTitle, 0, 1);
    grid->addWidget(m_trend, 1, 0);
    grid->addWidget(m_flows, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addLayout(grid, 4);
    bottom->addWidget(m_debtors, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildTiles());
    layout->addWidget(m_error);
    layout->addLayout(bottom, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(m_ledger.clock().today()); });
    connect(m_debtors, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row < m_figures.biggestDebtors.size())
            Q_EMIT customerActivated(m_figures.biggestDebtors.at(row).customerId);
    });
    // The books changed: compute again now if the page is up, else when it shows.
    const auto changed = [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    };
    connect(&m_ledger, &Ledger::changed, this, changed);
}

DashboardPage::~DashboardPage()
{
    // Waits for a read in progress while this page can still receive its result.
    m_reader.reset();
}

QWidget *DashboardPage::buildTiles()
{
    auto *tiles = new QWidget(this);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    addTile(tiles, QStringLiteral("receivable"), tr("Total receivable"),
        tr("What customers owe as of the date: the open amounts of the aging, before customers' credit."));
    addTile(tiles, QStringLiteral("overdue"), tr("Overdue"),
        tr("Open amounts past their due date, and their share of all open amounts."));
    addTile(tiles, QStringLiteral("credit"), tr("Customer credit"),
        tr("Payments not yet applied to a sale, as of the date: shown apart, never taken off the receivable."));
    addTile(tiles, QStringLiteral("dso"), tr("Days sales outstanding (countback)"),
        tr("Open receivables matched against the latest months' credit sales, newest first: each month "
           "fully covered counts all its days, the rest a fraction of a month."));
    addTile(tiles, QStringLiteral("simpleDso"), tr("DSO (simple, 90 days)"),
        tr("Open receivables ÷ credit sales of the last 90 days × 90."));
    addTile(tiles, QStringLiteral("cei"), tr("Collection effectiveness"),
        tr("CEI = (receivables at the start + credit sales − receivables at the end) ÷ (receivables at the start "
           "+ credit sales − current receivables at the end) × 100. Over the last full month."));
    return tiles;
}

QLabel *DashboardPage::addTile(QWidget *parent, const QString &name, const QString &title, const QString &tooltip)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setToolTip(tooltip);
    auto *layout = new QVBoxLayout(frame);
    auto *caption = new QLabel(title, frame);
    // Six tiles share a 1366-pixel screen with the side bar: a long caption
    // wraps, and what qualifies a figure goes on a small line of its own.
    caption->setWordWrap(true);
    auto *value = new QLabel(frame);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    value->setFont(font);
    auto *note = new QLabel(frame);
    note->setObjectName(name + QStringLiteral("Note"));
    note->setTextFormat(Qt::PlainText);
    layout->addWidget(caption);
    layout->addWidget(value);
    layout->addWidget(note);
    layout->addStretch();
    // buildTiles() gives the tiles a row of their own: they share its width.
    qobject_cast<QBoxLayout *>(parent->layout())->addWidget(frame, 1);
    return value;
}

QLabel *DashboardPage::tile(const QString &name) const
{
    return findChild<QLabel *>(name);
}

QLabel *DashboardPage::tileNote(const QString &name) const
{
    return findChild<QLabel *>(name + QStringLiteral("Note"));
}

void DashboardPage::setAsOf(const QDate &date)
{
    if (m_asOf->date() == date)
        refresh();
    else
        m_asOf->setDate(date);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void DashboardPage::refresh()
{
    const QDate asOf = m_asOf->date();
    m_dirty = false;
    setBusy(true);
    m_reader->read<ReceivablesDashboard>(
        this, m_ticket, [asOf](Database &db) { return ReceivablesMetrics::dashboard(db, asOf); },
        [this](const Result<ReceivablesDashboard> &figures) { showResult(figures); });
}

void DashboardPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyLabel->setVisible(busy);
}

void DashboardPage::showResult(const Result<ReceivablesDashboard> &figures)
{
    setBusy(false);
    m_error->setVisible(!figures.ok());
    if (!figures) {
        m_error->setText(figures.error());
        Q_EMIT refreshed();
        return;
    }
    m_figures = figures.value();
    showFigures();
    showCharts();
    showDebtors();
    Q_EMIT refreshed();
}

void DashboardPage::showFigures()
{
    const Currency &currency = m_ledger.currency();
    const AgingLine &total = m_figures.aging.total();
    const qint64 open = total.open();
    const qint64 overdue = open - total.buckets.value(0);
    const QLocale locale;
    // Gross of credit, like the aging's buckets: overdue is a part of it.
    tile(QStringLiteral("receivable"))->setText(DisplayText::money(open, currency));
    tile(QStringLiteral("credit"))->setText(DisplayText::money(total.credit, currency));
    tile(QStringLiteral("overdue"))->setText(DisplayText::money(overdue, currency));
    tileNote(QStringLiteral("overdue"))
        ->setText(tr("%1 % of the receivable")
                      .arg(locale.toString(open > 0 ? qRound(100.0 * double(overdue) / double(open)) : 0)));
    tile(QStringLiteral("dso"))->setText(tr("%1 days").arg(locale.toString(m_figures.countbackDso, 'f', 1)));
    tile(QStringLiteral("simpleDso"))->setText(tr("%1 days").arg(locale.toString(m_figures.simpleDso, 'f', 1)));
    tile(QStringLiteral("cei"))
        ->setText(m_figures.cei ? tr("%1 %").arg(locale.toString(*m_figures.cei, 'f', 1)) : tr("nothing to collect"));
    tileNote(QStringLiteral("cei"))
        ->setText(
            m_figures.cei ? tr("in %1").arg(locale.toString(m_figures.ceiTo, QStringLiteral("MMMM"))) : QString());
}

void DashboardPage::showCharts()
{
    const Currency &currency = m_ledger.currency();
    const double scale = double(currency.scale());
    QStringList labels;
    QList<QList<qreal>> values;
    QList<QStringList> texts;
    for (qsizetype i = 0; i < m_figures.monthEnds.size(); ++i) {
        labels.append(monthLabel(m_figures.monthEndDates.at(i)));
        QList<qreal> v;
        QStringList t;
        for (qint64 amount : m_figures.monthEnds.at(i).buckets) {
            v.append(double(amount) / scale); // for drawing only
            t.append(DisplayText::money(amount, currency));
        }
        values.append(v);
        texts.append(t);
    }
    const QStringList titles = m_figures.aging.options().buckets.titles();
    m_trend->setData(labels, titles, values, texts);

    QStringList months;
    QList<qreal> sales, collected;
    for (const MonthFlow &month : std::as_const(m_figures.months)) {
        months.append(monthLabel(month.monthEnd));
        sales.append(double(month.sales) / scale);
        collected.append(double(month.collected) / scale);
    }
    m_flows->setData(months, sales, collected);
}

void DashboardPage::showDebtors()
{
    const Currency &currency = m_ledger.currency();
    m_debtors->setRowCount(int(m_figures.biggestDebtors.size()));
    for (int row = 0; row < m_figures.biggestDebtors.size(); ++row) {
        const AgingLine &line = m_figures.biggestDebtors.at(row);
        m_debtors->setItem(row, 0, new QTableWidgetItem(line.name));
        auto *amount = new QTableWidgetItem(DisplayText::balance(line.balance(), currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_debtors->setItem(row, 1, amount);
    }
}

} // namespace recoup
