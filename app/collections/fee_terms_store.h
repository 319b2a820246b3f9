// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/customer_fee_terms.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace recoup {

class Database;
class Ledger;

/// Reads and saves the terms of late fees and interest: the book's (part of
/// the collection policy, saved with it by PolicyStore) and each customer's
/// override. Settings, replaced when edited; each edit leaves an audit record.
class FeeTermsStore
{
    Q_DECLARE_TR_FUNCTIONS(FeeTermsStore)
public:
    /// The book's terms: off until the owner saves a policy with fees on.
    static Result<FeeTerms> readBook(Database &db);
    /// Replaces the book's terms; inside the policy's transaction.
    static Result<void> saveBook(Database &db, const FeeTerms &terms);
    /// The overrides of every customer that has one (or of one customer).
    static Result<QHash<qint64, CustomerFeeTerms>> readCustomers(Database &db, qint64 customerId = 0);

    explicit FeeTermsStore(Ledger &ledger);
    Result<CustomerFeeTerms> customer(qint64 customerId) const;
    /// Sets a customer's override (Book: removes it), with its audit record.
    Result<void> setCustomer(qint64 customerId, const CustomerFeeTerms &terms);

    static QString modeKey(FeeTermsMode mode);
    static bool modeFromKey(const QString &key, FeeTermsMode *mode);

private:
    Ledger &m_ledger;
};

} // namespace recoup
