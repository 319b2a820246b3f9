// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/escalation_records.h"

#include "collections/record_rows.h"
#include "db/database.h"
#include "db/sql_dialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

constexpr struct
{
    LegalStepKind step;
    const char *key;
} LegalKeys[] = {
    { LegalStepKind::LetterBeforeAction, "letter_before_action" },
    { LegalStepKind::ClaimFiled, "claim_filed" },
    { LegalStepKind::Judgment, "judgment" },
    { LegalStepKind::Enforcement, "enforcement" },
    { LegalStepKind::Withdrawn, "withdrawn" },
};

const QString ReferralColumns = QStringLiteral(
    "r.id, r.debt_id, d.customer_id, d.ref, r.agency, r.referred_on, r.commission_bp, r.amount, r.reference, "
    "c.recalled_on, c.reason, coalesce(k.gross, 0), coalesce(k.commission, 0)");
// What each referral collected, less collections whose payment was reversed.
const QString ReferralJoins = QStringLiteral(
    "FROM agency_referrals r JOIN debts d ON d.id = r.debt_id LEFT JOIN agency_recalls c ON c.referral_id = r.id "
    "LEFT JOIN (SELECT cc.referral_id, sum(cc.base) AS gross, sum(cc.amount) AS commission FROM collection_costs cc "
    "WHERE cc.kind = 'agency_commission' AND NOT EXISTS (SELECT 1 FROM entries x WHERE x.source_id = cc.payment_id "
    "AND x.kind = 'reversal') GROUP BY cc.referral_id) k ON k.referral_id = r.id");

AgencyReferral referralFrom(const QSqlQuery &q)
{
    AgencyReferral r;
    r.id = q.value(0).toLongLong();
    r.debtId = q.value(1).toLongLong();
    r.customerId = q.value(2).toLongLong();
    r.debtRef = q.value(3).toString();
    r.agency = q.value(4).toString();
    r.referredOn = RecordRows::date(q.value(5));
    r.commissionBp = q.value(6).toInt();
    r.amount = q.value(7).toLongLong();
    r.reference = q.value(8).toString();
    r.recalled = !q.value(9).isNull();
    r.recalledOn = RecordRows::date(q.value(9));
    r.recallReason = q.value(10).toString();
    r.collected = q.value(11).toLongLong();
    r.commission = q.value(12).toLongLong();
    return r;
}

} // namespace

EscalationRecords::EscalationRecords(Database &db) : m_db(db) { }

QString EscalationRecords::legalKey(LegalStepKind step)
{
    for (const auto &k : LegalKeys)
        if (k.step == step)
            return QLatin1String(k.key);
    Q_UNREACHABLE();
}

bool EscalationRecords::legalFromKey(const QString &key, LegalStepKind *step)
{
    for (const auto &k : LegalKeys)
        if (key == QLatin1String(k.key)) {
            *step = k.step;
            return true;
        }
    return false;
}

QString EscalationRecords::legalLabel(LegalStepKind step)
{
    switch (step) {
    case LegalStepKind::LetterBeforeAction:
        return tr("Letter before action");
    case LegalStepKind::ClaimFiled:
        return tr("Claim filed");
    case LegalStepKind::Judgment:
        return tr("Judgment");
    case LegalStepKind::Enforcement:
        return tr("Enforcement");
    case LegalStepKind::Withdrawn:
        return tr("Claim withdrawn");
    }
    Q_UNREACHABLE();
}

QString EscalationRecords::percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int rest = basisPoints % 100) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

Result<int> EscalationRecords::parsePercent(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return Error{ tr("“%1” is not a percentage; write it like 12.5.").arg(text) };
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const int bp = match.captured(1).toInt() * 100 + fraction.toInt();
    if (bp > 10000)
        return Error{ tr("A commission cannot be more than 100%.") };
    return bp;
}

qint64 EscalationRecords::commissionOn(qint64 amount, int basisPoints)
{
    // In two parts, so that no product passes 64 bits.
    return amount / 10000 * basisPoints + (amount % 10000 * basisPoints + 5000) / 10000;
}

