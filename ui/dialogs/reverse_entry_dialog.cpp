// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reverse_entry_dialog.h"

#include "core/clock.h"
#include "core/money.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include "ui_reverse_entry_dialog.h"

#include <QPushButton>

namespace recoup {

ReverseEntryDialog::ReverseEntryDialog(Ledger &ledger, qint64 entryId, QWidget *parent)
    : QDialog(parent),
      m_ledger(ledger),
      m_ui(std::make_unique<Ui::ReverseEntryDialog>()),
      m_entry(ledger.entry(entryId))
{
    m_ui->setupUi(this);
    styleMessageLabel(m_ui->messageLabel);
    // Wide enough for a reason, in the user's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    emphasize(m_ui->headingLabel, 1.2);
    setUpDateEdit(m_ui->dateEdit, m_ledger.clock().today());
    m_reverse = setUpButtons(m_ui->buttonBox, tr("&Reverse"));
    m_reverse->setObjectName(QStringLiteral("reverseButton"));
    setWindowTitle(tr("Reverse an entry"));

    if (!m_entry) {
        m_ui->headingLabel->setText(tr("Reverse an entry"));
        m_ui->messageLabel->setText(m_entry.error());
    } else {
        const Entry &e = *m_entry;
        const Currency &currency = m_ledger.currency();
        const auto customer = m_ledger.customer(e.customerId);
        switch (e.kind) {
        case EntryKind::Payment:
            m_ui->headingLabel->setText(tr("Reverse this payment?"));
            break;
        case EntryKind::Charge:
        case EntryKind::Fee:
        case EntryKind::Interest:
            m_ui->headingLabel->setText(tr("Reverse this sale?"));
            break;
        case EntryKind::Allocation:
            m_ui->headingLabel->setText(tr("Reverse this allocation?"));
            break;
        default:
            m_ui->headingLabel->setText(tr("Reverse this entry?"));
            break;
        }
        m_ui->customerValue->setText(customer ? customer->details.name : QString());
        m_ui->entryDateValue->setText(DisplayText::date(e.effectiveDate));
        m_ui->kindValue->setText(entryKindLabel(e.kind));
        m_ui->amountValue->setText(Money::toDisplayText(e.amount, currency));

        QStringList details;
        if (e.debtId)
            details.append(tr("Sale %1").arg(debtRef(e.debtId)));
        if (!e.ref.isEmpty() && e.kind != EntryKind::Charge)
            details.append(e.ref);
        if (PaymentMethod method; paymentMethodFromKey(e.method, &method))
            details.append(paymentMethodLabel(method));
        if (!e.reference.isEmpty())
            details.append(tr("reference %1").arg(e.reference));
        if (!e.note.isEmpty())
            details.append(e.note);
        m_ui->detailValue->setText(details.join(QStringLiteral(" · ")));

        qint64 change = 0;
        QStringList lines = consequences(e, &change);
        if (customer) {
            const qint64 after = customer->balance + change;
            lines.append(tr("Balance after: %1").arg(DisplayText::balance(after, currency)));
        }
        m_ui->goesWithValue->setText(lines.join(QLatin1Char('\n')));

        if (e.kind == EntryKind::Reversal) {
            m_ui->messageLabel->setText(tr("A reversal cannot itself be reversed; record the entry again instead."));
        } else if (e.reversedBy) {
            m_ui->messageLabel->setText(tr("This entry was reversed already: %1").arg(e.reversalReason));
        } else {
            m_reversible = true;
        }
    }
    m_ui->reasonEdit->setEnabled(m_reversible);
    m_ui->dateEdit->setEnabled(m_reversible);
    m_ui->reasonEdit->setMaxLength(Ledger::MaxTextLength);

    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ReverseEntryDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReverseEntryDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    m_ui->reasonEdit->setFocus();
}

ReverseEntryDialog::~ReverseEntryDialog() = default;

QString ReverseEntryDialog::consequencesText() const
{
    return m_ui->goesWithValue->text();
}

QString ReverseEntryDialog::debtRef(qint64 debtId) const
{
    const auto debt = m_ledger.debt(debtId);
    return debt ? debt->ref : QString();
}

QStringList ReverseEntryDialog::consequences(const Entry &entry, qint64 *balanceChange) const
{
    const Currency &currency = m_ledger.currency();
    auto money = [&currency](qint64 minor) { return Money::toDisplayText(minor, currency); };
    QStringList lines;
    // The reversal undoes each entry that goes along, so the balance moves back
    // by all of their effects.
    qint64 undone = entry.balanceDelta;
    switch (entry.kind) {
    case EntryKind::Payment: {
        qint64 allocated = 0;
        const auto entries = m_ledger.customerEntries(entry.customerId);
        for (const Entry &e : entries ? entries.value() : QList<Entry>()) {
            if (e.kind != EntryKind::Allocation || e.paymentId != entry.id || e.reversedBy)
                continue;
            allocated += e.amount;
            undone += e.balanceDelta;
            lines.append(tr("%1 goes back onto sale %2").arg(money(e.amount), debtRef(e.debtId)));
        }
        if (entry.amount > allocated)
            lines.append(tr("%1 of unused credit is taken away").arg(money(entry.amount - allocated)));
        break;
    }
    case EntryKind::Charge:
    case EntryKind::Fee:
    case EntryKind::Interest: {
        lines.append(tr("Sale %1 no longer counts").arg(debtRef(entry.debtId)));
        const auto timeline = m_ledger.debtTimeline(entry.debtId);
        for (const Entry &e : timeline ? timeline.value() : QList<Entry>()) {
            if (e.reversedBy || e.id == entry.id)
                continue;
            if (e.kind == EntryKind::Allocation)
                lines.append(tr("%1 paid on %2 returns to the customer's credit")
                                 .arg(money(e.amount), DisplayText::date(e.effectiveDate)));
            else if (e.kind == EntryKind::Adjustment)
                lines.append(tr("The adjustment of %1 is undone").arg(money(e.amount)));
            else if (e.kind == EntryKind::WriteOff)
                lines.append(tr("The write-off of %1 is undone").arg(money(e.amount)));
            else
                continue;
            undone += e.balanceDelta;
        }
        break;
    }
    case EntryKind::Allocation:
        lines.append(tr("%1 comes off sale %2 and returns to the customer's credit")
                         .arg(money(entry.amount), debtRef(entry.debtId)));
        break;
    default:
        lines.append(tr("Only this entry is undone."));
        break;
    }
    *balanceChange = -undone;
    return lines;
}

void ReverseEntryDialog::refresh()
{
    m_reverse->setEnabled(m_reversible && !m_ui->reasonEdit->text().trimmed().isEmpty());
}

void ReverseEntryDialog::save()
{
    if (!m_reverse->isEnabled())
        return;
    auto done = m_ledger.reverse(m_entry->id, m_ui->reasonEdit->text(), m_ui->dateEdit->date());
    if (!done) {
        m_ui->messageLabel->setText(done.error());
        return;
    }
    accept();
}

} // namespace recoup
