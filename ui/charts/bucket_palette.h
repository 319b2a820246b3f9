// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace recoup {

/// The colours of the aging buckets, the same on every chart and table:
/// current in green through the oldest in dark red.
class BucketPalette
{
public:
    /// The colour of bucket `index` out of `count` (0 = current).
    static QColor color(int index, int count);
};

} // namespace recoup
