// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoup_crash_writer.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace recoup::crash {

namespace {

enum ExitCode { BookDoesNotOpen = 10, NoCustomers = 11, PaymentRefused = 12, LogFailed = 13 };

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "recoup-crash write: %s\n", qPrintable(message));
    return code;
}

/// Appends one line and waits until it is on the disk, so that a line the
/// driver reads was written before the kill, whatever the kernel had cached.
bool appendDurably(int fd, const QByteArray &line)
{
    const ssize_t written = ::write(fd, line.constData(), static_cast<size_t>(line.size()));
    return written == line.size() && ::fsync(fd) == 0;
}

} // namespace

CrashWriter::CrashWriter(QString bookPath, QString logPath, int run)
    : m_bookPath(std::move(bookPath)), m_logPath(std::move(logPath)), m_run(run)
{ }

int CrashWriter::run()
{
    auto db = Database::open(m_bookPath);
    if (!db)
        return fail(BookDoesNotOpen, db.error());
    const SystemClock clock;
    Ledger ledger(*db.value(), clock);
    ledger.setUser(QStringLiteral("recoup-crash"));

    QList<qint64> customers;
    for (int i = 0; i < CustomerCount; ++i) {
        const auto customer = ledger.customerByRef(customerRef(i));
        if (!customer)
            return fail(NoCustomers, QStringLiteral("no customer %1 in the book").arg(customerRef(i)));
        customers.append(customer->id);
    }

    const int fd = ::open(QFile::encodeName(m_logPath).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(LogFailed, QStringLiteral("cannot open the log %1").arg(m_logPath));

    constexpr PaymentMethod methods[] = { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::BankTransfer,
        PaymentMethod::Cheque, PaymentMethod::MobileMoney };
    QRandomGenerator *random = QRandomGenerator::global();
    for (qint64 n = 1;; ++n) {
        PaymentInput payment;
        payment.customerId = customers.at(random->bounded(CustomerCount));
        payment.amount = random->bounded(100, 50001);
        payment.date = clock.today();
        payment.method = methods[random->bounded(static_cast<int>(std::size(methods)))];
        payment.ref = QStringLiteral("R%1-%2").arg(m_run).arg(n);
        const auto saved = ledger.recordPayment(payment);
        if (!saved)
            return fail(PaymentRefused, QStringLiteral("payment %1 refused: %2").arg(payment.ref, saved.error()));
        // The commit has returned: from here on the payment must survive a kill.
        if (!appendDurably(fd, payment.ref.toUtf8() + '\n'))
            return fail(LogFailed, QStringLiteral("cannot write the log %1").arg(m_logPath));
    }
}

} // namespace recoup::crash
