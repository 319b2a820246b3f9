// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/fee_terms_store.h"

#include "collections/collection_checks.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

/// The columns both tables share, in this order.
const QString TermColumns
    = QStringLiteral("grace_days, flat_amount, percent_bp, every_days, max_count, max_total, interest_bp, "
                     "interest_every_days, interest_minimum, on_fees, due_days");

/// The terms from the shared columns, starting at column `at`.
FeeTerms termsFrom(const QSqlQuery &q, int at, const Currency &currency)
{
    FeeTerms t;
    t.currency = currency;
    t.graceDays = q.value(at).toInt();
    t.flatAmount = q.value(at + 1).toLongLong();
    t.percentBp = q.value(at + 2).toInt();
    t.everyDays = q.value(at + 3).toInt();
    t.maxCount = q.value(at + 4).toInt();
    t.maxTotal = q.value(at + 5).toLongLong();
    t.interestBp = q.value(at + 6).toInt();
    t.interestEveryDays = q.value(at + 7).toInt();
    t.interestMinimum = q.value(at + 8).toLongLong();
    t.onFees = q.value(at + 9).toInt() != 0;
    t.dueDays = q.value(at + 10).toInt();
    return t;
}

void bindTerms(QSqlQuery &q, const FeeTerms &t)
{
    q.addBindValue(t.graceDays);
    q.addBindValue(t.flatAmount);
    q.addBindValue(t.percentBp);
    q.addBindValue(t.everyDays);
    q.addBindValue(t.maxCount);
    q.addBindValue(t.maxTotal);
    q.addBindValue(t.interestBp);
    q.addBindValue(t.interestEveryDays);
    q.addBindValue(t.interestMinimum);
    q.addBindValue(t.onFees ? 1 : 0);
    q.addBindValue(t.dueDays);
}

} // namespace

FeeTermsStore::FeeTermsStore(Ledger &ledger) : m_ledger(ledger) { }

QString FeeTermsStore::modeKey(FeeTermsMode mode)
{
    switch (mode) {
    case FeeTermsMode::Book:
        return QStringLiteral("book");
    case FeeTermsMode::None:
        return QStringLiteral("none");
    case FeeTermsMode::Own:
        return QStringLiteral("own");
    }
    Q_UNREACHABLE();
}

bool FeeTermsStore::modeFromKey(const QString &key, FeeTermsMode *mode)
{
    for (FeeTermsMode m : { FeeTermsMode::Book, FeeTermsMode::None, FeeTermsMode::Own })
        if (key == modeKey(m)) {
            *mode = m;
            return true;
        }
    return false;
}

Result<FeeTerms> FeeTermsStore::readBook(Database &db)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT enabled, %1 FROM fee_terms WHERE id = 1").arg(TermColumns));
    if (auto done = db.exec(q); !done)
        return done.failure();
    FeeTerms terms;
    terms.currency = db.currency();
    if (q.next()) {
        terms = termsFrom(q, 1, db.currency());
        terms.enabled = q.value(0).toInt() != 0;
    }
    q.finish();
    return terms;
}

Result<void> FeeTermsStore::saveBook(Database &db, const FeeTerms &terms)
{
    QSqlQuery &clear = db.prepare(QStringLiteral("DELETE FROM fee_terms"));
    if (auto done = db.exec(clear); !done)
        return done;
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO fee_terms (id, enabled, %1) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(TermColumns));
    q.addBindValue(terms.enabled ? 1 : 0);
    bindTerms(q, terms);
    return db.exec(q);
}

Result<QHash<qint64, CustomerFeeTerms>> FeeTermsStore::readCustomers(Database &db, qint64 customerId)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT customer_id, mode, %1 FROM customer_fee_terms%2")
                                  .arg(TermColumns, customerId ? QStringLiteral(" WHERE customer_id = ?") : QString()));
    if (customerId)
        q.addBindValue(customerId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    QHash<qint64, CustomerFeeTerms> map;
    while (q.next()) {
        CustomerFeeTerms c;
        if (!modeFromKey(q.value(1).toString(), &c.mode))
            continue;
        c.terms = termsFrom(q, 2, db.currency());
        c.terms.enabled = c.mode == FeeTermsMode::Own;
        map.insert(q.value(0).toLongLong(), c);
    }
    return map;
}

Result<CustomerFeeTerms> FeeTermsStore::customer(qint64 customerId) const
{
    auto all = readCustomers(m_ledger.database(), customerId);
    if (!all)
        return all.failure();
    return all->value(customerId);
}

Result<void> FeeTermsStore::setCustomer(qint64 customerId, const CustomerFeeTerms &terms)
{
    if (auto who = m_ledger.customer(customerId); !who)
        return who.failure();
    FeeTerms own = terms.terms;
    own.currency = m_ledger.currency();
    own.enabled = terms.mode == FeeTermsMode::Own;
    if (terms.mode == FeeTermsMode::Own)
        if (auto ok = own.validate(); !ok)
            return ok;
    if (auto ok = CollectionChecks(m_ledger).checkClock(); !ok)
        return ok;
    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &clear = db.prepare(QStringLiteral("DELETE FROM customer_fee_terms WHERE customer_id = ?"));
    clear.addBindValue(customerId);
    if (auto done = db.exec(clear); !done)
        return done;
    if (terms.mode != FeeTermsMode::Book) {
        QSqlQuery &q = db.prepare(QStringLiteral("INSERT INTO customer_fee_terms (customer_id, mode, %1) VALUES "
                                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(TermColumns));
        q.addBindValue(customerId);
        q.addBindValue(modeKey(terms.mode));
        bindTerms(q, terms.mode == FeeTermsMode::Own ? own : FeeTerms());
        if (auto done = db.exec(q); !done)
            return done;
    }
    QJsonObject details{ { QStringLiteral("mode"), modeKey(terms.mode) } };
    if (terms.mode == FeeTermsMode::Own)
        details.insert(QStringLiteral("terms"), own.toJson());
    if (auto done
        = m_ledger.writer().audit(QStringLiteral("set_fee_terms"), QStringLiteral("customer"), customerId, details);
        !done)
        return done;
    m_ledger.writer().noteCustomer(customerId);
    return tx.commit();
}

} // namespace recoup
