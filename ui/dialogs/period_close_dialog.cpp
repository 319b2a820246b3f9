// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/period_close_dialog.h"

#include "core/clock.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "ledger/period_close.h"
#include "models/display_text.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace recoup {

PeriodCloseDialog::PeriodCloseDialog(Ledger &ledger, QWidget *parent) : QDialog(parent), m_ledger(ledger)
{
    setWindowTitle(tr("Close the books"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    PeriodClose period(m_ledger);
    m_closed = period.closedThrough();

    auto *heading = new QLabel(windowTitle(), this);
    emphasize(heading, 1.2);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentLabel"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    QString current = tr("No entry can be made dated on or before the day the books are closed through, from any "
                         "door; reopening them needs a reason, kept in the audit log.");
    if (m_closed.isValid()) {
        const auto last = period.lastChange();
        if (last && last.value() && last.value()->to == m_closed)
            current = tr("The books are closed through %1 (by %2, %3).")
                          .arg(DisplayText::date(m_closed), last.value()->recordedBy,
                              DisplayText::date(last.value()->recordedAt.toLocalTime().date()))
                + QLatin1Char(' ') + current;
        else
            current
                = tr("The books are closed through %1.").arg(DisplayText::date(m_closed)) + QLatin1Char(' ') + current;
    } else {
        current = tr("The books are not closed.") + QLatin1Char(' ') + current;
    }
    m_current->setText(current);

    m_close = new QRadioButton(tr("Close the books &up to the day"), this);
    m_close->setObjectName(QStringLiteral("closeRadio"));
    m_reopen = new QRadioButton(tr("&Reopen them after the day"), this);
    m_reopen->setObjectName(QStringLiteral("reopenRadio"));
    m_reopenAll = new QRadioButton(tr("Reopen them &all"), this);
    m_reopenAll->setObjectName(QStringLiteral("reopenAllRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : { m_close, m_reopen, m_reopenAll })
        group->addButton(radio);
    m_close->setChecked(true);
    m_reopen->setEnabled(m_closed.isValid());
    m_reopenAll->setEnabled(m_closed.isValid());

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    // A month is closed once it is over: the end of last month to begin with,
    // or today once that is closed already.
    const QDate today = m_ledger.clock().today();
    QDate start = QDate(today.year(), today.month(), 1).addDays(-1);
    if (m_closed.isValid() && start <= m_closed)
        start = today;
    setUpDateEdit(m_date, start);
    m_dateLabel = new QLabel(tr("&Day:"), this);
    m_dateLabel->setBuddy(m_date);
    m_date->setAccessibleName(tr("Day the books are closed through"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the books are reopened"));
    m_reason->setAccessibleName(tr("Reason for reopening"));
    m_reasonLabel = new QLabel(tr("Rea&son:"), this);
    m_reasonLabel->setBuddy(m_reason);

    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    styleMessageLabel(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = setUpButtons(buttons, tr("Close the books"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    auto *form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_current);
    layout->addWidget(m_close);
    layout->addWidget(m_reopen);
    layout->addWidget(m_reopenAll);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &PeriodCloseDialog::refresh);
    connect(m_reason, &QLineEdit::textChanged, this, &PeriodCloseDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &PeriodCloseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    m_date->setFocus();
}

bool PeriodCloseDialog::reopens() const
{
    return !m_close->isChecked();
}

void PeriodCloseDialog::refresh()
{
    const bool reopening = reopens();
    const bool all = m_reopenAll->isChecked();
    // Tab reaches the group at its chosen button; the arrows move between them.
    for (QRadioButton *radio : { m_close, m_reopen, m_reopenAll })
        radio->setFocusPolicy(radio->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
    m_date->setEnabled(!all);
    m_dateLabel->setEnabled(!all);
    m_reason->setEnabled(reopening);
    m_reasonLabel->setEnabled(reopening);
    m_message->clear();
    const QDate day = m_date->date();
    if (!reopening)
        m_effect->setText(tr("From then on, no sale, payment or correction dated on or before %1 can be made.")
                              .arg(DisplayText::date(day)));
    else if (all)
        m_effect->setText(tr("Nothing stays closed: entries of any date can be made again."));
    else
        m_effect->setText(tr("The books stay closed through %1; entries dated from %2 on can be made again.")
                              .arg(DisplayText::date(day), DisplayText::date(day.addDays(1))));
    m_save->setText(QCoreApplication::translate("Dialogs", "%1  Enter")
                        .arg(reopening ? tr("Reopen the books") : tr("Close the books")));
    m_save->setEnabled(!reopening || !m_reason->text().trimmed().isEmpty());
}

void PeriodCloseDialog::save()
{
    if (!m_save->isEnabled())
        return;
    PeriodClose period(m_ledger);
    const auto done = !reopens() ? period.close(m_date->date())
                                 : period.reopen(m_reopenAll->isChecked() ? QDate() : m_date->date(), m_reason->text());
    if (!done) {
        m_message->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
