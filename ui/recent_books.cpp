// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recent_books.h"

#include <QFileInfo>
#include <QSettings>

namespace recoup {

namespace {

const QString RecentKey = QStringLiteral("book/recent");

void store(const QStringList &paths)
{
    QSettings().setValue(RecentKey, paths);
}

} // namespace

QStringList RecentBooks::all()
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentBooks::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = all();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, Size));
}

void RecentBooks::remove(const QString &path)
{
    QStringList paths = all();
    if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(paths);
}

QStringList RecentBooks::existing(QStringList *dropped)
{
    QStringList found;
    for (const QString &path : all()) {
        if (QFileInfo(path).isFile())
            found << path;
        else if (dropped)
            *dropped << path;
    }
    if (found.size() != all().size())
        store(found);
    return found;
}

} // namespace recoup
