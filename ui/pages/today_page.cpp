// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/today_page.h"

#include "collections/collections.h"
#include "collections/policy_store.h"
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/post_fees_dialog.h"
#include "ledger/ledger.h"
#include "models/display_text.h"
#include "models/worklist_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recoup {

TodayPage::TodayPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent),
      m_ledger(ledger),
      m_collections(std::make_unique<Collections>(ledger)),
      m_reader(std::make_unique<BookReader>(ledger.database().path(),
          ledger.database().isWritable() ? Database::Access::ReadWrite : Database::Access::ReadOnly))
{
    auto *heading = new QLabel(tr("Today"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    m_date = new QLabel(this);
    m_date->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_summary->setFont(big);
    m_outlook = new QLabel(this);
    m_outlook->setObjectName(QStringLiteral("outlook"));
    m_outlook->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_empty = new QLabel(tr("Nothing to chase today. Reminders, calls and follow-ups appear here on the day they "
                            "fall due."),
        this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    m_model = new WorklistModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklist"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Tasks for today"));

    m_done = new QPushButton(tr("&Done   D"), this);
    m_skip = new QPushButton(tr("&Skip…   S"), this);
    m_snooze = new QPushButton(tr("Snoo&ze…   Z"), this);
    m_fees = new QPushButton(tr("&Late fees…   F"), this);
    m_fees->setObjectName(QStringLiteral("lateFeesButton"));
    auto *open = new QPushButton(tr("Open customer   Enter"), this);
    for (QPushButton *b : { m_done, m_skip, m_snooze, m_fees, open })
        b->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_snooze);
    buttons->addSpacing(16);
    buttons->addWidget(m_fees);
    buttons->addStretch();
    buttons->addWidget(open);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(m_date, 0, Qt::AlignBottom);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_outlook);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // One key each anywhere on the page: D, S, Z; Enter on the list opens the customer.
    const auto key = [this](const char *name, const QString &text, QKeySequence keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name)); // the window's menu shows it
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // Queued: the dialogs of skip and snooze open after the key is handled, not inside it.
        connect(action, &QAction::triggered, this, slot, Qt::QueuedConnection);
        addAction(action);
    };
    key("doneAction", tr("Task done"), QKeySequence(Qt::Key_D), [this] { markDone(); });
    key("skipAction", tr("Skip task…"), QKeySequence(Qt::Key_S), [this] { skip(); });
    key("snoozeAction", tr("Snooze task…"), QKeySequence(Qt::Key_Z), [this] { snooze(); });
    key("lateFeesAction", tr("Post late fees…"), QKeySequence(Qt::Key_F), [this] { postLateFees(); });
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markDone);
    connect(m_fees, &QPushButton::clicked, this, &TodayPage::postLateFees);
    connect(m_skip, &QPushButton::clicked, this, &TodayPage::skip);
    connect(m_snooze, &QPushButton::clicked, this, &TodayPage::snooze);
    const auto openCustomer = [this] {
        if (const WorkTask *t = selectedTask())
            Q_EMIT customerActivated(t->customerId);
    };
    connect(open, &QPushButton::clicked, this, openCustomer);
    connect(m_table, &QTableView::activated, this, openCustomer);
    if (!ledger.database().isWritable())
        for (QPushButton *b : { m_done, m_skip, m_snooze, m_fees })
            b->setEnabled(false);

    // Whatever changes the books (a payment, a sale, a task done) can change the list.
    connect(&m_ledger, &Ledger::changed, this, [this] { refresh(); });
    refresh();
}

TodayPage::~TodayPage()
{
    // Waits for a read in progress while this page can still receive its result.
    m_reader.reset();
}

void TodayPage::refresh()
{
    const QDate today = m_ledger.clock().today();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));
    m_reader->read<Today>(
        this, m_ticket,
        [today](Database &db) -> Result<Today> {
            auto policy = PolicyStore::read(db);
            if (!policy)
                return policy.failure();
            auto list = Worklist::compute(db, policy.value(), today);
            if (!list)
                return list.failure();
            auto outlook = CollectionOutlook::compute(db, policy.value(), today);
            if (!outlook)
                return outlook.failure();
            return Today{ std::move(list).value(), outlook.value() };
        },
        [this](const Result<Today> &read) { showToday(read); });
}

