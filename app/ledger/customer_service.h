// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/customer.h"

#include <QCoreApplication>

class QSqlQuery;

namespace recoup {

class Clock;
class Database;
class EntryWriter;
class LedgerReader;

/// Adds customers and edits their details, each one transaction with its audit record.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    CustomerService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer);

    /// Adds a customer; an empty ref gets the next free "C-00001" style reference.
    Result<qint64> add(CustomerInput input);
    Result<void> update(qint64 id, CustomerInput input);
    Result<QString> nextRef() const;

private:
    Result<CustomerInput> check(CustomerInput input, qint64 existingId) const;
    void bind(QSqlQuery &q, const CustomerInput &c) const;

    Database &m_db;
    const Clock &m_clock;
    const LedgerReader &m_reader;
    EntryWriter &m_writer;
};

} // namespace recoup
