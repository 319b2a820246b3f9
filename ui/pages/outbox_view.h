// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace recoup {

class Ledger;
class MailRun;

/// The outbox on the Documents page: every e-mail of the book, queued, sent,
/// failed (with the server's words and the next attempt) or unsure, newest
/// first; "Send due reminders now" and "Retry" run on a thread of their own
/// (MailRun), so the window answers while the server takes its time.
class OutboxView final : public QWidget
{
    Q_OBJECT
public:
    /// The columns of the table.
    enum Column { State, To, Subject, When, Attempts, ServerWords, ColumnCount };

    explicit OutboxView(Ledger &ledger, QWidget *parent = nullptr);
    ~OutboxView() override;
    Q_DISABLE_COPY_MOVE(OutboxView)

    QTableWidget *table() const { return m_table; }
    QPushButton *sendDueButton() const { return m_sendDue; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const { return m_run != nullptr; }

    /// Queues the day's reminders and sends what the outbox has due, off the window's thread.
    void sendDue();
    /// Sends the chosen message again now (a failed or unsure one, or one still queued).
    void retrySelected();
    /// Reads the outbox again.
    void refresh();

Q_SIGNALS:
    /// A run ended; the status label says how.
    void runEnded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void start(qint64 retryId);
    void runEnd(const QString &summary, bool ok);
    void updateButtons();
    qint64 selectedId() const;

    Ledger &m_ledger;
    QTableWidget *m_table = nullptr;
    QPushButton *m_sendDue = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<MailRun> m_run;
};

} // namespace recoup