Result<EscalatedDebts> EscalationRecords::escalated(const QDate &asOf, qint64 customerId) const
{
    EscalatedDebts found;
    QSqlQuery &agency
        = m_db.prepare(QStringLiteral("SELECT r.debt_id FROM agency_referrals r JOIN debts d ON d.id = r.debt_id "
                                      "LEFT JOIN agency_recalls c ON c.referral_id = r.id AND c.recalled_on <= :as_of "
                                      "WHERE r.referred_on <= :as_of AND c.referral_id IS NULL%1")
                           .arg(RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))));
    agency.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        agency.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(agency); !done)
        return done.failure();
    while (agency.next())
        found.agency.insert(agency.value(0).toLongLong());

    // In legal: the latest step up to the date is not a withdrawal.
    QSqlQuery &legal
        = m_db.prepare(QStringLiteral("SELECT s.debt_id, s.step FROM legal_steps s JOIN debts d ON d.id = s.debt_id "
                                      "WHERE s.step_date <= :as_of%1 ORDER BY s.debt_id, s.step_date, s.id")
                           .arg(RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))));
    legal.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        legal.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(legal); !done)
        return done.failure();
    while (legal.next()) {
        const qint64 debt = legal.value(0).toLongLong();
        if (legal.value(1).toString() == QLatin1String("withdrawn"))
            found.legal.remove(debt);
        else
            found.legal.insert(debt);
    }
    return found;
}

Result<QHash<qint64, CustomerFlags>> EscalationRecords::customerFlags(qint64 customerId) const
{
    QHash<qint64, CustomerFlags> flags;
    const auto run = [this, customerId](const QString &sql, const auto &add) -> Result<void> {
        QSqlQuery &q = m_db.prepare(sql);
        if (customerId)
            q.bindValue(QStringLiteral(":customer"), customerId);
        if (auto done = m_db.exec(q); !done)
            return done;
        while (q.next())
            add(q);
        return {};
    };
    if (auto done = run(QStringLiteral("SELECT h.customer_id FROM credit_holds h WHERE h.action = 'stop'%1 AND h.id = "
                                       "(SELECT max(l.id) FROM credit_holds l WHERE l.customer_id = h.customer_id)")
                            .arg(RecordRows::customerFilter(customerId, QStringLiteral("h.customer_id"))),
            [&flags](const QSqlQuery &q) { flags[q.value(0).toLongLong()].creditStopped = true; });
        !done)
        return done.failure();
    // The few debts referred or in court lead (IN on the debt's id): written as a
    // join, SQLite walked all the debts of the book to find them, 50 ms on a
    // book of 50,000 sales, at every keystroke in the customer search.
    if (auto done = run(QStringLiteral("SELECT DISTINCT d.customer_id FROM debts d WHERE d.id IN (SELECT r.debt_id "
                                       "FROM agency_referrals r WHERE NOT EXISTS (SELECT 1 FROM agency_recalls c "
                                       "WHERE c.referral_id = r.id)) AND d.open_amount > 0%1")
                            .arg(RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))),
            [&flags](const QSqlQuery &q) { flags[q.value(0).toLongLong()].withAgency = true; });
        !done)
        return done.failure();
    if (auto done = run(QStringLiteral("SELECT DISTINCT d.customer_id FROM debts d WHERE d.id IN (SELECT s.debt_id "
                                       "FROM legal_steps s WHERE s.step <> 'withdrawn' AND NOT EXISTS (SELECT 1 FROM "
                                       "legal_steps n WHERE n.debt_id = s.debt_id AND (n.step_date > s.step_date OR "
                                       "(n.step_date = s.step_date AND n.id > s.id)))) AND d.open_amount > 0%1")
                            .arg(RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))),
            [&flags](const QSqlQuery &q) { flags[q.value(0).toLongLong()].inLegal = true; });
        !done)
        return done.failure();
    if (auto done = run(QStringLiteral("SELECT e.customer_id FROM entries e WHERE e.kind = 'write_off'%1 AND NOT "
                                       "EXISTS (SELECT 1 FROM entries x WHERE x.source_id = e.id AND x.kind = "
                                       "'reversal') GROUP BY e.customer_id, e.debt_id HAVING sum(e.open_delta) < 0")
                            .arg(RecordRows::customerFilter(customerId, QStringLiteral("e.customer_id"))),
            [&flags](const QSqlQuery &q) { flags[q.value(0).toLongLong()].writtenOff = true; });
        !done)
        return done.failure();
    return flags;
}

