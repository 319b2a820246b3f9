// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class QIODevice;

namespace recoup {

class AgingReport;
class Currency;

/// The aging as the interchange format's "Aging export" writes it (CSV), and
/// as structured JSON; the command line and the window both use these.
class AgingExport
{
public:
    /// Header, one row per customer, then the TOTAL row. False when the device failed.
    static bool writeCsv(const AgingReport &report, const Currency &currency, QIODevice &device);
    /// {as_of, basis, currency, buckets, customers: [...], total: {...}}; amounts as exact strings.
    static QJsonObject toJson(const AgingReport &report, const Currency &currency);
};

} // namespace recoup
