// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Database;
class EntryWriter;

/// Reads and saves the book's collection policy. A book whose owner never
/// saved one follows the default ladder. Saving replaces the whole policy in
/// one transaction, with an audit record that holds what was saved.
class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(PolicyStore)
public:
    PolicyStore(Database &db, EntryWriter &writer);

    Result<CollectionPolicy> load() const { return read(m_db); }
    /// The policy of a book, read on any connection (a report's, a reader thread's).
    static Result<CollectionPolicy> read(Database &db);
    /// Whether the owner has saved a policy (false: the default one applies).
    Result<bool> isSaved() const;
    Result<void> save(const CollectionPolicy &policy, const QString &savedAt);

private:
    Database &m_db;
    EntryWriter &m_writer;
};

} // namespace recoup
