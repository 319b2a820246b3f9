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

// %1 is a family name.
constexpr std::array FamilyBusinesses{ "%1's Hardware", "%1 & Sons", "%1 Building Supplies", "%1 Electrical",
    "%1 Tailoring", "%1 Farm Shop", "%1 Family Bakery", "%1 Motors", "%1 & Daughters Catering" };
// A place and a trade make the other shops' names ("Harbour Bakery", "Mill Lane Deli").
constexpr std::array Places{ "Corner", "Village", "Harbour", "Riverside", "Main Street", "Old Mill", "Market Square",
    "Station Road", "Hilltop", "Bridge Street", "Northside", "Lakeview", "Church Lane", "Oak Tree", "Green Leaf",
    "Sunrise", "Blue Door", "Golden", "Calle Mayor", "Rue Verte" };
constexpr std::array Trades{ "Café", "Bakery", "Butcher", "Grocers", "Hardware", "Pharmacy", "Auto Repair", "Bookshop",
    "Florist", "Plumbing", "Trattoria", "Takeaway", "Deli", "Electrical", "Builders", "Fish Market", "Dental Care",
    "Patisserie", "Garden Centre", "Print Shop" };
// A few shops with a name of their own.
constexpr std::array NamedShops{ "Café Olé", "Pequeño Mercado", "Bella Pasta Trattoria", "Crème de la Crème",
    "Little Lamb Nursery", "Golden Wok", "Bright Smile Dental", "Quick Fix Plumbing", "The Flower Stall" };

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

