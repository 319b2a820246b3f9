// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_writer.h"

#include "core/money.h"

#include <QIODevice>

namespace recoup {

CsvWriter::CsvWriter(QIODevice &device) : m_device(device) { }

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::formulaGuarded(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

void CsvWriter::add(const QString &field)
{
    m_fields.append(field);
}

CsvWriter &CsvWriter::text(const QString &value)
{
    add(quoted(formulaGuarded(value)));
    return *this;
}

CsvWriter &CsvWriter::number(const QString &value)
{
    add(quoted(value));
    return *this;
}

CsvWriter &CsvWriter::amount(qint64 minor, const Currency &currency)
{
    return number(Money::toFileText(minor, currency));
}

void CsvWriter::endRow()
{
    const QByteArray line = m_fields.join(QLatin1Char(',')).toUtf8() + '\n';
    m_fields.clear();
    if (m_device.write(line) != line.size())
        m_failed = true;
}

void CsvWriter::row(const QStringList &texts)
{
    for (const QString &value : texts)
        text(value);
    endRow();
}

} // namespace recoup
