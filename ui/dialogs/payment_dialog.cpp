// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/payment_dialog.h"

#include "core/clock.h"
#include "core/money.h"
#include "dialogs/amount_field.h"
#include "dialogs/dialog_support.h"
#include "dialogs/receipt_preview.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_payment_dialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace recoup {

namespace {

constexpr PaymentMethod Methods[] = { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::BankTransfer,
    PaymentMethod::Cheque, PaymentMethod::MobileMoney };

QLabel *plainLabel(const QString &text, QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment | Qt::AlignVCenter);
    return label;
}

// "0", "0.00", "0,00": nothing for this sale, which is not a mistake in a split.
bool isZero(const QString &text)
{
    const QLocale locale;
    bool digit = false;
    for (QChar c : text) {
        if (c == QLatin1Char('0') || c == locale.zeroDigit().front())
            digit = true;
        else if (QString(c) != locale.decimalPoint() && QString(c) != locale.groupSeparator())
            return false;
    }
    return digit;
}

} // namespace

PaymentDialog::PaymentDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_ui(std::make_unique<Ui::PaymentDialog>()), m_customerId(customerId)
{
    m_ui->setupUi(this);
    m_save = setUpButtons(m_ui->buttonBox, tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    // The receipt at the counter: saved and shown in the print preview at once.
    const QKeySequence printKeys(Qt::CTRL | Qt::Key_P);
    m_saveAndPrint = m_ui->buttonBox->addButton(
        tr("Save and &print receipt  %1").arg(printKeys.toString(QKeySequence::NativeText)),
        QDialogButtonBox::ActionRole);
    m_saveAndPrint->setObjectName(QStringLiteral("saveAndPrintButton"));
    m_saveAndPrint->setAutoDefault(false);
    auto *printShortcut = new QShortcut(printKeys, this);
    connect(printShortcut, &QShortcut::activated, m_saveAndPrint, &QPushButton::click);
    connect(m_saveAndPrint, &QPushButton::clicked, this, [this] {
        m_printReceipt = true;
        save();
        m_printReceipt = false;
    });
    const Currency &currency = m_ledger.currency();
    const auto customer = m_ledger.customer(customerId);

    const QString name = customer ? customer->details.name : QString();
    setWindowTitle(tr("Record payment — %1").arg(name));
    m_ui->headingLabel->setText(windowTitle());
    emphasize(m_ui->headingLabel, 1.2);
    const qint64 balance = customer ? customer->balance : 0;
    m_ui->owesLabel->setText(balance >= 0 ? tr("Owes %1").arg(DisplayText::money(balance, currency))
                                          : DisplayText::balance(balance, currency));
    emphasize(m_ui->owesLabel, 1.4);

    m_amount = new AmountField(m_ui->amountEdit, m_ui->amountMessage, currency, AmountField::Need::Required, this);
    m_ui->amountEdit->setPlaceholderText(Money::toDisplayText(0, currency));
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());
    for (PaymentMethod method : Methods)
        m_ui->methodCombo->addItem(paymentMethodLabel(method), int(method));

    const auto openDebts = m_ledger.openDebts(customerId);
    if (openDebts) {
        for (const Debt &debt : openDebts.value())
            if (debt.openAmount > 0)
                m_openDebts.append(debt);
    }

    QTableWidget *table = m_ui->allocationTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Sale"), tr("Due"), tr("Open"), tr("Pay") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    styleMessageLabel(m_ui->allocationMessage);
    styleMessageLabel(m_ui->messageLabel);
    setAllocationEditable(false);
    m_ui->changeAllocationButton->setEnabled(!m_openDebts.isEmpty());

    connect(m_amount, &AmountField::changed, this, &PaymentDialog::refresh);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &PaymentDialog::refresh);
    connect(m_ui->changeAllocationButton, &QPushButton::toggled, this, &PaymentDialog::setAllocationEditable);
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaymentDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!customer) {
        m_ui->messageLabel->setText(tr("That customer does not exist."));
        m_ui->amountEdit->setEnabled(false);
    }
    refresh();
    m_ui->amountEdit->setFocus();
}

