// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonText writes what QJsonDocument::toJson(Compact) writes for the same values.
#include "ledger/json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace recoup;

class JsonTextTest : public QObject
{
    Q_OBJECT

    static QByteArray qt(const QJsonValue &value)
    {
        return QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    }
    static QByteArray ours(const QByteArray &value) { return '[' + value + ']'; }

private Q_SLOTS:
    // Every UTF-16 code unit alone, and before and after others, including
    // each surrogate alone and every pair's ends.
    void everyCodeUnit()
    {
        for (uint u = 0; u <= 0xffff; ++u) {
            const QChar unit{ char16_t(u) };
            for (const QString &text : { QString(unit), QStringLiteral("a") + unit + QStringLiteral("b"),
                     QString(unit) + QChar(0xdc00), QString(QChar(0xd800)) + unit }) {
                QByteArray out;
                JsonText::appendString(out, text);
                if (ours(out) != qt(text))
                    QFAIL(qPrintable(QStringLiteral("U+%1: %2 instead of %3")
                                         .arg(u, 4, 16, QLatin1Char('0'))
                                         .arg(QString::fromUtf8(ours(out).toPercentEncoding()),
                                             QString::fromUtf8(qt(text).toPercentEncoding()))));
            }
        }
    }

    void nullAndEmpty()
    {
        QByteArray out;
        JsonText::appendString(out, QString());
        QCOMPARE(ours(out), qt(QString()));
        out.clear();
        JsonText::appendString(out, QStringLiteral(""));
        QCOMPARE(ours(out), qt(QStringLiteral("")));
    }

    void integers()
    {
        for (const qint64 v : { qint64(0), qint64(1), qint64(-1), qint64(9), qint64(10), qint64(-1250), qint64(1) << 53,
                 (qint64(1) << 53) + 1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() + 1 }) {
            QByteArray out;
            JsonText::appendInteger(out, v);
            QCOMPARE(ours(out), qt(QJsonValue(v)));
            out.clear();
            JsonText::appendIntegerString(out, v);
            QCOMPARE(ours(out), qt(QString::number(v)));
        }
        QByteArray out;
        JsonText::appendIntegerString(out, std::numeric_limits<qint64>::min());
        QCOMPARE(ours(out), qt(QString::number(std::numeric_limits<qint64>::min())));
    }

    void dates()
    {
        for (const QDate &d : { QDate(2026, 3, 14), QDate(1000, 1, 1), QDate(9999, 12, 31), QDate(999, 12, 31),
                 QDate(10000, 1, 1), QDate(-5, 1, 1), QDate() }) {
            QByteArray out;
            JsonText::appendDate(out, d);
            QCOMPARE(ours(out), qt(d.toString(Qt::ISODate)));
        }
    }
};

QTEST_GUILESS_MAIN(JsonTextTest)
#include "json_text_test.moc"
