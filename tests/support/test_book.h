// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QTemporaryDir>

#include <memory>

namespace recoup::test {

/// A real book in a temporary folder, with a fixed clock and a ledger on it.
class TestBook
{
public:
    explicit TestBook(const QString &currency = QStringLiteral("USD"), QDate today = QDate(2026, 3, 14));

    Database &db() { return *m_db; }
    Ledger &ledger() { return *m_ledger; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the book (so the file can be examined or reopened).
    void close();
    /// Reopens the book after close().
    void reopen();

    // Shorthands that fail the test on error.
    qint64 customer(const QString &name, const QString &ref = QString());
    qint64 sale(
        qint64 customerId, const QString &amount, QDate issue, int termsDays = 30, const QString &ref = QString());
    PaymentOutcome pay(qint64 customerId, const QString &amount, QDate date, qint64 preferredDebt = 0);
    qint64 minor(const QString &amount) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace recoup::test
