// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace recoup {

/// The characters of a text as a person counts them: Unicode code points, so an
/// emoji outside the Basic Multilingual Plane (two UTF-16 units) counts once.
inline qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++count;
    return count;
}

} // namespace recoup
