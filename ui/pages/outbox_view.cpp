// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/outbox_view.h"

#include "db/database.h"
#include "ledger/ledger.h"
#include "messaging/outbox.h"
#include "messaging/smtp_settings.h"
#include "pages/mail_run.h"
#include "secrets/password_vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recoup {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int StateRole = Qt::UserRole + 1;

} // namespace

OutboxView::OutboxView(Ledger &ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("outbox"));
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("State"), tr("To"), tr("Subject"), tr("When"), tr("Attempts"), tr("The server's words") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_sendDue = new QPushButton(tr("Send due reminders &now"), this);
    m_sendDue->setObjectName(QStringLiteral("sendDue"));
    m_sendDue->setAccessibleName(tr("Send due reminders now"));
    m_sendDue->setAutoDefault(false);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setAccessibleName(tr("Retry the chosen message"));
    m_retry->setAutoDefault(false);
    m_retry->setEnabled(false);
    m_status = new QLabel(tr("Reminders due by e-mail go out with their letter as a PDF; each message sent is "
                             "recorded in the register and on the debt's timeline."),
        this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendDue);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_sendDue, &QPushButton::clicked, this, &OutboxView::sendDue);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxView::updateButtons);
}

OutboxView::~OutboxView() = default;

void OutboxView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

qint64 OutboxView::selectedId() const
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(chosen.first()->row(), State);
    return first ? first->data(IdRole).toLongLong() : 0;
}

void OutboxView::updateButtons()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    OutboxState state = OutboxState::Sent;
    if (!chosen.isEmpty())
        if (const QTableWidgetItem *first = m_table->item(chosen.first()->row(), State))
            state = static_cast<OutboxState>(first->data(StateRole).toInt());
    const bool retriable = state == OutboxState::Failed || state == OutboxState::Unsure || state == OutboxState::Queued;
    m_retry->setEnabled(!m_run && !chosen.isEmpty() && retriable);
    m_sendDue->setEnabled(!m_run);
}

void OutboxView::refresh()
{
    const qint64 chosen = selectedId();
    auto entries = Outbox(m_ledger).list(false);
    if (!entries) {
        m_table->setRowCount(0);
        m_status->setText(entries.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(entries->size()));
    int row = 0;
    int selectRow = -1;
    for (const OutboxEntry &e : entries.value()) {
        const QDateTime when = e.sentAt.isValid() ? e.sentAt : e.queuedAt;
        QString words = e.lastError;
        if (e.nextAttemptAt.isValid())
            words = tr("%1 (next attempt after %2)")
                        .arg(words, QLocale().toString(e.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
        const QStringList cells{ Outbox::stateLabel(e.state), e.recipients.join(QStringLiteral(", ")), e.subject,
            QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), QLocale().toString(e.attempts), words };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Attempts)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, State)->setData(IdRole, e.id);
        m_table->item(row, State)->setData(StateRole, static_cast<int>(e.state));
        if (e.id == chosen)
            selectRow = row;
        ++row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void OutboxView::sendDue()
{
    start(0);
}

void OutboxView::retrySelected()
{
    const qint64 id = selectedId();
    if (!id || m_run)
        return;
    const auto e = Outbox(m_ledger).entry(id);
    if (!e)
        return;
    // Sending twice cannot be taken back: an unsure message may already be in the customer's mailbox.
    if (e->state == OutboxState::Unsure
        && QMessageBox::question(this, tr("Send again?"),
               tr("The transfer of this message was interrupted: the server may have it already. Look for "
                  "Message-ID <%1> in the mailbox's sent folder. Send it again?")
                   .arg(e->messageId))
            != QMessageBox::Yes)
        return;
    start(id);
}

void OutboxView::start(qint64 retryId)
{
    if (m_run)
        return;
    const SmtpSettings settings = SmtpSettings::load(m_ledger.database());
    if (!settings.isConfigured()) {
        m_status->setText(tr("Set up the mail server first: Settings > E-mail."));
        return;
    }
    MailRun::Request request;
    request.bookPath = m_ledger.database().path();
    request.user = m_ledger.user();
    request.clock = &m_ledger.clock();
    request.retryId = retryId;
    // The keychain is asked here, on the window's thread; the run only holds the password.
    if (!settings.user.isEmpty()) {
        request.password = PasswordVault::read(settings.passwordKey()).password;
        if (request.password.isEmpty()) {
            m_status->setText(tr("There is no password for %1 yet: type it in Settings > E-mail, then try again.")
                                  .arg(settings.user));
            return;
        }
    }
    m_run = std::make_unique<MailRun>(request);
    connect(m_run.get(), &MailRun::ended, this, &OutboxView::runEnd);
    m_status->setText(retryId ? tr("Sending the message again…") : tr("Queueing the reminders due and sending…"));
    updateButtons();
    m_run->start();
}

void OutboxView::runEnd(const QString &summary, bool ok)
{
    Q_UNUSED(ok);
    m_run->wait();
    m_run.reset();
    m_status->setText(summary);
    refresh();
    Q_EMIT runEnded();
}

} // namespace recoup
