// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-bench window BOOK [--runs N]   the real window, offscreen, as ui/main.cpp opens it
// recoup-bench engine BOOK --as-of DATE [--runs N] [--write]
// recoup-bench fees BOOK --as-of DATE [--runs N]   writes: give it a copy of a book
// Prints one "SAMPLE name ms" line per measurement and "PEAK_MB n" (VmHWM) at
// the end; scripts/bench runs it and makes the table. Timings only: nothing
// here asserts anything.
#include "aging/aging_report.h"
#include "aging/aging_totals_cache.h"
#include "aging/receivables_metrics.h"
#include "collections/collections.h"
#include "collections/policy_store.h"
#include "collections/worklist.h"
#include "core/clock.h"
#include "db/database.h"
#include "ledger/customer_directory.h"
#include "ledger/ledger.h"
#include "main_window.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/receivables_page.h"
#include "pages/today_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace recoup;

namespace {

void sample(const char *name, double ms)
{
    std::printf("SAMPLE %s %.3f\n", name, ms);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The largest resident size of this process so far (VmHWM), in MiB.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

/// Milliseconds since the kernel started this process (its start time is kept
/// in clock ticks since boot), so a start-up figure includes loading the libraries.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0;
}

QList<qint64> someCustomers(Database &db, int count, bool withOpenDebts)
{
    QList<qint64> all;
    QSqlQuery q(db.connection());
    q.exec(withOpenDebts ? QStringLiteral("SELECT DISTINCT customer_id FROM debts WHERE open_amount <> 0")
                         : QStringLiteral("SELECT id FROM customers"));
    while (q.next())
        all.append(q.value(0).toLongLong());
    QRandomGenerator rng(7);
    QList<qint64> picked;
    for (int i = 0; i < count && !all.isEmpty(); ++i)
        picked.append(all.at(int(rng.bounded(int(all.size())))));
    return picked;
}

/// The window figures: start to the customer list painted, a keystroke in the
/// search field to the list repainted, a customer page with its timeline.
int benchWindow(QApplication &app, const QString &path, int runs)
{
    // As ui/main.cpp: names, translations, the book, the Ledger, the window.
    QApplication::setApplicationName(QStringLiteral("recoup"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recoup"));
    QApplication::setOrganizationName(QStringLiteral("Recoup"));
    QTranslator recoupTranslator;
    QTranslator qtTranslator;
    if (recoupTranslator.load(QLocale(), QStringLiteral("recoup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&recoupTranslator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    auto db = MainWindow::openBook(path);
    if (!db) {
        std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(db.error()));
        return 1;
    }
    SystemClock clock;
    Ledger ledger(*db.value(), clock);
    MainWindow window(ledger);
    window.resize(1366, 768);
    // Shown: the window opens on Today, whose list is computed on a thread of its
    // own; done when the list is in and its table painted with it.
    QTableView *today = window.todayPage()->table();
    struct PaintWatch : QObject
    {
        bool ready = false;
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && ready && !painted) {
                painted = true;
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            return false;
        }
    } watch;
    today->viewport()->installEventFilter(&watch);
    QObject::connect(window.todayPage(), &TodayPage::refreshed, today, [&watch, today] {
        watch.ready = true;
        today->viewport()->update();
    });
    window.show();
    app.exec();
    sample("start_to_today_shown", sinceProcessStart());
    today->viewport()->removeEventFilter(&watch);
    window.showPage(MainWindow::Customers);
    QTableView *list = window.customersPage()->table();

    // Typing: each keystroke, then the list repainted with what it now shows.
    QLineEdit *search = window.customersPage()->searchField();
    search->setFocus();
    const QStringList words = { QStringLiteral("amin"), QStringLiteral("okafor"), QStringLiteral("ros"),
        QStringLiteral("555 01"), QStringLiteral("tara k") };
    for (int run = 0; run < runs; ++run) {
        for (const QString &word : words) {
            for (const QChar ch : word) {
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(search, ch.toLatin1());
                list->viewport()->repaint();
                sample("filter_keystroke", ms(timer));
            }
            search->clear();
            QApplication::processEvents();
        }
    }

    // Typing while the dashboard computes (the first one on the book: nothing
    // kept yet) on its own thread: only keystrokes made while it is busy count.
    if (runs > 0) {
        if (!AgingTotalsCache::clear(*db.value()))
            std::fprintf(stderr, "recoup-bench: the aging totals cannot be cleared\n");
        // The window may be hidden by now (offscreen): a page computes when shown.
        window.show();
        window.showPage(MainWindow::Aging);
        auto *receivables = qobject_cast<ReceivablesPage *>(window.pages()->currentWidget());
        receivables->setCurrentWidget(receivables->dashboard());
        QApplication::processEvents();
        window.showPage(MainWindow::Customers);
        search->setFocus();
        for (int round = 0; round < 20 && receivables->dashboard()->isBusy(); ++round) {
            for (const QString &word : words) {
                for (const QChar ch : word) {
                    QElapsedTimer timer;
                    timer.start();
                    QTest::keyClick(search, ch.toLatin1());
                    list->viewport()->repaint();
                    const double elapsed = ms(timer);
                    if (receivables->dashboard()->isBusy())
                        sample("filter_keystroke_dashboard_computing", elapsed);
                    QApplication::processEvents();
                }
                search->clear();
                QApplication::processEvents();
            }
        }
        // The figures arrive meanwhile or after; wait for them before going on.
        while (receivables->dashboard()->isBusy())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    // A customer page with its open items and timeline, painted.
    for (const qint64 id : someCustomers(*db.value(), runs * 4, true)) {
        QElapsedTimer timer;
        timer.start();
        window.showCustomer(id);
        window.customerPage()->timelineView()->viewport()->repaint();
        window.customerPage()->openItemsView()->viewport()->repaint();
        sample("open_customer_page", ms(timer));
        window.showPage(MainWindow::Customers);
        QApplication::processEvents();
    }
    std::printf("PEAK_MB %.1f\n", peakMb());
    return 0;
}

/// Engine figures: the integrity check every opening runs, an aging as of a
/// date, the worklist as of it, the 12 month-end agings of the trend chart, and (with --write, on a
/// copy of the book) one payment committed.
int benchEngine(const QString &path, const QDate &asOf, int runs, bool write)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(db.error()));
        return 1;
    }
    Database &book = *db.value();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto sound = book.checkIntegrity();
        sample("integrity_check", ms(timer));
        if (!sound) {
            std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(sound.error()));
            return 1;
        }
    }
    for (int run = 0; run < runs; ++run) {
        AgingOptions options;
        options.asOf = asOf;
        QElapsedTimer timer;
        timer.start();
        auto report = AgingReport::compute(book, options);
        sample("aging_engine", ms(timer));
        if (!report) {
            std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(report.error()));
            return 1;
        }
    }
    // The Today page and `recoup-cli worklist`: what needs doing as of the date.
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto policy = PolicyStore::read(book);
        auto list = policy ? Worklist::compute(book, policy.value(), asOf) : Result<Worklist>(policy.failure());
        sample("worklist_engine", ms(timer));
        if (!list) {
            std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(list.error()));
            return 1;
        }
    }
    // The dashboard's month-ends: the last eleven month-ends and the date itself.
    QList<QDate> monthEnds;
    const QDate first = ReceivablesMetrics::monthEnd(asOf.addMonths(-11));
    for (int i = 0; i < 12; ++i)
        monthEnds.append(i == 11 ? asOf : ReceivablesMetrics::monthEnd(first.addMonths(i)));
    const auto twelve = [&book, &monthEnds](const char *name) {
        QElapsedTimer timer;
        timer.start();
        auto totals = AgingTotalsCache::totals(book, monthEnds, AgingOptions());
        sample(name, ms(timer));
        if (!totals)
            std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(totals.error()));
        return totals.ok();
    };
    for (int run = 0; run < runs; ++run) {
        // The first dashboard on a book: nothing kept, twelve agings (then kept).
        if (!AgingTotalsCache::clear(book) || !twelve("aging_12_month_ends_first"))
            return 1;
        // Every dashboard after it: the totals kept, checked against the entries since.
        if (!twelve("aging_12_month_ends"))
            return 1;
    }
    if (write) {
        FixedClock clock(asOf);
        Ledger ledger(book, clock);
        for (const qint64 id : someCustomers(book, runs * 4, true)) {
            PaymentInput input;
            input.customerId = id;
            input.amount = 1234;
            input.date = asOf;
            QElapsedTimer timer;
            timer.start();
            auto done = ledger.recordPayment(input);
            sample("record_payment", ms(timer));
            if (!done) {
                std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(done.error()));
                return 1;
            }
            // A payment dated on the last month-end: that one total is aged again.
            if (!twelve("aging_12_month_ends_after_payment"))
                return 1;
        }
    }
    std::printf("PEAK_MB %.1f\n", peakMb());
    return 0;
}

