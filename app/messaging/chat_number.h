// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace recoup {

class Database;

/// The number an SMS or WhatsApp message goes to, read with libphonenumber
/// (the numbering rules of every country): the customer's number as they
/// wrote it, one without its country code read as a number of the book's
/// country, and given back in E.164 ("+34612345678").
class ChatNumber
{
    Q_DECLARE_TR_FUNCTIONS(ChatNumber)
public:
    /// The number in E.164, or why no message can go to it. `region` is an
    /// ISO 3166 code ("ES"); empty or "ZZ": only numbers with their country code.
    static Result<QString> e164(const QString &written, const QString &region);
    /// The country a book's numbers are read in: its meta key "country" (as
    /// "ES"), else the country of its calling code ("calling_code", or
    /// "country_calling_code", as "34"); "ZZ" when the book names neither.
    static QString defaultRegion(const Database &db);
};

} // namespace recoup
