// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/payment_plan_dialog.h"

#include "collections/plan_schedule.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "documents/plan_schedule_document.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_payment_plan_dialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace recoup {

namespace {

constexpr PlanFrequency Frequencies[] = { PlanFrequency::Month, PlanFrequency::Fortnight, PlanFrequency::Week };

} // namespace

PaymentPlanDialog::PaymentPlanDialog(Collections &collections, qint64 customerId, QWidget *parent)
    : QDialog(parent),
      m_collections(collections),
      m_ledger(collections.ledger()),
      m_ui(std::make_unique<Ui::PaymentPlanDialog>()),
      m_customerId(customerId)
{
    m_ui->setupUi(this);
    m_save = setUpButtons(m_ui->buttonBox, tr("&Save plan"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    const Currency &currency = m_ledger.currency();
    const auto customer = m_ledger.customer(customerId);
    m_customerName = customer ? customer->details.name : QString();
    setWindowTitle(tr("Payment plan — %1").arg(m_customerName));
    m_ui->headingLabel->setText(windowTitle());
    emphasize(m_ui->headingLabel, 1.2);
    const qint64 balance = customer ? customer->balance : 0;
    m_ui->owesLabel->setText(balance >= 0 ? tr("Owes %1").arg(DisplayText::money(balance, currency))
                                          : DisplayText::balance(balance, currency));
    emphasize(m_ui->owesLabel, 1.4);

    // The customer's open sales, each checked: the plan takes all of them unless unticked.
    if (const auto open = m_ledger.openDebts(customerId)) {
        for (const Debt &debt : open.value()) {
            if (debt.openAmount <= 0)
                continue;
            auto *item = new QListWidgetItem(
                tr("%1   due %2   %3 open")
                    .arg(debt.ref, DisplayText::date(debt.dueDate), Money::toDisplayText(debt.openAmount, currency)),
                m_ui->salesList);
            item->setData(Qt::UserRole, debt.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    const int shown = std::clamp(m_ui->salesList->count(), 1, 4);
    m_ui->salesList->setMaximumHeight(
        m_ui->salesList->sizeHintForRow(0) * shown + 2 * m_ui->salesList->frameWidth() + 4);

    m_ui->countSpin->setRange(1, PlanSchedule::MaxInstallments);
    m_ui->countSpin->setValue(3);
    for (PlanFrequency f : Frequencies)
        m_ui->everyCombo->addItem(PlanSchedule::frequencyLabel(f), int(f));
    const QDate today = m_ledger.clock().today();
    setUpDateEdit(m_ui->firstDateEdit, today.addMonths(1));
    m_down = new AmountField(m_ui->downEdit, m_ui->downMessage, currency, AmountField::Need::Optional, this);
    m_ui->downEdit->setPlaceholderText(tr("none"));

    QTableWidget *table = m_ui->scheduleTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Installment"), tr("Due"), tr("Amount") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() * 7);
    styleMessageLabel(m_ui->messageLabel);
    emphasize(m_ui->totalLabel, 1.1);

    connect(m_ui->salesList, &QListWidget::itemChanged, this, &PaymentPlanDialog::refresh);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &PaymentPlanDialog::refresh);
    connect(m_ui->everyCombo, &QComboBox::currentIndexChanged, this, &PaymentPlanDialog::refresh);
    connect(m_ui->firstDateEdit, &QDateEdit::dateChanged, this, &PaymentPlanDialog::refresh);
    connect(m_down, &AmountField::changed, this, &PaymentPlanDialog::refresh);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PaymentPlanDialog::print);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &PaymentPlanDialog::choosePdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaymentPlanDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!customer)
        m_ui->messageLabel->setText(customer.error());
    refresh();
    m_ui->countSpin->setFocus();
    m_ui->countSpin->selectAll();
}

PaymentPlanDialog::~PaymentPlanDialog() = default;

void PaymentPlanDialog::refresh()
{
    m_ui->messageLabel->clear();
    m_draft.reset();
    PlanRequest request;
    request.customerId = m_customerId;
    bool all = true;
    for (int row = 0; row < m_ui->salesList->count(); ++row) {
        const QListWidgetItem *item = m_ui->salesList->item(row);
        if (item->checkState() == Qt::Checked)
            request.debtIds.append(item->data(Qt::UserRole).toLongLong());
        else
            all = false;
    }
    request.count = m_ui->countSpin->value();
    request.frequency = PlanFrequency(m_ui->everyCombo->currentData().toInt());
    request.firstDate = m_ui->firstDateEdit->date();
    request.downPayment = m_down->amount().value_or(0);
    if (!m_down->isAcceptable()) {
        clearSchedule(tr("Correct the down payment to see the schedule."));
    } else if (request.debtIds.isEmpty() && !all) {
        clearSchedule(tr("Tick the sales the plan is for."));
    } else if (m_ui->salesList->count() == 0) {
        clearSchedule(tr("%1 owes nothing, so there is nothing to put on a plan.").arg(m_customerName));
    } else if (auto draft = m_collections.previewPlan(request); !draft) {
        m_ui->messageLabel->setText(draft.error());
        clearSchedule(tr("This plan cannot be made as it is."));
    } else {
        m_draft = std::move(draft).value();
        showSchedule(*m_draft);
    }
    m_save->setEnabled(m_draft.has_value());
    m_ui->printButton->setEnabled(m_draft.has_value());
    m_ui->pdfButton->setEnabled(m_draft.has_value());
}

void PaymentPlanDialog::clearSchedule(const QString &why)
{
    m_ui->scheduleTable->setRowCount(0);
    m_ui->totalLabel->setText(why);
}

void PaymentPlanDialog::showSchedule(const PlanDraft &draft)
{
    const Currency &currency = m_ledger.currency();
    QTableWidget *table = m_ui->scheduleTable;
    table->setRowCount(int(draft.installments.size()));
    for (int row = 0; row < draft.installments.size(); ++row) {
        const PlanInstallment &in = draft.installments.at(row);
        const QString what = in.seq == 0 ? tr("Down payment (%1)").arg(in.ref)
                                         : tr("%1 of %2 (%3)").arg(in.seq).arg(draft.count).arg(in.ref);
        auto cell = [](const QString &text, Qt::Alignment alignment) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            return item;
        };
        table->setItem(row, InstallmentColumn, cell(what, Qt::AlignLeft));
        table->setItem(row, DueColumn, cell(DisplayText::date(in.dueDate), Qt::AlignLeft));
        table->setItem(row, AmountColumn, cell(Money::toDisplayText(in.amount, currency), Qt::AlignRight));
    }
    m_ui->totalLabel->setText(tr("%1 installments, %2: %3, the balance on the plan")
                                  .arg(draft.installments.size())
                                  .arg(PlanSchedule::frequencyLabel(draft.frequency).toLower(),
                                      Money::toDisplayText(draft.installmentTotal(), currency)));
}

void PaymentPlanDialog::save()
{
    if (!m_draft || !m_save->isEnabled()) {
        m_down->reveal();
        return;
    }
    // Exactly the plan shown; the engine checks it against the book again.
    auto id = m_collections.savePlan(*m_draft);
    if (!id) {
        m_ui->messageLabel->setText(id.error());
        return;
    }
    m_planId = id.value();
    accept();
}

Result<void> PaymentPlanDialog::writePdf(const QString &path) const
{
    if (!m_draft)
        return Error{ tr("This plan cannot be made as it is.") };
    return PlanScheduleDocument(
        *m_draft, m_customerName, m_ledger.currency(), BusinessDetails::load(m_ledger.database()).name())
        .writePdf(path);
}

void PaymentPlanDialog::print()
{
    if (!m_draft)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PlanScheduleDocument(
        *m_draft, m_customerName, m_ledger.currency(), BusinessDetails::load(m_ledger.database()).name())
        .print(printer);
}

void PaymentPlanDialog::choosePdf()
{
    if (!m_draft)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the schedule as PDF"), QStringLiteral("%1.pdf").arg(m_draft->ref), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = writePdf(path); !done)
        QMessageBox::warning(this, tr("Save the schedule as PDF"), done.error());
}

} // namespace recoup
