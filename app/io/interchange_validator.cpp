// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/interchange_validator.h"

#include "core/iso_date.h"
#include "core/money.h"
#include "core/text_length.h"
#include "db/database.h"
#include "io/csv_read_ahead.h"
#include "io/csv_reader.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace recoup {

namespace {

const QString CustomersFile = QStringLiteral("customers.csv");
const QString DebtsFile = QStringLiteral("debts.csv");
const QString PaymentsFile = QStringLiteral("payments.csv");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isDigit);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const QStringList &InterchangeValidator::customerColumns()
{
    static const QStringList columns{ QStringLiteral("ref"), QStringLiteral("name"), QStringLiteral("phone"),
        QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("credit_limit"), QStringLiteral("notes") };
    return columns;
}

const QStringList &InterchangeValidator::debtColumns()
{
    static const QStringList columns{ QStringLiteral("ref"), QStringLiteral("customer_ref"),
        QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("terms_days"),
        QStringLiteral("amount"), QStringLiteral("description") };
    return columns;
}

const QStringList &InterchangeValidator::paymentColumns()
{
    static const QStringList columns{ QStringLiteral("ref"), QStringLiteral("customer_ref"), QStringLiteral("date"),
        QStringLiteral("amount"), QStringLiteral("method"), QStringLiteral("debt_ref"), QStringLiteral("reference") };
    return columns;
}

int InterchangeValidator::Row::line() const
{
    return m_record.line;
}

QString InterchangeValidator::Row::value(const QString &column) const
{
    const int at = m_index.value(column);
    if (at < 0 || at >= m_record.fields.size())
        return {};
    // Most fields have nothing to trim: those are shared as they are.
    const QString &field = m_record.fields.at(at);
    if (field.isEmpty() || (!field.front().isSpace() && !field.back().isSpace()))
        return field;
    return field.trimmed();
}

InterchangeValidator::InterchangeValidator(Ledger &ledger) : m_ledger(ledger) { }

InterchangeValidator::~InterchangeValidator() = default;

// ---- problems ---------------------------------------------------------------

void InterchangeValidator::problem(const QString &column, const QString &message, BookRule rule)
{
    const int order = m_columnIndex ? m_columnIndex->value(column, -1) : -1;
    m_rowProblems.append({ order, ImportProblem{ m_file, m_line, column, message, rule } });
}

void InterchangeValidator::problem(const QString &column, const Error &error)
{
    problem(column, error.message, error.rule);
}

void InterchangeValidator::countIntoTotal(const QString &column, qint64 amount)
{
    if (m_totalReported)
        return;
    if (auto ok = BookRules::checkBookTotal(m_runningTotal, amount, m_ledger.currency()); !ok) {
        // Once: every line after the first that passes the limit would pass it too.
        m_totalReported = true;
        problem(column, ok.failure());
        return;
    }
    m_runningTotal += amount;
}

void InterchangeValidator::fileProblem(int line, const QString &column, const QString &message)
{
    m_problems.append(ImportProblem{ m_file, line, column, message });
}

void InterchangeValidator::flushRow()
{
    // A line's problems in the order of its columns, whole-row problems first.
    std::stable_sort(
        m_rowProblems.begin(), m_rowProblems.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &p : std::as_const(m_rowProblems))
        m_problems.append(p.second);
    m_rowProblems.clear();
}

// ---- the book ------------------------------------------------------------------

