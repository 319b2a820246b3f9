// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/book_reader.h"
#include "collections/collection_outlook.h"
#include "collections/worklist.h"
#include "core/result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace recoup {

class Collections;
class Ledger;
class WorklistModel;

/// Today: the worklist as of today, the first page of the side bar. Each task
/// is done (D), skipped with a reason (S) or snoozed to a later day (Z) from the
/// keyboard; Enter opens the customer; F opens "Post late fees" (for the
/// customer of a late fee task). The list is computed off the GUI thread and
/// again whenever the books change.
class TodayPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(Ledger &ledger, QWidget *parent = nullptr);
    ~TodayPage() override;
    Q_DISABLE_COPY_MOVE(TodayPage)

    QTableView *table() const { return m_table; }
    WorklistModel *model() const { return m_model; }
    QLabel *outlookLabel() const { return m_outlook; }
    /// How many tasks wait (-1 until the first list is in).
    int taskCount() const { return m_count; }

    /// Computes the list again (it arrives through refreshed()).
    void refresh();
    /// The selected task: done, skipped with a reason, snoozed to a day.
    void markDone();
    void skip();
    void snooze();
    /// "Post late fees": the charges due today, for the selected late fee
    /// task's customer (or the whole book), previewed and posted.
    void postLateFees();

Q_SIGNALS:
    void countChanged(int tasks);
    void customerActivated(qint64 customerId);
    /// A new list is shown (or its error).
    void refreshed();

private:
    /// What one refresh reads: the list and the outlook above it.
    struct Today
    {
        Worklist list;
        CollectionOutlook outlook;
    };
    void showToday(const Result<Today> &today);
    const WorkTask *selectedTask() const;
    /// After a write: its refusal shown, or the list computed again.
    void written(const Result<void> &done);
    void setMessage(const QString &text);

    Ledger &m_ledger;
    std::unique_ptr<Collections> m_collections;
    std::unique_ptr<BookReader> m_reader;
    BookReader::Ticket m_ticket;
    WorklistModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_outlook = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_fees = nullptr;
    int m_count = -1;
    int m_keepRow = 0;
};

} // namespace recoup
