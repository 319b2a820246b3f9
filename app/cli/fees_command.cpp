// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/fees_command.h"

#include "cli/book_session.h"
#include "cli/report_options.h"
#include "collections/fee_run.h"
#include "collections/fee_terms_store.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "io/csv_writer.h"
#include "ledger/ledger_reader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recoup::cli {

namespace {

const QString Prefix = QStringLiteral("recoup-cli fees: ");

/// A terms file is a few hundred bytes; anything far larger is not one.
constexpr qint64 MaxTermsBytes = 64 * 1024;

QString chargeKind(const FeeLine &line)
{
    return debtKindName(line.charge.kind);
}

} // namespace

QString FeesCommand::summary() const
{
    return tr("Show the late fees and interest due as of a date, post them, or waive one.");
}

void FeesCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BOOK"),
        tr("The book file; “waive BOOK” waives a charge, “terms BOOK CUSTOMER [book|none|FILE]” shows or sets a "
           "customer's own terms."),
        QStringLiteral("[waive|terms] BOOK"));
    parser.addOption(
        { QStringLiteral("date"), tr("The date of the run, YYYY-MM-DD (default: today); waive: the day of the waiver."),
            QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("post"), tr("Post the charges (without it, only show them).") });
    parser.addOption(
        { QStringLiteral("customer"), tr("Only the customer with this reference."), QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("format"),
        tr("table (the default), csv (customer_ref,debt_ref,kind,period,period_from,period_to,days_past_due,basis,"
           "amount,item_ref,due_date) or json."),
        QStringLiteral("table|csv|json") });
    parser.addOption({ QStringLiteral("fee"), tr("waive: the fee or interest item's reference, such as S-00012-F1."),
        QStringLiteral("REF") });
    parser.addOption({ QStringLiteral("reason"), tr("waive: why the charge is waived."), QStringLiteral("TEXT") });
}

QByteArray FeesCommand::csv(const FeePlan &plan, const Currency &currency)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(buffer);
    out.row({ QStringLiteral("customer_ref"), QStringLiteral("debt_ref"), QStringLiteral("kind"),
        QStringLiteral("period"), QStringLiteral("period_from"), QStringLiteral("period_to"),
        QStringLiteral("days_past_due"), QStringLiteral("basis"), QStringLiteral("amount"), QStringLiteral("item_ref"),
        QStringLiteral("due_date") });
    for (const FeeLine &line : plan.lines) {
        out.text(line.customerRef).text(line.sourceRef).text(chargeKind(line));
        out.number(QString::number(line.charge.periodNo));
        out.text(line.charge.periodFrom.toString(Qt::ISODate)).text(line.charge.periodTo.toString(Qt::ISODate));
        out.number(QString::number(line.daysPastDue));
        out.amount(line.charge.basis, currency).amount(line.charge.amount, currency);
        out.text(line.ref).text(line.dueDate.toString(Qt::ISODate));
        out.endRow();
    }
    return buffer.data();
}

QByteArray FeesCommand::json(const FeePlan &plan, const Currency &currency, bool posted)
{
    QJsonArray charges;
    for (const FeeLine &line : plan.lines) {
        QJsonObject o{ { QStringLiteral("customer_ref"), line.customerRef },
            { QStringLiteral("customer_name"), line.customerName }, { QStringLiteral("debt_ref"), line.sourceRef },
            { QStringLiteral("kind"), chargeKind(line) }, { QStringLiteral("period"), line.charge.periodNo },
            { QStringLiteral("period_from"), line.charge.periodFrom.toString(Qt::ISODate) },
            { QStringLiteral("period_to"), line.charge.periodTo.toString(Qt::ISODate) },
            { QStringLiteral("days_past_due"), line.daysPastDue },
            { QStringLiteral("basis"), Money::toFileText(line.charge.basis, currency) },
            { QStringLiteral("amount"), Money::toFileText(line.charge.amount, currency) },
            { QStringLiteral("item_ref"), line.ref },
            { QStringLiteral("due_date"), line.dueDate.toString(Qt::ISODate) },
            { QStringLiteral("description"), FeeRun::describe(line) } };
        if (line.charge.kind == DebtKind::Interest) {
            o.insert(QStringLiteral("days"), line.charge.days);
            o.insert(QStringLiteral("minimum"), line.charge.minimum);
        } else {
            o.insert(QStringLiteral("capped"), line.charge.capped);
        }
        charges.append(o);
    }
    return QJsonDocument(QJsonObject{ { QStringLiteral("date"), plan.asOf.toString(Qt::ISODate) },
                             { QStringLiteral("currency"), currency.code() }, { QStringLiteral("posted"), posted },
                             { QStringLiteral("total"), Money::toFileText(plan.total(), currency) },
                             { QStringLiteral("charges"), charges } })
        .toJson(QJsonDocument::Indented);
}

