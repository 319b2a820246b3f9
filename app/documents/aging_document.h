// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace recoup {

class AgingReport;
class Currency;

/// The aging report as a printed page: title, as-of date, one row per customer
/// and the totals, laid out with QTextDocument for the printer and for PDF.
class AgingDocument
{
    Q_DECLARE_TR_FUNCTIONS(AgingDocument)

public:
    AgingDocument(const AgingReport &report, const Currency &currency, QString businessName);

    /// The report as HTML (names escaped: they are shown, never interpreted).
    QString html() const;
    /// Lays the report out on a printer or a PDF writer.
    void print(QPagedPaintDevice &device) const;
    /// Writes the report as a PDF file.
    Result<void> writePdf(const QString &path) const;

private:
    const AgingReport &m_report;
    const Currency &m_currency;
    QString m_businessName;
};

} // namespace recoup
