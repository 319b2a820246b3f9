// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoup::test {

/// Writes random bytes over one whole page in the middle of a table's b-tree,
/// as a failing disk or a stray program would, and leaves the rest of the file
/// as it was. The book must be closed. Returns the offset written, or -1 when
/// the table has fewer than three leaf pages (too small to damage in the middle).
qint64 damageTablePage(const QString &path, const QString &table);

} // namespace recoup::test
