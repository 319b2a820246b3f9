// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pack_story.h"

#include "collections/collections.h"
#include "collections/document_register.h"
#include "ledger/business_details.h"
#include "support/test_book.h"

namespace recoup::test {

namespace {

template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error()));
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error()));
}

} // namespace

PackStory PackStory::tell(TestBook &book)
{
    PackStory s;
    BusinessDetails business = BusinessDetails::load(book.db());
    business.setValue(BusinessDetails::Name, QStringLiteral("Corner Hardware"));
    business.setValue(BusinessDetails::Phone, QStringLiteral("+1 555 0142"));
    business.setValue(BusinessDetails::Country, QStringLiteral("US"));
    must(business.save(book.ledger()), "business");
    s.ana = book.customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
    s.bob = book.customer(QStringLiteral("Bob Stone"), QStringLiteral("C2"));
    s.s1 = book.sale(s.ana, QStringLiteral("120.00"), QDate(2025, 12, 1), 30, QStringLiteral("S1"));
    s.s2 = book.sale(s.ana, QStringLiteral("80.00"), QDate(2026, 1, 10), 30, QStringLiteral("S2"));
    s.s3 = book.sale(s.bob, QStringLiteral("50.00"), QDate(2026, 1, 5), 30, QStringLiteral("S3"));
    book.pay(s.ana, QStringLiteral("20.00"), QDate(2026, 2, 10), s.s1);

    Collections collections(book.ledger());
    ContactInput call;
    call.customerId = s.ana;
    call.debtId = s.s1;
    call.date = QDate(2026, 1, 15);
    call.time = QStringLiteral("10:30");
    call.channel = Channel::Phone;
    call.madeBy = QStringLiteral("Maria");
    call.outcome = ContactOutcome::Promised;
    call.note = QStringLiteral("Will pay half by the end of the month, \"for sure\"");
    PromiseInput promise;
    promise.customerId = s.ana;
    promise.amount = book.minor(QStringLiteral("60.00"));
    promise.promisedOn = call.date;
    promise.dueDate = QDate(2026, 1, 31);
    promise.debtIds = { s.s1 };
    must(collections.logContactWithPromise(call, promise), "call with a promise");

    ContactInput other;
    other.customerId = s.bob;
    other.date = QDate(2026, 2, 20);
    other.channel = Channel::Visit;
    other.outcome = ContactOutcome::NoAnswer;
    other.note = QStringLiteral("Bob's own visit");
    must(collections.logContact(other), "Bob's visit");

    DisputeInput dispute;
    dispute.debtId = s.s2;
    dispute.reason = QStringLiteral("The drill arrived broken");
    dispute.openedOn = QDate(2026, 2, 1);
    must(collections.openDispute(dispute), "dispute");

    must(collections.stopCredit(s.ana, QStringLiteral("Promise broken"), QDate(2026, 3, 1)), "credit stop");
    must(DocumentRegister(book.ledger())
             .record(s.ana, QStringLiteral("final_demand"), QStringLiteral("pdf"), finalDemandSha(),
                 QStringLiteral("final-demand-C1.pdf")),
        "final demand");
    return s;
}

} // namespace recoup::test
