// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/book_rules.h"

#include "core/money.h"
#include "core/text_length.h"
#include "ledger/customer.h"
#include "ledger/debt.h"
#include "ledger/payment.h"

#include <QLocale>

namespace recoup {

qint64 BookRules::maxEntryAmount(const Currency &currency)
{
    return Money::maxAmount(currency);
}

QDate BookRules::firstDate()
{
    return QDate(1900, 1, 1);
}

QDate BookRules::lastDate()
{
    return QDate(9999, 12, 31);
}

Error BookRules::refuse(Rule rule, const QString &message)
{
    return Error{ message, rule };
}

Result<void> BookRules::checkText(const QString &text)
{
    // Characters as a person counts them (code points): 600 emoji are 600.
    if (characterCount(text) > MaxTextLength)
        return refuse(Rule::TextLength, tr("A field is longer than %1 characters.").arg(MaxTextLength));
    return {};
}

Result<void> BookRules::checkTrimmedText(const QString &text)
{
    // Trimmed only when it could matter: the import checks every line.
    return text.size() > MaxTextLength ? checkText(text.trimmed()) : Result<void>();
}

Result<void> BookRules::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return refuse(Rule::Name, tr("Enter the customer's name."));
    return checkText(name);
}

Result<void> BookRules::checkEmail(const QString &email)
{
    if (email.isEmpty())
        return {};
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at > 0 && at < email.size() - 1 && email.indexOf(QLatin1Char('@'), at + 1) < 0)
        return {};
    return refuse(Rule::Email, tr("“%1” is not an e-mail address: it needs one @ with text on each side.").arg(email));
}

Result<void> BookRules::checkCreditLimit(const std::optional<qint64> &limit)
{
    if (limit && *limit < 0)
        return refuse(Rule::CreditLimit, tr("The credit limit cannot be negative."));
    return {};
}

Result<void> BookRules::checkTerms(int days)
{
    if (days < 0 || days > MaxTermsDays)
        return refuse(Rule::Terms, tr("Terms must be between 0 and %1 days.").arg(MaxTermsDays));
    return {};
}

Result<void> BookRules::checkAmount(qint64 amount, const Currency &currency)
{
    if (amount <= 0)
        return refuse(Rule::Amount, tr("The amount must be more than zero."));
    if (amount > maxEntryAmount(currency))
        return refuse(Rule::Amount,
            tr("The amount is too large: one entry can be at most %1.")
                .arg(Money::toDisplayText(maxEntryAmount(currency), currency)));
    return {};
}

Result<void> BookRules::checkAdjustment(qint64 signedAmount, const Currency &currency)
{
    if (signedAmount == 0)
        return refuse(Rule::Amount, tr("The amount must not be zero."));
    const auto size = Money::magnitude(signedAmount);
    return checkAmount(size ? *size : std::numeric_limits<qint64>::max(), currency);
}

Result<void> BookRules::checkBookTotal(qint64 bookTotal, qint64 adding, const Currency &currency)
{
    const auto after = Money::add(bookTotal, adding);
    if (!after || *after > MaxBookTotal)
        return refuse(Rule::BookTotal,
            tr("The book cannot take this: its entries would add up to more than %1, the most one book can "
               "hold. Start a new book for what comes next.")
                .arg(Money::toDisplayText(MaxBookTotal, currency)));
    return {};
}

Result<void> BookRules::checkDate(const QDate &date)
{
    if (!date.isValid())
        return refuse(Rule::DateRange, tr("Enter a valid date."));
    if (date < firstDate() || date > lastDate())
        return refuse(Rule::DateRange,
            tr("%1 is outside the dates a book can hold (%2 to %3).")
                .arg(date.toString(Qt::ISODate), firstDate().toString(Qt::ISODate), lastDate().toString(Qt::ISODate)));
    return {};
}

Result<QDate> BookRules::dueDate(const QDate &issueDate, const std::optional<int> &termsDays, const QDate &dueDate)
{
    if (auto ok = checkDate(issueDate); !ok)
        return ok.failure();
    QDate due = dueDate;
    if (termsDays) {
        if (auto ok = checkTerms(*termsDays); !ok)
            return ok.failure();
        due = issueDate.addDays(*termsDays);
        if (due > lastDate())
            return refuse(Rule::DateRange,
                tr("With %1 days of terms the sale would fall due after %2, the last date a book can hold.")
                    .arg(*termsDays)
                    .arg(lastDate().toString(Qt::ISODate)));
    }
    if (!due.isValid())
        return refuse(Rule::DueDate, tr("Enter a due date or terms in days."));
    if (auto ok = checkDate(due); !ok)
        return ok.failure();
    if (due < issueDate)
        return refuse(Rule::DueDate, tr("The due date cannot be before the issue date."));
    return due;
}

Result<void> BookRules::checkOpen(const QDate &date, const QDate &closedThrough)
{
    if (closedThrough.isValid() && date <= closedThrough)
        return refuse(Rule::ClosedPeriod,
            tr("The books are closed through %1; choose a later date.")
                .arg(QLocale().toString(closedThrough, QLocale::ShortFormat)));
    return {};
}

Result<CustomerInput> BookRules::checkCustomer(CustomerInput input)
{
    for (QString *field : { &input.ref, &input.name, &input.phone, &input.email, &input.address, &input.notes }) {
        *field = field->trimmed();
        if (auto ok = checkText(*field); !ok)
            return ok.failure();
    }
    if (auto ok = checkName(input.name); !ok)
        return ok.failure();
    if (auto ok = checkEmail(input.email); !ok)
        return ok.failure();
    if (auto ok = checkCreditLimit(input.creditLimit); !ok)
        return ok.failure();
    return input;
}

Result<QDate> BookRules::checkSale(const DebtInput &input, const Currency &currency, const QDate &closedThrough)
{
    for (const QString *field : { &input.ref, &input.description })
        if (auto ok = checkTrimmedText(*field); !ok)
            return ok.failure();
    if (auto ok = checkDate(input.issueDate); !ok)
        return ok.failure();
    if (auto ok = checkOpen(input.issueDate, closedThrough); !ok)
        return ok.failure();
    if (auto ok = checkAmount(input.amount, currency); !ok)
        return ok.failure();
    return dueDate(input.issueDate, input.termsDays, input.dueDate);
}

Result<void> BookRules::checkPayment(const PaymentInput &input, const Currency &currency, const QDate &closedThrough)
{
    for (const QString *field : { &input.ref, &input.reference })
        if (auto ok = checkTrimmedText(*field); !ok)
            return ok;
    if (auto ok = checkDate(input.date); !ok)
        return ok;
    if (auto ok = checkOpen(input.date, closedThrough); !ok)
        return ok;
    return checkAmount(input.amount, currency);
}

} // namespace recoup
