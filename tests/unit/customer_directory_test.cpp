// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/customer_directory.h"
#include "support/test_book.h"

#include <QTest>

using namespace recoup;

namespace {

QStringList names(const QList<CustomerSummary> &rows)
{
    QStringList out;
    for (const CustomerSummary &row : rows)
        out.append(row.name);
    return out;
}

qint64 addCustomer(test::TestBook &book, const QString &name, const QString &ref, const QString &phone)
{
    CustomerInput input;
    input.name = name;
    input.ref = ref;
    input.phone = phone;
    auto id = book.ledger().addCustomer(input);
    if (!id)
        qFatal("addCustomer: %s", qPrintable(id.error()));
    return id.value();
}

} // namespace

class CustomerDirectoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBook();
    void filtersOnNamePhoneAndRef();
    void filterMatchesNationalNumbersByTheirE164Form();
    void filterTreatsWildcardsLiterally();
    void sortsEveryColumnBothWays();
    void pagesAreStableAndComplete();
    void overdueAndDaysPastDue();
    void totals();
    void awkwardNamesRoundTrip_data();
    void awkwardNamesRoundTrip();
};

void CustomerDirectoryTest::emptyBook()
{
    test::TestBook book;
    CustomerDirectory dir(book.db(), book.clock());
    QCOMPARE(dir.count(QString()).value(), 0);
    QVERIFY(dir.page({}, 0, 100).value().isEmpty());
    QCOMPARE(dir.totals().value().customers, 0);
    QCOMPARE(dir.totals().value().overduePercent(), 0);
}

void CustomerDirectoryTest::filtersOnNamePhoneAndRef()
{
    test::TestBook book;
    addCustomer(book, QStringLiteral("Baker St Deli"), QStringLiteral("C-100"), QStringLiteral("555 0142"));
    addCustomer(book, QStringLiteral("Amélie Roux"), QStringLiteral("FR-7"), QStringLiteral("0612 778 901"));
    addCustomer(book, QStringLiteral("Corner Bakery"), QStringLiteral("C-200"), QStringLiteral("+44 20 7946-0958"));
    CustomerDirectory dir(book.db(), book.clock());

    const auto find = [&](const QString &filter) {
        CustomerQuery q;
        q.filter = filter;
        return names(dir.page(q, 0, 100).value());
    };
    QCOMPARE(
        find(QStringLiteral("bak")), (QStringList{ QStringLiteral("Baker St Deli"), QStringLiteral("Corner Bakery") }));
    QCOMPARE(find(QStringLiteral("DELI")), QStringList{ QStringLiteral("Baker St Deli") });
    QCOMPARE(find(QStringLiteral("  deli  ")), QStringList{ QStringLiteral("Baker St Deli") });
    QCOMPARE(find(QStringLiteral("Amélie")), QStringList{ QStringLiteral("Amélie Roux") });
    QCOMPARE(find(QStringLiteral("fr-7")), QStringList{ QStringLiteral("Amélie Roux") });
    QCOMPARE(find(QStringLiteral("c-2")), QStringList{ QStringLiteral("Corner Bakery") });
    // The phone as written, and its digits without the separators.
    QCOMPARE(find(QStringLiteral("555 01")), QStringList{ QStringLiteral("Baker St Deli") });
    QCOMPARE(find(QStringLiteral("5550142")), QStringList{ QStringLiteral("Baker St Deli") });
    QCOMPARE(find(QStringLiteral("0612778")), QStringList{ QStringLiteral("Amélie Roux") });
    QCOMPARE(find(QStringLiteral("20-7946")), QStringList{ QStringLiteral("Corner Bakery") });
    QCOMPARE(find(QStringLiteral("nobody")), QStringList{});
    QCOMPARE(dir.count(QStringLiteral("bak")).value(), 2);
    QCOMPARE(dir.count(QStringLiteral("nobody")).value(), 0);
    QCOMPARE(dir.count(QString()).value(), 3);
}

void CustomerDirectoryTest::filterMatchesNationalNumbersByTheirE164Form()
{
    // The calling code as Settings > Business keeps it, and as books kept it before.
    for (const QString &key : { QStringLiteral("calling_code"), QStringLiteral("country_calling_code") }) {
        test::TestBook book;
        QVERIFY(book.db().setMeta(key, QStringLiteral("33")).ok());
        addCustomer(book, QStringLiteral("Amélie Roux"), QString(), QStringLiteral("06-12-77-89-01"));
        addCustomer(book, QStringLiteral("Other"), QString(), QStringLiteral("07-00-00-00-00"));
        CustomerDirectory dir(book.db(), book.clock());
        // Dashes are not stripped in SQL; the E.164 form "+33612778901" still matches.
        QCOMPARE(dir.count(QStringLiteral("0612778901")).value(), 1);
        QCOMPARE(dir.count(QStringLiteral("+33 6 12 77")).value(), 1);
        QCOMPARE(dir.count(QStringLiteral("06-12-77")).value(), 1);
        QCOMPARE(dir.count(QStringLiteral("0699")).value(), 0);
    }
}

