-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: the last steps of collections. Credit stopped and resumed by
-- customer, and the credit sales made anyway with a reason; debts referred to a
-- collection agency, recalled, and what the agency's collections cost; legal
-- steps; recoveries of debts written off. Money owed by customers is only ever
-- in the entries (a write-off is a 'write_off' entry, an agency's collection a
-- payment); these tables keep what was done and why, append-only like the
-- entries. The state of a customer's credit or a debt's referral is derived
-- from them: the latest record wins. Dates are business dates "YYYY-MM-DD";
-- recorded_at is UTC. Additive only.

-- Credit stopped or resumed, by hand or by the ladder's stop-credit step (then
-- debt_id and step_key name the step done). A customer's credit is stopped when
-- its latest record (by id) is a stop.
CREATE TABLE credit_holds (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    action      TEXT NOT NULL CHECK (action IN ('stop', 'resume')),
    action_date TEXT NOT NULL,
    reason      TEXT NOT NULL,
    debt_id     INTEGER REFERENCES debts (id),
    step_key    TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX credit_holds_customer ON credit_holds (customer_id, id);

-- A credit sale made although the customer's credit was stopped or the sale
-- took the balance over the limit: what stood against it and the reason given.
CREATE TABLE credit_overrides (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    debt_id      INTEGER NOT NULL UNIQUE REFERENCES debts (id),
    stopped      INTEGER NOT NULL CHECK (stopped IN (0, 1)),
    over_limit   INTEGER NOT NULL CHECK (over_limit IN (0, 1)),
    balance      INTEGER NOT NULL,
    credit_limit INTEGER,
    reason       TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    CHECK (stopped = 1 OR over_limit = 1)
);
CREATE INDEX credit_overrides_customer ON credit_overrides (customer_id);

-- A debt referred to a collection agency, with the agency's commission in
-- hundredths of a percent (1250 = 12.5 %). Recalled by a row of its own.
CREATE TABLE agency_referrals (
    id            INTEGER PRIMARY KEY,
    debt_id       INTEGER NOT NULL REFERENCES debts (id),
    agency        TEXT NOT NULL,
    referred_on   TEXT NOT NULL,
    commission_bp INTEGER NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),
    amount        INTEGER NOT NULL CHECK (amount > 0),
    reference     TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
);
CREATE INDEX agency_referrals_debt ON agency_referrals (debt_id, id);

CREATE TABLE agency_recalls (
    referral_id INTEGER PRIMARY KEY REFERENCES agency_referrals (id),
    recalled_on TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

-- What collecting cost the business, apart from the customer's ledger: an
-- agency's commission on what it collected (payment_id: the customer's payment
-- of the gross amount, `base`), or a legal step's fee.
CREATE TABLE collection_costs (
    id            INTEGER PRIMARY KEY,
    debt_id       INTEGER NOT NULL REFERENCES debts (id),
    kind          TEXT NOT NULL CHECK (kind IN ('agency_commission', 'legal_fee')),
    referral_id   INTEGER REFERENCES agency_referrals (id),
    payment_id    INTEGER REFERENCES entries (id),
    legal_step_id INTEGER REFERENCES legal_steps (id),
    base          INTEGER NOT NULL DEFAULT 0 CHECK (base >= 0),
    amount        INTEGER NOT NULL CHECK (amount >= 0),
    cost_date     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    CHECK ((kind = 'agency_commission') = (referral_id IS NOT NULL AND payment_id IS NOT NULL))
);
CREATE INDEX collection_costs_debt ON collection_costs (debt_id, cost_date);

-- Legal steps on a debt. A debt is in legal from its first step until one
-- that withdraws the claim.
CREATE TABLE legal_steps (
    id          INTEGER PRIMARY KEY,
    debt_id     INTEGER NOT NULL REFERENCES debts (id),
    step        TEXT NOT NULL CHECK (step IN ('letter_before_action', 'claim_filed', 'judgment', 'enforcement',
                                              'withdrawn')),
    step_date   TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX legal_steps_debt ON legal_steps (debt_id, step_date, id);

-- Money recovered on a debt written off: the 'write_off' entry that takes the
-- recovered part back (reinstate_id) and the payment allocated to it.
CREATE TABLE recoveries (
    id           INTEGER PRIMARY KEY,
    debt_id      INTEGER NOT NULL REFERENCES debts (id),
    reinstate_id INTEGER NOT NULL UNIQUE REFERENCES entries (id),
    payment_id   INTEGER NOT NULL UNIQUE REFERENCES entries (id),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    recovered_on TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX recoveries_debt ON recoveries (debt_id);
-- The write-offs of the book (a few among many entries), found without a scan.
CREATE INDEX entries_write_off ON entries (customer_id, debt_id) WHERE kind = 'write_off';

CREATE TRIGGER credit_holds_no_update BEFORE UPDATE ON credit_holds
BEGIN
    SELECT RAISE(ABORT, 'credit holds are append-only');
END;

CREATE TRIGGER credit_holds_no_delete BEFORE DELETE ON credit_holds
BEGIN
    SELECT RAISE(ABORT, 'credit holds are append-only');
END;

CREATE TRIGGER credit_overrides_no_update BEFORE UPDATE ON credit_overrides
BEGIN
    SELECT RAISE(ABORT, 'credit overrides are append-only');
END;

CREATE TRIGGER credit_overrides_no_delete BEFORE DELETE ON credit_overrides
BEGIN
    SELECT RAISE(ABORT, 'credit overrides are append-only');
END;

CREATE TRIGGER agency_referrals_no_update BEFORE UPDATE ON agency_referrals
BEGIN
    SELECT RAISE(ABORT, 'agency referrals are append-only');
END;

CREATE TRIGGER agency_referrals_no_delete BEFORE DELETE ON agency_referrals
BEGIN
    SELECT RAISE(ABORT, 'agency referrals are append-only');
END;

CREATE TRIGGER agency_recalls_no_update BEFORE UPDATE ON agency_recalls
BEGIN
    SELECT RAISE(ABORT, 'agency recalls are append-only');
END;

CREATE TRIGGER agency_recalls_no_delete BEFORE DELETE ON agency_recalls
BEGIN
    SELECT RAISE(ABORT, 'agency recalls are append-only');
END;

CREATE TRIGGER collection_costs_no_update BEFORE UPDATE ON collection_costs
BEGIN
    SELECT RAISE(ABORT, 'collection costs are append-only');
END;

CREATE TRIGGER collection_costs_no_delete BEFORE DELETE ON collection_costs
BEGIN
    SELECT RAISE(ABORT, 'collection costs are append-only');
END;

CREATE TRIGGER legal_steps_no_update BEFORE UPDATE ON legal_steps
BEGIN
    SELECT RAISE(ABORT, 'legal steps are append-only');
END;

CREATE TRIGGER legal_steps_no_delete BEFORE DELETE ON legal_steps
BEGIN
    SELECT RAISE(ABORT, 'legal steps are append-only');
END;

CREATE TRIGGER recoveries_no_update BEFORE UPDATE ON recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries are append-only');
END;

CREATE TRIGGER recoveries_no_delete BEFORE DELETE ON recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries are append-only');
END;
