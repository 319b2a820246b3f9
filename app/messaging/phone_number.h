// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoup {

/// Phone numbers as people write them, and their E.164 form where it can be known.
class PhoneNumber
{
public:
    /// "+44 20 7946 0958" or "0044 (20) 7946-0958" -> "+442079460958". A national
    /// number becomes E.164 only with the book's country calling code ("34");
    /// otherwise, or when it is not a phone number, the result is empty.
    static QString toE164(const QString &text, const QString &countryCallingCode = QString());
    /// Only the digits, for matching what a user types against stored numbers.
    static QString digits(const QString &text);
};

} // namespace recoup
