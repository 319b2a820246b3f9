// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace recoup::crash {

/// Starts the crash writer on one book, kills it with SIGKILL at a random
/// moment, and checks the book after every kill: it opens, passes SQLite's
/// integrity check and `recoup-cli verify`, and holds every payment the writer
/// logged as committed exactly once. A payment committed but killed before its
/// log line was written is allowed (at most one a run) and counted apart.
class CrashDriver
{
public:
    struct Options
    {
        int kills = 50;
        QString writerProgram; ///< this program, run as `write BOOK LOG RUN`
        QString cliProgram; ///< recoup-cli, for verify
        QString workDir; ///< where the book and the log go
        int maxDelayMs = 1000; ///< each kill comes 0 to this many ms after the start
        quint32 seed = 0;
    };

    struct Report
    {
        int kills = 0;
        int killsWhileWriting = 0; ///< kills after the run had committed at least once
        qint64 commits = 0; ///< payments logged as committed
        qint64 committedNotLogged = 0;
        QSet<QString> lost; ///< logged, not in the book
        QSet<QString> doubled; ///< logged, in the book more than once
        int openFailures = 0;
        int integrityFailures = 0;
        int verifyFailures = 0;
        int writerFailures = 0; ///< the writer stopped by itself before the kill
        QStringList problems; ///< the first few, in words
        bool ok() const;
        QString summary() const;
    };

    explicit CrashDriver(Options options);

    /// Makes the book, then kills and checks options.kills times.
    Report run();

private:
    bool makeBook(Report &report);
    void killOnce(int run, Report &report);
    void checkBook(int run, Report &report);
    /// The payment references in the book, each with how often it is there.
    bool readPayments(QHash<QString, int> &payments, Report &report);
    bool verify(Report &report);
    QStringList loggedRefs() const;
    void problem(Report &report, const QString &text) const;

    Options m_options;
    QString m_book;
    QString m_log;
};

} // namespace recoup::crash