void CustomerDirectoryTest::filterTreatsWildcardsLiterally()
{
    test::TestBook book;
    addCustomer(book, QStringLiteral("100% Juice"), QString(), QString());
    addCustomer(book, QStringLiteral("A_B Trading"), QString(), QString());
    addCustomer(book, QStringLiteral("AxB Trading"), QString(), QString());
    addCustomer(book, QStringLiteral("Back\\Slash"), QString(), QString());
    CustomerDirectory dir(book.db(), book.clock());
    QCOMPARE(dir.count(QStringLiteral("%")).value(), 1);
    QCOMPARE(dir.count(QStringLiteral("a_b")).value(), 1);
    QCOMPARE(dir.count(QStringLiteral("\\")).value(), 1);
}

void CustomerDirectoryTest::sortsEveryColumnBothWays()
{
    test::TestBook book; // today 2026-03-14
    const qint64 a = addCustomer(book, QStringLiteral("alpha"), QStringLiteral("A"), QStringLiteral("333"));
    const qint64 b = addCustomer(book, QStringLiteral("Bravo"), QStringLiteral("B"), QStringLiteral("111"));
    const qint64 c = addCustomer(book, QStringLiteral("charlie"), QStringLiteral("C"), QStringLiteral("222"));
    Q_UNUSED(c)
    book.sale(a, QStringLiteral("10.00"), QDate(2026, 1, 1), 30); // due 01-31, 42 days late
    book.sale(b, QStringLiteral("300.00"), QDate(2026, 3, 1), 30); // not yet due
    book.sale(b, QStringLiteral("5.00"), QDate(2026, 2, 1), 30); // due 03-03, 11 days late
    book.pay(a, QStringLiteral("1.00"), QDate(2026, 2, 10));
    book.pay(b, QStringLiteral("1.00"), QDate(2026, 3, 1));
    CustomerDirectory dir(book.db(), book.clock());

    const QStringList byName{ QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("charlie") };
    const auto sorted = [&](CustomerQuery::Sort sort, bool descending) {
        CustomerQuery q;
        q.sort = sort;
        q.descending = descending;
        return names(dir.page(q, 0, 100).value());
    };
    using S = CustomerQuery::Sort;
    // Case does not change the order of names.
    QCOMPARE(sorted(S::Name, false), byName);
    QCOMPARE(sorted(S::Name, true), (QStringList{ byName[2], byName[1], byName[0] }));
    QCOMPARE(sorted(S::Phone, false), (QStringList{ byName[1], byName[2], byName[0] }));
    QCOMPARE(sorted(S::Phone, true), (QStringList{ byName[0], byName[2], byName[1] }));
    QCOMPARE(sorted(S::Balance, false), (QStringList{ byName[2], byName[0], byName[1] }));
    QCOMPARE(sorted(S::Balance, true), (QStringList{ byName[1], byName[0], byName[2] }));
    // alpha 9.00 overdue for 42 days; Bravo 4.00 for 11 days (its payment went to the oldest due first).
    QCOMPARE(sorted(S::Overdue, true), (QStringList{ byName[0], byName[1], byName[2] }));
    QCOMPARE(sorted(S::Overdue, false), (QStringList{ byName[2], byName[1], byName[0] }));
    QCOMPARE(sorted(S::DaysPastDue, true), (QStringList{ byName[0], byName[1], byName[2] }));
    QCOMPARE(sorted(S::DaysPastDue, false), (QStringList{ byName[2], byName[1], byName[0] }));
    // Never paid comes before any date.
    QCOMPARE(sorted(S::LastPayment, false), (QStringList{ byName[2], byName[0], byName[1] }));
    QCOMPARE(sorted(S::LastPayment, true), (QStringList{ byName[1], byName[0], byName[2] }));
}

void CustomerDirectoryTest::pagesAreStableAndComplete()
{
    test::TestBook book;
    for (int i = 0; i < 25; ++i)
        addCustomer(book, QStringLiteral("Same name"), QString(), QString());
    CustomerDirectory dir(book.db(), book.clock());
    CustomerQuery q;
    q.sort = CustomerQuery::Sort::Balance;
    QList<qint64> seen;
    for (int offset = 0; offset < 25; offset += 10) {
        const auto rows = dir.page(q, offset, 10);
        for (const CustomerSummary &row : rows.value())
            seen.append(row.id);
    }
    QCOMPARE(seen.size(), 25);
    QList<qint64> sortedIds = seen;
    std::sort(sortedIds.begin(), sortedIds.end());
    QCOMPARE(seen, sortedIds); // ties fall back to the id, so no row is skipped or repeated
}

