// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demo_generator.h"

#include "core/clock.h"
#include "core/currency.h"
#include "db/database.h"
#include "io/demo_collections_story.h"
#include "ledger/ledger.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>

namespace recoup {

namespace {

constexpr std::array FirstNames{ "José", "Zoë", "Émile", "François", "Inés", "Søren", "Björn", "Łukasz", "Ana", "Chen",
    "Fatima", "Aisha", "Omar", "Priya", "Siobhán", "Noël", "Renée", "Zoltán", "Ömer", "María", "Thabo", "Kwame", "Mei",
    "Hiroshi", "Olga", "Dmitri", "Lucía", "Marta", "Grace", "Tom", "Sarah", "David", "Elena", "Carlos", "Amara",
    "Niamh", "Joël", "Anaïs", "Raúl", "Ingrid", "Ahmed", "Nkechi", "Luis", "Beatriz", "Jürgen", "Małgorzata", "Yusuf",
    "Leila", "Aroha", "Pedro" };

constexpr std::array LastNames{ "García", "Müller", "O'Brien", "Nakamura", "Kowalski", "Dubois", "Novák", "Håkansson",
    "Rossi", "Smith", "Okafor", "Patel", "Sánchez", "Ibáñez", "Schäfer", "Nguyen", "Mensah", "Silva", "Fernández",
    "Jensen", "Kim", "Haddad", "Moreau", "Papadopoulos", "Öztürk", "Dvořák", "Walsh", "Brown", "Ndlovu", "Costa",
    "Lefèvre", "Ahmed", "Wójcik", "Martín", "Björklund", "Chen", "Taylor", "Murphy", "Santos", "Ivanova" };

// %1 is a family name where the pattern has one.
constexpr std::array BusinessNames{ "%1's Hardware", "%1 & Sons", "Corner Café", "Green Leaf Grocers",
    "Bella Pasta Trattoria", "Northside Auto Repair", "Sunrise Bakery", "%1 Building Supplies", "The Flower Stall",
    "Quick Fix Plumbing", "Main Street Pharmacy", "Café Olé", "%1, Jones & Co.", "Pequeño Mercado",
    "Blue Door Bookshop", "%1 Electrical", "Little Lamb Nursery", "Harbour Fish Market", "%1 Tailoring",
    "Golden Wok Takeaway", "Crème de la Crème Patisserie", "Bright Smile Dental", "%1 Farm Shop", "Village Butcher" };

constexpr std::array Streets{ "High", "Church", "Mill", "Station", "Oak", "Harbour", "Market", "Bridge", "Calle Mayor",
    "Rue de la Paix", "King", "Garden" };
constexpr std::array Cities{ "Springfield", "Riverside", "Lakeview", "Fairhaven", "Málaga", "Lyon", "Kraków", "Porto",
    "Bristol", "Accra" };

constexpr std::array Descriptions{ QT_TRANSLATE_NOOP("DemoGenerator", "Goods on account"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Building materials"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Groceries on account"), QT_TRANSLATE_NOOP("DemoGenerator", "Catering order"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Spare parts"), QT_TRANSLATE_NOOP("DemoGenerator", "Monthly supplies"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Repair work"), QT_TRANSLATE_NOOP("DemoGenerator", "Stationery"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Cleaning products"), QT_TRANSLATE_NOOP("DemoGenerator", "Wholesale order") };

constexpr std::array PaymentReversals{ QT_TRANSLATE_NOOP("DemoGenerator", "Cheque bounced"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Card payment charged back"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Recorded against the wrong customer"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Entered twice by mistake") };

constexpr std::array SaleReversals{ QT_TRANSLATE_NOOP("DemoGenerator", "Goods returned unused"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Sale entered twice by mistake"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Order cancelled before delivery") };

constexpr std::array Terms{ 7, 14, 30, 30, 30, 30, 45, 60, 90 };

// How a customer pays: shares out of 100 below.
enum class Habit { Prompt, Late, Partial, Stopped, Overpays, New };

Habit habitFor(int roll)
{
    if (roll < 38)
        return Habit::Prompt;
    if (roll < 58)
        return Habit::Late;
    if (roll < 73)
        return Habit::Partial;
    if (roll < 87)
        return Habit::Stopped;
    if (roll < 93)
        return Habit::Overpays;
    return Habit::New;
}

template <typename Array>
QString pick(QRandomGenerator &rng, const Array &array)
{
    return QString::fromUtf8(array[rng.bounded(int(array.size()))]);
}

// E-mail local parts in plain ASCII: accents dropped, apostrophes and spaces gone.
QString asciiWord(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
    if (text.contains(QChar(0x0141)) || text.contains(QChar(0x0142)))
        out.replace(QLatin1String("ukasz"), QLatin1String("lukasz"));
    return out;
}

QString phoneFor(QRandomGenerator &rng)
{
    const int style = rng.bounded(4);
    const int a = rng.bounded(10, 100);
    const int b = rng.bounded(1000, 10000);
    switch (style) {
    case 0: // North America's fictional 555-01xx range
        return QStringLiteral("+1 (%1) 555-01%2").arg(rng.bounded(201, 990)).arg(a);
    case 1: // UK drama numbers
        return QStringLiteral("+44 20 7946 0%1").arg(rng.bounded(100, 1000));
    case 2:
        return QStringLiteral("+34 6%1 %2 %3").arg(a).arg(b / 10).arg(rng.bounded(100, 1000));
    default:
        return QStringLiteral("+49 30 %1 %2").arg(b).arg(rng.bounded(1000, 10000));
    }
}

struct Event
{
    enum Kind { Sale, Payment, Reversal } kind = Sale;
    QDate date;
    int id = 0; ///< the order it was planned in, kept through the sort
    int debt = -1; ///< index into the customer's sales
    int target = -1; ///< for a reversal: the id of the sale or payment it undoes
    qint64 amount = 0;
    QString reason;
};

} // namespace

DemoGenerator::DemoGenerator(Ledger &ledger) : m_ledger(ledger) { }

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options)
{
    if (options.customers < 0 || options.customers > 1000000)
        return Error{ tr("The number of customers must be between 0 and 1000000.") };
    const QDate today = options.today.isValid() ? options.today : m_ledger.clock().today();
    QRandomGenerator rng(options.seed);
    // Amounts are drawn in hundredths of a major unit; a currency without
    // decimals takes them as whole units (yen), one with three scales them up.
    const qint64 scale = m_ledger.currency().scale();
    const qint64 factor = scale == 1 ? 1 : scale / 100;
    DemoSummary summary;

    Database &db = m_ledger.database();
    if (auto started = db.begin(); !started)
        return Error{ started.error() };
    auto fail = [&db](const QString &message) -> Result<DemoSummary> {
        db.rollback();
        return Error{ message };
    };

    int debtNumber = 0;
    int paymentNumber = 0;
    for (int n = 1; n <= options.customers; ++n) {
        // Who they are.
        CustomerInput customer;
        customer.ref = QStringLiteral("C-%1").arg(n, 5, 10, QLatin1Char('0'));
        const QString first = pick(rng, FirstNames);
        const QString last = pick(rng, LastNames);
        const bool business = rng.bounded(100) < 40;
        if (business) {
            const QString pattern = pick(rng, BusinessNames);
            customer.name = pattern.contains(QLatin1String("%1")) ? pattern.arg(last) : pattern;
            customer.notes = tr("Contact: %1 %2").arg(first, last);
        } else {
            customer.name = first + QLatin1Char(' ') + last;
        }
        if (rng.bounded(100) < 90)
            customer.phone = phoneFor(rng);
        if (rng.bounded(100) < 45)
            customer.email = QStringLiteral("%1.%2@example.%3")
                                 .arg(asciiWord(first), asciiWord(last),
                                     rng.bounded(2) ? QStringLiteral("com") : QStringLiteral("org"));
        if (rng.bounded(100) < 35) {
            const int number = rng.bounded(1, 240);
            const QString street = pick(rng, Streets);
            customer.address = QStringLiteral("%1 %2 Street\n%3").arg(number).arg(street, pick(rng, Cities));
        }
        if (rng.bounded(100) < 60) {
            static constexpr std::array Limits{ 500, 1000, 1000, 2500, 5000, 10000 };
            customer.creditLimit = qint64(Limits[rng.bounded(int(Limits.size()))]) * 100 * factor;
        }
        auto customerId = m_ledger.addCustomer(customer);
        if (!customerId)
            return fail(customerId.error());
        ++summary.customers;

        // What they bought and how they pay.
        const Habit habit = habitFor(rng.bounded(100));
        const int sales = habit == Habit::New ? rng.bounded(1, 4) : rng.bounded(2, 9);
        const qint64 typical = qint64(rng.bounded(20, 400)) * 100; // hundredths
        QList<Event> events;
        QList<DebtInput> debts;
        for (int i = 0; i < sales; ++i) {
            DebtInput debt;
            debt.customerId = customerId.value();
            debt.ref = QStringLiteral("INV-%1").arg(++debtNumber, 6, 10, QLatin1Char('0'));
            debt.description = tr(Descriptions[rng.bounded(int(Descriptions.size()))]);
            const int span = habit == Habit::New ? 45 : 548; // 18 months
            debt.issueDate = today.addDays(-rng.bounded(span + 1));
            debt.termsDays = Terms[rng.bounded(int(Terms.size()))];
            // Mostly near the customer's usual order, now and then a big one.
            qint64 hundredths = typical * rng.bounded(40, 260) / 100 + rng.bounded(100);
            if (rng.bounded(100) < 8)
                hundredths *= rng.bounded(3, 12);
            if (rng.bounded(100) < 30)
                hundredths -= hundredths % 500; // a round price
            debt.amount = std::max<qint64>(hundredths, 500) * factor;
            // Kept only for a sale made today that goes over the customer's limit.
            debt.creditOverride = tr("A regular customer; the owner agreed to go over the limit");
            debts.append(debt);
        }
        std::sort(debts.begin(), debts.end(),
            [](const DebtInput &a, const DebtInput &b) { return a.issueDate < b.issueDate; });
        for (int i = 0; i < debts.size(); ++i) {
            const DebtInput &debt = debts.at(i);
            events.append({ Event::Sale, debt.issueDate, int(events.size()), i, -1, 0, QString() });
            const QDate due = debt.issueDate.addDays(*debt.termsDays);
            QDate paid;
            qint64 amount = debt.amount;
            switch (habit) {
            case Habit::Prompt:
                paid = due.addDays(rng.bounded(-10, 6));
                break;
            case Habit::Late:
                paid = due.addDays(rng.bounded(10, 80));
                break;
            case Habit::Partial:
                paid = due.addDays(rng.bounded(0, 40));
                if (rng.bounded(100) < 70)
                    amount = amount * rng.bounded(25, 80) / 100;
                break;
            case Habit::Stopped:
                // Paid the first sales, then nothing: the old ones go 90+ overdue.
                if (i < debts.size() / 3)
                    paid = due.addDays(rng.bounded(0, 30));
                break;
            case Habit::Overpays:
                paid = due.addDays(rng.bounded(-5, 10));
                amount += (1 + rng.bounded(4)) * 2500 * factor;
                break;
            case Habit::New:
                if (rng.bounded(100) < 50)
                    paid = due.addDays(rng.bounded(-5, 5));
                break;
            }
            if (!paid.isValid())
                continue;
            paid = std::max(paid, debt.issueDate);
            if (paid > today)
                continue;
            events.append({ Event::Payment, paid, int(events.size()), i, -1, amount, QString() });
            if (rng.bounded(100) < 3) {
                const QDate undone = std::min(today, paid.addDays(rng.bounded(1, 8)));
                const int target = int(events.size()) - 1;
                events.append({ Event::Reversal, undone, int(events.size()), -1, target, 0,
                    tr(PaymentReversals[rng.bounded(int(PaymentReversals.size()))]) });
            }
        }
        // Now and then an unpaid sale is taken back.
        const qsizetype planned = events.size();
        for (qsizetype e = 0; e < planned; ++e) {
            const Event sale = events.at(e);
            if (sale.kind != Event::Sale)
                continue;
            const bool paidFor = std::any_of(events.cbegin(), events.cend(),
                [&sale](const Event &p) { return p.kind == Event::Payment && p.debt == sale.debt; });
            if (!paidFor && rng.bounded(100) < 4) {
                const QDate undone = std::min(today, sale.date.addDays(rng.bounded(1, 21)));
                events.append({ Event::Reversal, undone, int(events.size()), -1, sale.id, 0,
                    tr(SaleReversals[rng.bounded(int(SaleReversals.size()))]) });
            }
        }
        // Replayed in date order: on a day, sales first, then payments, then reversals.
        std::stable_sort(events.begin(), events.end(),
            [](const Event &a, const Event &b) { return a.date != b.date ? a.date < b.date : a.kind < b.kind; });
        QList<qint64> debtIds(debts.size(), 0);
        QHash<int, qint64> entryOf; // planned event id -> the entry it made
        QSet<int> undone; // planned events that a reversal will undo
        for (const Event &event : std::as_const(events))
            if (event.kind == Event::Reversal)
                undone.insert(event.target);
        for (const Event &event : std::as_const(events)) {
            switch (event.kind) {
            case Event::Sale: {
                auto id = m_ledger.addDebt(debts.at(event.debt));
                if (!id)
                    return fail(id.error());
                debtIds[event.debt] = id.value();
                if (undone.contains(event.id)) {
                    // The sale's own charge is the first entry on its debt.
                    const auto timeline = m_ledger.debtTimeline(id.value());
                    if (!timeline)
                        return fail(timeline.error());
                    entryOf.insert(event.id, timeline->isEmpty() ? 0 : timeline->constFirst().id);
                }
                ++summary.debts;
                break;
            }
            case Event::Payment: {
                PaymentInput payment;
                payment.customerId = customerId.value();
                payment.amount = event.amount;
                payment.date = event.date;
                payment.method = static_cast<PaymentMethod>(rng.bounded(5));
                payment.ref = QStringLiteral("RCPT-%1").arg(++paymentNumber, 6, 10, QLatin1Char('0'));
                if (payment.method == PaymentMethod::Cheque)
                    payment.reference = QStringLiteral("CHQ %1").arg(rng.bounded(100000, 1000000));
                else if (payment.method == PaymentMethod::BankTransfer)
                    payment.reference = QStringLiteral("TRF-%1").arg(rng.bounded(10000, 100000));
                payment.preferredDebtId = debtIds.value(event.debt);
                auto outcome = m_ledger.recordPayment(payment);
                if (!outcome)
                    return fail(outcome.error());
                entryOf.insert(event.id, outcome->paymentEntryId);
                ++summary.payments;
                break;
            }
            case Event::Reversal: {
                const qint64 entryId = entryOf.value(event.target);
                if (!entryId)
                    break;
                if (auto done = m_ledger.reverse(entryId, event.reason, event.date); !done)
                    return fail(done.error());
                ++summary.reversals;
                break;
            }
            }
        }
    }
    // What the shop did to get its money back, told over those sales and payments.
    auto story = DemoCollectionsStory(m_ledger, rng).tell(today);
    if (!story)
        return fail(story.error());
    summary.story = story.value();
    if (auto done = db.commit(); !done)
        return Error{ done.error() };
    return summary;
}

} // namespace recoup
