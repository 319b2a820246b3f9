-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: payment plans. A plan turns the open balance of some of a
-- customer's debts into installments, each a debt of kind 'installment' with
-- its own due date. The balance moves by adjustment entries (one closing each
-- source debt's open amount, one opening each installment), so the customer's
-- balance does not change. The plan and its links are kept, never rewritten;
-- on track, broken or completed is derived from the entries as of a date,
-- never stored. Dates are business dates "YYYY-MM-DD"; recorded_at is UTC.

CREATE TABLE payment_plans (
    id                INTEGER PRIMARY KEY,
    ref               TEXT NOT NULL UNIQUE,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    made_on           TEXT NOT NULL,
    balance           INTEGER NOT NULL CHECK (balance > 0),
    down_payment      INTEGER NOT NULL DEFAULT 0 CHECK (down_payment >= 0 AND down_payment < balance),
    installment_count INTEGER NOT NULL CHECK (installment_count BETWEEN 1 AND 120),
    frequency         TEXT NOT NULL CHECK (frequency IN ('week', 'fortnight', 'month')),
    first_date        TEXT NOT NULL CHECK (first_date >= made_on),
    note              TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL
);
CREATE INDEX payment_plans_customer ON payment_plans (customer_id, made_on);

-- The debts of a plan: the sources whose open amount it took, and its
-- installments (seq 0 is the down payment). `entry_id` is the adjustment that
-- moved the amount: closing a source, opening an installment.
CREATE TABLE payment_plan_debts (
    plan_id  INTEGER NOT NULL REFERENCES payment_plans (id),
    debt_id  INTEGER NOT NULL REFERENCES debts (id),
    role     TEXT NOT NULL CHECK (role IN ('source', 'installment')),
    seq      INTEGER NOT NULL CHECK (seq >= 0),
    amount   INTEGER NOT NULL CHECK (amount > 0),
    entry_id INTEGER NOT NULL UNIQUE REFERENCES entries (id),
    PRIMARY KEY (plan_id, debt_id)
);
CREATE INDEX payment_plan_debts_debt ON payment_plan_debts (debt_id);

-- What was done about a broken plan's task on the worklist (done, skipped,
-- snoozed); the latest row of a plan (by id, up to a date) is its state.
CREATE TABLE plan_task_records (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES payment_plans (id),
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    outcome       TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'snoozed')),
    action_date   TEXT NOT NULL,
    snoozed_until TEXT CHECK ((outcome = 'snoozed') = (snoozed_until IS NOT NULL)),
    reason        TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
);
CREATE INDEX plan_task_records_plan ON plan_task_records (plan_id, id);

CREATE TRIGGER payment_plans_no_update BEFORE UPDATE ON payment_plans
BEGIN
    SELECT RAISE(ABORT, 'payment plans are append-only');
END;

CREATE TRIGGER payment_plans_no_delete BEFORE DELETE ON payment_plans
BEGIN
    SELECT RAISE(ABORT, 'payment plans are append-only');
END;

CREATE TRIGGER payment_plan_debts_no_update BEFORE UPDATE ON payment_plan_debts
BEGIN
    SELECT RAISE(ABORT, 'payment plans are append-only');
END;

CREATE TRIGGER payment_plan_debts_no_delete BEFORE DELETE ON payment_plan_debts
BEGIN
    SELECT RAISE(ABORT, 'payment plans are append-only');
END;

CREATE TRIGGER plan_task_records_no_update BEFORE UPDATE ON plan_task_records
BEGIN
    SELECT RAISE(ABORT, 'task records are append-only');
END;

CREATE TRIGGER plan_task_records_no_delete BEFORE DELETE ON plan_task_records
BEGIN
    SELECT RAISE(ABORT, 'task records are append-only');
END;