void TodayPage::showToday(const Result<Today> &read)
{
    if (!read) {
        setMessage(read.error());
        Q_EMIT refreshed();
        return;
    }
    const Worklist &list = read->list;
    const CollectionOutlook &outlook = read->outlook;
    const Currency &currency = m_ledger.currency();
    if (outlook.installments == 0)
        m_outlook->setText(
            tr("Expected over the next 4 weeks: %1 from promises    Collected since %2: %3")
                .arg(DisplayText::money(outlook.expected, currency), DisplayText::date(outlook.weekStart),
                    DisplayText::money(outlook.collected, currency)));
    else
        m_outlook->setText(
            tr("Expected over the next 4 weeks: %1 (installments %2, promises %3)    Collected since %4: %5")
                .arg(DisplayText::money(outlook.expected, currency),
                    DisplayText::money(outlook.fromInstallments, currency),
                    DisplayText::money(outlook.expected - outlook.fromInstallments, currency),
                    DisplayText::date(outlook.weekStart), DisplayText::money(outlook.collected, currency)));
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : m_keepRow;
    m_model->setWorklist(list, currency);
    // Fitted to their contents, but no column crowds out the others at 1366 pixels.
    m_table->resizeColumnsToContents();
    for (int column : { WorklistModel::CustomerColumn, WorklistModel::ActionColumn, WorklistModel::ReasonColumn })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    const int tasks = m_model->rowCount();
    qint64 open = 0;
    int sales = 0;
    for (const WorkTask &t : list.tasks()) {
        open += t.total();
        sales += int(t.lines.size());
    }
    m_summary->setText(tasks == 0
            ? QString()
            : tr("Tasks: %1    Sales: %2    Open on them: %3")
                  .arg(QLocale().toString(tasks), QLocale().toString(sales), DisplayText::money(open, currency)));
    m_empty->setVisible(tasks == 0);
    m_table->setVisible(tasks > 0);
    if (tasks > 0)
        m_table->selectRow(std::min(row, tasks - 1));
    if (m_count != tasks) {
        m_count = tasks;
        Q_EMIT countChanged(tasks);
    }
    Q_EMIT refreshed();
}

const WorkTask *TodayPage::selectedTask() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->task(current.row()) : nullptr;
}

void TodayPage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TodayPage::written(const Result<void> &done)
{
    setMessage(done ? QString() : done.error());
    // A success announces the change, which computes the list again.
    if (!done)
        refresh();
}

void TodayPage::markDone()
{
    const WorkTask *t = selectedTask();
    if (!t || !m_done->isEnabled())
        return;
    m_keepRow = m_table->currentIndex().row();
    const WorkTask task = *t;
    written(m_collections->markDone(task));
}

void TodayPage::skip()
{
    const WorkTask *t = selectedTask();
    if (!t || !m_skip->isEnabled())
        return;
    const WorkTask task = *t;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Skip task"),
        tr("Why is “%1” for %2 skipped? The reason is kept with the sale's record.")
            .arg(Worklist::describe(task), task.customerName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_keepRow = m_table->currentIndex().row();
    written(m_collections->skip(task, reason));
}

void TodayPage::snooze()
{
    const WorkTask *t = selectedTask();
    if (!t || !m_snooze->isEnabled())
        return;
    const WorkTask task = *t;
    const QDate today = m_ledger.clock().today();
    const QList<QPair<QString, QDate>> choices{ { tr("Tomorrow"), today.addDays(1) },
        { tr("In 3 days"), today.addDays(3) }, { tr("In a week"), today.addDays(7) },
        { tr("In two weeks"), today.addDays(14) }, { tr("In a month"), today.addMonths(1) } };
    QStringList labels;
    for (const auto &[label, day] : choices)
        labels << tr("%1 (%2)").arg(label, DisplayText::date(day));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Snooze task"),
        tr("Bring “%1” for %2 back on:").arg(Worklist::describe(task), task.customerName), labels, 0, false, &ok);
    if (!ok)
        return;
    m_keepRow = m_table->currentIndex().row();
    written(m_collections->snooze(task, choices.at(labels.indexOf(chosen)).second));
}

void TodayPage::postLateFees()
{
    if (!m_fees->isEnabled())
        return;
    // From a late fee task, the preview starts with that customer's charges.
    const WorkTask *t = selectedTask();
    const bool lateFee = t && t->kind == TaskKind::Step && t->action == LadderAction::LateFee;
    PostFeesDialog dialog(
        m_ledger, *m_collections, lateFee ? t->customerId : 0, lateFee ? t->customerName : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FeePlan &posted = dialog.posted();
    setMessage(posted.lines.isEmpty()
            ? QString()
            : tr("Posted %1 in late fees and interest; each charge is on its sale's timeline.")
                  .arg(DisplayText::money(posted.total(), m_ledger.currency())));
}

} // namespace recoup
