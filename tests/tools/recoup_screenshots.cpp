// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-screenshots BOOK DIR [--today YYYY-MM-DD]: opens the real window on a
// book, offscreen at 1366x768, and writes the main screens as PNG files.
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/contact_dialog.h"
#include "dialogs/payment_dialog.h"
#include "dialogs/payment_plan_dialog.h"
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

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace recoup;

namespace {

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "recoup-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

/// A customer worth showing: several open items, the oldest partly paid.
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
        if (open.size() < 2 || open.size() > 6)
            continue;
        const QList<Entry> timeline = ledger.debtTimeline(open.first().id).value();
        const bool paidInPart = std::any_of(timeline.cbegin(), timeline.cend(),
            [](const Entry &e) { return e.kind == EntryKind::Allocation && !e.reversedBy; });
        if (paidInPart && timeline.size() >= 3)
            return row.id;
    }
    return fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: recoup-screenshots BOOK DIR [--today YYYY-MM-DD]\n");
        return 2;
    }
    // The C locale has no thousands separator; show what most users see.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QDate today = QDate::currentDate();
    if (const qsizetype at = args.indexOf(QStringLiteral("--today")); at > 0 && at + 1 < args.size())
        today = QDate::fromString(args.at(at + 1), Qt::ISODate);
    const QString outDir = args.at(2);
    QDir().mkpath(outDir);

    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "recoup-screenshots: %s\n", qPrintable(db.error()));
        return 1;
    }
    FixedClock clock(today);
    Ledger ledger(*db.value(), clock);
    MainWindow window(ledger);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    window.showPage(MainWindow::Customers);
    bool ok = save(&window, outDir, QStringLiteral("customers.png"));

    // Today, once its list (computed on a thread of its own) is in.
    window.showPage(MainWindow::Today);
    while (window.todayPage()->taskCount() < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    window.todayPage()->table()->setFocus();
    ok = save(&window, outDir, QStringLiteral("today.png")) && ok;
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
    ok = save(&window, outDir, QStringLiteral("customer.png")) && ok;

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
    ok = save(dialog, outDir, QStringLiteral("payment-dialog.png")) && ok;
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
    ok = save(plan, outDir, QStringLiteral("plan-preview.png")) && ok;
    plan->reject();

    // A call logged at the counter: the customer promised to pay.
    page->recordPromise();
    if (auto *contact = qobject_cast<ContactDialog *>(QApplication::activeModalWidget())) {
        ok = save(contact, outDir, QStringLiteral("contact-dialog.png")) && ok;
        contact->reject();
    } else {
        std::fprintf(stderr, "recoup-screenshots: the contact dialog did not open\n");
        ok = false;
    }

    window.showPage(MainWindow::Settings);
    ok = save(&window, outDir, QStringLiteral("settings.png")) && ok;

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
        ok = save(&window, outDir, QStringLiteral("timeline.png")) && ok;
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
    ok = save(&window, outDir, QStringLiteral("aging.png")) && ok;
    if (receivables) {
        receivables->setCurrentWidget(receivables->dashboard());
        settle(receivables->dashboard());
        ok = save(&window, outDir, QStringLiteral("dashboard.png")) && ok;
    }
    return ok ? 0 : 1;
}
