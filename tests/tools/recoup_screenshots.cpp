// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-screenshots BOOK DIR [--today YYYY-MM-DD] [--set all|main|screen]
// [--suffix TEXT] [--dark] [--screen WxH]: opens the real window on a book,
// offscreen at 1366x768, and writes the main screens as PNG files (their names
// ending in TEXT). "main" is the pages alone (customers, today, customer, aging,
// dashboard, and the welcome page of an empty book),
// for the renderings in another setting (2x scale, a dark palette, Spanish);
// "screen" is the window as first placed on a WxH screen, with a title bar drawn
// where a window manager would draw one (offscreen has none).
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/about_dialog.h"
#include "dialogs/contact_dialog.h"
#include "dialogs/new_book_dialog.h"
#include "dialogs/payment_dialog.h"
#include "dialogs/payment_plan_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger.h"
#include "main_window.h"
#include "models/open_items_model.h"
#include "models/timeline_model.h"
#include "pages/aging_page.h"
#include "pages/customer_page.h"
#include "pages/dashboard_page.h"
#include "pages/receivables_page.h"
#include "pages/today_page.h"
#include "window_placement.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWindow>

#include <cstdio>

using namespace recoup;

namespace {

/// Which screenshots this run writes, and how their files are named.
struct Run
{
    QString dir;
    QString set = QStringLiteral("all");
    QString suffix;

