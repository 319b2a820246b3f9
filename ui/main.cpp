// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"
#include "main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
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

    const QString path = recoup::MainWindow::bookToOpen(QApplication::arguments());
    auto db = recoup::MainWindow::openBook(path);
    if (!db) {
        // Locked, read-only, not a book, newer, corrupt: say so and leave the file alone.
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recoup cannot open the book"), db.error());
        return 1;
    }
    recoup::MainWindow::rememberBook(path);
    recoup::SystemClock clock;
    recoup::Ledger ledger(*db.value(), clock);
    recoup::MainWindow window(ledger);
    // The demo book from the welcome page opens in a window of its own; this book stays open.
    QObject::connect(&window, &recoup::MainWindow::bookRequested, &window,
        [](const QString &book) { QProcess::startDetached(QApplication::applicationFilePath(), { book }); });
    window.show();
    return app.exec();
}