Result<QList<AgencyReferral>> EscalationRecords::referrals(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 %2 WHERE 1 = 1%3 ORDER BY r.referred_on, r.id")
                                    .arg(ReferralColumns, ReferralJoins,
                                        RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<AgencyReferral> list;
    while (q.next())
        list.append(referralFrom(q));
    return list;
}

Result<std::optional<AgencyReferral>> EscalationRecords::activeReferral(qint64 debtId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 %2 WHERE r.debt_id = ? AND c.referral_id IS NULL ORDER BY r.id DESC LIMIT 1")
            .arg(ReferralColumns, ReferralJoins));
    q.addBindValue(debtId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    std::optional<AgencyReferral> found;
    if (q.next())
        found = referralFrom(q);
    q.finish();
    return found;
}

Result<QList<LegalStep>> EscalationRecords::legalSteps(qint64 debtId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.debt_id, s.step, s.step_date, s.reference, s.note, coalesce(c.amount, 0) FROM legal_steps s "
        "LEFT JOIN collection_costs c ON c.legal_step_id = s.id WHERE s.debt_id = ? ORDER BY s.step_date, s.id"));
    q.addBindValue(debtId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<LegalStep> list;
    while (q.next()) {
        LegalStep s;
        s.id = q.value(0).toLongLong();
        s.debtId = q.value(1).toLongLong();
        legalFromKey(q.value(2).toString(), &s.step);
        s.date = RecordRows::date(q.value(3));
        s.reference = q.value(4).toString();
        s.note = q.value(5).toString();
        s.fee = q.value(6).toLongLong();
        list.append(s);
    }
    return list;
}

Result<WriteOffSummary> EscalationRecords::writeOffs(qint64 debtId) const
{
    // A write-off takes the open amount down; a recovery is a write-off taken
    // back (open_delta > 0). Reversed ones (a sale undone) count for nothing.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN e.open_delta < 0 THEN -e.open_delta ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN e.open_delta > 0 THEN e.open_delta ELSE 0 END), 0), "
        "max(CASE WHEN e.open_delta < 0 THEN e.effective_date END) FROM entries e "
        "WHERE e.debt_id = ? AND e.kind = 'write_off' AND NOT EXISTS (SELECT 1 FROM entries x WHERE x.source_id = "
        "e.id AND x.kind = 'reversal')"));
    q.addBindValue(debtId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    WriteOffSummary summary;
    if (q.next()) {
        summary.writtenOff = q.value(0).toLongLong();
        summary.recovered = q.value(1).toLongLong();
        summary.lastWrittenOff = RecordRows::date(q.value(2));
    }
    q.finish();
    return summary;
}

Result<QList<WriteOffLine>> EscalationRecords::writeOffReport() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.ref, c.ref, sum(CASE WHEN e.open_delta < 0 THEN -e.open_delta ELSE 0 END), "
        "sum(CASE WHEN e.open_delta > 0 THEN e.open_delta ELSE 0 END), max(CASE WHEN e.open_delta < 0 THEN "
        "e.effective_date END) FROM entries e JOIN debts d ON d.id = e.debt_id JOIN customers c ON c.id = "
        "e.customer_id WHERE e.kind = 'write_off' AND NOT EXISTS (SELECT 1 FROM entries x WHERE x.source_id = e.id "
        "AND x.kind = 'reversal') GROUP BY d.id, d.ref, c.ref ORDER BY c.ref, d.ref"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<WriteOffLine> lines;
    while (q.next()) {
        WriteOffLine line;
        line.debtId = q.value(0).toLongLong();
        line.debtRef = q.value(1).toString();
        line.customerRef = q.value(2).toString();
        line.summary.writtenOff = q.value(3).toLongLong();
        line.summary.recovered = q.value(4).toLongLong();
        line.summary.lastWrittenOff = RecordRows::date(q.value(5));
        if (line.summary.writtenOff > 0)
            lines.append(line);
    }
    return lines;
}

