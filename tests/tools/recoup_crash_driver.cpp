// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoup_crash_driver.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"
#include "recoup_crash_writer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <signal.h>

namespace recoup::crash {

namespace {

/// Sales large enough that the payments of a long run still find something open.
constexpr qint64 SaleAmount = 50'000'000;
constexpr int SalesPerCustomer = 3;
/// How many problems the report spells out; the counts say the rest.
constexpr int ProblemsShown = 20;

QString refRun(const QString &ref)
{
    // "R<run>-<n>"
    return ref.section(QLatin1Char('-'), 0, 0);
}

} // namespace

bool CrashDriver::Report::ok() const
{
    return lost.isEmpty() && doubled.isEmpty() && openFailures == 0 && integrityFailures == 0 && verifyFailures == 0
        && writerFailures == 0 && problems.isEmpty();
}

QString CrashDriver::Report::summary() const
{
    return QStringLiteral("kills %1 (%2 while writing), commits %3, committed but not logged %4, lost %5, "
                          "doubled %6, failed to open %7, failed integrity %8, failed verify %9, writer stopped %10")
        .arg(kills)
        .arg(killsWhileWriting)
        .arg(commits)
        .arg(committedNotLogged)
        .arg(lost.size())
        .arg(doubled.size())
        .arg(openFailures)
        .arg(integrityFailures)
        .arg(verifyFailures)
        .arg(writerFailures);
}

CrashDriver::CrashDriver(Options options) : m_options(std::move(options))
{
    m_book = QDir(m_options.workDir).filePath(QStringLiteral("crash.recoup"));
    m_log = QDir(m_options.workDir).filePath(QStringLiteral("committed.log"));
}

void CrashDriver::problem(Report &report, const QString &text) const
{
    if (report.problems.size() < ProblemsShown)
        report.problems.append(text);
    std::fprintf(stderr, "recoup-crash: %s\n", qPrintable(text));
}

CrashDriver::Report CrashDriver::run()
{
    Report report;
    if (!makeBook(report))
        return report;
    QRandomGenerator random(m_options.seed);
    const int progressEvery = std::max(1, m_options.kills / 10);
    for (int run = 1; run <= m_options.kills; ++run) {
        const int delay = random.bounded(m_options.maxDelayMs + 1);
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.setStandardOutputFile(QProcess::nullDevice());
        writer.start(m_options.writerProgram, { QStringLiteral("write"), m_book, m_log, QString::number(run) });
        if (!writer.waitForStarted(10000)) {
            problem(report, QStringLiteral("run %1: the writer did not start: %2").arg(run).arg(writer.errorString()));
            ++report.writerFailures;
            return report;
        }
        if (writer.waitForFinished(delay)) {
            // It stopped by itself: it says why on stderr, which we forward.
            problem(report,
                QStringLiteral("run %1: the writer stopped by itself with exit code %2")
                    .arg(run)
                    .arg(writer.exitCode()));
            ++report.writerFailures;
        } else {
            ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
            writer.waitForFinished(-1);
            ++report.kills;
        }
        checkBook(run, report);
        if (run % progressEvery == 0)
            std::fprintf(stderr, "recoup-crash: %s\n", qPrintable(report.summary()));
        if (report.problems.size() >= ProblemsShown)
            break;
    }
    return report;
}

bool CrashDriver::makeBook(Report &report)
{
    QFile::remove(m_book);
    QFile::remove(m_log);
    auto currency = Currency::fromCode(QStringLiteral("USD"));
    auto db = Database::create(m_book, currency.value());
    if (!db) {
        problem(report, QStringLiteral("cannot make the book: %1").arg(db.error()));
        return false;
    }
    const SystemClock clock;
    Ledger ledger(*db.value(), clock);
    for (int i = 0; i < CrashWriter::CustomerCount; ++i) {
        CustomerInput customer;
        customer.ref = CrashWriter::customerRef(i);
        customer.name = QStringLiteral("Crash customer %1").arg(i + 1);
        auto id = ledger.addCustomer(customer);
        if (!id) {
            problem(report, QStringLiteral("cannot add a customer: %1").arg(id.error()));
            return false;
        }
        for (int s = 0; s < SalesPerCustomer; ++s) {
            DebtInput sale;
            sale.customerId = id.value();
            sale.issueDate = clock.today().addDays(-400 + 30 * s);
            sale.termsDays = 30;
            sale.amount = SaleAmount;
            if (auto added = ledger.addDebt(sale); !added) {
                problem(report, QStringLiteral("cannot add a sale: %1").arg(added.error()));
                return false;
            }
        }
    }
    return true;
}

QStringList CrashDriver::loggedRefs() const
{
    QFile file(m_log);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList refs = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // What follows the last line end is empty, or a line the kill cut short:
    // its payment is committed but not yet logged.
    refs.removeLast();
    return refs;
}

bool CrashDriver::readPayments(QHash<QString, int> &payments, Report &report)
{
    auto db = Database::open(m_book);
    if (!db) {
        ++report.openFailures;
        problem(report, QStringLiteral("the book does not open: %1").arg(db.error()));
        return false;
    }
    // Opening checks already; asked again so the check cannot silently go.
    if (auto sound = db.value()->checkIntegrity(); !sound || !db.value()->isWritable()) {
        ++report.integrityFailures;
        problem(report,
            QStringLiteral("the book fails the integrity check: %1 %2")
                .arg(sound ? QString() : sound.error(), db.value()->integrityProblems().join(QLatin1Char(' '))));
        return false;
    }
    const SystemClock clock;
    Ledger ledger(*db.value(), clock);
    for (int i = 0; i < CrashWriter::CustomerCount; ++i) {
        const auto customer = ledger.customerByRef(CrashWriter::customerRef(i));
        if (!customer) {
            ++report.openFailures;
            problem(report, QStringLiteral("customer %1 cannot be read").arg(CrashWriter::customerRef(i)));
            return false;
        }
        const auto entries = ledger.customerEntries(customer->id);
        if (!entries) {
            ++report.openFailures;
            problem(report,
                QStringLiteral("the entries of %1 cannot be read: %2")
                    .arg(CrashWriter::customerRef(i), entries.error()));
            return false;
        }
        for (const Entry &entry : entries.value()) {
            if (entry.kind == EntryKind::Payment)
                ++payments[entry.ref];
        }
    }
    return true;
}

bool CrashDriver::verify(Report &report)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(m_options.cliProgram, { QStringLiteral("verify"), m_book });
    const bool finished = cli.waitForFinished(120000);
    if (finished && cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0)
        return true;
    ++report.verifyFailures;
    // How it failed, since a verify that crashed or never started prints nothing.
    const QString how = !finished                 ? QStringLiteral("did not finish: %1").arg(cli.errorString())
        : cli.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed: %1").arg(cli.errorString())
                                                  : QStringLiteral("exit code %1").arg(cli.exitCode());
    problem(report,
        QStringLiteral("recoup-cli verify fails (%1): %2").arg(how, QString::fromUtf8(cli.readAll()).trimmed()));
    return false;
}

