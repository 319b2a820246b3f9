// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the Spanish catalogue complete: every message translated with the same
// placeholders, the embedded .qm in step with the .ts, and the contexts the
// program asks for at run time the ones lupdate recorded.
#include "core/currency.h"
#include "core/money.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace recoup;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList forms; // the translation, or each plural form
};

QString tsPath()
{
    return QStringLiteral(RECOUP_TEST_DATA "/../../translations/recoup_es.ts");
}

// Reads the messages of a .ts file; an empty list and *error set when it cannot.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{ context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                // Only <numerusform> children: collect them up to </translation>.
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

// The placeholders of a text, sorted, so that their order may change in translation.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    std::sort(found.begin(), found.end());
    return found;
}

// A keyboard mnemonic is one & not doubled ("&&" is a literal ampersand).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return pattern.match(text).hasMatch();
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] “%2”").arg(m.context, m.source);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

    QList<Message> m_messages;
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QString error;
        m_messages = readCatalogue(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(tsPath(), error)));
        // Hundreds of strings exist; a handful means the catalogue was emptied by mistake.
        QVERIFY2(m_messages.size() > 300, qPrintable(QString::number(m_messages.size())));
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/recoup_es.qm")));
    }

    void everyMessageIsTranslated()
    {
        QStringList problems;
        for (const Message &m : std::as_const(m_messages)) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(describe(m), m.type);
                continue;
            }
            if (m.numerus && m.forms.size() != 2)
                problems << QStringLiteral("%1: %2 plural forms, Spanish has 2").arg(describe(m)).arg(m.forms.size());
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1: empty translation").arg(describe(m));
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 in “%3”, the source has %4")
                                    .arg(describe(m), placeholders(form).join(QLatin1Char(',')), form,
                                        placeholders(m.source).join(QLatin1Char(',')));
                if (hasMnemonic(m.source) != hasMnemonic(form))
                    problems << QStringLiteral("%1: the keyboard mnemonic (&) is lost or added in “%2”")
                                    .arg(describe(m), form);
            }
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 message(s) of %2 need work:\n  %3")
                           .arg(problems.size())
                           .arg(tsPath(), problems.join(QStringLiteral("\n  ")))));
    }

    void compiledCatalogueMatchesSource()
    {
        // The embedded .qm is built from the .ts; every finished message must come back.
        QStringList stale;
        for (const Message &m : std::as_const(m_messages)) {
            if (m.numerus || !m.type.isEmpty() || m.forms.value(0).isEmpty())
                continue;
            const QString got = m_translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData());
            if (got != m.forms.first())
                stale << QStringLiteral("%1 → “%2”").arg(describe(m), got);
        }
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
    }

    void programContextsAreTranslated()
    {
        QCoreApplication::installTranslator(&m_translator);
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        // Q_DECLARE_TR_FUNCTIONS classes: the context is the macro's argument.
        const auto empty = Money::parseUserAmount(QString(), eur);
        const auto noCurrency = Currency::fromCode(QStringLiteral("EURO"));
        const QString ledgerText = QCoreApplication::translate("LedgerReader", "That customer does not exist.");
        // Q_OBJECT classes: the context is the class name with its namespace.
        const QString plural = QCoreApplication::translate("VerifyCommand", "FAILED: %n problem(s) in %1.", nullptr, 3);
        const QString singular
            = QCoreApplication::translate("VerifyCommand", "FAILED: %n problem(s) in %1.", nullptr, 1);
        const QString label = QCoreApplication::translate("recoup::CustomersPage", "search name, phone, ref ...");
        const QString sideBar = QCoreApplication::translate("recoup::MainWindow", "Customers");
        QCoreApplication::removeTranslator(&m_translator);

        QVERIFY(!empty.ok());
        QCOMPARE(empty.error(), QStringLiteral("Introduzca un importe."));
        QVERIFY(!noCurrency.ok());
        QCOMPARE(noCurrency.error(), QStringLiteral("“EURO” no es un código de moneda como USD, EUR o JPY."));
        QCOMPARE(ledgerText, QStringLiteral("Ese cliente no existe."));
        QCOMPARE(plural, QStringLiteral("ERROR: 3 problemas en %1."));
        QCOMPARE(singular, QStringLiteral("ERROR: 1 problema en %1."));
        QCOMPARE(label, QStringLiteral("buscar nombre, teléfono, ref. ..."));
        QCOMPARE(sideBar, QStringLiteral("Clientes"));
        // Without the translator the program speaks English again.
        QCOMPARE(Money::parseUserAmount(QString(), eur).error(), QStringLiteral("Enter an amount."));
    }

    void cliFollowsTheSystemLocale()
    {
        const QString cli = qEnvironmentVariable("RECOUP_CLI");
        if (cli.isEmpty() || !QFile::exists(cli))
            QSKIP("RECOUP_CLI does not name a built recoup-cli");
        // Qt reads the locale from LC_ALL/LANG itself, so this works even where the
        // es_ES locale is not installed in the C library.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
        const auto run = [&](const QStringList &args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(cli, args);
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return QStringLiteral("<failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
            return QString::fromUtf8(process.readAllStandardOutput());
        };

        const QString help = run({ QStringLiteral("--help") });
        QVERIFY2(help.contains(QStringLiteral("Uso: recoup-cli COMANDO [OPCIONES] ...")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Muestra lo que debe cada cliente y el total.")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Commands:")), qPrintable(help));

        const QString initHelp = run({ QStringLiteral("init"), QStringLiteral("--help") });
        QVERIFY2(initHelp.contains(QStringLiteral("Muestra esta ayuda.")), qPrintable(initHelp));
        // QCommandLineParser's own words come from Qt's catalogue, when it is installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm")))
            QVERIFY2(initHelp.contains(QStringLiteral("Opciones:")), qPrintable(initHelp));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
