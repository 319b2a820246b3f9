// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace recoup {

/// The books opened last (five at most, the newest first), kept in QSettings
/// for File > Open recent. A book no longer where it was is dropped from the list.
class RecentBooks
{
public:
    static constexpr int Size = 5;

    /// The list as kept, missing books included.
    static QStringList all();
    /// Puts the book first (once), keeping at most Size.
    static void add(const QString &path);
    static void remove(const QString &path);
    /// The books still where they were; the missing ones are dropped from the
    /// list kept and returned in *dropped.
    static QStringList existing(QStringList *dropped);
};

} // namespace recoup