void FeesCommand::printTable(const FeePlan &plan, const Currency &currency, QTextStream &out)
{
    QList<QStringList> rows{ { tr("Customer"), tr("Sale"), tr("Charge"), tr("Period"), tr("Days"), tr("On"),
        tr("Amount"), tr("Item") } };
    for (const FeeLine &line : plan.lines) {
        const QString period = line.charge.periodFrom == line.charge.periodTo
            ? line.charge.periodFrom.toString(Qt::ISODate)
            : tr("%1 to %2")
                  .arg(line.charge.periodFrom.toString(Qt::ISODate), line.charge.periodTo.toString(Qt::ISODate));
        rows.append({ line.customerRef, line.sourceRef,
            line.charge.kind == DebtKind::Interest ? tr("interest") : tr("late fee"), period,
            QString::number(line.daysPastDue), Money::toFileText(line.charge.basis, currency),
            Money::toFileText(line.charge.amount, currency), line.ref });
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << ReportOptions::cell(row.at(i), widths.at(i), i >= 4 && i <= 6);
        out << cells.join(QLatin1String("  ")).trimmed() << '\n';
    }
}

int FeesCommand::run(const QCommandLineParser &parser, Streams io) const
{
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("waive"))
        return runWaive(parser, args, io);
    if (args.value(0) == QLatin1String("terms"))
        return runTerms(args, io);
    return runPlan(parser, args, io);
}

int FeesCommand::runPlan(const QCommandLineParser &parser, const QStringList &args, Streams io) const
{
    if (args.size() != 1) {
        io.err << Prefix << tr("give one BOOK file (or waive BOOK, or terms BOOK CUSTOMER).") << '\n';
        return 2;
    }
    QDate date = SystemClock().today();
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, Prefix))
        return 2;
    const QString format
        = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << Prefix << tr("--format must be “table”, “csv” or “json”, not “%1”.").arg(format) << '\n';
        return 2;
    }
    for (const char *option : { "fee", "reason" })
        if (parser.isSet(QLatin1String(option))) {
            io.err << Prefix << tr("--%1 goes with “fees waive”.").arg(QLatin1String(option)) << '\n';
            return 2;
        }
    const bool posting = parser.isSet(QStringLiteral("post"));

    Result<FeePlan> plan = Error{};
    std::unique_ptr<Database> reading;
    std::unique_ptr<BookSession> session;
    Database *book = nullptr;
    qint64 customerId = 0;
    if (posting) {
        auto opened = BookSession::open(args.first());
        if (!opened) {
            io.err << Prefix << opened.error() << '\n';
            return 1;
        }
        session = std::move(opened).value();
        book = &session->db();
    } else {
        auto opened = Database::open(args.first(), Database::Access::ReadOnly);
        if (!opened) {
            io.err << Prefix << opened.error() << '\n';
            return 1;
        }
        reading = std::move(opened).value();
        book = reading.get();
        // One snapshot for the whole preview, whatever another program commits meanwhile.
        if (auto snapshot = book->beginRead(); !snapshot) {
            io.err << Prefix << snapshot.error() << '\n';
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("customer"))) {
        const QString ref = parser.value(QStringLiteral("customer"));
        auto id = LedgerReader(*book).customerIdByRef(ref);
        if (!id) {
            io.err << Prefix << id.error() << '\n';
            return 1;
        }
        if (id.value() == 0) {
            io.err << Prefix << tr("there is no customer with the reference “%1”.").arg(ref) << '\n';
            return 1;
        }
        customerId = id.value();
    }
    plan = posting ? session->collections().postFees(date, nullptr, customerId)
                   : FeeRun::compute(*book, date, customerId);
    if (!plan) {
        io.err << Prefix << plan.error() << '\n';
        return 1;
    }
    const Currency &currency = book->currency();
    if (format == QLatin1String("csv")) {
        io.out << QString::fromUtf8(csv(plan.value(), currency));
    } else if (format == QLatin1String("json")) {
        io.out << QString::fromUtf8(json(plan.value(), currency, posting));
    } else {
        const QString day = date.toString(Qt::ISODate);
        const qsizetype n = plan->lines.size();
        const QString total = Money::toFileText(plan->total(), currency);
        if (n == 0) {
            io.out << (posting ? tr("Nothing new was due as of %1; nothing was posted.").arg(day)
                               : tr("Nothing new is due as of %1.").arg(day))
                   << '\n';
        } else {
            printTable(plan.value(), currency, io.out);
            // No English plural catalogue is shipped, so the two English forms are spelled out.
            if (posting)
                io.out << (n == 1 ? tr("Posted 1 charge of %1 as of %2.").arg(total, day)
                                  : tr("Posted %1 charges, %2 in all, as of %3.").arg(n).arg(total, day))
                       << '\n';
            else
                io.out << (n == 1
                        ? tr("1 charge of %1 due as of %2; nothing was posted (add --post to post it).").arg(total, day)
                        : tr("%1 charges, %2 in all, due as of %3; nothing was posted (add --post to post "
                             "them).")
                              .arg(n)
                              .arg(total, day))
                       << '\n';
        }
    }
    if (book->isDamaged()) {
        io.err << Prefix << ReportOptions::damagedWarning(args.first()) << '\n';
        return 1;
    }
    return 0;
}

