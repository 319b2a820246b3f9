// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/import_problem.h"
#include "io/interchange_dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace recoup {

class CsvReadAhead;
class Ledger;
struct CsvProblem;
struct CsvRecord;

/// Reads an interchange folder (customers.csv, debts.csv, payments.csv) and
/// checks every line against the format and against what the book already
/// holds, collecting every problem rather than stopping at the first. Reads
/// only: nothing is written to the book.
class InterchangeValidator
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeValidator)
public:
    /// The most the import reads from a folder, its files together. Every line
    /// is held in memory until all of them are checked and written, so this
    /// bounds the import's memory (the README gives the figures).
    static constexpr qint64 MaxImportBytes = 128 * 1024 * 1024;

    explicit InterchangeValidator(Ledger &ledger);
    ~InterchangeValidator();
    Q_DISABLE_COPY_MOVE(InterchangeValidator)

    /// Reads and checks the folder. Returns true when there is no problem.
    bool check(const QString &dir);

    const QList<ImportProblem> &problems() const { return m_problems; }
    /// Things worth saying that do not stop the import (unknown file names).
    const QList<ImportProblem> &warnings() const { return m_warnings; }
    /// The checked lines; complete only when check() returned true.
    const InterchangeDataset &dataset() const { return m_dataset; }

    static const QStringList &customerColumns();
    static const QStringList &debtColumns();
    static const QStringList &paymentColumns();

private:
    /// Where each column of a file's header is: a handful of names, looked up
    /// many times a line, so a short list searched in order beats hashing each name.
    class ColumnIndex
    {
    public:
        bool contains(QStringView name) const { return find(name) >= 0; }
        /// The column's position in the record, or `missing` when the file has no such column.
        int value(QStringView name, int missing = -1) const
        {
            const qsizetype at = find(name);
            return at >= 0 ? m_positions.at(at) : missing;
        }
        void insert(const QString &name, int position)
        {
            m_names.append(name);
            m_positions.append(position);
        }

    private:
        qsizetype find(QStringView name) const
        {
            for (qsizetype i = 0; i < m_names.size(); ++i)
                if (m_names.at(i).size() == name.size() && m_names.at(i) == name)
                    return i;
            return -1;
        }
        QStringList m_names;
        QList<int> m_positions;
    };

    /// The fields of one record, found by column name.
    class Row
    {
    public:
        Row(const CsvRecord &record, const ColumnIndex &index) : m_record(record), m_index(index) { }
        int line() const;
        /// The trimmed value of a column, empty when the column is not in the file.
        QString value(const QString &column) const;

    private:
        const CsvRecord &m_record;
        const ColumnIndex &m_index;
    };

    struct SeenDebt
    {
        int line = 0;
        QString customerRef;
        QDate issueDate;
    };
    struct BookDebt
    {
        qint64 customerId = 0;
        QDate issueDate;
    };

    void loadBook();
    /// Reads one file, checks its header and shape, and hands each well-formed
    /// record to perRow. Returns false when the file is not in the folder.
    /// onBroken gets each line that could not be read (nullptr: the file's refs
    /// cannot all be known). oneOf: columns of which at least one must be there.
    bool readFile(const QString &dir, const QString &file, const QStringList &columns, const QStringList &required,
        const QStringList &oneOf, const std::function<void(const Row &)> &perRow,
        const std::function<void(const Row *)> &onBroken);
    void checkCustomer(const Row &row);
    void checkDebt(const Row &row);
    void checkPayment(const Row &row);

    /// What to tell the user about a record that breaks RFC 4180.
    static QString csvProblemMessage(const CsvProblem &problem);
    static QString tooLong(qint64 characters);
    static QString megabytes(qint64 bytes);

    // Field checks: each reports its own problem and returns what could be read.
    QString text(const Row &row, const QString &column, bool required);
    std::optional<QDate> date(const Row &row, const QString &column, bool required);
    std::optional<qint64> amount(const Row &row, const QString &column, bool required);
    /// The ref column: required, unique in the file, not in the book.
    QString ref(const Row &row, QHash<QString, int> &seen, bool inBook);
    /// Makes room in the tables of refs for a file of `bytes`.
    void reserveRefs(const QString &file, qint64 bytes);
    void checkOpenDate(const QString &column, const QDate &date);

    void problem(const QString &column, const QString &message, BookRule rule = BookRule::None);
    void problem(const QString &column, const Error &error);
    /// Adds an amount to what the import brings into the book, reporting the
    /// line where the book total would first be passed.
    void countIntoTotal(const QString &column, qint64 amount);
    void fileProblem(int line, const QString &column, const QString &message);
    void flushRow();

    Ledger &m_ledger;
    QDate m_closedThrough;
    /// The book total with every amount read so far: a floor of what the import
    /// writes (the allocations it makes come on top, and the writer checks those).
    qint64 m_runningTotal = 0;
    bool m_totalReported = false;
    QList<ImportProblem> m_problems;
    QList<ImportProblem> m_warnings;
    InterchangeDataset m_dataset;

    // What the book holds already.
    QHash<QString, qint64> m_bookCustomers;
    QHash<qint64, QString> m_bookCustomerRefs;
    QHash<QString, BookDebt> m_bookDebts;
    QSet<QString> m_bookEntryRefs;

    // What the dataset holds (every readable ref, even on lines with problems,
    // so that one mistake is reported once and not again at each reference).
    QHash<QString, int> m_customerRefs;
    QHash<QString, SeenDebt> m_debts;
    QHash<QString, int> m_debtRefs;
    QHash<QString, int> m_paymentRefs;
    bool m_customersComplete = true;
    bool m_debtsComplete = true;

    // The file and line being checked, and the problems found on it so far.
    QString m_file;
    int m_line = 0;
    const ColumnIndex *m_columnIndex = nullptr;
    QList<std::pair<int, ImportProblem>> m_rowProblems;
    /// During check(): the files read on a second thread.
    std::unique_ptr<CsvReadAhead> m_readAhead;
};

} // namespace recoup