PaymentDialog::~PaymentDialog() = default;

QString PaymentDialog::previewText() const
{
    return m_previewText;
}

Result<PaymentInput> PaymentDialog::input() const
{
    if (!m_amount->amount())
        return Error{ m_amount->error() };
    PaymentInput in;
    in.customerId = m_customerId;
    in.amount = *m_amount->amount();
    in.date = m_ui->dateEdit->date();
    in.method = PaymentMethod(m_ui->methodCombo->currentData().toInt());
    in.reference = m_ui->referenceEdit->text().trimmed();
    if (m_ui->changeAllocationButton->isChecked()) {
        auto lines = chosenAllocation();
        if (!lines)
            return Error{ lines.error() };
        in.allocation = lines.value();
    }
    return in;
}

void PaymentDialog::refresh()
{
    m_ui->allocationMessage->clear();
    m_ui->messageLabel->clear();
    bool ready = false;
    if (!m_amount->amount()) {
        clearPreview(tr("Type an amount to see where it goes."));
    } else if (auto in = input(); !in) {
        m_ui->allocationMessage->setText(in.error());
        clearPreview(tr("Correct the split to see where it goes."));
    } else if (auto outcome = m_ledger.previewPayment(in.value()); !outcome) {
        (in->allocation ? m_ui->allocationMessage : m_ui->messageLabel)->setText(outcome.error());
        clearPreview(tr("This payment cannot be saved as it is."));
    } else {
        showPreview(outcome.value());
        ready = true;
    }
    m_save->setEnabled(ready);
    m_saveAndPrint->setEnabled(ready);
}

void PaymentDialog::clearPreview(const QString &why)
{
    QGridLayout *grid = m_ui->previewGrid;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    grid->addWidget(plainLabel(why, m_ui->previewLines), 0, 0);
    m_previewText.clear();
    m_ui->creditLabel->clear();
    m_ui->newBalanceLabel->clear();
}

void PaymentDialog::showPreview(const PaymentOutcome &outcome)
{
    const Currency &currency = m_ledger.currency();
    QGridLayout *grid = m_ui->previewGrid;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList lines;
    int row = 0;
    // A payment spread over many sales shows the first few, so the dialog still fits a small screen.
    constexpr int MaxPreviewRows = 8;
    qint64 hiddenSales = 0;
    for (const AllocationLine &line : outcome.lines) {
        if (row == MaxPreviewRows) {
            ++hiddenSales;
            continue;
        }
        const auto debt = std::find_if(
            m_openDebts.cbegin(), m_openDebts.cend(), [&line](const Debt &d) { return d.id == line.debtId; });
        if (debt == m_openDebts.cend())
            continue;
        const QString before = Money::toDisplayText(debt->openAmount, currency);
        const QString after = Money::toDisplayText(debt->openAmount - line.amount, currency);
        QWidget *parent = m_ui->previewLines;
        grid->addWidget(plainLabel(debt->ref, parent), row, 0);
        grid->addWidget(plainLabel(before, parent, Qt::AlignRight), row, 1);
        grid->addWidget(plainLabel(QStringLiteral("→"), parent, Qt::AlignHCenter), row, 2);
        grid->addWidget(plainLabel(after, parent, Qt::AlignRight), row, 3);
        lines.append(tr("%1  %2 → %3").arg(debt->ref, before, after));
        ++row;
    }
    if (hiddenSales > 0) {
        const QString more = tr("and %n more sale(s)", nullptr, int(hiddenSales));
        grid->addWidget(plainLabel(more, m_ui->previewLines), row, 0, 1, 4);
        lines.append(more);
    }
    if (lines.isEmpty()) {
        const QString none = m_openDebts.isEmpty() ? tr("Nothing is open: all of it is left as credit.")
                                                   : tr("No sale: all of it is left as credit.");
        grid->addWidget(plainLabel(none, m_ui->previewLines), 0, 0);
        lines.append(none);
    }
    m_previewText = lines.join(QLatin1Char('\n'));
    m_ui->creditLabel->setText(tr("Left as credit: %1").arg(Money::toDisplayText(outcome.toCredit, currency)));
    m_ui->newBalanceLabel->setText(tr("New balance: %1").arg(DisplayText::balance(outcome.newBalance, currency)));
}

