// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recoup-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Recoup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUP_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("recoup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // QCommandLineParser's "Usage:", "Options:" and "Arguments:" are Qt's own strings.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = recoup::cli::CommandLine().run(QCoreApplication::arguments(), { out, err });
    out.flush();
    err.flush();
    return status;
}
