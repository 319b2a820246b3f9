// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace recoup {

namespace {

bool allDigits(const QString &text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

qint64 Money::maxAmount(const Currency &currency)
{
    return Q_INT64_C(92233720368547) * currency.scale();
}

std::optional<qint64> Money::add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

std::optional<qint64> Money::subtract(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return std::nullopt;
    return difference;
}

std::optional<qint64> Money::magnitude(qint64 a)
{
    if (a >= 0)
        return a;
    return subtract(0, a);
}

Result<qint64> Money::parseDigits(
    const QString &whole, const QString &fraction, const QString &original, const Currency &currency)
{
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction))
        return Error{ tr("“%1” is not an amount.").arg(original) };
    if (fraction.size() > currency.decimals()) {
        if (currency.decimals() == 0)
            return Error{ tr("%1 has no decimals: enter a whole amount.").arg(currency.code()) };
        return Error{ tr("More decimals than %1 has (%2).").arg(currency.code()).arg(currency.decimals()) };
    }
    QString trimmedWhole = whole;
    while (trimmedWhole.size() > 1 && trimmedWhole.front() == QLatin1Char('0'))
        trimmedWhole.remove(0, 1);
    // 15 digits of major units is past the limit already; refuse before converting.
    if (trimmedWhole.size() > 15)
        return Error{ tr("The amount is too large."), BookRule::Amount };
    const qint64 major = trimmedWhole.isEmpty() ? 0 : trimmedWhole.toLongLong();
    const qint64 minorPart = (fraction + QString(currency.decimals() - fraction.size(), QLatin1Char('0'))).toLongLong();
    const qint64 value = major * currency.scale() + minorPart;
    if (value > maxAmount(currency))
        return Error{ tr("The amount is too large."), BookRule::Amount };
    if (value == 0)
        return Error{ tr("The amount must be more than zero."), BookRule::Amount };
    return value;
}

Result<qint64> Money::parseFileAmount(const QString &text, const Currency &currency)
{
    if (text.isEmpty())
        return Error{ tr("An amount is required.") };
    if (text.startsWith(QLatin1Char('-')))
        return Error{ tr("The amount must not be negative.") };
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (dot >= 0 && (whole.isEmpty() || fraction.isEmpty()))
        return Error{ tr("“%1” is not an amount.").arg(text) };
    return parseDigits(whole, fraction, text, currency);
}

Result<qint64> Money::parseUserAmount(const QString &input, const Currency &currency, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Error{ tr("Enter an amount.") };
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(locale.negativeSign()))
        return Error{ tr("The amount must not be negative.") };
    // Group separators (and the spaces some locales use for them) are allowed.
    const QString group = locale.groupSeparator();
    text.remove(group);
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    text.remove(QLatin1Char(' '));
    const QString point = locale.decimalPoint();
    const qsizetype at = text.indexOf(point);
    const QString whole = at < 0 ? text : text.left(at);
    const QString fraction = at < 0 ? QString() : text.mid(at + point.size());
    if (at >= 0 && whole.isEmpty() && fraction.isEmpty())
        return Error{ tr("“%1” is not an amount.").arg(input.trimmed()) };
    return parseDigits(whole, fraction, input.trimmed(), currency);
}

QString Money::toFileText(qint64 minor, const Currency &currency)
{
    const bool negative = minor < 0;
    // Work on the magnitude as unsigned so the most negative value still prints.
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(currency.scale());
    QString text = QString::number(magnitude / scale);
    if (currency.decimals() > 0)
        text += QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % scale, currency.decimals(), 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString Money::toDisplayText(qint64 minor, const Currency &currency, const QLocale &locale)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(currency.scale());
    QString text = locale.toString(qulonglong(magnitude / scale));
    if (currency.decimals() > 0) {
        const QString digits = QStringLiteral("%1").arg(magnitude % scale, currency.decimals(), 10, QLatin1Char('0'));
        // Fraction digits in the locale's own digit characters.
        QString localDigits;
        for (QChar c : digits)
            localDigits += locale.toString(c.digitValue());
        text += locale.decimalPoint() + localDigits;
    }
    return negative ? locale.negativeSign() + text : text;
}

} // namespace recoup
