-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: late fees and interest. The terms are part of the collection
-- policy (the book's) or a customer's own (none, or other terms); they are the
-- owner's settings, edited, each edit with an audit record. What was charged is
-- kept for good: one row per charge, naming the overdue debt and the period it
-- covers, and the fee or interest item (a debt of kind 'fee' or 'interest')
-- that holds it; UNIQUE constraints make a second run on the same day post
-- nothing, even from two programs at once. A waiver is a row of its own beside
-- the reversal entry that takes the charge back. Amounts are minor units;
-- percentages and rates are basis points (150 = 1.50 %). Additive only.

-- The book's terms: one row once the owner has saved a policy with them (none: off).
CREATE TABLE fee_terms (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    enabled             INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    grace_days          INTEGER NOT NULL CHECK (grace_days BETWEEN 0 AND 365),
    flat_amount         INTEGER NOT NULL CHECK (flat_amount >= 0),
    percent_bp          INTEGER NOT NULL CHECK (percent_bp BETWEEN 0 AND 10000),
    every_days          INTEGER NOT NULL CHECK (every_days BETWEEN 0 AND 365),
    max_count           INTEGER NOT NULL CHECK (max_count BETWEEN 0 AND 1000),
    max_total           INTEGER NOT NULL CHECK (max_total >= 0),
    interest_bp         INTEGER NOT NULL CHECK (interest_bp BETWEEN 0 AND 10000),
    interest_every_days INTEGER NOT NULL CHECK (interest_every_days BETWEEN 1 AND 365),
    interest_minimum    INTEGER NOT NULL CHECK (interest_minimum >= 0),
    on_fees             INTEGER NOT NULL CHECK (on_fees IN (0, 1)),
    due_days            INTEGER NOT NULL CHECK (due_days BETWEEN 0 AND 365)
);

-- A customer's own terms: 'none' (never charged) or 'own' (these terms, not the book's).
CREATE TABLE customer_fee_terms (
    customer_id         INTEGER PRIMARY KEY REFERENCES customers (id),
    mode                TEXT NOT NULL CHECK (mode IN ('none', 'own')),
    grace_days          INTEGER NOT NULL CHECK (grace_days BETWEEN 0 AND 365),
    flat_amount         INTEGER NOT NULL CHECK (flat_amount >= 0),
    percent_bp          INTEGER NOT NULL CHECK (percent_bp BETWEEN 0 AND 10000),
    every_days          INTEGER NOT NULL CHECK (every_days BETWEEN 0 AND 365),
    max_count           INTEGER NOT NULL CHECK (max_count BETWEEN 0 AND 1000),
    max_total           INTEGER NOT NULL CHECK (max_total >= 0),
    interest_bp         INTEGER NOT NULL CHECK (interest_bp BETWEEN 0 AND 10000),
    interest_every_days INTEGER NOT NULL CHECK (interest_every_days BETWEEN 1 AND 365),
    interest_minimum    INTEGER NOT NULL CHECK (interest_minimum >= 0),
    on_fees             INTEGER NOT NULL CHECK (on_fees IN (0, 1)),
    due_days            INTEGER NOT NULL CHECK (due_days BETWEEN 0 AND 365)
);

-- Every fee or interest charged: on which overdue debt, for which period, in
-- which item. A late fee's period_no is its period after the grace days (1 for
-- a fee charged once); interest's is its charge's number, and its period runs
-- from the day after the last one charged through the run date.
CREATE TABLE fee_charges (
    id             INTEGER PRIMARY KEY,
    source_debt_id INTEGER NOT NULL REFERENCES debts (id),
    kind           TEXT NOT NULL CHECK (kind IN ('fee', 'interest')),
    period_no      INTEGER NOT NULL CHECK (period_no >= 1),
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL CHECK (period_to >= period_from),
    run_date       TEXT NOT NULL,
    debt_id        INTEGER NOT NULL UNIQUE REFERENCES debts (id),
    amount         INTEGER NOT NULL CHECK (amount > 0),
    basis          INTEGER NOT NULL CHECK (basis >= 0),
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    UNIQUE (source_debt_id, kind, period_no),
    UNIQUE (source_debt_id, kind, period_from)
);

-- Charges waived: the reversal entry that took the item back, and why.
CREATE TABLE fee_waivers (
    id          INTEGER PRIMARY KEY,
    charge_id   INTEGER NOT NULL UNIQUE REFERENCES fee_charges (id),
    waived_on   TEXT NOT NULL,
    entry_id    INTEGER NOT NULL REFERENCES entries (id),
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TRIGGER fee_charges_no_update BEFORE UPDATE ON fee_charges
BEGIN
    SELECT RAISE(ABORT, 'fee charges are append-only');
END;

CREATE TRIGGER fee_charges_no_delete BEFORE DELETE ON fee_charges
BEGIN
    SELECT RAISE(ABORT, 'fee charges are append-only');
END;

CREATE TRIGGER fee_waivers_no_update BEFORE UPDATE ON fee_waivers
BEGIN
    SELECT RAISE(ABORT, 'fee waivers are append-only');
END;

CREATE TRIGGER fee_waivers_no_delete BEFORE DELETE ON fee_waivers
BEGIN
    SELECT RAISE(ABORT, 'fee waivers are append-only');
END;
