// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringView>

namespace recoup {

/// Compact JSON written straight into UTF-8, byte for byte as
/// QJsonDocument::toJson(QJsonDocument::Compact) writes the same values (its
/// escapes, its numbers), for the bulk import's audit records: building a
/// QJsonObject per record and converting its text twice cost more than the rest
/// of the record. tests/unit/json_text_test.cpp compares the two on every
/// character class.
namespace JsonText {

/// A JSON string: `"` + the text escaped as Qt escapes it + `"`.
void appendString(QByteArray &out, QStringView text);
/// A string of ASCII that needs no escape (a key, a date, a number's digits).
inline void appendPlain(QByteArray &out, const char *text, qsizetype size)
{
    out += '"';
    out.append(text, size);
    out += '"';
}
/// A JSON number (an integer, as Qt writes a qint64).
void appendInteger(QByteArray &out, qint64 value);
/// A string holding an integer in decimal ("-1250"), as canonical rows hold one.
void appendIntegerString(QByteArray &out, qint64 value);
/// A date as a string "YYYY-MM-DD" (AuditDetails::isoDate's text).
void appendDate(QByteArray &out, const QDate &date);

} // namespace JsonText

} // namespace recoup
