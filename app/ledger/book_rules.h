// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace recoup {

struct CustomerInput;
struct DebtInput;
struct PaymentInput;

/// The rules of the books in one place: every door (the ledger services, the
/// dialogs, the interchange import, the bulk writer) asks these, so a rule and
/// its limit are written once. Each refusal names its rule (Error::rule), so a
/// caller or a test can tell which rule refused, not only that one did.
class BookRules
{
    Q_DECLARE_TR_FUNCTIONS(BookRules)
public:
    using Rule = BookRule;

    /// The longest text a field may hold.
    static constexpr int MaxTextLength = 1000;
    /// The longest terms of a sale, in days (ten years).
    static constexpr int MaxTermsDays = 3650;
    /// The most the amounts of all a book's entries may add up to, in minor units
    /// (10^17: 1,000,000,000,000,000.00 with cents). Every figure the books hold
    /// or add up is a sum of entries, each no larger than its amount, so it stays
    /// within this, and 92 such figures still add up inside 64 bits (README, Limits).
    static constexpr qint64 MaxBookTotal = Q_INT64_C(100000000000000000);

    /// The largest amount of one entry (Money::maxAmount).
    static qint64 maxEntryAmount(const Currency &currency);
    /// The dates a book holds: four-digit years, so stored dates sort as text.
    static QDate firstDate();
    static QDate lastDate();

    static Result<void> checkText(const QString &text);
    /// The text as it will be stored, without the spaces at either end.
    static Result<void> checkTrimmedText(const QString &text);
    static Result<void> checkName(const QString &name);
    static Result<void> checkEmail(const QString &email);
    static Result<void> checkCreditLimit(const std::optional<qint64> &limit);
    static Result<void> checkTerms(int days);
    /// An amount of one entry: more than zero, at most maxEntryAmount().
    static Result<void> checkAmount(qint64 amount, const Currency &currency);
    /// A signed change to a sale: not zero, at most maxEntryAmount() either way.
    static Result<void> checkAdjustment(qint64 signedAmount, const Currency &currency);
    /// Whether entries of `adding` (the sum of their amounts' sizes) still fit
    /// in a book whose entries add up to `bookTotal` now.
    static Result<void> checkBookTotal(qint64 bookTotal, qint64 adding, const Currency &currency);
    /// A valid date within firstDate()..lastDate().
    static Result<void> checkDate(const QDate &date);
    /// The due date of a sale: issue date plus terms, or the date given; within
    /// the book's dates and not before the issue date.
    static Result<QDate> dueDate(const QDate &issueDate, const std::optional<int> &termsDays, const QDate &dueDate);
    /// Nothing may be entered on or before closedThrough (when it is a date).
    static Result<void> checkOpen(const QDate &date, const QDate &closedThrough);

    // A whole record, as every door that writes one checks it.
    /// A customer's details, trimmed; the reference's uniqueness is the caller's to check.
    static Result<CustomerInput> checkCustomer(CustomerInput input);
    /// A sale: texts, date (within the book's dates and after closedThrough),
    /// amount, terms or due date. Returns the due date.
    static Result<QDate> checkSale(const DebtInput &input, const Currency &currency, const QDate &closedThrough);
    /// A payment: texts, date, amount (the book total is checked with its allocations).
    static Result<void> checkPayment(const PaymentInput &input, const Currency &currency, const QDate &closedThrough);

private:
    static Error refuse(Rule rule, const QString &message);
};

} // namespace recoup
