// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-crash run [--kills N] [--dir DIR] [--max-delay MS] [--seed S] [--cli RECOUP_CLI]
// recoup-crash write BOOK LOG RUN
// The crash harness: `run` makes a book and kills a writer on it N times with
// SIGKILL, checking the book after each kill (see CrashDriver); `write` is that
// writer (see CrashWriter). Exit 0 when nothing was lost, doubled or damaged.
#include "recoup_crash_driver.h"
#include "recoup_crash_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using recoup::crash::CrashDriver;
using recoup::crash::CrashWriter;

namespace {

int usage()
{
    std::fprintf(stderr,
        "usage: recoup-crash run [--kills N] [--dir DIR] [--max-delay MS] [--seed S] [--cli RECOUP_CLI]\n"
        "       recoup-crash write BOOK LOG RUN\n");
    return 2;
}

int drive(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kills(
        QStringLiteral("kills"), QStringLiteral("How many kills."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Folder for the book and the log (default: a temporary one)."), QStringLiteral("DIR"));
    const QCommandLineOption maxDelay(QStringLiteral("max-delay"),
        QStringLiteral("Longest time from a start to its kill, in ms."), QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Seed of the kill times (default: random)."), QStringLiteral("S"));
    const QCommandLineOption cli(QStringLiteral("cli"),
        QStringLiteral("The recoup-cli to verify with (default: $RECOUP_CLI)."), QStringLiteral("RECOUP_CLI"));
    parser.addOptions({ kills, dir, maxDelay, seed, cli });
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "recoup-crash: %s\n", qPrintable(parser.errorText()));
        return usage();
    }

    CrashDriver::Options options;
    options.kills = parser.value(kills).toInt();
    options.maxDelayMs = parser.value(maxDelay).toInt();
    options.seed = parser.isSet(seed) ? parser.value(seed).toUInt() : QRandomGenerator::global()->generate();
    options.writerProgram = QCoreApplication::applicationFilePath();
    options.cliProgram = parser.isSet(cli) ? parser.value(cli) : qEnvironmentVariable("RECOUP_CLI");
    if (options.kills <= 0 || options.maxDelayMs <= 0 || options.cliProgram.isEmpty())
        return usage();

    QTemporaryDir temporary;
    options.workDir = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    std::printf("recoup-crash: %d kills on %s, seed %u\n", options.kills, qPrintable(options.workDir), options.seed);
    std::fflush(stdout);

    QElapsedTimer timer;
    timer.start();
    const CrashDriver::Report report = CrashDriver(options).run();
    std::printf(
        "recoup-crash: %s in %.0f s\n", qPrintable(report.summary()), static_cast<double>(timer.elapsed()) / 1000.0);
    if (report.ok())
        return 0;
    // Keep the evidence.
    temporary.setAutoRemove(false);
    std::printf("recoup-crash: FAILED; the book and the log are in %s\n", qPrintable(options.workDir));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    if (mode == QLatin1String("write") && arguments.size() == 5)
        return CrashWriter(arguments.at(2), arguments.at(3), arguments.at(4).toInt()).run();
    if (mode == QLatin1String("run"))
        return drive(arguments.mid(1));
    return usage();
}