void InterchangeValidator::loadBook()
{
    // The references already used, read once so each line is checked in memory.
    QSqlQuery q(m_ledger.database().connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, ref FROM customers")))
        while (q.next()) {
            m_bookCustomers.insert(q.value(1).toString(), q.value(0).toLongLong());
            m_bookCustomerRefs.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    if (q.exec(QStringLiteral("SELECT ref, customer_id, issue_date FROM debts")))
        while (q.next())
            m_bookDebts.insert(q.value(0).toString(),
                { q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate) });
    // Entry references are unique across kinds (a sale's charge carries the sale's ref).
    if (q.exec(QStringLiteral("SELECT ref FROM entries WHERE ref IS NOT NULL")))
        while (q.next())
            m_bookEntryRefs.insert(q.value(0).toString());
    m_closedThrough = m_ledger.closedThrough();
    auto total = m_ledger.bookTotal();
    if (total)
        m_runningTotal = total.value();
    else
        m_problems.append({ QString(), 0, QString(), total.error() });
}

// ---- fields ----------------------------------------------------------------------

QString InterchangeValidator::tooLong(qint64 characters)
{
    return tr("Longer than %1 characters (%2).").arg(BookRules::MaxTextLength).arg(characters);
}

QString InterchangeValidator::text(const Row &row, const QString &column, bool required)
{
    const QString value = row.value(column);
    if (!BookRules::checkText(value))
        problem(column, tooLong(characterCount(value)), BookRule::TextLength);
    else if (required && value.isEmpty() && m_columnIndex && m_columnIndex->contains(column))
        // A missing column is reported once, on the header.
        problem(column, tr("A value is required."),
            column == QLatin1String("name") && m_file == CustomersFile ? BookRule::Name : BookRule::None);
    return value;
}

std::optional<QDate> InterchangeValidator::date(const Row &row, const QString &column, bool required)
{
    const QString value = text(row, column, required);
    if (value.isEmpty() || characterCount(value) > Ledger::MaxTextLength)
        return std::nullopt;
    const IsoDate::Parsed parsed = IsoDate::parse(value);
    if (parsed.status == IsoDate::Status::NotYyyyMmDd) {
        problem(column, tr("“%1” is not a date in the form YYYY-MM-DD.").arg(value));
        return std::nullopt;
    }
    if (parsed.status == IsoDate::Status::DoesNotExist) {
        problem(column, tr("%1 is not a date that exists.").arg(value));
        return std::nullopt;
    }
    const QDate d = parsed.date;
    if (auto ok = BookRules::checkDate(d); !ok) {
        problem(column, ok.failure());
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> InterchangeValidator::amount(const Row &row, const QString &column, bool required)
{
    const QString value = text(row, column, required);
    if (value.isEmpty() || characterCount(value) > Ledger::MaxTextLength)
        return std::nullopt;
    auto parsed = Money::parseFileAmount(value, m_ledger.currency());
    if (!parsed) {
        Error refusal = parsed.failure();
        if (column == QLatin1String("credit_limit") && value.startsWith(QLatin1Char('-')))
            refusal.rule = BookRule::CreditLimit;
        problem(column, refusal);
        return std::nullopt;
    }
    return parsed.value();
}

QString InterchangeValidator::ref(const Row &row, QHash<QString, int> &seen, bool inBook)
{
    const QString column = QStringLiteral("ref");
    const QString value = text(row, column, true);
    if (value.isEmpty())
        return value;
    if (const auto first = seen.constFind(value); first != seen.constEnd())
        problem(column, tr("“%1” appears twice in this file (first on line %2).").arg(value).arg(*first));
    else
        seen.insert(value, row.line());
    if (inBook)
        problem(column, tr("“%1” is already in the book.").arg(value));
    return value;
}

void InterchangeValidator::checkOpenDate(const QString &column, const QDate &date)
{
    if (!BookRules::checkOpen(date, m_closedThrough))
        problem(column,
            tr("The books are closed through %1; nothing can be entered on %2.")
                .arg(isoDate(m_closedThrough), isoDate(date)),
            BookRule::ClosedPeriod);
}

// ---- files -----------------------------------------------------------------------

QString InterchangeValidator::megabytes(qint64 bytes)
{
    // Rounded up, so a file just past the limit does not read as at it.
    return QLocale().toString(std::ceil(static_cast<double>(bytes) * 10 / (1024 * 1024)) / 10, 'f', 1);
}

QString InterchangeValidator::csvProblemMessage(const CsvProblem &problem)
{
    switch (problem.kind) {
    case CsvProblem::Kind::NulByte:
        return tr("A NUL byte (character code 0) in the field: the file is damaged or is not a text file.");
    case CsvProblem::Kind::TextAfterQuote:
        return tr("Text after the closing quote: a quoted field must end with its quote (write a quote inside it "
                  "as two quotes, \"\").");
    case CsvProblem::Kind::QuoteInUnquotedField:
        return tr("A quote inside a field that is not quoted: put the whole field in quotes and write the quote as "
                  "two quotes (\"\").");
    case CsvProblem::Kind::BareCarriageReturn:
        return tr("A line ends with a carriage return (CR) alone: lines must end with LF or CRLF. Save the file "
                  "with Windows (CRLF) or Unix (LF) line ends; the rest of the file was not read.");
    case CsvProblem::Kind::FieldTooLong:
        return tooLong(problem.characters);
    }
    return {};
}

void InterchangeValidator::reserveRefs(const QString &file, qint64 bytes)
{
    // Room for every line's ref at once, instead of the tables growing (and
    // every ref hashed again) a dozen times over a large file. Lines of the
    // format take 40 bytes or more, as a rule; shorter ones only grow a table once.
    const qsizetype lines = qsizetype(std::min(bytes, MaxImportBytes) / 40);
    if (file == CustomersFile)
        m_customerRefs.reserve(lines);
    else if (file == DebtsFile) {
        m_debtRefs.reserve(lines);
        m_debts.reserve(lines);
    } else if (file == PaymentsFile)
        m_paymentRefs.reserve(lines);
}

bool InterchangeValidator::readFile(const QString &dir, const QString &file, const QStringList &columns,
    const QStringList &required, const QStringList &oneOf, const std::function<void(const Row &)> &perRow,
    const std::function<void(const Row *)> &onBroken)
{
    const QString path = QDir(dir).filePath(file);
    // The records come from the read-ahead thread when it reads this file
    // (check() starts it), else straight from the file; the same either way.
    CsvReadAhead::Source *const ahead = m_readAhead ? m_readAhead->source(path) : nullptr;
    // Whichever way this returns, the read-ahead moves on to the next file.
    const auto stopAhead = qScopeGuard([ahead] {
        if (ahead)
            ahead->stop();
    });
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return false;
    m_file = file;
    m_columnIndex = nullptr;
    // Only an ordinary file is opened: a FIFO would wait for a writer forever and
    // a device such as /dev/zero never ends.
    if (!info.exists()) {
        fileProblem(0, QString(), tr("A link to a file that does not exist (%1).").arg(info.symLinkTarget()));
        onBroken(nullptr);
        return true;
    }
    if (!info.isFile()) {
        fileProblem(0, QString(),
            info.isDir() ? tr("A folder, not a file: the import reads only ordinary files.")
                         : tr("Not an ordinary file (a device, a pipe or a socket): the import reads only ordinary "
                              "files."));
        onBroken(nullptr);
        return true;
    }
    if (info.size() > MaxImportBytes) {
        fileProblem(0, QString(),
            tr("The file is %1 MB; the import reads at most %2 MB at once. Split the data into several folders "
               "and import them one after another.")
                .arg(megabytes(info.size()))
                .arg(MaxImportBytes / (1024 * 1024)));
        onBroken(nullptr);
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fileProblem(0, QString(), tr("Cannot read the file: %1").arg(f.errorString()));
        onBroken(nullptr);
        return true;
    }
    std::optional<CsvReader> direct;
    if (!ahead)
        direct.emplace(f);
    const auto nextRecord = [&](CsvRecord &r) { return ahead ? ahead->next(r) : direct->next(r); };
    CsvRecord record;
    bool utf8Reported = false;
    const auto checkShape = [&](const CsvRecord &r) {
        for (int empty : r.emptyLinesBefore)
            fileProblem(empty, QString(), tr("An empty line between records."));
        if (r.invalidUtf8 && !utf8Reported) {
            utf8Reported = true;
            fileProblem(r.line, QString(), tr("The file is not valid UTF-8 (first found in this record)."));
        }
        if (r.unterminatedQuote)
            fileProblem(r.line, QString(), tr("A quoted field is never closed (unterminated quote)."));
    };
    // What the record breaks of RFC 4180, each on its column. A CR line end
    // stops the reading: every line after it would only repeat the problem.
    QStringList header;
    bool bareCr = false;
    const auto reportCsvProblems = [&](const CsvRecord &r) {
        for (const CsvProblem &p : r.problems) {
            const QString column = p.field >= 0 && p.field < header.size() ? header.at(p.field) : QString();
            if (p.kind == CsvProblem::Kind::BareCarriageReturn) {
                bareCr = true;
                fileProblem(r.line, QString(), csvProblemMessage(p));
                return;
            }
            fileProblem(r.line, column, csvProblemMessage(p));
        }
    };

    if (!nextRecord(record)) {
        fileProblem(1, QString(), tr("The file is empty: it needs a header line naming its columns."));
        onBroken(nullptr);
        return true;
    }
    checkShape(record);
    if (!record.problems.isEmpty()) {
        // A header that cannot be read names no column: nothing after it can be checked.
        reportCsvProblems(record);
        onBroken(nullptr);
        return true;
    }
    ColumnIndex index;
    const int width = int(record.fields.size());
    for (int i = 0; i < width; ++i) {
        const QString name = record.fields.at(i).trimmed();
        header.append(name);
        if (!columns.contains(name))
            fileProblem(1, name.isEmpty() ? QString() : name,
                name.isEmpty()
                    ? tr("A column has no name.")
                    : tr("Unknown column “%1”; the columns are %2.").arg(name, columns.join(QLatin1String(", "))));
        else if (index.contains(name))
            fileProblem(1, name, tr("The column “%1” appears twice.").arg(name));
        else
            index.insert(name, i);
    }
    for (const QString &name : required)
        if (!index.contains(name))
            fileProblem(1, name, tr("The required column “%1” is missing.").arg(name));
    if (!oneOf.isEmpty()
        && std::none_of(oneOf.begin(), oneOf.end(), [&index](const QString &c) { return index.contains(c); }))
        fileProblem(1, oneOf.first(), tr("The file needs one of the columns %1.").arg(oneOf.join(QLatin1String(", "))));
    if (!index.contains(QStringLiteral("ref")) || record.unterminatedQuote)
        onBroken(nullptr);
    if (record.unterminatedQuote)
        return true;

    m_columnIndex = &index;
    while (nextRecord(record)) {
        checkShape(record);
        m_line = record.line;
        const Row row(record, index);
        if (record.unterminatedQuote) {
            // The rest of the file is inside the open quote: its refs are lost.
            onBroken(&row);
            onBroken(nullptr);
            break;
        }
        reportCsvProblems(record);
        if (bareCr) {
            onBroken(&row);
            onBroken(nullptr);
            break;
        }
        bool broken = !record.problems.isEmpty();
        if (record.fields.size() != width) {
            fileProblem(
                record.line, QString(), tr("%1 fields where the header has %2.").arg(record.fields.size()).arg(width));
            broken = true;
        }
        if (broken) {
            onBroken(&row);
            continue;
        }
        perRow(row);
        flushRow();
    }
    m_columnIndex = nullptr;
    return true;
}

// ---- lines ------------------------------------------------------------------------

void InterchangeValidator::checkCustomer(const Row &row)
{
    CustomerInput c;
    c.ref = ref(row, m_customerRefs, m_bookCustomers.contains(row.value(QStringLiteral("ref"))));
    c.name = text(row, QStringLiteral("name"), true);
    c.phone = text(row, QStringLiteral("phone"), false);
    c.email = text(row, QStringLiteral("email"), false);
    if (characterCount(c.email) <= BookRules::MaxTextLength)
        if (auto ok = BookRules::checkEmail(c.email); !ok)
            problem(QStringLiteral("email"),
                tr("“%1” is not an e-mail address: it needs one @ with text on each side.").arg(c.email),
                BookRule::Email);
    c.address = text(row, QStringLiteral("address"), false);
    c.creditLimit = amount(row, QStringLiteral("credit_limit"), false);
    c.notes = text(row, QStringLiteral("notes"), false);
    if (m_rowProblems.isEmpty())
        m_dataset.customers.append({ row.line(), std::move(c) });
}

void InterchangeValidator::checkDebt(const Row &row)
{
    DebtRow d;
    d.line = row.line();
    const QString refText = row.value(QStringLiteral("ref"));
    d.ref = ref(row, m_debtRefs, m_bookDebts.contains(refText) || m_bookEntryRefs.contains(refText));
    d.customerRef = text(row, QStringLiteral("customer_ref"), true);
    if (!d.customerRef.isEmpty() && m_customersComplete && !m_customerRefs.contains(d.customerRef)
        && !m_bookCustomers.contains(d.customerRef))
        problem(
            QStringLiteral("customer_ref"), tr("No customer “%1” in customers.csv or in the book.").arg(d.customerRef));
    const auto issue = date(row, QStringLiteral("issue_date"), true);
    if (issue) {
        d.issueDate = *issue;
        checkOpenDate(QStringLiteral("issue_date"), d.issueDate);
    }

    const QString dueText = row.value(QStringLiteral("due_date"));
    const QString termsText = row.value(QStringLiteral("terms_days"));
    const bool hasTermColumns
        = m_columnIndex->contains(QStringLiteral("due_date")) || m_columnIndex->contains(QStringLiteral("terms_days"));
    if (!hasTermColumns) {
        // reported once, on the header
    } else if (!dueText.isEmpty() && !termsText.isEmpty()) {
        problem(QStringLiteral("due_date"), tr("Give either due_date or terms_days, not both."));
    } else if (dueText.isEmpty() && termsText.isEmpty()) {
        // On the column the file has, due_date when it has both.
        problem(m_columnIndex->contains(QStringLiteral("due_date")) ? QStringLiteral("due_date")
                                                                    : QStringLiteral("terms_days"),
            tr("Give a due_date or terms_days."));
    } else if (!dueText.isEmpty()) {
        const auto due = date(row, QStringLiteral("due_date"), false);
        if (due) {
            d.dueDate = *due;
            if (issue && *due < *issue)
                problem(QStringLiteral("due_date"),
                    tr("The due date %1 is before the issue date %2.").arg(isoDate(*due), isoDate(*issue)),
                    BookRule::DueDate);
        }
    } else {
        const QString terms = text(row, QStringLiteral("terms_days"), false);
        const bool negative = terms.startsWith(QLatin1Char('-'));
        const QString digits = negative ? terms.mid(1) : terms;
        if (characterCount(terms) > Ledger::MaxTextLength) {
            // already reported
        } else if (!allDigits(digits)) {
            problem(QStringLiteral("terms_days"), tr("“%1” is not a whole number of days.").arg(terms));
        } else {
            QString significant = digits;
            while (significant.size() > 1 && significant.front() == QLatin1Char('0'))
                significant.remove(0, 1);
            const int days = significant.size() > 5 ? 99999 : significant.toInt();
            if (negative || !BookRules::checkTerms(days))
                problem(QStringLiteral("terms_days"),
                    tr("Terms must be 0 to %1 days, not %2.").arg(BookRules::MaxTermsDays).arg(terms), BookRule::Terms);
            else if (auto due = BookRules::dueDate(d.issueDate, days, QDate()); issue && !due)
                problem(QStringLiteral("terms_days"), due.failure());
            else
                d.termsDays = days;
        }
    }
    if (const auto a = amount(row, QStringLiteral("amount"), true)) {
        d.amount = *a;
        countIntoTotal(QStringLiteral("amount"), d.amount);
    }
    d.description = text(row, QStringLiteral("description"), false);

    if (!d.ref.isEmpty() && !m_debts.contains(d.ref))
        m_debts.insert(d.ref, { d.line, d.customerRef, d.issueDate });
    if (m_rowProblems.isEmpty())
        m_dataset.debts.append(std::move(d));
}

void InterchangeValidator::checkPayment(const Row &row)
{
    PaymentRow p;
    p.line = row.line();
    const QString refText = row.value(QStringLiteral("ref"));
    p.ref = ref(row, m_paymentRefs, m_bookEntryRefs.contains(refText) || m_bookDebts.contains(refText));
    // A payment's ref shares one namespace with the sales' refs in the books.
    if (!p.ref.isEmpty() && !m_bookEntryRefs.contains(p.ref) && !m_bookDebts.contains(p.ref) && m_debts.contains(p.ref))
        problem(QStringLiteral("ref"),
            tr("“%1” is already the ref of a debt in debts.csv (line %2).").arg(p.ref).arg(m_debts[p.ref].line));
    p.customerRef = text(row, QStringLiteral("customer_ref"), true);
    const bool customerKnown = m_customerRefs.contains(p.customerRef) || m_bookCustomers.contains(p.customerRef);
    if (!p.customerRef.isEmpty() && m_customersComplete && !customerKnown)
        problem(
            QStringLiteral("customer_ref"), tr("No customer “%1” in customers.csv or in the book.").arg(p.customerRef));
    const auto when = date(row, QStringLiteral("date"), true);
    if (when) {
        p.date = *when;
        checkOpenDate(QStringLiteral("date"), p.date);
    }
    if (const auto a = amount(row, QStringLiteral("amount"), true)) {
        p.amount = *a;
        countIntoTotal(QStringLiteral("amount"), p.amount);
    }
    const QString method = text(row, QStringLiteral("method"), true);
    if (!method.isEmpty() && characterCount(method) <= Ledger::MaxTextLength
        && !paymentMethodFromKey(method, &p.method))
        problem(QStringLiteral("method"),
            tr("“%1” is not a payment method; use cash, card, bank_transfer, cheque or mobile_money.").arg(method));

    p.debtRef = text(row, QStringLiteral("debt_ref"), false);
    if (!p.debtRef.isEmpty() && characterCount(p.debtRef) <= Ledger::MaxTextLength) {
        QString owner;
        QDate issued;
        bool found = false;
        if (const auto it = m_debts.constFind(p.debtRef); it != m_debts.constEnd()) {
            found = true;
            owner = it->customerRef;
            issued = it->issueDate;
        } else if (const auto b = m_bookDebts.constFind(p.debtRef); b != m_bookDebts.constEnd()) {
            found = true;
            owner = m_bookCustomerRefs.value(b->customerId);
            issued = b->issueDate;
        }
        if (!found) {
            if (m_debtsComplete)
                problem(QStringLiteral("debt_ref"), tr("No debt “%1” in debts.csv or in the book.").arg(p.debtRef));
        } else if (!owner.isEmpty() && !p.customerRef.isEmpty() && owner != p.customerRef) {
            problem(QStringLiteral("debt_ref"),
                tr("The debt “%1” is customer “%2”'s, not “%3”'s.").arg(p.debtRef, owner, p.customerRef));
        } else if (issued.isValid() && when && issued > *when) {
            problem(QStringLiteral("debt_ref"),
                tr("The debt “%1” was issued on %2, after the payment's date %3.")
                    .arg(p.debtRef, isoDate(issued), isoDate(*when)));
        }
    }
    p.reference = text(row, QStringLiteral("reference"), false);
    if (m_rowProblems.isEmpty())
        m_dataset.payments.append(std::move(p));
}

// ---- the folder ---------------------------------------------------------------------

bool InterchangeValidator::check(const QString &dir)
{
    m_problems.clear();
    m_warnings.clear();
    m_dataset = InterchangeDataset();
    const QFileInfo folder(dir);
    const QString folderName = folder.fileName().isEmpty() ? dir : folder.fileName();
    if (!folder.isDir()) {
        QString why;
        if (folder.isFile())
            why = tr("“%1” is a file, not a folder: give the folder that holds customers.csv, debts.csv or "
                     "payments.csv.")
                      .arg(dir);
        else if (folder.exists())
            why = tr("“%1” is not a folder but a device, a pipe or another special file: give the folder that holds "
                     "customers.csv, debts.csv or payments.csv.")
                      .arg(dir);
        else
            why = tr("There is no folder “%1”.").arg(dir);
        m_problems.append({ dir, 0, QString(), why });
        return false;
    }
    const QStringList known{ CustomersFile, DebtsFile, PaymentsFile };
    bool any = false;
    for (const QString &name : QDir(dir).entryList(
             { QStringLiteral("*.csv") }, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        if (known.contains(name))
            any = true;
        else
            m_warnings.append({ name, 0, QString(),
                tr("warning: not a file of the interchange format (customers.csv, debts.csv, "
                   "payments.csv); it was not read.") });
    }
    if (!any) {
        m_problems.append({ dir, 0, QString(),
            tr("No customers.csv, debts.csv or payments.csv in the folder “%1”.").arg(folderName) });
        return false;
    }
    // Files each within the limit may still pass it together (one alone past it
    // is reported on that file).
    qint64 total = 0;
    bool oneTooLarge = false;
    for (const QString &name : known) {
        const QFileInfo info(QDir(dir).filePath(name));
        if (info.isFile()) {
            total += info.size();
            oneTooLarge = oneTooLarge || info.size() > MaxImportBytes;
        }
    }
    if (total > MaxImportBytes && !oneTooLarge) {
        m_problems.append({ dir, 0, QString(),
            tr("customers.csv, debts.csv and payments.csv are %1 MB together; the import reads at most %2 MB at "
               "once. Split the data into several folders and import them one after another.")
                .arg(megabytes(total))
                .arg(MaxImportBytes / (1024 * 1024)) });
        return false;
    }
    // The files are read (CSV to fields) on a second thread meanwhile: only
    // ordinary files within the limit, as readFile() opens no other.
    QStringList ahead;
    for (const QString &name : known) {
        const QString path = QDir(dir).filePath(name);
        const QFileInfo info(path);
        if (info.isFile() && info.size() <= MaxImportBytes) {
            ahead.append(path);
            reserveRefs(name, info.size());
        }
    }
    m_readAhead = std::make_unique<CsvReadAhead>(ahead);
    const auto done = qScopeGuard([this] { m_readAhead.reset(); });
    loadBook();

    // A file whose refs cannot all be read makes "unknown ref" unknowable, so
    // those checks are left out rather than reported line after line.
    // A line that could not be read still names its ref where it can, so what
    // refers to it is not reported as unknown too.
    const auto customerBroken = [this](const Row *row) {
        if (!row) {
            m_customersComplete = false;
        } else if (const QString r = row->value(QStringLiteral("ref")); !r.isEmpty() && !m_customerRefs.contains(r)) {
            m_customerRefs.insert(r, row->line());
        }
    };
    const auto debtBroken = [this](const Row *row) {
        if (!row) {
            m_debtsComplete = false;
        } else if (const QString r = row->value(QStringLiteral("ref")); !r.isEmpty() && !m_debts.contains(r)) {
            m_debtRefs.insert(r, row->line());
            m_debts.insert(r, { row->line(), QString(), QDate() });
        }
    };
    readFile(
        dir, CustomersFile, customerColumns(), { QStringLiteral("ref"), QStringLiteral("name") }, {},
        [this](const Row &row) { checkCustomer(row); }, customerBroken);
    readFile(
        dir, DebtsFile, debtColumns(),
        { QStringLiteral("ref"), QStringLiteral("customer_ref"), QStringLiteral("issue_date"),
            QStringLiteral("amount") },
        { QStringLiteral("due_date"), QStringLiteral("terms_days") }, [this](const Row &row) { checkDebt(row); },
        debtBroken);
    readFile(
        dir, PaymentsFile, paymentColumns(),
        { QStringLiteral("ref"), QStringLiteral("customer_ref"), QStringLiteral("date"), QStringLiteral("amount"),
            QStringLiteral("method") },
        {}, [this](const Row &row) { checkPayment(row); }, [](const Row *) {});
    return m_problems.isEmpty();
}

} // namespace recoup
