// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a small screen (1280x720), as the offscreen platform can be
// told with a configuration file, with frames drawn round its windows: first shown inside the free area, restored as
// it was left (size, place, maximised, the customer page's splitter), and
// brought back inside when it was left larger than the screen is now.
#include "main_window.h"
#include "pages/customer_page.h"
#include "pages/dashboard_page.h"
#include "pages/receivables_page.h"
#include "support/test_book.h"
#include "window_placement.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class WindowPlacementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void firstShownInsideTheScreen();
    void firstGeometryLeavesRoomForTheTitleBar();
    void restoredAsItWasLeft();
    void maximisedStaysMaximised();
    void aWindowLargerThanTheScreenIsBroughtInside();
    void everyPageFitsTheSmallScreen();

private:
    static QRect available() { return QApplication::primaryScreen()->availableGeometry(); }
    static bool inside(const QWidget &window) { return available().contains(window.frameGeometry()); }
};

void WindowPlacementTest::initTestCase()
{
    QCOMPARE(QApplication::primaryScreen()->geometry().size(), QSize(1280, 720));
    QCoreApplication::setOrganizationName(QStringLiteral("RecoupTest"));
    QCoreApplication::setApplicationName(QStringLiteral("window_placement_test"));
}

void WindowPlacementTest::firstShownInsideTheScreen()
{
    TestBook book;
    MainWindow window(book.ledger());
    WindowPlacement::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY2(inside(window),
        qPrintable(QStringLiteral("%1,%2 %3x%4")
                       .arg(window.frameGeometry().x())
                       .arg(window.frameGeometry().y())
                       .arg(window.frameGeometry().width())
                       .arg(window.frameGeometry().height())));
    // The status bar with the totals is on the screen.
    QVERIFY(available().contains(window.statusBar()->mapToGlobal(window.statusBar()->rect().bottomRight())));
}

void WindowPlacementTest::firstGeometryLeavesRoomForTheTitleBar()
{
    // The case of the issue: 1366x768 with a panel, the window asked for all of it.
    const QRect screen(0, 0, 1366, 742);
    const QRect first = WindowPlacement::firstGeometry(screen, QMargins(1, 30, 1, 1));
    QVERIFY(screen.contains(first.marginsAdded(QMargins(1, 30, 1, 1))));
    QCOMPARE(first.width(), 1364);
    QCOMPARE(first.height(), 711);
    // A large screen: 1366x768, centred.
    const QRect large = WindowPlacement::firstGeometry(QRect(0, 0, 1920, 1080), QMargins(1, 30, 1, 1));
    QCOMPARE(large.size(), QSize(1366, 768));
}

void WindowPlacementTest::restoredAsItWasLeft()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    QList<int> sizes;
    QRect geometry;
    {
        MainWindow window(book.ledger());
        WindowPlacement::track(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(QRect(available().topLeft() + QPoint(40, 60), QSize(820, 480)));
        window.showCustomer(id);
        auto *splitter = window.customerPage()->findChild<QSplitter *>(QStringLiteral("customerSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({ 200, 500 });
        sizes = splitter->sizes();
        geometry = window.geometry();
        window.close();
    }
    MainWindow window(book.ledger());
    WindowPlacement::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.geometry(), geometry);
    window.showCustomer(id);
    QCOMPARE(window.customerPage()->findChild<QSplitter *>(QStringLiteral("customerSplitter"))->sizes(), sizes);
}

void WindowPlacementTest::maximisedStaysMaximised()
{
    TestBook book;
    {
        MainWindow window(book.ledger());
        WindowPlacement::track(&window);
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isMaximized());
        window.close();
    }
    MainWindow window(book.ledger());
    WindowPlacement::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.isMaximized());
}

void WindowPlacementTest::aWindowLargerThanTheScreenIsBroughtInside()
{
    TestBook book;
    {
        // Left on a larger screen: 1800x1000 from (300, 200).
        MainWindow window(book.ledger());
        window.setGeometry(QRect(300, 200, 1800, 1000));
        WindowPlacement::save(&window);
    }
    MainWindow window(book.ledger());
    WindowPlacement::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY2(inside(window),
        qPrintable(QStringLiteral("%1,%2 %3x%4")
                       .arg(window.frameGeometry().x())
                       .arg(window.frameGeometry().y())
                       .arg(window.frameGeometry().width())
                       .arg(window.frameGeometry().height())));
}

void WindowPlacementTest::everyPageFitsTheSmallScreen()
{
    // Figures as wide as a busy shop's: no page may ask for more than the screen has.
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Northgate Builders' Merchants Limited"));
    book.sale(id, QStringLiteral("987654.32"), QDate(2025, 9, 1));
    book.sale(id, QStringLiteral("123456.78"), QDate(2026, 3, 1));
    book.pay(id, QStringLiteral("4321.09"), QDate(2026, 2, 2));
    MainWindow window(book.ledger());
    WindowPlacement::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize room = available().marginsRemoved(WindowPlacement::assumedFrame()).size();
    const auto fits = [&](const char *where) {
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
            qPrintable(QStringLiteral("%1 needs %2x%3, the screen has %4x%5")
                           .arg(QLatin1String(where))
                           .arg(needed.width())
                           .arg(needed.height())
                           .arg(room.width())
                           .arg(room.height())));
    };
    for (const auto page : { MainWindow::Today, MainWindow::Customers, MainWindow::Documents, MainWindow::Settings }) {
        window.showPage(page);
        fits(window.pages()->currentWidget()->metaObject()->className());
    }
    window.showCustomer(id);
    fits("the customer page");
    window.showPage(MainWindow::Aging);
    auto *receivables = qobject_cast<ReceivablesPage *>(window.pages()->currentWidget());
    QVERIFY(receivables);
    receivables->setCurrentWidget(receivables->dashboard());
    QTRY_VERIFY(!receivables->dashboard()->isBusy()
        && !receivables->dashboard()->tile(QStringLiteral("receivable"))->text().isEmpty());
    fits("the dashboard");
}

int main(int argc, char *argv[])
{
    // A screen smaller than any the window was made on, with a panel along its top.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({ "synchronousWindowSystemEvents": true, "windowFrameMargins": true,
        "screens": [ { "name": "small", "x": 0, "y": 0, "width": 1280, "height": 720,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    WindowPlacementTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "window_placement_test.moc"
