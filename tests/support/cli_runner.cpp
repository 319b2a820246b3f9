// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QProcess>
#include <QTemporaryDir>

namespace recoup::test {

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("RECOUP_CLI"), arguments);
    if (!process.waitForFinished(240000))
        qFatal("recoup-cli did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString example(const QString &name)
{
    return QStringLiteral(RECOUP_FORMAT_EXAMPLES "/") + name;
}

QString exampleBook(const QTemporaryDir &dir)
{
    const QString book = dir.filePath(QStringLiteral("example.recoup"));
    if (cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode != 0)
        qFatal("init failed");
    const CliRun imported = cli({ QStringLiteral("import"), book, example(QStringLiteral("small")) });
    if (imported.exitCode != 0)
        qFatal("import failed: %s", qPrintable(imported.err));
    return book;
}

} // namespace recoup::test
