// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any text as an amount, from a file and as typed in several locales: parsing
// never crashes or overflows, what it accepts is above zero and within the
// limit, and the amount written back as text parses to the same minor units.
#include "core/money.h"

#include <QLocale>

#include <cstdint>
#include <cstdlib>

using namespace recoup;

namespace {

void check(bool condition, const char *what, const QString &text)
{
    if (!condition) {
        fprintf(stderr, "fuzz_money: %s: \"%s\"\n", what, qPrintable(text));
        abort();
    }
}

const QList<Currency> &currencies()
{
    static const QList<Currency> list{ Currency::fromCode(QStringLiteral("USD")).value(),
        Currency::fromCode(QStringLiteral("JPY")).value(), Currency::fromCode(QStringLiteral("KWD")).value() };
    return list;
}

const QList<QLocale> &locales()
{
    // Dot and comma decimals, dot, space and apostrophe groups, Indian grouping,
    // and a locale with its own digits.
    static const QList<QLocale> list{ QLocale::c(), QLocale(QStringLiteral("en_US")), QLocale(QStringLiteral("de_DE")),
        QLocale(QStringLiteral("fr_FR")), QLocale(QStringLiteral("de_CH")), QLocale(QStringLiteral("hi_IN")),
        QLocale(QStringLiteral("es_ES")) };
    return list;
}

void checkAccepted(qint64 value, const Currency &currency, const QString &text)
{
    check(value > 0, "accepted an amount that is not above zero", text);
    check(value <= Money::maxAmount(currency), "accepted an amount past the limit", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Currency &currency : currencies()) {
        if (const auto file = Money::parseFileAmount(text, currency)) {
            checkAccepted(*file, currency, text);
            const auto again = Money::parseFileAmount(Money::toFileText(*file, currency), currency);
            check(again && *again == *file, "a file amount does not read back the same", text);
        } else {
            check(!file.error().isEmpty(), "a refusal without a message", text);
        }
        for (const QLocale &locale : locales()) {
            const auto typed = Money::parseUserAmount(text, currency, locale);
            if (!typed) {
                check(!typed.error().isEmpty(), "a refusal without a message", text);
                continue;
            }
            checkAccepted(*typed, currency, text);
            const QString shown = Money::toDisplayText(*typed, currency, locale);
            const auto again = Money::parseUserAmount(shown, currency, locale);
            check(again && *again == *typed, "a shown amount does not read back the same",
                text + QStringLiteral(" -> ") + shown);
        }
    }
    return 0;
}
