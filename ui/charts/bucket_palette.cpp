// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/bucket_palette.h"

#include <QList>

namespace recoup {

QColor BucketPalette::color(int index, int count)
{
    // Five anchor colours, green to dark red, spread over however many buckets
    // the user set; readable on white and distinct for common colour blindness
    // in lightness as well as hue.
    static const QList<QColor> anchors = { QColor(0x2e, 0x7d, 0x32), QColor(0xc0, 0xca, 0x33), QColor(0xf9, 0xa8, 0x25),
        QColor(0xe6, 0x4a, 0x19), QColor(0x8b, 0x0a, 0x0a) };
    if (count <= 1)
        return anchors.first();
    const int last = int(anchors.size()) - 1;
    const int at = qBound(0, int(qRound(double(index) * last / (count - 1))), last);
    return anchors.at(at);
}

} // namespace recoup
