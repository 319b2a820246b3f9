// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-bench-data DIR --customers N --debts N [--installments K] [--seed S] [--end YYYY-MM-DD]
// Writes a seeded interchange dataset (customers.csv, debts.csv, payments.csv)
// for the benchmark books: sales over three years up to --end, most paid off in
// K installments against their own sale, the newest still partly open, a few
// overpaid. The same arguments always give the same bytes.
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace {

/// The dataset's format version: scripts/bench keys its cached books on it.
constexpr int GeneratorVersion = 1;

void amount(QByteArray &out, qint64 cents)
{
    out += QByteArray::number(cents / 100);
    out += '.';
    const qint64 c = cents % 100;
    out += char('0' + c / 10);
    out += char('0' + c % 10);
}

void date(QByteArray &out, const QDate &d)
{
    out += d.toString(Qt::ISODate).toLatin1();
}

bool flush(QFile &file, QByteArray &buffer)
{
    const bool ok = file.write(buffer) == buffer.size();
    buffer.clear();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--version"))) {
        std::printf("%d\n", GeneratorVersion);
        return 0;
    }
    const auto option = [&args](const char *name, qint64 fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
    };
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr,
            "usage: recoup-bench-data DIR --customers N --debts N [--installments K] [--seed S] [--end DATE]\n");
        return 2;
    }
    const QString dir = args.at(1);
    const qint64 customers = option("--customers", 10000);
    const qint64 debts = option("--debts", 50000);
    const int installments = int(option("--installments", 6));
    QRandomGenerator rng(quint32(option("--seed", 1)));
    QDate end(2026, 6, 30);
    if (const qsizetype at = args.indexOf(QStringLiteral("--end")); at > 0 && at + 1 < args.size())
        end = QDate::fromString(args.at(at + 1), Qt::ISODate);
    const QDate start = end.addYears(-3);
    const int span = int(start.daysTo(end));
    QDir().mkpath(dir);

    QFile c(QDir(dir).filePath(QStringLiteral("customers.csv")));
    QFile d(QDir(dir).filePath(QStringLiteral("debts.csv")));
    QFile p(QDir(dir).filePath(QStringLiteral("payments.csv")));
    if (!c.open(QIODevice::WriteOnly) || !d.open(QIODevice::WriteOnly) || !p.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "recoup-bench-data: cannot write in %s\n", qPrintable(dir));
        return 1;
    }
    static const char *const First[] = { "Amina", "Ben", "Carla", "Dev", "Elif", "Femi", "Grace", "Hugo", "Ines",
        "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara" };
    static const char *const Last[] = { "Okafor", "Smith", "Novak", "Garcia", "Kim", "Haddad", "Rossi", "Müller",
        "Silva", "Osei", "Tanaka", "Dubois", "Khan", "Larsen", "Moreau", "Ivanova" };
    static const char *const Methods[] = { "cash", "card", "bank_transfer", "cheque", "mobile_money" };

    QByteArray out = "ref,name,phone,email\n";
    for (qint64 i = 0; i < customers; ++i) {
        const QByteArray ref = "C" + QByteArray::number(i + 1).rightJustified(6, '0');
        const char *first = First[rng.bounded(20)];
        const char *last = Last[rng.bounded(16)];
        out += ref + ',' + first + ' ' + last + ' ' + QByteArray::number(i + 1) + ",+1 555 "
            + QByteArray::number(1000000 + i).right(7) + ',' + QByteArray(first).toLower() + '.'
            + QByteArray::number(i + 1) + "@example.com\n";
        if (out.size() > (1 << 20) && !flush(c, out))
            return 1;
    }
    if (!flush(c, out))
        return 1;

    QByteArray pays = "ref,customer_ref,date,amount,method,debt_ref\n";
    out = "ref,customer_ref,issue_date,terms_days,amount,description\n";
    qint64 paymentNo = 0;
    for (qint64 i = 0; i < debts; ++i) {
        const QByteArray ref = "S" + QByteArray::number(i + 1).rightJustified(7, '0');
        const QByteArray customer = "C" + QByteArray::number(rng.bounded(int(customers)) + 1).rightJustified(6, '0');
        // Later sales are more frequent, as a growing shop's are.
        const double u = rng.generateDouble();
        const QDate issued = start.addDays(qint64(span * (1.0 - u * u)));
        static const int Terms[] = { 0, 14, 30, 30, 30, 60 };
        const int terms = Terms[rng.bounded(6)];
        const qint64 total = 500 + qint64(rng.bounded(200000));
        out += ref + ',' + customer + ',';
        date(out, issued);
        out += ',' + QByteArray::number(terms) + ',';
        amount(out, total);
        out += ",goods\n";
        // Installments every 10 to 20 days; one sale in twenty overpaid at the end.
        const int count = 1 + int(rng.bounded(installments * 2));
        const qint64 part = std::max<qint64>(1, total / count);
        qint64 left = total;
        QDate when = issued;
        for (int k = 0; k < count && left > 0; ++k) {
            when = when.addDays(10 + int(rng.bounded(11)));
            if (when > end)
                break;
            qint64 pay = k == count - 1 ? left : std::min(left, part);
            if (k == count - 1 && rng.bounded(20) == 0)
                pay += 100 + qint64(rng.bounded(5000));
            left -= pay;
            pays += "P" + QByteArray::number(++paymentNo).rightJustified(8, '0') + ',' + customer + ',';
            date(pays, when);
            pays += ',';
            amount(pays, pay);
            pays += ',' + QByteArray(Methods[rng.bounded(5)]) + ',' + ref + '\n';
        }
        if (out.size() > (1 << 20) && !flush(d, out))
            return 1;
        if (pays.size() > (1 << 20) && !flush(p, pays))
            return 1;
    }
    if (!flush(d, out) || !flush(p, pays))
        return 1;
    std::printf("%lld customers, %lld debts, %lld payments in %s\n", customers, debts, paymentNo, qPrintable(dir));
    return 0;
}
