// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace recoup {

class Collections;

/// Makes the pack for an agency or a court into a folder: the PDF
/// ("pack-C-00012-2026-03-14.pdf") and beside it a folder of the same name
/// with one CSV per section and a SHA256SUMS file, then records the PDF in the
/// register of what was sent with its SHA-256. All or nothing: a folder that
/// cannot be written, or a failure half-way, leaves nothing behind and
/// nothing recorded. The same for the command line and the window.
class PackWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
public:
    struct Outcome
    {
        QString pdfPath;
        QString csvFolder;
        QStringList csvFiles; ///< names, in the order of the sections
        QString sha256; ///< the PDF's
        QString title;
        QString customerName;
    };

    explicit PackWriter(Collections &collections);

    /// The pack for the customer (or one of its debts, 0: all) as of the date, into `folder`
    /// (made when missing). A pack of the same name there already is replaced.
    Result<Outcome> write(qint64 customerId, qint64 debtId, const QDate &asOf, const QString &folder);

    /// The register's kind for a pack.
    static QString kindKey() { return QStringLiteral("pack"); }

private:
    Collections &m_collections;
};

} // namespace recoup
