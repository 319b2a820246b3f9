// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demo_book.h"

#include "core/clock.h"
#include "core/currency.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QFile>
#include <QFileInfo>

namespace recoup {

Result<DemoSummary> DemoBook::create(
    const QString &path, const Currency &currency, const Clock &clock, const DemoOptions &options)
{
    if (QFileInfo::exists(path))
        return Error{ tr("“%1” already exists. Choose a new file name for the book.").arg(path) };
    const QString partial = QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName()
        + QStringLiteral(".partial");
    const auto removePartial = [&partial] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(partial + suffix);
    };
    removePartial();
    auto db = Database::create(partial, currency);
    if (!db)
        return Error{ QString(db.error()).replace(partial, path) };
    Result<DemoSummary> made = [&] {
        Ledger ledger(*db.value(), clock);
        return DemoGenerator(ledger).generate(options);
    }();
    // Everything into the book file itself, so the rename carries all of it.
    const auto flushed = made ? db.value()->checkpoint() : Result<void>();
    db.value().reset();
    if (!made || !flushed) {
        removePartial();
        return Error{ made ? flushed.error() : made.error() };
    }
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0 || !QFile::rename(partial, path)) {
        removePartial();
        return Error{ tr("The demo book could not be given its name “%1”; nothing was made.").arg(path) };
    }
    removePartial();
    return made;
}

} // namespace recoup
