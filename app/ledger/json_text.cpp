// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/json_text.h"

#include "ledger/audit_details.h"

#include <cstdio>

namespace recoup::JsonText {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendEscape(QByteArray &out, char16_t u)
{
    const char text[]
        = { '\\', 'u', hexDigit(u >> 12 & 0xf), hexDigit(u >> 8 & 0xf), hexDigit(u >> 4 & 0xf), hexDigit(u & 0xf) };
    out.append(text, sizeof text);
}

/// Decimal digits of value into the end of buffer; returns where they start.
char *digits(qint64 value, char *end)
{
    // In unsigned arithmetic, so the most negative value has its magnitude too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    char *p = end;
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    return p;
}

} // namespace

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s != end) {
        // A run that needs nothing done, appended at once.
        const char16_t *run = s;
        while (s != end && *s >= 0x20 && *s < 0x80 && *s != u'"' && *s != u'\\')
            ++s;
        if (s != run) {
            const qsizetype at = out.size();
            out.resize(at + (s - run));
            char *to = out.data() + at;
            for (const char16_t *c = run; c != s; ++c)
                *to++ = char(*c);
        }
        if (s == end)
            break;
        const char16_t u = *s++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x08:
                out += 'b';
                break;
            case 0x0c:
                out += 'f';
                break;
            case 0x0a:
                out += 'n';
                break;
            case 0x0d:
                out += 'r';
                break;
            case 0x09:
                out += 't';
                break;
            default:
                out.chop(1);
                appendEscape(out, u);
            }
        } else if (u < 0x800) {
            const char bytes[] = { char(0xc0 | u >> 6), char(0x80 | (u & 0x3f)) };
            out.append(bytes, 2);
        } else if (u < 0xd800 || u > 0xdfff) {
            const char bytes[] = { char(0xe0 | u >> 12), char(0x80 | (u >> 6 & 0x3f)), char(0x80 | (u & 0x3f)) };
            out.append(bytes, 3);
        } else if (u < 0xdc00 && s != end && *s >= 0xdc00 && *s <= 0xdfff) {
            // A surrogate pair: one code point past the BMP.
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*s++) - 0xdc00);
            const char bytes[] = { char(0xf0 | c >> 18), char(0x80 | (c >> 12 & 0x3f)), char(0x80 | (c >> 6 & 0x3f)),
                char(0x80 | (c & 0x3f)) };
            out.append(bytes, 4);
        } else {
            // A surrogate alone is not UTF-8: Qt writes it as an escape.
            appendEscape(out, u);
        }
    }
    out += '"';
}

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *const end = buffer + sizeof buffer;
    const char *start = digits(value, end);
    out.append(start, end - start);
}

void appendIntegerString(QByteArray &out, qint64 value)
{
    char buffer[24];
    char *const end = buffer + sizeof buffer;
    const char *start = digits(value, end);
    appendPlain(out, start, end - start);
}

void appendDate(QByteArray &out, const QDate &date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999) {
        appendString(out, AuditDetails::isoDate(date));
        return;
    }
    const char text[]
        = { '"', char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
              char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10), '"' };
    out.append(text, sizeof text);
}

} // namespace recoup::JsonText
