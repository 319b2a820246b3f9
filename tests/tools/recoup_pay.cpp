// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-pay BOOK CUSTOMER_REF AMOUNT DATE
// Records one payment in a book through the Ledger, as the payment dialog of
// another Recoup window would: the second process of the tests that check a
// window notices what another program writes. AMOUNT in the book's minor
// units, DATE in ISO form. Exit 0 when the payment is saved.
#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: recoup-pay BOOK CUSTOMER_REF AMOUNT DATE\n");
        return 2;
    }
    auto db = recoup::Database::open(arguments.at(1));
    if (!db) {
        std::fprintf(stderr, "recoup-pay: %s\n", qPrintable(db.error()));
        return 1;
    }
    const recoup::SystemClock clock;
    recoup::Ledger ledger(*db.value(), clock);
    ledger.setUser(QStringLiteral("recoup-pay"));
    const auto customer = ledger.customerByRef(arguments.at(2));
    if (!customer) {
        std::fprintf(stderr, "recoup-pay: %s\n", qPrintable(customer.error()));
        return 1;
    }
    recoup::PaymentInput payment;
    payment.customerId = customer->id;
    payment.amount = arguments.at(3).toLongLong();
    payment.date = QDate::fromString(arguments.at(4), Qt::ISODate);
    const auto saved = ledger.recordPayment(payment);
    if (!saved) {
        std::fprintf(stderr, "recoup-pay: %s\n", qPrintable(saved.error()));
        return 1;
    }
    return 0;
}
