// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/post_fees_dialog.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"
#include "models/fee_plan_model.h"

#include "ui_post_fees_dialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace recoup {

PostFeesDialog::PostFeesDialog(
    Ledger &ledger, Collections &collections, qint64 customerId, const QString &customerName, QWidget *parent)
    : QDialog(parent),
      m_ledger(ledger),
      m_collections(collections),
      m_ui(std::make_unique<Ui::PostFeesDialog>()),
      m_customerId(customerId)
{
    m_ui->setupUi(this);
    setUpFormDialog(this, m_ui->messageLabel, m_ui->headingLabel, 110);
    m_model = new FeePlanModel(this);
    m_ui->chargesView->setModel(m_model);
    m_ui->chargesView->verticalHeader()->setVisible(false);
    m_ui->chargesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->chargesView->setAccessibleName(tr("Charges to post"));
    m_post = setUpButtons(m_ui->buttonBox, tr("&Post"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_ui->onlyCustomerCheck->setVisible(customerId != 0);
    m_ui->onlyCustomerCheck->setChecked(customerId != 0);
    m_ui->onlyCustomerCheck->setText(tr("&Only %1").arg(customerName));
    connect(m_ui->onlyCustomerCheck, &QCheckBox::toggled, this, &PostFeesDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostFeesDialog::post);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

PostFeesDialog::~PostFeesDialog() = default;

void PostFeesDialog::refresh()
{
    const QDate today = m_ledger.clock().today();
    const qint64 scope = m_ui->onlyCustomerCheck->isChecked() ? m_customerId : 0;
    m_ui->headingLabel->setText(tr("Late fees and interest due on %1").arg(DisplayText::date(today)));
    auto plan = m_collections.feePlan(today, scope);
    if (!plan) {
        m_model->setPlan(FeePlan(), m_ledger.currency());
        m_ui->totalLabel->clear();
        m_ui->messageLabel->setText(plan.error());
        m_post->setEnabled(false);
        return;
    }
    m_model->setPlan(plan.value(), m_ledger.currency());
    m_ui->chargesView->resizeColumnsToContents();
    const qsizetype n = plan->lines.size();
    const QString total = DisplayText::money(plan->total(), m_ledger.currency());
    // No English plural catalogue is shipped, so the two English forms are spelled out.
    m_ui->totalLabel->setText(n == 0 ? tr("Nothing new is due today.")
            : n == 1                 ? tr("1 charge, %1.").arg(total)
                                     : tr("%1 charges, %2 in all.").arg(QLocale().toString(n), total));
    m_post->setEnabled(n > 0 && m_ledger.database().isWritable());
    if (n > 0)
        m_ui->chargesView->selectRow(0);
}

void PostFeesDialog::post()
{
    if (!m_post->isEnabled())
        return;
    const qint64 scope = m_ui->onlyCustomerCheck->isChecked() ? m_customerId : 0;
    const FeePlan shown = m_model->plan();
    auto done = m_collections.postFees(shown.asOf, &shown, scope);
    if (!done) {
        refresh();
        m_ui->messageLabel->setText(done.error());
        return;
    }
    m_posted = done.value();
    accept();
}

} // namespace recoup
