// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/fee_terms.h"

#include "core/money.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace recoup {

namespace {

const QString Prefix = QStringLiteral("fees.");

QString member(const char *name)
{
    return Prefix + QLatin1String(name);
}

} // namespace

QString FeeTerms::percentText(int basisPoints)
{
    const QString whole = QString::number(basisPoints / 100);
    const int cents = basisPoints % 100;
    if (cents == 0)
        return whole;
    return cents % 10 == 0 ? QStringLiteral("%1.%2").arg(whole).arg(cents / 10)
                           : QStringLiteral("%1.%2").arg(whole).arg(cents, 2, 10, QLatin1Char('0'));
}

std::optional<int> FeeTerms::parsePercent(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,3})(?:\\.([0-9]{1,2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const QString fraction = match.captured(2);
    const int hundredths = fraction.isEmpty() ? 0 : (fraction.size() == 1 ? fraction.toInt() * 10 : fraction.toInt());
    const int bp = whole * 100 + hundredths;
    if (bp > MaxBasisPoints)
        return std::nullopt;
    return bp;
}

Result<void> FeeTerms::validate() const
{
    const auto days = [](int value, int low, const QString &name) -> Result<void> {
        if (value < low || value > MaxDays)
            return Error{ tr("“%1” must be a whole number of days from %2 to %3.").arg(name).arg(low).arg(MaxDays) };
        return {};
    };
    if (auto ok = days(graceDays, 0, member("grace_days")); !ok)
        return ok;
    if (auto ok = days(everyDays, 0, member("every_days")); !ok)
        return ok;
    if (auto ok = days(interestEveryDays, 1, member("interest_every_days")); !ok)
        return ok;
    if (auto ok = days(dueDays, 0, member("due_days")); !ok)
        return ok;
    const qint64 largest = Money::maxAmount(currency);
    for (const auto &[value, name] : { std::pair{ flatAmount, member("flat_amount") },
             std::pair{ maxTotal, member("max_total") }, std::pair{ interestMinimum, member("interest_minimum") } })
        if (value < 0 || value > largest)
            return Error{ tr("“%1” must be an amount from 0 to %2.").arg(name, Money::toFileText(largest, currency)) };
    if (percentBp < 0 || percentBp > MaxBasisPoints)
        return Error{ tr("“%1” must be a percentage from 0 to 100.").arg(member("percent")) };
    if (interestBp < 0 || interestBp > MaxBasisPoints)
        return Error{ tr("“%1” must be a percentage from 0 to 100.").arg(member("interest_annual_percent")) };
    if (maxCount < 0 || maxCount > MaxCount)
        return Error{ tr("“%1” must be a whole number from 0 to %2.").arg(member("max_count")).arg(MaxCount) };
    if (enabled && !hasFee() && !hasInterest())
        return Error{ tr("Late fees are on but would charge nothing: give “%1”, “%2” or “%3”.")
                          .arg(member("flat_amount"), member("percent"), member("interest_annual_percent")) };
    return {};
}

Result<void> FeeTerms::checkCurrency(const Currency &book) const
{
    FeeTerms off;
    off.currency = currency;
    if (*this == off || currency == book)
        return {};
    return Error{ tr("“%1” is %2, but this book keeps its accounts in %3; the fee terms' amounts would be wrong here.")
                      .arg(member("currency"), currency.code(), book.code()) };
}

QJsonObject FeeTerms::toJson() const
{
    return { { QStringLiteral("enabled"), enabled }, { QStringLiteral("currency"), currency.code() },
        { QStringLiteral("grace_days"), graceDays },
        { QStringLiteral("flat_amount"), Money::toFileText(flatAmount, currency) },
        { QStringLiteral("percent"), percentText(percentBp) }, { QStringLiteral("every_days"), everyDays },
        { QStringLiteral("max_count"), maxCount },
        { QStringLiteral("max_total"), Money::toFileText(maxTotal, currency) },
        { QStringLiteral("interest_annual_percent"), percentText(interestBp) },
        { QStringLiteral("interest_every_days"), interestEveryDays },
        { QStringLiteral("interest_minimum"), Money::toFileText(interestMinimum, currency) },
        { QStringLiteral("on_fees"), onFees }, { QStringLiteral("due_days"), dueDays } };
}

Result<FeeTerms> FeeTerms::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Error{ tr("“fees” must be a JSON object.") };
    const QJsonObject o = json.toObject();
    const QSet<QString> known{ QStringLiteral("enabled"), QStringLiteral("currency"), QStringLiteral("grace_days"),
        QStringLiteral("flat_amount"), QStringLiteral("percent"), QStringLiteral("every_days"),
        QStringLiteral("max_count"), QStringLiteral("max_total"), QStringLiteral("interest_annual_percent"),
        QStringLiteral("interest_every_days"), QStringLiteral("interest_minimum"), QStringLiteral("on_fees"),
        QStringLiteral("due_days") };
    for (const QString &k : o.keys())
        if (!known.contains(k))
            return Error{ tr("“fees” has an unknown member “%1”.").arg(k) };

    FeeTerms terms;
    const QJsonValue enabled = o.value(QStringLiteral("enabled"));
    if (!enabled.isBool())
        return Error{ tr("“%1” must be true or false.").arg(member("enabled")) };
    terms.enabled = enabled.toBool();
    const QJsonValue code = o.value(QStringLiteral("currency"));
    auto currency = code.isString() ? Currency::fromCode(code.toString()) : Result<Currency>(Error{});
    if (!currency)
        return Error{
            tr("“%1” must be the ISO code of the currency the amounts are in, such as “USD”.").arg(member("currency"))
        };
    terms.currency = currency.value();

    // Optional members keep their defaults when missing.
    const auto whole = [&o](const char *name, int low, int high, int *out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < low || d > high)
            return Error{ tr("“%1” must be a whole number from %2 to %3.").arg(member(name)).arg(low).arg(high) };
        *out = int(d);
        return {};
    };
    const auto amount = [&o, &terms](const char *name, qint64 *out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        static const QRegularExpression zero(QStringLiteral("^0+(\\.0+)?$"));
        const QString text = v.toString();
        if (v.isString() && zero.match(text).hasMatch() && text.size() <= 20) {
            *out = 0;
            return {};
        }
        auto parsed = v.isString() ? Money::parseFileAmount(text, terms.currency) : Result<qint64>(Error{});
        if (!parsed)
            return Error{ tr("“%1” must be an amount in %2 written as text, such as “%3”.")
                              .arg(member(name), terms.currency.code(), Money::toFileText(500, terms.currency)) };
        *out = parsed.value();
        return {};
    };
    const auto percent = [&o](const char *name, int *out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        const auto bp = v.isString() ? parsePercent(v.toString()) : std::nullopt;
        if (!bp)
            return Error{ tr("“%1” must be a percentage from 0 to 100 written as text, with at most two decimals, "
                             "such as “1.5”.")
                              .arg(member(name)) };
        *out = *bp;
        return {};
    };
    const auto flag = [&o](const char *name, bool *out) -> Result<void> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return {};
        if (!v.isBool())
            return Error{ tr("“%1” must be true or false.").arg(member(name)) };
        *out = v.toBool();
        return {};
    };
    for (const Result<void> &step : { whole("grace_days", 0, MaxDays, &terms.graceDays),
             amount("flat_amount", &terms.flatAmount), percent("percent", &terms.percentBp),
             whole("every_days", 0, MaxDays, &terms.everyDays), whole("max_count", 0, MaxCount, &terms.maxCount),
             amount("max_total", &terms.maxTotal), percent("interest_annual_percent", &terms.interestBp),
             whole("interest_every_days", 1, MaxDays, &terms.interestEveryDays),
             amount("interest_minimum", &terms.interestMinimum), flag("on_fees", &terms.onFees),
             whole("due_days", 0, MaxDays, &terms.dueDays) })
        if (!step)
            return step.failure();
    if (auto ok = terms.validate(); !ok)
        return ok.failure();
    return terms;
}

} // namespace recoup
