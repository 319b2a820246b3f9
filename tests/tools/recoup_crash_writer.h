// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoup::crash {

/// The process the crash driver kills: it records payments on a book one at a
/// time through the Ledger, as the payment dialog does, and after each commit
/// returns appends the payment's reference to a log that it flushes to disk.
/// A reference in the log is therefore a payment the engine said was saved.
class CrashWriter
{
public:
    /// The book's customers, made by the driver: "K1" to "K8".
    static constexpr int CustomerCount = 8;
    static QString customerRef(int index) { return QStringLiteral("K%1").arg(index + 1); }

    /// run numbers the references ("R<run>-<n>"), so no two starts reuse one.
    CrashWriter(QString bookPath, QString logPath, int run);

    /// Records payments until killed. Returns (with a message on stderr) only
    /// when something fails: the book does not open, a payment is refused, the
    /// log cannot be written. The exit code says which.
    int run();

private:
    QString m_bookPath;
    QString m_logPath;
    int m_run;
};

} // namespace recoup::crash