Result<QList<CollectionEvent>> EscalationRecords::debtEvents(qint64 debtId) const
{
    using Kind = CollectionEvent::Kind;
    QList<CollectionEvent> events;
    const RecordRows rows(m_db);
    const auto run = [&rows](const QString &sql, qint64 id, const auto &add) { return rows.each(sql, id, add); };
    const auto stamp = &RecordRows::stamp;
    auto holds = run(QStringLiteral("SELECT h.id, h.action, h.action_date, h.reason, h.recorded_at, h.recorded_by "
                                    "FROM debts d JOIN credit_holds h ON h.customer_id = d.customer_id AND "
                                    "h.action_date >= d.issue_date WHERE d.id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = q.value(1).toString() == QLatin1String("stop") ? Kind::CreditStopped : Kind::CreditResumed;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(2));
            e.text = q.value(3).toString();
            stamp(e, q, 4);
            events.append(e);
        });
    if (!holds)
        return holds.failure();
    auto overrides = run(QStringLiteral("SELECT o.id, d.issue_date, o.stopped, o.balance, o.reason, o.recorded_at, "
                                        "o.recorded_by FROM credit_overrides o JOIN debts d ON d.id = o.debt_id "
                                        "WHERE o.debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::CreditOverride;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.stopped = q.value(2).toInt() != 0;
            e.amount = q.value(3).toLongLong();
            e.text = q.value(4).toString();
            stamp(e, q, 5);
            events.append(e);
        });
    if (!overrides)
        return overrides.failure();
    auto referred = run(QStringLiteral("SELECT r.id, r.referred_on, r.agency, r.commission_bp, r.amount, r.reference, "
                                       "r.recorded_at, r.recorded_by, c.recalled_on, c.reason, c.recorded_at, "
                                       "c.recorded_by FROM agency_referrals r LEFT JOIN agency_recalls c ON "
                                       "c.referral_id = r.id WHERE r.debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::AgencyReferred;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.name = q.value(2).toString();
            e.commissionBp = q.value(3).toInt();
            e.amount = q.value(4).toLongLong();
            e.reference = q.value(5).toString();
            stamp(e, q, 6);
            events.append(e);
            if (q.value(8).isNull())
                return;
            CollectionEvent r;
            r.kind = Kind::AgencyRecalled;
            r.id = e.id;
            r.date = RecordRows::date(q.value(8));
            r.name = e.name;
            r.text = q.value(9).toString();
            stamp(r, q, 10);
            events.append(r);
        });
    if (!referred)
        return referred.failure();
    auto collected = run(QStringLiteral("SELECT c.id, c.cost_date, r.agency, c.base, c.amount, c.recorded_at, "
                                        "c.recorded_by FROM collection_costs c JOIN agency_referrals r ON r.id = "
                                        "c.referral_id WHERE c.debt_id = ? AND c.kind = 'agency_commission'"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::AgencyCollected;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.name = q.value(2).toString();
            e.amount = q.value(3).toLongLong();
            e.cost = q.value(4).toLongLong();
            stamp(e, q, 5);
            events.append(e);
        });
    if (!collected)
        return collected.failure();
    auto legal = run(QStringLiteral("SELECT s.id, s.step_date, s.step, s.reference, s.note, coalesce(c.amount, 0), "
                                    "s.recorded_at, s.recorded_by FROM legal_steps s LEFT JOIN collection_costs c ON "
                                    "c.legal_step_id = s.id WHERE s.debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::Legal;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            legalFromKey(q.value(2).toString(), &e.legalStep);
            e.reference = q.value(3).toString();
            e.text = q.value(4).toString();
            e.cost = q.value(5).toLongLong();
            stamp(e, q, 6);
            events.append(e);
        });
    if (!legal)
        return legal.failure();
    return events;
}

} // namespace recoup
