// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"
#include "support/file_digest.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace recoup::test;

namespace {

const auto ReadOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const auto ReadOnlyFolder = ReadOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

} // namespace

/// A book on read-only media, or marked read-only: every report reads it, every
/// write is refused in words, the file stays as it was.
///
/// Root writes anywhere whatever the permission bits say, so under root (as in
/// a container) the commands run as the user "nobody", for whom the bits hold:
/// SQLite then truly cannot create its -wal and -shm files beside the book.
class ReadOnlyBookCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsWorkAndWritesAreRefused_data();
    void readsWorkAndWritesAreRefused();

private:
    CliRun run(const QStringList &arguments) const;
    QString m_setpriv;
};

void ReadOnlyBookCliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    if (geteuid() == 0) {
        m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (m_setpriv.isEmpty())
            qInfo("running as root without setpriv: only Recoup's reading of the permission bits is tested");
        else
            qInfo("running as root: the commands run as the user nobody");
    }
}

CliRun ReadOnlyBookCliTest::run(const QStringList &arguments) const
{
    if (m_setpriv.isEmpty())
        return cli(arguments);
    QProcess process;
    process.start(m_setpriv,
        QStringList{ QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            qEnvironmentVariable("RECOUP_CLI") }
            + arguments);
    if (!process.waitForFinished(240000))
        qFatal("recoup-cli did not finish");
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void ReadOnlyBookCliTest::readsWorkAndWritesAreRefused_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("read-only file") << false << QStringLiteral("is read-only");
    QTest::newRow("read-only folder") << true << QStringLiteral("folder that cannot be written to");
}

void ReadOnlyBookCliTest::readsWorkAndWritesAreRefused()
{
    QFETCH(bool, folderReadOnly);
    QFETCH(QString, refusal);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("backup"));
    QVERIFY(QDir().mkpath(folder));
    const QString book = folder + QStringLiteral("/shop.recoup");
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), book, QStringLiteral(RECOUP_TEST_DATA "/interchange/seed") }).exitCode, 0);
    // A closed book leaves no -wal or -shm behind: as a copy on read-only media would be.
    QVERIFY(!QFileInfo::exists(book + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(book + QStringLiteral("-shm")));

    // Another user must be able to reach it; then the book or its folder is made read-only.
    QFile::setPermissions(dir.path(), ReadOnlyFolder | QFile::WriteOwner);
    QFile::setPermissions(book, folderReadOnly ? ReadOnly | QFile::WriteOwner : ReadOnly);
    QFile::setPermissions(folder,
        folderReadOnly ? ReadOnlyFolder : ReadOnlyFolder | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
    const QByteArray before = fileDigest(book);

    const CliRun balance = run({ QStringLiteral("balance"), book });
    QVERIFY2(balance.exitCode == 0, qPrintable(balance.err));
    QVERIFY2(balance.text().contains(QLatin1String("TOTAL")), balance.out.constData());
    const CliRun aging
        = run({ QStringLiteral("aging"), book, QStringLiteral("--as-of"), QStringLiteral("2025-06-30") });
    QVERIFY2(aging.exitCode == 0, qPrintable(aging.err));
    const CliRun verify = run({ QStringLiteral("verify"), book });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

    const CliRun import
        = run({ QStringLiteral("import"), book, QStringLiteral(RECOUP_TEST_DATA "/interchange/valid-text") });
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(refusal), qPrintable(import.err));
    QVERIFY2(!import.err.contains(QLatin1String("database")), qPrintable(import.err));
    QCOMPARE(fileDigest(book), before);

    QFile::setPermissions(folder, ReadOnlyFolder | QFile::WriteOwner);
    QFile::setPermissions(book, ReadOnly | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(ReadOnlyBookCliTest)
#include "read_only_book_test.moc"
