// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace recoup::test {

/// What one run of the real recoup-cli binary printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

/// Runs $RECOUP_CLI (set by ctest) with the arguments and waits for it.
CliRun cli(const QStringList &arguments);
/// A file or folder of the interchange format's examples.
QString example(const QString &name);
/// A new USD book in dir with the format's `small` example imported.
QString exampleBook(const QTemporaryDir &dir);

} // namespace recoup::test
