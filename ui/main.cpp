// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "book_switcher.h"
#include "core/clock.h"
#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslations(QTranslator &recoup, QTranslator &qt)
{
    if (recoup.load(QLocale(), QStringLiteral("recoup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&recoup);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recoup"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recoup"));
    QApplication::setOrganizationName(QStringLiteral("Recoup"));
    QApplication::setApplicationVersion(QStringLiteral(RECOUP_VERSION));
    // Lets the desktop match the window to its launcher (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.recoup.Recoup"));
    QTranslator recoupTranslator;
    QTranslator qtTranslator;
    installTranslations(recoupTranslator, qtTranslator);

    recoup::SystemClock clock;
    recoup::BookSwitcher books(clock);
    // A book that cannot be opened (locked, read-only, not a book, newer, corrupt)
    // is left alone and said so; the start window offers another.
    books.open(recoup::MainWindow::bookToOpen(QApplication::arguments()));
    return app.exec();
}
