// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/database.h"

#include <QString>
#include <QStringList>
#include <QThread>

namespace recoup {

/// Checks a book's integrity on a thread of its own, with a read-only
/// connection of its own, so the window shows a large book at once instead of
/// waiting for SQLite to read every page (a second per 200 MB). The window's
/// book is opened with Database::Integrity::CheckBeforeFirstWrite and takes
/// the result with Database::settleIntegrity() once finished() is emitted.
class IntegrityCheckThread final : public QThread
{
    Q_OBJECT
public:
    explicit IntegrityCheckThread(QString path, QObject *parent = nullptr);
    /// Waits for the check in progress: the thread must not outlive its object.
    ~IntegrityCheckThread() override;
    Q_DISABLE_COPY_MOVE(IntegrityCheckThread)

    /// After finished(): what the check found (Damage::None: the book is sound).
    Database::Damage damage() const { return m_damage; }
    const QStringList &problems() const { return m_problems; }
    /// After finished(): why the book could not be read for the check (empty if it was).
    const QString &error() const { return m_error; }

protected:
    void run() override;

private:
    QString m_path;
    Database::Damage m_damage = Database::Damage::None;
    QStringList m_problems;
    QString m_error;
};

} // namespace recoup
