// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QLocale>
#include <QString>

namespace recoup {

/// An ISO 4217 currency: its code and how many minor digits it has (0, 2 or 3).
class Currency
{
public:
    Currency() = default;

    /// The currency for an ISO code, or an error for a code Recoup does not know.
    static Result<Currency> fromCode(const QString &code);
    /// The currency of a locale; USD where the locale names none (the C locale).
    static Currency forLocale(const QLocale &locale);

    const QString &code() const { return m_code; }
    int decimals() const { return m_decimals; }
    /// 10^decimals: minor units in one major unit.
    qint64 scale() const;

    bool operator==(const Currency &other) const = default;

private:
    Currency(QString code, int decimals) : m_code(std::move(code)), m_decimals(decimals) { }

    QString m_code = QStringLiteral("USD");
    int m_decimals = 2;
};

} // namespace recoup