/// Today is the run date, now is the machine's time: the book's records were
/// made when it was built, and a clock at the run date would be behind them.
class RunDateClock final : public Clock
{
public:
    explicit RunDateClock(QDate today) : m_today(today) { }
    QDate today() const override { return m_today; }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QDate m_today;
};

/// A fee run on a copy of a book (`recoup-cli fees --post`): the fee terms
/// turned on (10.00 + 1.5 % after 5 days of grace, every 30 days, at most 3;
/// 12 % a year in 30-day periods, at least 1.00), the preview as of the date
/// several times, then the post, then the same post again (nothing new).
int benchFees(const QString &path, const QDate &asOf, int runs)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(db.error()));
        return 1;
    }
    Database &book = *db.value();
    RunDateClock clock(asOf);
    Ledger ledger(book, clock);
    Collections collections(ledger);
    auto policy = collections.policy();
    if (!policy) {
        std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(policy.error()));
        return 1;
    }
    CollectionPolicy terms = policy.value();
    terms.fees.enabled = true;
    terms.fees.graceDays = 5;
    terms.fees.flatAmount = 1000;
    terms.fees.percentBp = 150;
    terms.fees.everyDays = 30;
    terms.fees.maxCount = 3;
    terms.fees.interestBp = 1200;
    terms.fees.interestEveryDays = 30;
    terms.fees.interestMinimum = 100;
    if (auto saved = collections.savePolicy(terms); !saved) {
        std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(saved.error()));
        return 1;
    }
    const auto report = [](const char *name, const QElapsedTimer &timer, const Result<FeePlan> &plan) {
        sample(name, ms(timer));
        if (!plan)
            std::fprintf(stderr, "recoup-bench: %s\n", qPrintable(plan.error()));
        else
            std::fprintf(stderr, "recoup-bench: %s: %lld charges\n", name, static_cast<long long>(plan->lines.size()));
        return plan.ok();
    };
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto plan = collections.feePlan(asOf);
        if (!report("fee_run_preview", timer, plan))
            return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto posted = collections.postFees(asOf);
    if (!report("fee_run_post", timer, posted))
        return 1;
    timer.start();
    auto again = collections.postFees(asOf);
    if (!report("fee_run_post_again", timer, again))
        return 1;
    std::printf("PEAK_MB %.1f\n", peakMb());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: recoup-bench window|engine|fees BOOK [--as-of DATE] [--runs N] [--write]\n");
        return 2;
    }
    const auto option = [&args](const char *name) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    // --runs 0 in the window: only the start is measured.
    const int runs = std::max(0, option("--runs").isEmpty() ? 5 : option("--runs").toInt());
    if (args.at(1) == QLatin1String("window"))
        return benchWindow(app, args.at(2), runs);
    if (args.at(1) == QLatin1String("engine")) {
        const QDate asOf = QDate::fromString(option("--as-of"), Qt::ISODate);
        if (!asOf.isValid()) {
            std::fprintf(stderr, "recoup-bench engine: give --as-of YYYY-MM-DD\n");
            return 2;
        }
        return benchEngine(args.at(2), asOf, std::max(1, runs), args.contains(QStringLiteral("--write")));
    }
    if (args.at(1) == QLatin1String("fees")) {
        const QDate asOf = QDate::fromString(option("--as-of"), Qt::ISODate);
        if (!asOf.isValid()) {
            std::fprintf(stderr, "recoup-bench fees: give --as-of YYYY-MM-DD\n");
            return 2;
        }
        return benchFees(args.at(2), asOf, std::max(1, runs));
    }
    std::fprintf(stderr, "recoup-bench: the mode is window, engine or fees\n");
    return 2;
}
