// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the books at every door that writes: the ledger services, the
// interchange import and the bulk writer refuse the same input, and each says
// WHICH rule refused (the dialogs' side is tests/gui/book_rules_dialog_test).
#include "core/money.h"
#include "db/database.h"
#include "io/interchange_importer.h"
#include "ledger/book_rules.h"
#include "ledger/bulk_ledger_writer.h"
#include "support/test_book.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace recoup;
using recoup::test::TestBook;

namespace {

const QString Largest = QStringLiteral("92233720368547.00");

/// What one case changes in the record each door is given.
struct Change
{
    std::function<void(CustomerInput &)> customer;
    std::function<void(DebtInput &)> sale;
    std::function<void(PaymentInput &)> payment;
    QString column; ///< the interchange column the value goes in
    QString fileValue; ///< the value written there
};

struct Case
{
    const char *name;
    BookRule rule;
    Change change;
    QDate closedThrough; ///< a closed period for the case, if any
    bool fullBook = false; ///< the book holds ten entries of the largest amount first
};

Case make(const char *name, BookRule rule, Change change, QDate closedThrough = QDate(), bool fullBook = false)
{
    return Case{ name, rule, std::move(change), closedThrough, fullBook };
}

QList<Case> cases()
{
    const QString longText(BookRules::MaxTextLength + 1, QLatin1Char('x'));
    const Currency usd = Currency::fromCode(QStringLiteral("USD")).value();
    return {
        make("text too long", BookRule::TextLength,
            { [longText](CustomerInput &c) { c.name = longText; }, {}, {}, QStringLiteral("name"), longText }),
        make("no name", BookRule::Name,
            { [](CustomerInput &c) { c.name = QStringLiteral("  "); }, {}, {}, QStringLiteral("name"), QString() }),
        make("e-mail", BookRule::Email,
            { [](CustomerInput &c) { c.email = QStringLiteral("no-at-sign"); }, {}, {}, QStringLiteral("email"),
                QStringLiteral("no-at-sign") }),
        make("negative credit limit", BookRule::CreditLimit,
            { [](CustomerInput &c) { c.creditLimit = -100; }, {}, {}, QStringLiteral("credit_limit"),
                QStringLiteral("-1.00") }),
        make("terms", BookRule::Terms,
            { {}, [](DebtInput &d) { d.termsDays = BookRules::MaxTermsDays + 1; }, {}, QStringLiteral("terms_days"),
                QString::number(BookRules::MaxTermsDays + 1) }),
        make("sale of zero", BookRule::Amount,
            { {}, [](DebtInput &d) { d.amount = 0; }, {}, QStringLiteral("amount"), QStringLiteral("0.00") }),
        make("payment above one entry", BookRule::Amount,
            { {}, {}, [usd](PaymentInput &p) { p.amount = BookRules::maxEntryAmount(usd) + 1; },
                QStringLiteral("amount"), QStringLiteral("92233720368547.01") }),
        make("sale past the book total", BookRule::BookTotal,
            { {}, [usd](DebtInput &d) { d.amount = BookRules::maxEntryAmount(usd); }, {}, QStringLiteral("amount"),
                Largest },
            {}, true),
        make("payment past the book total", BookRule::BookTotal,
            { {}, {}, [usd](PaymentInput &p) { p.amount = BookRules::maxEntryAmount(usd); }, QStringLiteral("amount"),
                Largest },
            {}, true),
        make("date before the first", BookRule::DateRange,
            { {}, [](DebtInput &d) { d.issueDate = QDate(1899, 12, 31); }, {}, QStringLiteral("issue_date"),
                QStringLiteral("1899-12-31") }),
        make("due after the last date", BookRule::DateRange,
            { {},
                [](DebtInput &d) {
                    d.issueDate = QDate(9999, 12, 31);
                    d.termsDays = 1;
                },
                {}, QStringLiteral("issue_date"), QStringLiteral("9999-12-31") }),
        make("due before issue", BookRule::DueDate,
            { {},
                [](DebtInput &d) {
                    d.termsDays.reset();
                    d.dueDate = QDate(2026, 2, 1);
                },
                {}, QStringLiteral("due_date"), QStringLiteral("2026-02-01") }),
        make("sale in the closed period", BookRule::ClosedPeriod,
            { {}, [](DebtInput &) {}, {}, QStringLiteral("issue_date"), QStringLiteral("2026-02-10") },
            QDate(2026, 2, 28)),
        make("payment in the closed period", BookRule::ClosedPeriod,
            { {}, {}, [](PaymentInput &) {}, QStringLiteral("date"), QStringLiteral("2026-02-10") },
            QDate(2026, 2, 28)),
    };
}

enum class Door { Ledger, Import, Bulk };

CustomerInput baseCustomer()
{
    CustomerInput c;
    c.ref = QStringLiteral("C9");
    c.name = QStringLiteral("New One");
    return c;
}

DebtInput baseSale(qint64 customerId)
{
    DebtInput d;
    d.customerId = customerId;
    d.ref = QStringLiteral("S9");
    d.issueDate = QDate(2026, 2, 10);
    d.termsDays = 30;
    d.amount = 1000;
    return d;
}

PaymentInput basePayment(qint64 customerId)
{
    PaymentInput p;
    p.customerId = customerId;
    p.ref = QStringLiteral("P9");
    p.date = QDate(2026, 2, 10);
    p.amount = 500;
    return p;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

/// One line of the file the case is about, the case's value in its column.
void writeImport(const QString &dir, const Case &c)
{
    const auto line = [&c](const QStringList &columns, QStringList values) {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i) == c.change.column)
                values[i] = c.change.fileValue;
        return columns.join(QLatin1Char(',')) + QLatin1Char('\n') + values.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    if (c.change.customer) {
        writeFile(dir + QStringLiteral("/customers.csv"),
            line({ QStringLiteral("ref"), QStringLiteral("name"), QStringLiteral("email"),
                     QStringLiteral("credit_limit") },
                { QStringLiteral("C9"), QStringLiteral("New One"), QString(), QString() }));
    } else if (c.change.sale) {
        QStringList values{ QStringLiteral("S9"), QStringLiteral("C1"), QStringLiteral("2026-02-10"), QString(),
            QStringLiteral("30"), QStringLiteral("10.00") };
        if (c.change.column == QLatin1String("due_date"))
            values[4].clear();
        if (c.rule == BookRule::DateRange && c.change.fileValue.startsWith(QLatin1String("9999")))
            values[4] = QStringLiteral("1");
        writeFile(dir + QStringLiteral("/debts.csv"),
            line({ QStringLiteral("ref"), QStringLiteral("customer_ref"), QStringLiteral("issue_date"),
                     QStringLiteral("due_date"), QStringLiteral("terms_days"), QStringLiteral("amount") },
                values));
    } else {
        writeFile(dir + QStringLiteral("/payments.csv"),
            line({ QStringLiteral("ref"), QStringLiteral("customer_ref"), QStringLiteral("date"),
                     QStringLiteral("amount"), QStringLiteral("method") },
                { QStringLiteral("P9"), QStringLiteral("C1"), QStringLiteral("2026-02-10"), QStringLiteral("5.00"),
                    QStringLiteral("cash") }));
    }
}

} // namespace

class BookRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRuleAtEveryDoor_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("door");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            for (auto [door, name] : { std::pair{ Door::Ledger, "ledger" }, std::pair{ Door::Import, "import" },
                     std::pair{ Door::Bulk, "bulk" } })
                QTest::addRow("%s / %s", all.at(i).name, name) << i << int(door);
    }

    void everyRuleAtEveryDoor()
    {
        QFETCH(int, index);
        QFETCH(int, door);
        const Case c = cases().at(index);
        TestBook book;
        const qint64 c1 = book.customer(QStringLiteral("Old One"), QStringLiteral("C1"));
        if (c.fullBook)
            for (int i = 0; i < 10; ++i)
                book.sale(c1, Largest, QDate(2026, 1, 5));
        if (c.closedThrough.isValid())
            QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), c.closedThrough.toString(Qt::ISODate)));

        Error refusal;
        switch (Door(door)) {
        case Door::Ledger:
        case Door::Bulk: {
            const bool bulk = Door(door) == Door::Bulk;
            std::unique_ptr<BulkLedgerWriter> writer;
            if (bulk) {
                QVERIFY(book.db().begin());
                writer = std::make_unique<BulkLedgerWriter>(book.ledger());
                QVERIFY(writer->start());
            }
            if (c.change.customer) {
                CustomerInput in = baseCustomer();
                c.change.customer(in);
                refusal = (bulk ? writer->addCustomer(in) : book.ledger().addCustomer(in)).failure();
            } else if (c.change.sale) {
                DebtInput in = baseSale(c1);
                c.change.sale(in);
                refusal = (bulk ? writer->addDebt(in) : book.ledger().addDebt(in)).failure();
            } else {
                PaymentInput in = basePayment(c1);
                c.change.payment(in);
                refusal = (bulk ? writer->recordPayment(in) : book.ledger().recordPayment(in)).failure();
            }
            if (bulk)
                book.db().rollback();
            break;
        }
        case Door::Import: {
            QTemporaryDir dir;
            writeImport(dir.path(), c);
            const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.first().line, 2);
            refusal = Error{ report.problems.first().toString(), report.problems.first().rule };
            break;
        }
        }
        QVERIFY2(!refusal.message.isEmpty(), "the door let it through");
        QVERIFY2(refusal.rule == c.rule,
            qPrintable(QStringLiteral("refused by rule %1, not %2: %3")
                           .arg(int(refusal.rule))
                           .arg(int(c.rule))
                           .arg(refusal.message)));
        QVERIFY(!book.db().inTransaction());
    }

    // The rules alone: each check names its rule, and what passes passes.
    void checksNameTheirRule()
    {
        const Currency usd = Currency::fromCode(QStringLiteral("USD")).value();
        QCOMPARE(BookRules::checkText(QString(BookRules::MaxTextLength, QLatin1Char('x'))).ok(), true);
        QCOMPARE(BookRules::checkEmail(QStringLiteral("a@b")).ok(), true);
        QCOMPARE(BookRules::checkEmail(QStringLiteral("a@b@c")).failure().rule, BookRule::Email);
        QCOMPARE(BookRules::checkTerms(0).ok(), true);
        QCOMPARE(BookRules::checkTerms(-1).failure().rule, BookRule::Terms);
        QCOMPARE(BookRules::checkAmount(BookRules::maxEntryAmount(usd), usd).ok(), true);
        QCOMPARE(BookRules::checkAdjustment(-BookRules::maxEntryAmount(usd), usd).ok(), true);
        QCOMPARE(BookRules::checkAdjustment(std::numeric_limits<qint64>::min(), usd).failure().rule, BookRule::Amount);
        QCOMPARE(BookRules::checkBookTotal(BookRules::MaxBookTotal - 1, 1, usd).ok(), true);
        QCOMPARE(
            BookRules::checkBookTotal(std::numeric_limits<qint64>::max(), 1, usd).failure().rule, BookRule::BookTotal);
        QCOMPARE(BookRules::checkDate(QDate()).failure().rule, BookRule::DateRange);
        QCOMPARE(BookRules::dueDate(QDate(2026, 1, 1), std::nullopt, QDate()).failure().rule, BookRule::DueDate);
        QCOMPARE(BookRules::dueDate(QDate(9999, 12, 31), 0, QDate()).value(), QDate(9999, 12, 31));
        QCOMPARE(BookRules::checkOpen(QDate(2026, 1, 31), QDate(2026, 1, 31)).failure().rule, BookRule::ClosedPeriod);
        QCOMPARE(BookRules::checkOpen(QDate(2026, 2, 1), QDate(2026, 1, 31)).ok(), true);
        QCOMPARE(BookRules::checkOpen(QDate(2026, 2, 1), QDate()).ok(), true);
    }
};

QTEST_GUILESS_MAIN(BookRulesTest)
#include "book_rules_test.moc"