int FeesCommand::runWaive(const QCommandLineParser &parser, const QStringList &args, Streams io) const
{
    if (args.size() != 2 || !parser.isSet(QStringLiteral("fee"))) {
        io.err << Prefix << tr("give waive BOOK --fee REF --reason TEXT.") << '\n';
        return 2;
    }
    QDate date;
    if (!ReportOptions::readDate(parser, QStringLiteral("date"), &date, io.err, Prefix))
        return 2;
    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << Prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    const QString ref = parser.value(QStringLiteral("fee"));
    auto item = book.debt(ref);
    if (!item) {
        io.err << Prefix << item.error() << '\n';
        return 1;
    }
    auto reversal = book.collections().waiveFee(item->id, parser.value(QStringLiteral("reason")), date);
    if (!reversal) {
        io.err << Prefix << reversal.error() << '\n';
        return 1;
    }
    io.out << tr("Waived %1 (%2): entry %3 reverses it.")
                  .arg(item->ref, Money::toFileText(item->amount, book.db().currency()))
                  .arg(reversal.value())
           << '\n';
    return 0;
}

int FeesCommand::runTerms(const QStringList &args, Streams io) const
{
    if (args.size() != 3 && args.size() != 4) {
        io.err << Prefix << tr("give terms BOOK CUSTOMER [book|none|FILE].") << '\n';
        return 2;
    }
    CustomerFeeTerms terms;
    const QString setting = args.value(3);
    if (args.size() == 4 && setting != QLatin1String("book") && setting != QLatin1String("none")) {
        QFile file(setting);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << Prefix << tr("cannot read “%1”: %2").arg(setting, file.errorString()) << '\n';
            return 1;
        }
        if (file.size() > MaxTermsBytes) {
            io.err << Prefix << tr("“%1” is too large to be a file of fee terms.").arg(setting) << '\n';
            return 1;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        auto read = error.error == QJsonParseError::NoError
            ? FeeTerms::fromJson(doc.object())
            : Result<FeeTerms>(Error{
                tr("the file is not valid JSON (at character %1: %2).").arg(error.offset).arg(error.errorString()) });
        if (!read) {
            io.err << Prefix << setting << ": " << read.error() << '\n';
            return 1;
        }
        terms.mode = FeeTermsMode::Own;
        terms.terms = read.value();
    } else if (setting == QLatin1String("none")) {
        terms.mode = FeeTermsMode::None;
    }
    auto session = BookSession::open(args.at(1));
    if (!session) {
        io.err << Prefix << session.error() << '\n';
        return 1;
    }
    BookSession &book = *session.value();
    auto who = book.customer(args.at(2));
    if (!who) {
        io.err << Prefix << who.error() << '\n';
        return 1;
    }
    if (args.size() == 4) {
        if (auto ok = terms.terms.checkCurrency(book.db().currency()); terms.mode == FeeTermsMode::Own && !ok) {
            io.err << Prefix << setting << ": " << ok.error() << '\n';
            return 1;
        }
        if (auto done = book.collections().setCustomerFeeTerms(who->id, terms); !done) {
            io.err << Prefix << done.error() << '\n';
            return 1;
        }
    }
    auto current = book.collections().customerFeeTerms(who->id);
    if (!current) {
        io.err << Prefix << current.error() << '\n';
        return 1;
    }
    QJsonObject shown{ { QStringLiteral("customer_ref"), who->details.ref },
        { QStringLiteral("mode"), FeeTermsStore::modeKey(current->mode) } };
    if (current->mode == FeeTermsMode::Own)
        shown.insert(QStringLiteral("fees"), current->terms.toJson());
    io.out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace recoup::cli
