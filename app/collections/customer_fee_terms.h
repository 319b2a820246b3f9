// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_terms.h"

namespace recoup {

/// Which late fees and interest a customer is charged.
enum class FeeTermsMode {
    Book, ///< the book's terms (the policy's)
    None, ///< never charged
    Own ///< terms agreed with this customer, whether the book's are on or off
};

/// A customer's override of the book's fee terms.
struct CustomerFeeTerms
{
    FeeTermsMode mode = FeeTermsMode::Book;
    FeeTerms terms; ///< for Own only

    bool operator==(const CustomerFeeTerms &other) const = default;
};

} // namespace recoup
