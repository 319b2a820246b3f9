// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace recoup {

class Currency;

/// Writes RFC 4180 CSV as Recoup's exports do: UTF-8 without BOM, LF line
/// ends, a field quoted only when it holds a comma, a quote, CR or LF (quotes
/// doubled), and text a spreadsheet would run as a formula made inert with a
/// leading apostrophe. Numbers are written as they are, so "-236.97" stays a number.
class CsvWriter
{
public:
    /// Writes to a device that is open for writing.
    explicit CsvWriter(QIODevice &device);

    /// A text cell: formula-guarded, then quoted if it needs it.
    CsvWriter &text(const QString &value);
    /// A number cell, written as given (quoted only if it would need it).
    CsvWriter &number(const QString &value);
    /// An amount in minor units, as the currency's file text ("1234.50").
    CsvWriter &amount(qint64 minor, const Currency &currency);
    /// Ends the current line.
    void endRow();
    /// A whole line of text cells (a header, for instance).
    void row(const QStringList &texts);

    /// False once a write to the device has failed.
    bool ok() const { return !m_failed; }

    /// A field in quotes when it holds a comma, a quote, CR or LF.
    static QString quoted(const QString &field);
    /// A leading apostrophe when the text starts with =, +, -, @, tab or CR.
    static QString formulaGuarded(const QString &text);

private:
    void add(const QString &field);

    QIODevice &m_device;
    QStringList m_fields;
    bool m_failed = false;
};

} // namespace recoup
