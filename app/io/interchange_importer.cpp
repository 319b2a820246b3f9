// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/interchange_importer.h"

#include "db/database.h"
#include "io/interchange_validator.h"
#include "ledger/bulk_ledger_writer.h"
#include "ledger/ledger.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace recoup {

InterchangeImporter::InterchangeImporter(Ledger &ledger) : m_ledger(ledger) { }

ImportReport InterchangeImporter::importFolder(const QString &dir)
{
    ImportReport report;
    InterchangeValidator validator(m_ledger);
    const bool valid = validator.check(dir);
    report.warnings = validator.warnings();
    if (!valid) {
        report.problems = validator.problems();
        return report;
    }
    const InterchangeDataset &data = validator.dataset();
    std::optional<ImportProblem> located;
    if (auto done = write(data, located); !done) {
        if (located)
            report.problems.append(*located);
        else
            report.problems.append({ dir, 0, QString(), tr("Nothing was imported: %1").arg(done.error()) });
        return report;
    }
    report.customers = int(data.customers.size());
    report.debts = int(data.debts.size());
    report.payments = int(data.payments.size());
    return report;
}

Result<void> InterchangeImporter::write(
    const InterchangeDataset &data, std::optional<ImportProblem> &located, bool mayGoDirect)
{
    Database &db = m_ledger.database();
    // Many rows: their references are checked once, before the commit.
    if (auto started = db.begin(Database::References::CheckedAtCommit); !started)
        return started;
    // Any failure below undoes everything written so far.
    const auto fail = [&db, &located](const QString &file, int line, const Error &why) -> Result<void> {
        db.rollback();
        if (why.rule != BookRule::None) {
            // A rule of the books only the replay can see (the room the
            // allocations take): reported at its line like the validator's problems.
            const bool payment = file == QLatin1String("payments.csv");
            QString column;
            if (why.rule == BookRule::Amount || why.rule == BookRule::BookTotal)
                column = QStringLiteral("amount");
            else if (why.rule == BookRule::DateRange || why.rule == BookRule::ClosedPeriod)
                column = payment ? QStringLiteral("date") : QStringLiteral("issue_date");
            located = ImportProblem{ file, line, column, why.message, why.rule };
        }
        return Error{ tr("%1 line %2: %3").arg(file).arg(line).arg(why.message), why.rule };
    };
    // The rows the Ledger would write line by line, written at once: the same
    // ids, entries, caches and audit chain (BulkLedgerWriter's test proves it).
    BulkLedgerWriter writer(m_ledger);
    if (auto started = writer.start(); !started) {
        db.rollback();
        return started;
    }

    QHash<QString, qint64> customerIds;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT ref, id FROM customers")))
            while (q.next())
                customerIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    // Where each writer call came from, to name the line the book refused.
    struct Origin
    {
        QString file;
        int line;
        QString ref;
    };
    std::vector<Origin> origins;
    origins.reserve(size_t(data.customers.size() + data.debts.size() + data.payments.size()));
    for (const CustomerRow &c : data.customers) {
        origins.push_back({ QStringLiteral("customers.csv"), c.line, c.input.ref });
        auto id = writer.addCustomer(c.input);
        if (!id)
            return fail(QStringLiteral("customers.csv"), c.line, id.failure());
        customerIds.insert(c.input.ref, id.value());
    }

    // Replay by date: on each date the sales first, then the payments, each in file order.
    struct Event
    {
        QDate date;
        int kind; // 0 sale, 1 payment
        int index;
    };
    QList<Event> events;
    events.reserve(data.debts.size() + data.payments.size());
    for (int i = 0; i < data.debts.size(); ++i)
        events.append({ data.debts.at(i).issueDate, 0, i });
    for (int i = 0; i < data.payments.size(); ++i)
        events.append({ data.payments.at(i).date, 1, i });
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.index < b.index;
    });

    QHash<QString, qint64> debtIds;
    debtIds.reserve(data.debts.size());
    for (const Event &event : std::as_const(events)) {
        if (event.kind == 0) {
            const DebtRow &d = data.debts.at(event.index);
            origins.push_back({ QStringLiteral("debts.csv"), d.line, d.ref });
            DebtInput input;
            input.customerId = customerIds.value(d.customerRef);
            input.ref = d.ref;
            input.description = d.description;
            input.issueDate = d.issueDate;
            input.dueDate = d.dueDate;
            input.termsDays = d.termsDays;
            input.amount = d.amount;
            auto id = writer.addDebt(input);
            if (!id)
                return fail(QStringLiteral("debts.csv"), d.line, id.failure());
            debtIds.insert(d.ref, id.value());
        } else {
            const PaymentRow &p = data.payments.at(event.index);
            origins.push_back({ QStringLiteral("payments.csv"), p.line, p.ref });
            PaymentInput input;
            input.customerId = customerIds.value(p.customerRef);
            input.amount = p.amount;
            input.date = p.date;
            input.method = p.method;
            input.reference = p.reference;
            input.ref = p.ref;
            if (!p.debtRef.isEmpty()) {
                input.preferredDebtId = debtIds.value(p.debtRef);
                if (!input.preferredDebtId)
                    if (const auto existing = m_ledger.debtByRef(p.debtRef))
                        input.preferredDebtId = existing->id;
            }
            auto outcome = writer.recordPayment(input);
            if (!outcome)
                return fail(QStringLiteral("payments.csv"), p.line, outcome.failure());
        }
    }
    // Every row checked and replayed, nothing written yet: with the book to
    // itself, the rows go straight into its file. Had another program written
    // in that moment, what the replay read is stale: once more, from the start.
    if (mayGoDirect) {
        auto direct = db.goDirect();
        if (!direct)
            return direct.failure();
        if (direct.value() == Database::Direct::BookChanged)
            return write(data, located, false);
    }
    if (auto done = writer.finish(); !done) {
        const int call = writer.failedCall();
        if (call >= 0 && size_t(call) < origins.size()) {
            // What only the book could refuse (another import wrote the same
            // reference meanwhile) is named by its reference as well as its line.
            const Origin &origin = origins[size_t(call)];
            Error why = done.failure();
            if (!origin.ref.isEmpty())
                why.message = tr("reference “%1”: %2").arg(origin.ref, why.message);
            return fail(origin.file, origin.line, why);
        }
        db.rollback();
        return done;
    }
    if (auto done = db.commit(); !done)
        return done;
    // The same change notice as every other write, after the commit.
    m_ledger.announce(writer.changes());
    return {};
}

} // namespace recoup