constexpr std::array SaleReversals{ QT_TRANSLATE_NOOP("DemoGenerator", "Goods returned unused"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Sale entered twice by mistake"),
    QT_TRANSLATE_NOOP("DemoGenerator", "Order cancelled before delivery") };

// Reasons of the payments undone, translated when written.
constexpr const char *ChequeBounced = QT_TRANSLATE_NOOP("DemoGenerator", "Cheque bounced");
constexpr const char *EnteredTwice = QT_TRANSLATE_NOOP("DemoGenerator", "Entered twice by mistake");

constexpr std::array Terms{ 7, 14, 30, 30, 30, 30, 45, 60, 90 };

// How much a shop sells in each month, January first, out of 100: quiet after
// the new year, busier in spring and autumn, the most before Christmas.
constexpr std::array Season{ 55, 60, 75, 85, 90, 85, 70, 65, 85, 90, 95, 100 };

// A new name is drawn this many times before one is given again (only in books
// far larger than the names go round).
constexpr int NameTries = 40;

// How a customer pays, in shares out of 1000 below.
enum class Habit {
    Prompt, ///< within terms
    Late, ///< a few days to a month past the due date
    Slow, ///< one to three months late, often in two goes
    Stopped, ///< paid for a while, then nothing: the long-overdue and bad debts
    Overpays, ///< pays ahead and keeps credit with the shop
    New ///< came in the last six weeks
};

Habit habitFor(int roll)
{
    if (roll < 600)
        return Habit::Prompt;
    if (roll < 800)
        return Habit::Late;
    if (roll < 850)
        return Habit::Slow;
    if (roll < 885)
        return Habit::Stopped;
    if (roll < 935)
        return Habit::Overpays;
    return Habit::New;
}

template <typename Array>
QString pick(QRandomGenerator &rng, const Array &array)
{
    return QString::fromUtf8(array[rng.bounded(int(array.size()))]);
}

// A day from `from` to `to`, more likely in the busy months.
QDate seasonalDay(QRandomGenerator &rng, const QDate &from, const QDate &to)
{
    const int days = int(std::max<qint64>(0, from.daysTo(to)));
    for (;;) {
        const QDate day = from.addDays(rng.bounded(days + 1));
        if (rng.bounded(100) < Season[day.month() - 1])
            return day;
    }
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

// A shop's name, or a person's first and family name.
QString drawName(QRandomGenerator &rng, bool business, const QString &first, const QString &last)
{
    if (!business)
        return first + QLatin1Char(' ') + last;
    const int kind = rng.bounded(100);
    if (kind < 35)
        return pick(rng, FamilyBusinesses).arg(last);
    if (kind < 42)
        return pick(rng, NamedShops);
    return pick(rng, Places) + QLatin1Char(' ') + pick(rng, Trades);
}

struct Event
{
    enum Kind { Sale, Payment, Reversal } kind = Sale;
    QDate date;
    int id = 0; ///< the order it was planned in, kept through the sort
    int debt = -1; ///< index into the customer's sales; -1 for a payment on account
    int target = -1; ///< for a reversal: the id of the sale or payment it undoes
    qint64 amount = 0;
    QString reason;
    PaymentMethod method = PaymentMethod::Cash;
};

/// The events of one customer, planned before any is written.
class Plan
{
public:
    explicit Plan(QRandomGenerator &rng, const QDate &today) : m_rng(rng), m_today(today) { }

    QList<Event> events;

    int sale(const QDate &date, int debt)
    {
        return add({ Event::Sale, date, 0, debt, -1, 0, QString(), PaymentMethod::Cash });
    }

    /// A payment on `date` (none when it is after today); now and then a cheque
    /// bounces and is paid again, or a payment is entered twice and the second undone.
    void pay(QDate date, int debt, qint64 amount, bool paysAgain)
    {
        if (date > m_today || amount <= 0)
            return;
        const auto method = static_cast<PaymentMethod>(m_rng.bounded(5));
        const int id = add({ Event::Payment, date, 0, debt, -1, amount, QString(), method });
        const int roll = m_rng.bounded(1000);
        if (method == PaymentMethod::Cheque && roll < 10) {
            const QDate bounced = std::min(m_today, date.addDays(m_rng.bounded(2, 7)));
            add({ Event::Reversal, bounced, 0, -1, id, 0, QString::fromUtf8(ChequeBounced), PaymentMethod::Cash });
            if (paysAgain) {
                const QDate again = bounced.addDays(m_rng.bounded(3, 15));
                if (again <= m_today)
                    add({ Event::Payment, again, 0, debt, -1, amount, QString(), PaymentMethod::BankTransfer });
            }
        } else if (roll >= 997) {
            const int twice = add({ Event::Payment, date, 0, debt, -1, amount, QString(), method });
            add({ Event::Reversal, std::min(m_today, date.addDays(m_rng.bounded(0, 4))), 0, -1, twice, 0,
                QString::fromUtf8(EnteredTwice), PaymentMethod::Cash });
        }
    }

private:
    int add(Event event)
    {
        event.id = int(events.size());
        events.append(event);
        return event.id;
    }

    QRandomGenerator &m_rng;
    QDate m_today;
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
    QHash<QString, QString> phoneOfName; // the phone of the first customer of each name
    QHash<QString, int> nameCount;
    QStringList namesOnce; // people's names given once, for the namesakes
    for (int n = 1; n <= options.customers; ++n) {
        // Who they are.
        CustomerInput customer;
        customer.ref = QStringLiteral("C-%1").arg(n, 5, 10, QLatin1Char('0'));
        const bool business = rng.bounded(100) < 40;
        // Every name is its own but for a few true namesakes, made on purpose so
        // the list must tell them apart (by phone and reference).
        QString first;
        QString last;
        if (!business && n % 60 == 30 && !namesOnce.isEmpty()) {
            customer.name = namesOnce.at(rng.bounded(int(namesOnce.size())));
            first = customer.name.section(QLatin1Char(' '), 0, 0);
            last = customer.name.section(QLatin1Char(' '), 1);
        } else {
            for (int tries = 0; tries < NameTries; ++tries) {
                first = pick(rng, FirstNames);
                last = pick(rng, LastNames);
                customer.name = drawName(rng, business, first, last);
                if (!nameCount.contains(customer.name))
                    break;
            }
        }
        if (business)
            customer.notes = tr("Contact: %1 %2").arg(first, last);
        const bool namesake = nameCount.value(customer.name) > 0;
        if (rng.bounded(100) < 90 || namesake) {
            // Namesakes are told apart by phone (and reference): never the same one.
            do
                customer.phone = phoneFor(rng);
            while (customer.phone == phoneOfName.value(customer.name));
        }
        if (!namesake)
            phoneOfName.insert(customer.name, customer.phone);
        if (++nameCount[customer.name] == 1 && !business && !customer.phone.isEmpty())
            namesOnce.append(customer.name);
        else
            namesOnce.removeOne(customer.name);
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

        // What they bought, on the terms the shop gives them, and how they pay.
        const Habit habit = habitFor(rng.bounded(1000));
        const int sales = habit == Habit::New ? rng.bounded(1, 4) : rng.bounded(3, 13);
        const int terms = Terms[rng.bounded(int(Terms.size()))];
        const qint64 typical = qint64(rng.bounded(40, 300)) * 100; // hundredths
        // A customer who stopped paying was sold to for a few weeks more, then no longer.
        const QDate stoppedOn = habit == Habit::Stopped ? today.addDays(-rng.bounded(100, 430)) : QDate();
        const QDate firstDay = habit == Habit::New ? today.addDays(-45) : today.addMonths(-18);
        const QDate lastDay = stoppedOn.isValid() ? stoppedOn.addDays(40) : today;
        QList<DebtInput> debts;
        for (int i = 0; i < sales; ++i) {
            DebtInput debt;
            debt.customerId = customerId.value();
            debt.description = tr(Descriptions[rng.bounded(int(Descriptions.size()))]);
            debt.issueDate = seasonalDay(rng, firstDay, lastDay);
            debt.termsDays = terms;
            // Mostly near the customer's usual order, now and then a big one.
            qint64 hundredths = typical * rng.bounded(40, 260) / 100 + rng.bounded(100);
            if (rng.bounded(100) < 5)
                hundredths *= rng.bounded(2, 5);
            if (rng.bounded(100) < 30)
                hundredths -= hundredths % 500; // a round price
            debt.amount = std::max<qint64>(hundredths, 500) * factor;
            // Kept only for a sale made today that goes over the customer's limit.
            debt.creditOverride = tr("A regular customer; the owner agreed to go over the limit");
            debts.append(debt);
        }
        std::sort(debts.begin(), debts.end(),
            [](const DebtInput &a, const DebtInput &b) { return a.issueDate < b.issueDate; });
        for (DebtInput &debt : debts)
            debt.ref = QStringLiteral("INV-%1").arg(++debtNumber, 6, 10, QLatin1Char('0'));

        Plan plan(rng, today);
        for (int i = 0; i < debts.size(); ++i) {
            const DebtInput &debt = debts.at(i);
            plan.sale(debt.issueDate, i);
            const QDate due = debt.issueDate.addDays(terms);
            const auto paidOn = [&debt](const QDate &day) { return std::max(day, debt.issueDate); };
            switch (habit) {
            case Habit::Prompt:
                plan.pay(paidOn(due.addDays(rng.bounded(-12, 2))), i, debt.amount, true);
                break;
            case Habit::Late:
                plan.pay(paidOn(due.addDays(rng.bounded(3, 22))), i, debt.amount, true);
                break;
            case Habit::Slow: {
                // Often in two goes; now and then the rest never comes.
                const QDate first = paidOn(due.addDays(rng.bounded(20, 61)));
                if (rng.bounded(100) < 50) {
                    const qint64 part = debt.amount * rng.bounded(40, 80) / 100;
                    plan.pay(first, i, part, false);
                    if (rng.bounded(100) < 75)
                        plan.pay(first.addDays(rng.bounded(20, 60)), i, debt.amount - part, false);
                } else {
                    plan.pay(first, i, debt.amount, false);
                }
                break;
            }
            case Habit::Stopped:
                if (due < stoppedOn)
                    plan.pay(paidOn(std::min(stoppedOn, due.addDays(rng.bounded(0, 25)))), i, debt.amount, false);
                break;
            case Habit::Overpays:
                // Rounds up what it pays; the rest goes to the next sale.
                plan.pay(paidOn(due.addDays(rng.bounded(-10, 2))), i,
                    debt.amount + (1 + rng.bounded(4)) * 2500 * factor, true);
                break;
            case Habit::New:
                if (rng.bounded(100) < 50)
                    plan.pay(paidOn(due.addDays(rng.bounded(-5, 3))), i, debt.amount, true);
                break;
            }
        }
        // Most who pay ahead left money on account after their last sale: credit with the shop.
        if (habit == Habit::Overpays && !debts.isEmpty() && rng.bounded(100) < 70) {
            const QDate after = debts.constLast().issueDate;
            plan.pay(after.addDays(rng.bounded(int(std::max<qint64>(1, after.daysTo(today) + 1)))), -1,
                qint64(1 + rng.bounded(6)) * 2500 * factor, true);
        }
        QList<Event> &events = plan.events;
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
                    QString::fromUtf8(SaleReversals[rng.bounded(int(SaleReversals.size()))]), PaymentMethod::Cash });
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
                payment.method = event.method;
                payment.ref = QStringLiteral("RCPT-%1").arg(++paymentNumber, 6, 10, QLatin1Char('0'));
                if (payment.method == PaymentMethod::Cheque)
                    payment.reference = QStringLiteral("CHQ %1").arg(rng.bounded(100000, 1000000));
                else if (payment.method == PaymentMethod::BankTransfer)
                    payment.reference = QStringLiteral("TRF-%1").arg(rng.bounded(10000, 100000));
                payment.preferredDebtId = event.debt >= 0 ? debtIds.value(event.debt) : 0;
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
                if (auto done = m_ledger.reverse(entryId, tr(event.reason.toUtf8().constData()), event.date); !done)
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
