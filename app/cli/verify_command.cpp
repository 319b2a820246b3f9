// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/verify_command.h"

#include "aging/aging_totals_cache.h"
#include "core/clock.h"
#include "db/database.h"
#include "ledger/audit_log.h"
#include "ledger/ledger_verifier.h"

namespace recoup::cli {

QString VerifyCommand::summary() const
{
    return tr("Check the audit chain and that every total matches the entries.");
}

void VerifyCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"), tr("The book file."));
    parser.addOption({ QStringLiteral("head"),
        tr("Check the audit chain against a head taken earlier (from a receipt, a statement or a backup's .head "
           "file): N:HASH, the number of its last record and the first digits of that record's hash."),
        QStringLiteral("N:HASH") });
}

QString VerifyCommand::bound(const VerifyReport &report)
{
    if (report.bindRecord == 0)
        return tr("%n row(s) that say what is owed checked against the audit records that bind them, bound since "
                  "the book was made.",
            nullptr, int(report.boundRows));
    return tr("%n row(s) that say what is owed checked against the audit records that bind them, bound since %1 "
              "(audit record %2): what the book held then is vouched for as it was that day, not before.",
        nullptr, int(report.boundRows))
        .arg(report.boundOn)
        .arg(report.bindRecord);
}

int VerifyCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QString prefix = QStringLiteral("recoup-cli verify: ");
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << prefix << tr("give one BOOK file.") << '\n';
        return 2;
    }
    auto db = Database::open(args.first(), Database::Access::ReadOnly);
    if (!db) {
        io.err << prefix << db.error() << '\n';
        return 1;
    }
    // One snapshot for the whole report, whatever another program commits meanwhile.
    if (auto reading = db.value()->beginRead(); !reading) {
        io.err << prefix << reading.error() << '\n';
        return 1;
    }
    const Database::Damage damage = db.value()->damage();
    if (damage == Database::Damage::MissingTable) {
        // Edited by hand: the entries cannot all be read, so the totals are not checked.
        io.err << tr("DAMAGED: the book was changed outside Recoup. Recoup will only read it. Restore it from a "
                     "backup.")
               << '\n';
        for (const QString &line : db.value()->integrityProblems())
            io.err << "  " << line << '\n';
        return 1;
    }
    if (damage == Database::Damage::BrokenPages) {
        // The file's structure is broken: the entries cannot be trusted, so
        // say what to do instead of checking totals that may read wrong.
        const QStringList &found = db.value()->integrityProblems();
        io.err << tr("DAMAGED: the file's structure is broken (the integrity check found %n problem(s)). Recoup "
                     "will only read this book. Restore it from a backup; if there is none, copy the figures you "
                     "need with “recoup-cli balance” and “recoup-cli aging” before anything else.",
            nullptr, int(found.size()))
               << '\n';
        if (parser.isSet(QStringLiteral("verbose")))
            for (const QString &line : found)
                io.err << "  " << line << '\n';
        else
            io.err << tr("Run with --verbose for the database's own description of the damage.") << '\n';
        return 1;
    }
    VerifyReport report = LedgerVerifier(*db.value()).run();
    // A missing index or append-only guard: said first, then what the entries show.
    if (damage == Database::Damage::MissingGuard)
        report.problems = db.value()->integrityProblems() + report.problems;
    // The aging totals kept for the dashboard are a cache of the entries too.
    const auto cachedTotals = AgingTotalsCache::verify(*db.value());
    report.problems << (cachedTotals ? cachedTotals.value() : QStringList{ cachedTotals.error() });
    // A head kept outside the book: records removed from the chain's end show here.
    if (parser.isSet(QStringLiteral("head"))) {
        const SystemClock clock;
        report.problems << AuditLog(*db.value(), clock).checkHead(parser.value(QStringLiteral("head")));
    }
    const QString counts = tr("%1 customers, %2 sales, %3 entries, %4 audit records")
                               .arg(report.customers)
                               .arg(report.debts)
                               .arg(report.entries)
                               .arg(report.auditRecords);
    if (report.ok()) {
        io.out << tr("OK: %1; the audit chain is unbroken and every total matches its entries.").arg(counts) << '\n';
        io.out << bound(report) << '\n';
        if (parser.isSet(QStringLiteral("head")))
            io.out << tr("The chain holds the head given, %1.").arg(parser.value(QStringLiteral("head"))) << '\n';
        io.out << tr("Head of the audit chain (write it down, or keep it with a backup): %1")
                      .arg(AuditLog::headText(report.headId, report.headHash))
               << '\n';
        return 0;
    }
    for (const QString &problem : report.problems)
        io.err << problem << '\n';
    io.err << bound(report) << '\n';
    io.err << tr("FAILED: %n problem(s) in %1.", nullptr, int(report.problems.size())).arg(counts) << '\n';
    return 1;
}

} // namespace recoup::cli
