// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_book.h"

#include "core/money.h"

#include <QTest>

namespace recoup::test {

TestBook::TestBook(const QString &currency, QDate today) : m_clock(today)
{
    m_path = m_dir.filePath(QStringLiteral("test.recoup"));
    auto cur = Currency::fromCode(currency);
    if (!cur)
        qFatal("bad currency");
    auto db = Database::create(m_path, cur.value());
    if (!db)
        qFatal("cannot create test book: %s", qPrintable(db.error()));
    m_db = std::move(db).value();
    m_ledger = std::make_unique<Ledger>(*m_db, m_clock);
    m_ledger->setUser(QStringLiteral("tester"));
}

void TestBook::close()
{
    m_ledger.reset();
    m_db.reset();
}

void TestBook::reopen()
{
    auto db = Database::open(m_path);
    if (!db)
        qFatal("cannot reopen test book: %s", qPrintable(db.error()));
    m_db = std::move(db).value();
    m_ledger = std::make_unique<Ledger>(*m_db, m_clock);
    m_ledger->setUser(QStringLiteral("tester"));
}

qint64 TestBook::minor(const QString &amount) const
{
    auto value = Money::parseFileAmount(amount, m_db->currency());
    if (!value)
        qFatal("bad amount %s", qPrintable(amount));
    return value.value();
}

qint64 TestBook::customer(const QString &name, const QString &ref)
{
    CustomerInput input;
    input.name = name;
    input.ref = ref;
    auto id = m_ledger->addCustomer(input);
    if (!id)
        qFatal("addCustomer: %s", qPrintable(id.error()));
    return id.value();
}

qint64 TestBook::sale(qint64 customerId, const QString &amount, QDate issue, int termsDays, const QString &ref)
{
    DebtInput input;
    input.customerId = customerId;
    input.ref = ref;
    input.issueDate = issue;
    input.termsDays = termsDays;
    input.amount = minor(amount);
    auto id = m_ledger->addDebt(input);
    if (!id)
        qFatal("addDebt: %s", qPrintable(id.error()));
    return id.value();
}

PaymentOutcome TestBook::pay(qint64 customerId, const QString &amount, QDate date, qint64 preferredDebt)
{
    PaymentInput input;
    input.customerId = customerId;
    input.amount = minor(amount);
    input.date = date;
    input.preferredDebtId = preferredDebt;
    auto outcome = m_ledger->recordPayment(input);
    if (!outcome)
        qFatal("recordPayment: %s", qPrintable(outcome.error()));
    return outcome.value();
}

} // namespace recoup::test