    bool wants(const QString &name) const
    {
        static const QStringList main{ QStringLiteral("customers"), QStringLiteral("today"), QStringLiteral("customer"),
            QStringLiteral("aging"), QStringLiteral("dashboard"), QStringLiteral("welcome") };
        return set == QLatin1String("all") || (set == QLatin1String("main") && main.contains(name));
    }
};

bool save(QWidget *widget, const Run &run, const QString &name)
{
    if (!run.wants(name))
        return true;
    QApplication::processEvents();
    const QString path = QDir(run.dir).filePath(name + run.suffix + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "recoup-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

/// The whole screen with the window where it was first placed and the title
/// bar a window manager would draw above it, saying the title it would show.
bool saveScreen(MainWindow &window, const Run &run, const QString &name)
{
    const QScreen *screen = window.screen();
    const qreal ratio = window.devicePixelRatioF();
    QImage image((screen->geometry().size() * ratio), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0x3b, 0x4a, 0x5c));
    QPainter painter(&image);
    const QRect inner = window.geometry();
    const QRect bar(inner.left() - 1, inner.top() - WindowPlacement::assumedFrame().top(), inner.width() + 2,
        WindowPlacement::assumedFrame().top());
    painter.fillRect(bar, QColor(0xe8, 0xe8, 0xe7));
    painter.setPen(QColor(0x2e, 0x34, 0x36));
    QFont bold = window.font();
    bold.setBold(true);
    painter.setFont(bold);
    // As desktops show it: the window's title, then the program's name.
    painter.drawText(bar, Qt::AlignCenter,
        QStringLiteral("%1 — %2").arg(window.windowHandle()->title(), QGuiApplication::applicationDisplayName()));
    painter.drawPixmap(inner.topLeft(), window.grab());
    painter.end();
    const QString path = QDir(run.dir).filePath(name + run.suffix + QStringLiteral(".png"));
    if (!image.save(path)) {
        std::fprintf(stderr, "recoup-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

/// The dark palette of many desktops, for the window drawn dark.
void useDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xf0, 0xf0, 0xf0);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

/// A customer worth showing: several open items, the oldest partly paid.
/// A customer chased no further than reminders: no dispute, agency or legal step
/// on any sale, so the page and the plan preview show an everyday case.
bool everydayCustomer(Ledger &ledger, qint64 id)
{
    QSqlQuery query(ledger.database().connection());
    query.prepare(QStringLiteral("SELECT 1 FROM debts d WHERE d.customer_id = ? AND ("
                                 "EXISTS (SELECT 1 FROM disputes x WHERE x.debt_id = d.id) OR "
                                 "EXISTS (SELECT 1 FROM agency_referrals x WHERE x.debt_id = d.id) OR "
                                 "EXISTS (SELECT 1 FROM legal_steps x WHERE x.debt_id = d.id)) LIMIT 1"));
    query.addBindValue(id);
    return query.exec() && !query.next();
}

qint64 pickCustomer(Ledger &ledger, const CustomerDirectory &directory)
{
    CustomerQuery query;
    query.sort = CustomerQuery::Sort::Overdue;
    query.descending = true;
    qint64 fallback = 0;
    const auto rows = directory.page(query, 0, 200);
    for (const CustomerSummary &row : rows ? rows.value() : QList<CustomerSummary>()) {
        const QList<Debt> open = ledger.openDebts(row.id).value();
        if (open.isEmpty())
            continue;
        if (!fallback)
            fallback = row.id;
        if (open.size() < 2 || open.size() > 6 || !everydayCustomer(ledger, row.id))
            continue;
        const QList<Entry> timeline = ledger.debtTimeline(open.first().id).value();
        const bool paidInPart = std::any_of(timeline.cbegin(), timeline.cend(),
            [](const Entry &e) { return e.kind == EntryKind::Allocation && !e.reversedBy; });
        if (paidInPart && timeline.size() >= 3)
            return row.id;
    }
    return fallback;
}

/// A first run: a new, empty book opens on the welcome page.
bool saveWelcome(const Run &run, const Currency &currency, FixedClock &clock)
{
    if (!run.wants(QStringLiteral("welcome")))
        return true;
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("shop.recoup")), currency);
    if (!db) {
        std::fprintf(stderr, "recoup-screenshots: %s\n", qPrintable(db.error()));
        return false;
    }
    Ledger ledger(*db.value(), clock);
    MainWindow window(ledger);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.showPage(MainWindow::Customers);
    return save(&window, run, QStringLiteral("welcome"));
}

} // namespace

int main(int argc, char *argv[])
{
    // A screen of the size asked for, with frames round the windows: set before
    // the application starts, as the platform reads it then.
    QTemporaryDir screenDir;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--screen") != 0)
            continue;
        const QList<QByteArray> size = QByteArray(argv[i + 1]).split('x');
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (size.size() != 2 || !file.open(QIODevice::WriteOnly))
            return 2;
        file.write("{ \"windowFrameMargins\": true, \"screens\": [ { \"name\": \"screen\", \"x\": 0, \"y\": 0, "
                   "\"width\": "
            + size.at(0) + ", \"height\": " + size.at(1)
            + ", \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1 } ] }");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Recoup"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr,
            "usage: recoup-screenshots BOOK DIR [--today YYYY-MM-DD] [--set all|main|screen] [--suffix TEXT] "
            "[--dark] [--screen WxH]\n");
        return 2;
    }
    const auto option = [&args](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    // The C locale has no thousands separator; show what most users see.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The program's words in the user's language, as the real window has them.
    QTranslator recoupTranslator;
    QTranslator qtTranslator;
    if (recoupTranslator.load(QLocale(), QStringLiteral("recoup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&recoupTranslator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (args.contains(QLatin1String("--dark")))
        useDarkPalette();
    QDate today = QDate::currentDate();
    if (const QString given = option("--today"); !given.isEmpty())
        today = QDate::fromString(given, Qt::ISODate);
    Run run;
    run.dir = args.at(2);
    run.set = option("--set").isEmpty() ? QStringLiteral("all") : option("--set");
    run.suffix = option("--suffix");
    QDir().mkpath(run.dir);

    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "recoup-screenshots: %s\n", qPrintable(db.error()));
        return 1;
    }
    FixedClock clock(today);
    Ledger ledger(*db.value(), clock);
    MainWindow window(ledger);
    if (run.set == QLatin1String("screen")) {
        // Where a first run puts it: inside the screen's free area, title bar included.
        window.setGeometry(WindowPlacement::firstGeometry(window.screen()->availableGeometry()));
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.showPage(MainWindow::Customers);
        return saveScreen(window, run,
                   QStringLiteral("window-%1x%2")
                       .arg(window.screen()->geometry().width())
                       .arg(window.screen()->geometry().height()))
            ? 0
            : 1;
    }
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    window.showPage(MainWindow::Customers);
    bool ok = save(&window, run, QStringLiteral("customers"));

    // Today, once its list (computed on a thread of its own) is in.
    window.showPage(MainWindow::Today);
    while (window.todayPage()->taskCount() < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    window.todayPage()->table()->setFocus();
    ok = save(&window, run, QStringLiteral("today")) && ok;
    window.showPage(MainWindow::Customers);

    const CustomerDirectory directory(ledger.database(), clock);
    const qint64 customer = pickCustomer(ledger, directory);
    if (!customer) {
        std::fprintf(stderr, "recoup-screenshots: the book has no customer with open items\n");
        return 1;
    }
    window.showCustomer(customer);
    CustomerPage *page = window.customerPage();
    page->selectOpenItem(0);
    QTableView *timeline = page->timelineView();
    // The latest payment on it selected, as when about to reverse it.
    for (int row = timeline->model()->rowCount() - 1; row >= 0; --row) {
        if (timeline->model()->index(row, TimelineModel::What).data(TimelineModel::ReversibleRole).toBool()) {
            timeline->setCurrentIndex(timeline->model()->index(row, 0));
            break;
        }
    }
    ok = save(&window, run, QStringLiteral("customer")) && ok;

    page->recordPayment();
    auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
    auto *amount = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")) : nullptr;
    if (!amount) {
        std::fprintf(stderr, "recoup-screenshots: the payment dialog did not open\n");
        return 1;
    }
    // More than the oldest item, so the preview shows money going to two items.
    const QList<Debt> open = ledger.openDebts(customer).value();
    qint64 typed = open.first().openAmount + (open.size() > 1 ? open.at(1).openAmount / 2 : 1000);
    typed -= typed % ledger.currency().scale(); // a round amount, as people pay
    QTest::keyClicks(amount, QString::number(typed / ledger.currency().scale()));
    ok = save(dialog, run, QStringLiteral("payment-dialog")) && ok;
    dialog->reject();

    // The payment plan preview: the customer's open sales in six monthly installments.
    page->makePaymentPlan();
    auto *plan = qobject_cast<PaymentPlanDialog *>(QApplication::activeModalWidget());
    auto *count = plan ? plan->findChild<QSpinBox *>(QStringLiteral("countSpin")) : nullptr;
    if (!count) {
        std::fprintf(stderr, "recoup-screenshots: the payment plan dialog did not open\n");
        return 1;
    }
    count->setValue(6);
    plan->resize(plan->sizeHint().width() + 120, plan->sizeHint().height() + 40);
    ok = save(plan, run, QStringLiteral("plan-preview")) && ok;
    plan->reject();

    // A call logged at the counter: the customer promised to pay.
    page->recordPromise();
    if (auto *contact = qobject_cast<ContactDialog *>(QApplication::activeModalWidget())) {
        ok = save(contact, run, QStringLiteral("contact-dialog")) && ok;
        contact->reject();
    } else {
        std::fprintf(stderr, "recoup-screenshots: the contact dialog did not open\n");
        ok = false;
    }

    window.showPage(MainWindow::Settings);
    ok = save(&window, run, QStringLiteral("settings")) && ok;

    // The demo's one sale chased all the way (agency, write-off, recovery): a timeline with every kind of event.
    QSqlQuery chased(ledger.database().connection());
    if (chased.exec(QStringLiteral("SELECT d.customer_id, d.id FROM recoveries r JOIN debts d ON d.id = r.debt_id "
                                   "JOIN agency_referrals f ON f.debt_id = d.id ORDER BY r.id LIMIT 1"))
        && chased.next()) {
        window.showCustomer(chased.value(0).toLongLong());
        const qint64 debtId = chased.value(1).toLongLong();
        page->findChild<QCheckBox *>(QStringLiteral("showPaid"))->setChecked(true);
        QAbstractItemModel *items = page->openItemsView()->model();
        for (int row = 0; row < items->rowCount(); ++row)
            if (qobject_cast<OpenItemsModel *>(items)->debtId(row) == debtId)
                page->selectOpenItem(row);
        ok = save(&window, run, QStringLiteral("timeline")) && ok;
    } else {
        std::fprintf(stderr, "recoup-screenshots: the demo book has no sale chased to a recovery\n");
        ok = false;
    }

    window.showPage(MainWindow::Aging);
    auto *receivables = qobject_cast<ReceivablesPage *>(window.pages()->currentWidget());
    // The pages compute on threads of their own: shown once their figures are in.
    const auto settle = [](auto *page) {
        while (page->isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    if (receivables)
        settle(receivables->aging());
    ok = save(&window, run, QStringLiteral("aging")) && ok;
    if (receivables) {
        receivables->setCurrentWidget(receivables->dashboard());
        settle(receivables->dashboard());
        ok = save(&window, run, QStringLiteral("dashboard")) && ok;
    }
    // File > New book, as it first opens beside the book open, a name typed.
    {
        NewBookDialog newBook(
            QFileInfo(args.at(1)).absolutePath(), [](const NewBook &) { return Result<void>(); }, &window);
        newBook.show();
        QTest::keyClicks(newBook.businessEdit(), QStringLiteral("Corner Hardware"));
        ok = save(&newBook, run, QStringLiteral("new-book")) && ok;
    }
    // Help > About.
    {
        AboutDialog about(&ledger.database(), &window);
        about.show();
        ok = save(&about, run, QStringLiteral("about")) && ok;
    }
    ok = saveWelcome(run, ledger.currency(), clock) && ok;
    // Help > Keyboard shortcuts, read from the menus.
    window.showShortcuts();
    if (auto *keys = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
        keys->resize(keys->width(), 700);
        ok = save(keys, run, QStringLiteral("shortcuts")) && ok;
        keys->reject();
    }
    return ok ? 0 : 1;
}
