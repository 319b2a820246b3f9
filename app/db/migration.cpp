// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace recoup {

QStringList Migration::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

const QList<Migration> &Migration::builtIn()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression numbered(QStringLiteral("^(\\d+)_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/recoup/db/migrations"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = numbered.match(name);
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("migration %s is missing from the resources", qPrintable(name));
            list.append({ match.captured(1).toInt(), splitStatements(QString::fromUtf8(file.readAll())) });
        }
        std::sort(
            list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

} // namespace recoup
