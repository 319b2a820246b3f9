// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoup {

/// How long an SMS is for the network: GSM 7-bit when every character is in
/// the GSM 03.38 alphabet (those of its extension table, as € or {, take two
/// septets), else UCS-2 (characters outside the Basic Multilingual Plane, as
/// most emoji, take two units). One message holds 160 septets or 70 units; a
/// longer text is split into parts of 153 or 67, the rest of each part holding
/// the header that joins them again.
class SmsLength
{
public:
    enum class Encoding { Gsm7, Ucs2 };

    static SmsLength of(const QString &text);

    Encoding encoding() const { return m_encoding; }
    /// Septets (GSM-7) or 16-bit units (UCS-2) the text takes.
    int units() const { return m_units; }
    /// How many messages it is sent as (0 for an empty text).
    int segments() const { return m_segments; }
    /// How many units one part holds at this length (160/153 or 70/67).
    int perSegment() const { return m_perSegment; }

    /// Whether the character is in the GSM 7-bit basic set, or its extension table.
    static bool isGsmBasic(char16_t c);
    static bool isGsmExtension(char16_t c);

private:
    Encoding m_encoding = Encoding::Gsm7;
    int m_units = 0;
    int m_segments = 0;
    int m_perSegment = 160;
};

} // namespace recoup
