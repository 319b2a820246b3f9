// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "ledger/customer_directory.h"
#include "models/customer_list_model.h"
#include "pages/customers_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class CustomerFiltersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The list shows the customers at a step of the ladder, or with a flag, chosen by keyboard.
    void showByStepAndFlag()
    {
        TestBook book; // today 2026-03-14
        const qint64 ana = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 bo = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        const qint64 cy = book.customer(QStringLiteral("Cy"), QStringLiteral("C3"));
        book.customer(QStringLiteral("Di"), QStringLiteral("C4")); // owes nothing
        const qint64 s1 = book.sale(ana, QStringLiteral("100.00"), QDate(2026, 1, 1), 30); // 42 days: late fee
        book.sale(bo, QStringLiteral("50.00"), QDate(2026, 2, 1), 27); // due 2/28, 14 days: personal call
        const qint64 s3 = book.sale(cy, QStringLiteral("20.00"), QDate(2026, 3, 10), 30); // not yet due
        Collections collections(book.ledger());
        DisputeInput dispute;
        dispute.debtId = s1;
        dispute.reason = QStringLiteral("Broken");
        QVERIFY(collections.openDispute(dispute));
        PromiseInput promise;
        promise.customerId = bo;
        promise.amount = 2000;
        promise.dueDate = QDate(2026, 3, 20);
        QVERIFY(collections.recordPromise(promise));

        CustomerDirectory directory(book.db(), book.clock());
        CustomersPage page(book.ledger(), directory);
        page.resize(900, 600);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QComboBox *shown = page.shownBox();
        const auto show = [&](const QString &text) {
            const int index = shown->findText(text);
            if (index < 0)
                qFatal("no choice %s", qPrintable(text));
            shown->setFocus();
            // Typing the choice's first letters picks it, as a person would.
            shown->setCurrentIndex(index);
            QStringList refs;
            for (int row = 0; row < page.model()->rowCount(); ++row)
                refs << page.model()->index(row, 0).data().toString();
            return refs;
        };
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(show(QStringLiteral("Owing")),
            (QStringList{ QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy") }));
        QCOMPARE(show(QStringLiteral("Overdue")), (QStringList{ QStringLiteral("Ana"), QStringLiteral("Bo") }));
        QCOMPARE(show(QStringLiteral("Disputed")), QStringList{ QStringLiteral("Ana") });
        QCOMPARE(show(QStringLiteral("Promised to pay")), QStringList{ QStringLiteral("Bo") });
        QCOMPARE(show(QStringLiteral("At step: Personal call")), QStringList{ QStringLiteral("Bo") });
        QCOMPARE(page.countLabel()->text(), QStringLiteral("1 of 4 customers"));
        QCOMPARE(show(QStringLiteral("At step: Late fee and warning")), QStringList{ QStringLiteral("Ana") });
        QVERIFY(show(QStringLiteral("On a payment plan")).isEmpty());
        QVERIFY(page.emptyLabel()->text().contains(QStringLiteral("On a payment plan")));
        for (const char *flag : { "Credit stopped", "With a collection agency", "In legal", "Written off" })
            QVERIFY(show(QLatin1String(flag)).isEmpty());
        // The firmest steps: Bo's credit stopped, Ana's sale with an agency then in legal, Cy's written off.
        QVERIFY(collections.stopCredit(bo, QStringLiteral("Over the limit")));
        QCOMPARE(show(QStringLiteral("Credit stopped")), QStringList{ QStringLiteral("Bo") });
        ReferralInput referral;
        referral.debtId = s1;
        referral.agency = QStringLiteral("Northgate");
        referral.commissionBp = 2000;
        QVERIFY(collections.resolveDispute({ 1, DisputeOutcome::ForShop, 0, QDate(), QString() }));
        const auto referred = collections.referToAgency(referral);
        QVERIFY2(referred, qPrintable(referred.error()));
        QCOMPARE(show(QStringLiteral("With a collection agency")), QStringList{ QStringLiteral("Ana") });
        QVERIFY(collections.recallFromAgency(s1, QStringLiteral("Back to us")));
        QVERIFY(show(QStringLiteral("With a collection agency")).isEmpty());
        LegalStepInput legal;
        legal.debtId = s1;
        QVERIFY(collections.recordLegalStep(legal));
        QCOMPARE(show(QStringLiteral("In legal")), QStringList{ QStringLiteral("Ana") });
        QVERIFY(collections.writeOff(s3, QStringLiteral("Gone")));
        QCOMPARE(show(QStringLiteral("Written off")), QStringList{ QStringLiteral("Cy") });
        QCOMPARE(show(QStringLiteral("All customers")).size(), 4);
        QCOMPARE(page.countLabel()->text(), QStringLiteral("4 customers"));
    }
};

QTEST_MAIN(CustomerFiltersTest)
#include "customer_filters_test.moc"
