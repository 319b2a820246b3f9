// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace recoup {

/// Names each rule of the books (BookRules checks them), so a refusal says
/// which rule refused, not only that one did.
enum class BookRule {
    None = 0, ///< not a rule of the books (a format problem, a locked book)
    TextLength, ///< a text longer than BookRules::MaxTextLength characters
    Name, ///< a customer without a name
    Email, ///< an e-mail address without one @ with text on each side
    CreditLimit, ///< a negative credit limit
    Terms, ///< terms outside 0..BookRules::MaxTermsDays
    Amount, ///< an amount not above zero, or above the largest for one entry
    BookTotal, ///< the book's entries would add up to more than BookRules::MaxBookTotal
    DateRange, ///< not a date, or outside the dates a book holds
    DueDate, ///< no due date, or one before the issue date
    ClosedPeriod, ///< a date inside the closed period
};

} // namespace recoup
