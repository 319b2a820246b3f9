// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as an interchange folder, checked against a small real book: the
// input is split at "\n====\n" into customers.csv, debts.csv and payments.csv
// (fewer parts, fewer files). The validator never crashes, and every problem
// it reports is in the FILE:ROW:COLUMN form with a message free of NUL bytes.
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "io/interchange_importer.h"
#include "io/interchange_validator.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace recoup;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_interchange_validator: %s\n", what);
        abort();
    }
}

struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock{ QDate(2026, 6, 30) };
    std::unique_ptr<Database> db;
    std::unique_ptr<Ledger> ledger;
    QString dataset;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    check(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size(), "cannot write the dataset");
}

Fixture *fixture = nullptr;

/// A book holding a customer, a debt and a payment, so refs to the book are met too.
void makeBook()
{
    fixture = new Fixture;
    check(fixture->dir.isValid(), "no temporary folder");
    auto db = Database::create(
        fixture->dir.filePath(QStringLiteral("fuzz.recoup")), Currency::fromCode(QStringLiteral("USD")).value());
    check(db.ok(), "cannot create the book");
    fixture->db = std::move(db).value();
    fixture->ledger = std::make_unique<Ledger>(*fixture->db, fixture->clock);
    const QString seed = fixture->dir.filePath(QStringLiteral("seed"));
    QDir().mkpath(seed);
    writeFile(seed + QStringLiteral("/customers.csv"), "ref,name\nBOOK-C1,Book Customer\n");
    writeFile(seed + QStringLiteral("/debts.csv"),
        "ref,customer_ref,issue_date,terms_days,amount\nBOOK-D1,BOOK-C1,2025-01-10,30,100.00\n");
    writeFile(seed + QStringLiteral("/payments.csv"),
        "ref,customer_ref,date,amount,method\nBOOK-P1,BOOK-C1,2025-01-20,20.00,cash\n");
    check(InterchangeImporter(*fixture->ledger).importFolder(seed).ok(), "cannot seed the book");
    fixture->dataset = fixture->dir.filePath(QStringLiteral("dataset"));
    QDir().mkpath(fixture->dataset);
    // The book is closed and its folder removed at exit, before Qt's own globals
    // that the database uses are gone: an atexit handler registered after they
    // were made runs before they are destroyed. (A static Fixture was destroyed
    // after them, and crashed in QSqlDatabase at the end of every run.)
    std::atexit([] {
        delete fixture;
        fixture = nullptr;
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    makeBook();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QStringList names{ QStringLiteral("customers.csv"), QStringLiteral("debts.csv"),
        QStringLiteral("payments.csv") };
    const QByteArray separator("\n====\n");
    qsizetype from = 0;
    for (int i = 0; i < names.size(); ++i) {
        const QString path = fixture->dataset + QLatin1Char('/') + names.at(i);
        QFile::remove(path);
        if (from > bytes.size())
            continue;
        const qsizetype at = i + 1 < names.size() ? bytes.indexOf(separator, from) : -1;
        writeFile(path, bytes.mid(from, at < 0 ? -1 : at - from));
        from = at < 0 ? bytes.size() + 1 : at + separator.size();
    }

    InterchangeValidator validator(*fixture->ledger);
    const bool ok = validator.check(fixture->dataset);
    check(ok == validator.problems().isEmpty(), "the verdict disagrees with the problems");
    for (const ImportProblem &problem : validator.problems()) {
        check(!problem.file.isEmpty() && !problem.message.isEmpty(), "a problem without a file or a message");
        check(problem.line >= 0, "a problem on a negative line");
        check(!problem.toString().contains(QChar(0)), "a NUL byte in a message");
    }
    if (ok) {
        const InterchangeDataset &dataset = validator.dataset();
        for (const CustomerRow &row : dataset.customers)
            check(row.line > 1 && !row.input.ref.isEmpty() && !row.input.name.isEmpty(),
                "a customer without ref or name");
        for (const DebtRow &row : dataset.debts)
            check(row.line > 1 && row.amount > 0 && row.amount <= Money::maxAmount(fixture->db->currency())
                    && row.issueDate.isValid(),
                "a debt out of bounds");
        for (const PaymentRow &row : dataset.payments)
            check(row.line > 1 && row.amount > 0 && row.amount <= Money::maxAmount(fixture->db->currency())
                    && row.date.isValid(),
                "a payment out of bounds");
    }
    return 0;
}
