// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const recoup::cli::CommandLine commandLine;
    // Papers need fonts and images, which only a QGuiApplication has; a
    // terminal or a scheduler has no screen, so it draws offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && commandLine.paints(QString::fromLocal8Bit(argv[1]))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    const int status = commandLine.run(QCoreApplication::arguments(), { out, err });
    out.flush();
    err.flush();
    return status;
}