void CrashDriver::checkBook(int run, Report &report)
{
    QHash<QString, int> inBook;
    if (!readPayments(inBook, report))
        return;
    verify(report);

    const QStringList logged = loggedRefs();
    report.commits = logged.size();
    const QString thisRun = QStringLiteral("R%1").arg(run);
    int loggedThisRun = 0;
    for (const QString &ref : logged) {
        if (refRun(ref) == thisRun)
            ++loggedThisRun;
        const int times = inBook.value(ref);
        if (times == 0 && !report.lost.contains(ref)) {
            report.lost.insert(ref);
            problem(report,
                QStringLiteral("run %1: payment %2 was logged as committed and is not in the book").arg(run).arg(ref));
        } else if (times > 1 && !report.doubled.contains(ref)) {
            report.doubled.insert(ref);
            problem(report, QStringLiteral("run %1: payment %2 is in the book %3 times").arg(run).arg(ref).arg(times));
        }
    }
    // The writer logs right after each commit, so a kill can leave at most one
    // payment of this run committed and not logged.
    const QSet<QString> loggedSet(logged.cbegin(), logged.cend());
    int notLogged = 0;
    for (auto it = inBook.cbegin(); it != inBook.cend(); ++it) {
        if (refRun(it.key()) == thisRun && !loggedSet.contains(it.key()))
            ++notLogged;
    }
    report.committedNotLogged += notLogged;
    if (loggedThisRun + notLogged > 0)
        ++report.killsWhileWriting;
    if (notLogged > 1)
        problem(
            report, QStringLiteral("run %1: %2 payments are in the book and not in the log").arg(run).arg(notLogged));
}

} // namespace recoup::crash
