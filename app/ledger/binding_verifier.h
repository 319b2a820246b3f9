// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace recoup {

class Database;

/// What checking the rows against the audit chain found.
struct BindingReport
{
    QStringList problems; ///< one line each: table, row and column
    QString boundOn; ///< the day a book older than the binding was bound (empty: bound from its start)
    qint64 bindRecord = 0; ///< the first record that bound it (0: from its start)
    qint64 boundRows = 0; ///< rows checked against their record
};

/// Checks every bound row (CanonicalRows) against the audit chain: each row as
/// stored must equal what the last record that binds it carries; a row no
/// record binds, and a record whose row is gone, are reported. Read-only.
class BindingVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BindingVerifier)

public:
    explicit BindingVerifier(Database &db);

    BindingReport run() const;

private:
    Database &m_db;
};

} // namespace recoup
