// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/sms_length.h"

#include <QList>

namespace recoup {

namespace {

// The GSM 03.38 default alphabet, in its own order (0x00 to 0x7F); 0x1B is the
// escape to the extension table, not a character of its own.
constexpr char16_t GsmBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: each costs the escape and itself.
constexpr char16_t GsmExtension[] = u"\f^{}\\[~]|€";

constexpr int SingleGsm = 160;
constexpr int PartGsm = 153;
constexpr int SingleUcs2 = 70;
constexpr int PartUcs2 = 67;

bool contains(const char16_t *set, char16_t c)
{
    for (const char16_t *p = set; *p; ++p)
        if (*p == c)
            return true;
    return false;
}

} // namespace

bool SmsLength::isGsmBasic(char16_t c)
{
    return contains(GsmBasic, c);
}

bool SmsLength::isGsmExtension(char16_t c)
{
    return contains(GsmExtension, c);
}

SmsLength SmsLength::of(const QString &text)
{
    // What each character costs: a GSM extension character (escape + itself)
    // or a UTF-16 surrogate pair is never split between two parts.
    QList<int> costs;
    costs.reserve(text.size());
    bool gsm = true;
    for (QChar c : text) {
        if (isGsmBasic(c.unicode())) {
            costs.append(1);
        } else if (isGsmExtension(c.unicode())) {
            costs.append(2);
        } else {
            gsm = false;
            break;
        }
    }
    SmsLength length;
    int single = SingleGsm;
    int part = PartGsm;
    if (!gsm) {
        length.m_encoding = Encoding::Ucs2;
        single = SingleUcs2;
        part = PartUcs2;
        costs.clear();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            costs.append(pair ? 2 : 1);
            if (pair)
                ++i;
        }
    }
    for (int cost : costs)
        length.m_units += cost;
    length.m_perSegment = single;
    if (length.m_units == 0)
        return length;
    if (length.m_units <= single) {
        length.m_segments = 1;
        return length;
    }
    length.m_perSegment = part;
    int used = 0;
    length.m_segments = 1;
    for (int cost : costs) {
        if (used + cost > part) {
            ++length.m_segments;
            used = 0;
        }
        used += cost;
    }
    return length;
}

} // namespace recoup