void CustomerDirectoryTest::overdueAndDaysPastDue()
{
    test::TestBook book(QStringLiteral("USD"), QDate(2026, 3, 14));
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("262.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041")); // due 02-04
    book.sale(id, QStringLiteral("200.00"), QDate(2026, 2, 20), 30, QStringLiteral("S-1077")); // due 03-22
    book.sale(id, QStringLiteral("40.00"), QDate(2026, 2, 1), 41, QStringLiteral("S-1050")); // due 03-14: today
    book.pay(id, QStringLiteral("50.00"), QDate(2026, 2, 3));
    CustomerDirectory dir(book.db(), book.clock());

    const QList<CustomerSummary> rows = dir.page({}, 0, 10).value();
    QCOMPARE(rows.size(), 1);
    const CustomerSummary &row = rows.first();
    QCOMPARE(row.id, id);
    QCOMPARE(row.balance, book.minor(QStringLiteral("452.30")));
    // Due today is not overdue yet.
    QCOMPARE(row.overdue, book.minor(QStringLiteral("212.30")));
    QCOMPARE(row.daysPastDue, 38);
    QCOMPARE(row.lastPaymentDate, QDate(2026, 2, 3));

    // A day later the sale due today is one day late; the oldest still counts.
    book.clock().advanceDays(1);
    const CustomerSummary later = dir.page({}, 0, 10).value().first();
    QCOMPARE(later.overdue, book.minor(QStringLiteral("252.30")));
    QCOMPARE(later.daysPastDue, 39);

    // Paid off: nothing overdue, no days.
    book.pay(id, QStringLiteral("252.30"), QDate(2026, 3, 15));
    const CustomerSummary paid = dir.page({}, 0, 10).value().first();
    QCOMPARE(paid.overdue, 0);
    QCOMPARE(paid.daysPastDue, 0);
    QCOMPARE(paid.lastPaymentDate, QDate(2026, 3, 15));
}

void CustomerDirectoryTest::totals()
{
    test::TestBook book;
    const qint64 a = book.customer(QStringLiteral("A"));
    const qint64 b = book.customer(QStringLiteral("B"));
    book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30); // overdue
    book.sale(b, QStringLiteral("300.00"), QDate(2026, 3, 1), 30); // current
    book.pay(b, QStringLiteral("350.00"), QDate(2026, 3, 2)); // 50.00 credit
    CustomerDirectory dir(book.db(), book.clock());
    const BookTotals t = dir.totals().value();
    QCOMPARE(t.customers, 2);
    QCOMPARE(t.receivable, book.minor(QStringLiteral("50.00")));
    QCOMPARE(t.open, book.minor(QStringLiteral("100.00")));
    QCOMPARE(t.overdue, book.minor(QStringLiteral("100.00")));
    QCOMPARE(t.credit, book.minor(QStringLiteral("50.00")));
    QCOMPARE(t.receivable, t.open - t.credit);
    QCOMPARE(t.overduePercent(), 100);
}

void CustomerDirectoryTest::awkwardNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ref");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"The Shop\"") << QStringLiteral("Q'1");
    QTest::newRow("commas") << QStringLiteral("Smith, Jones, and Sons") << QStringLiteral("C,1");
    QTest::newRow("accents") << QStringLiteral("Ñandú Café Zoë") << QStringLiteral("É-1");
    QTest::newRow("rtl") << QStringLiteral("مخبز الأمل") << QStringLiteral("ع-٧");
    QTest::newRow("html") << QStringLiteral("<b>Bold</b> & Co <script>x</script>") << QStringLiteral("<i>R</i>");
    QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE customers;--") << QStringLiteral("--");
}

void CustomerDirectoryTest::awkwardNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, ref);
    test::TestBook book;
    book.customer(QStringLiteral("Other"), QStringLiteral("O-1"));
    const qint64 id = book.customer(name, ref);
    CustomerDirectory dir(book.db(), book.clock());
    CustomerQuery q;
    q.filter = name;
    const QList<CustomerSummary> byName = dir.page(q, 0, 10).value();
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.first().id, id);
    QCOMPARE(byName.first().name, name);
    QCOMPARE(byName.first().ref, ref);
    q.filter = ref;
    QCOMPARE(dir.page(q, 0, 10).value().first().id, id);
    QCOMPARE(dir.count(QString()).value(), 2);
}

QTEST_GUILESS_MAIN(CustomerDirectoryTest)
#include "customer_directory_test.moc"