void PaymentDialog::setAllocationEditable(bool on)
{
    m_ui->allocationHint->setVisible(on);
    m_ui->allocationTable->setVisible(on);
    m_ui->allocationMessage->setVisible(on);
    if (!on) {
        refresh();
        return;
    }
    // Start from the usual split, so the user only changes what differs.
    QList<AllocationLine> lines;
    if (m_amount->amount()) {
        PaymentInput in;
        in.customerId = m_customerId;
        in.amount = *m_amount->amount();
        in.date = m_ui->dateEdit->date();
        if (auto outcome = m_ledger.previewPayment(in))
            lines = outcome->lines;
    }
    fillAllocationTable(lines);
    refresh();
    m_ui->allocationTable->setCurrentCell(0, PayColumn);
    m_ui->allocationTable->setFocus();
}

void PaymentDialog::fillAllocationTable(const QList<AllocationLine> &lines)
{
    const Currency &currency = m_ledger.currency();
    QTableWidget *table = m_ui->allocationTable;
    m_filling = true;
    table->setRowCount(int(m_openDebts.size()));
    for (int row = 0; row < m_openDebts.size(); ++row) {
        const Debt &debt = m_openDebts.at(row);
        auto fixed = [](const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            return item;
        };
        table->setItem(row, SaleColumn, fixed(debt.ref));
        table->setItem(row, DueColumn, fixed(DisplayText::date(debt.dueDate)));
        table->setItem(row, OpenColumn, fixed(Money::toDisplayText(debt.openAmount, currency), Qt::AlignRight));
        const auto line = std::find_if(
            lines.cbegin(), lines.cend(), [&debt](const AllocationLine &l) { return l.debtId == debt.id; });
        auto *pay
            = new QTableWidgetItem(line != lines.cend() ? Money::toDisplayText(line->amount, currency) : QString());
        pay->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, PayColumn, pay);
    }
    m_filling = false;
    // Show up to six sales without scrolling; more scroll, so the dialog fits a small screen.
    const int visibleRows = std::clamp(int(m_openDebts.size()), 1, 6);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < visibleRows; ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
}

Result<QList<AllocationLine>> PaymentDialog::chosenAllocation() const
{
    QList<AllocationLine> lines;
    const QTableWidget *table = m_ui->allocationTable;
    for (int row = 0; row < table->rowCount() && row < m_openDebts.size(); ++row) {
        const QTableWidgetItem *item = table->item(row, PayColumn);
        const QString text = item ? item->text().trimmed() : QString();
        if (text.isEmpty() || isZero(text))
            continue;
        auto amount = Money::parseUserAmount(text, m_ledger.currency());
        if (!amount)
            return Error{ tr("%1: %2").arg(m_openDebts.at(row).ref, amount.error()) };
        lines.append({ m_openDebts.at(row).id, amount.value() });
    }
    return lines;
}

void PaymentDialog::save()
{
    auto in = input();
    if (!m_save->isEnabled() || !in) {
        m_amount->reveal();
        return;
    }
    auto done = m_ledger.recordPayment(in.value());
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    m_paymentEntryId = done->paymentEntryId;
    if (m_printReceipt) {
        // The preview outlives this dialog: it belongs to the page behind it.
        if (auto preview = ReceiptPreview::open(parentWidget(), m_ledger, m_paymentEntryId); !preview)
            QMessageBox::warning(this, tr("Print receipt"), preview.error());
    }
    accept();
}

} // namespace recoup
