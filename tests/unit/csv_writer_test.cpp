// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/currency.h"
#include "io/csv_writer.h"

#include <QBuffer>
#include <QTest>

using namespace recoup;

class CsvWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void formulaGuard_data();
    void formulaGuard();
    void numbersAreNeverGuarded();
    void utf8WithoutBomAndLf();
    void amountsInTheCurrencysDecimals();
    void failedDeviceIsReported();
};

void CsvWriterTest::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Chen Wu") << QStringLiteral("Chen Wu");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("apostrophe") << QStringLiteral("Gus O'Neil") << QStringLiteral("Gus O'Neil");
    QTest::newRow("comma") << QStringLiteral("Émile Rossi, Jr.") << QStringLiteral("\"Émile Rossi, Jr.\"");
    QTest::newRow("quote") << QStringLiteral("The \"Best\" Shop") << QStringLiteral("\"The \"\"Best\"\" Shop\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("1 High St\nSpringfield") << QStringLiteral("\"1 High St\nSpringfield\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("right to left") << QStringLiteral("متجر الأمل") << QStringLiteral("متجر الأمل");
    QTest::newRow("html") << QStringLiteral("<b>Bold</b> & co") << QStringLiteral("<b>Bold</b> & co");
}

void CsvWriterTest::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoted(field), written);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.text(field).text(QStringLiteral("x"));
    csv.endRow();
    QCOMPARE(buffer.data(), (written + QStringLiteral(",x\n")).toUtf8());
}

void CsvWriterTest::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+34 600") << QStringLiteral("'+34 600");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("CR, then quoted") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with comma") << QStringLiteral("=SUM(A1,B1)") << QStringLiteral("\"'=SUM(A1,B1)\"");
    QTest::newRow("formula with quotes") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("leading space") << QStringLiteral(" =x") << QStringLiteral(" =x");
    QTest::newRow("empty") << QString() << QString();
}

void CsvWriterTest::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.row({ text });
    QCOMPARE(buffer.data(), (written + QLatin1Char('\n')).toUtf8());
}

void CsvWriterTest::numbersAreNeverGuarded()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    const Currency usd = Currency::fromCode(QStringLiteral("USD")).value();
    csv.text(QStringLiteral("R0001")).number(QStringLiteral("-236.97")).amount(-23697, usd).amount(0, usd);
    csv.endRow();
    QCOMPARE(buffer.data(), QByteArray("R0001,-236.97,-236.97,0.00\n"));
}

void CsvWriterTest::utf8WithoutBomAndLf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.row({ QStringLiteral("José"), QStringLiteral("Zoë") });
    csv.row({ QStringLiteral("b") });
    QVERIFY(csv.ok());
    const QByteArray bytes = buffer.data();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains('\r'));
    QCOMPARE(bytes, QByteArray("Jos\xC3\xA9,Zo\xC3\xAB\nb\n"));
}

void CsvWriterTest::amountsInTheCurrencysDecimals()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.amount(123456, Currency::fromCode(QStringLiteral("JPY")).value())
        .amount(123456, Currency::fromCode(QStringLiteral("USD")).value())
        .amount(123456, Currency::fromCode(QStringLiteral("KWD")).value());
    csv.endRow();
    QCOMPARE(buffer.data(), QByteArray("123456,1234.56,123.456\n"));
}

void CsvWriterTest::failedDeviceIsReported()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail
    CsvWriter csv(buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    csv.row({ QStringLiteral("x") });
    QVERIFY(!csv.ok());
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "csv_writer_test.moc"
