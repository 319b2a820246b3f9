-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: collections. The ladder (the book's policy), each customer's ladder
-- settings, the contact log, promises to pay, disputes and the record of the
-- worklist's tasks done, skipped or snoozed. What happened is kept, never
-- rewritten: contacts, promises, disputes, their resolutions and task records
-- are append-only like the entries; only the policy and a customer's settings
-- are edited, and every edit of them leaves an audit record with what it set.
-- Dates are business dates "YYYY-MM-DD"; recorded_at is UTC. Additive only.

-- The policy: one row once the owner has saved one (none: the default ladder).
CREATE TABLE collection_policy (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    promise_grace_days INTEGER NOT NULL CHECK (promise_grace_days BETWEEN 0 AND 60),
    gentle_factor      INTEGER NOT NULL CHECK (gentle_factor BETWEEN 1 AND 10),
    saved_at           TEXT NOT NULL,
    saved_by           TEXT NOT NULL
);

-- The steps of the ladder. `key` names a step for good: the record of a step
-- done keeps it, so editing the ladder never makes a done step due again.
CREATE TABLE collection_steps (
    key            TEXT PRIMARY KEY,
    position       INTEGER NOT NULL UNIQUE,
    name           TEXT NOT NULL DEFAULT '',
    day_offset     INTEGER NOT NULL UNIQUE CHECK (day_offset BETWEEN -365 AND 3650),
    action         TEXT NOT NULL CHECK (action IN ('reminder', 'call', 'late_fee', 'final_notice', 'stop_credit',
                                                   'agency', 'legal_letter')),
    channel        TEXT CHECK (channel IN ('email', 'sms', 'whatsapp', 'letter')),
    needs_approval INTEGER NOT NULL DEFAULT 0 CHECK (needs_approval IN (0, 1))
);

-- A customer's ladder: the standard one, a gentler one (later steps), or paused.
CREATE TABLE customer_ladders (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    ladder      TEXT NOT NULL CHECK (ladder IN ('standard', 'gentle', 'paused'))
);

-- Channels not to use for a customer ("do not call", "no WhatsApp").
CREATE TABLE customer_blocked_channels (
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    channel     TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'letter', 'email', 'sms', 'whatsapp')),
    PRIMARY KEY (customer_id, channel)
);

-- The contact log: calls, visits, letters and messages.
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    debt_id      INTEGER REFERENCES debts (id),
    contact_date TEXT NOT NULL,
    contact_time TEXT NOT NULL DEFAULT '',
    channel      TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'letter', 'email', 'sms', 'whatsapp')),
    made_by      TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('no_answer', 'promised', 'disputed', 'refused', 'wrong_number',
                                                  'paid', 'other')),
    note         TEXT NOT NULL DEFAULT '',
    follow_up    TEXT CHECK (follow_up IS NULL OR follow_up >= contact_date),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);
CREATE INDEX contacts_customer ON contacts (customer_id, contact_date, id);
CREATE INDEX contacts_follow_up ON contacts (follow_up) WHERE follow_up IS NOT NULL;

-- Promises to pay: an amount by a date, made on a date, for some of the
-- customer's debts. Kept or broken is derived from the payments, never stored.
CREATE TABLE promises (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    contact_id  INTEGER REFERENCES contacts (id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    promised_on TEXT NOT NULL,
    due_date    TEXT NOT NULL CHECK (due_date >= promised_on),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX promises_customer ON promises (customer_id, promised_on);
CREATE INDEX promises_due ON promises (due_date);

CREATE TABLE promise_debts (
    promise_id INTEGER NOT NULL REFERENCES promises (id),
    debt_id    INTEGER NOT NULL REFERENCES debts (id),
    PRIMARY KEY (promise_id, debt_id)
);

-- Disputes over a debt or part of it, and how each was resolved (a row of its
-- own, so neither is ever changed).
CREATE TABLE disputes (
    id          INTEGER PRIMARY KEY,
    debt_id     INTEGER NOT NULL REFERENCES debts (id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    reason      TEXT NOT NULL,
    opened_on   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX disputes_debt ON disputes (debt_id, opened_on);

CREATE TABLE dispute_resolutions (
    dispute_id    INTEGER PRIMARY KEY REFERENCES disputes (id),
    resolved_on   TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('for_customer', 'for_shop')),
    conceded      INTEGER NOT NULL DEFAULT 0 CHECK (conceded >= 0),
    adjustment_id INTEGER REFERENCES entries (id),
    note          TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
);

-- What was done about each task of the worklist: a ladder step of a debt, a
-- broken promise, a follow-up set in the contact log. One row per debt of a
-- combined task; the latest row of a task (by id, up to a date) is its state.
CREATE TABLE task_records (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    task          TEXT NOT NULL CHECK (task IN ('step', 'broken_promise', 'follow_up')),
    debt_id       INTEGER REFERENCES debts (id),
    step_key      TEXT,
    promise_id    INTEGER REFERENCES promises (id),
    contact_id    INTEGER REFERENCES contacts (id),
    outcome       TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'snoozed')),
    action_date   TEXT NOT NULL,
    snoozed_until TEXT CHECK ((outcome = 'snoozed') = (snoozed_until IS NOT NULL)),
    reason        TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL,
    CHECK ((task = 'step') = (debt_id IS NOT NULL AND step_key IS NOT NULL)),
    CHECK ((task = 'broken_promise') = (promise_id IS NOT NULL)),
    CHECK ((task = 'follow_up') = (contact_id IS NOT NULL))
);
CREATE INDEX task_records_debt ON task_records (debt_id, step_key, id) WHERE debt_id IS NOT NULL;
CREATE INDEX task_records_promise ON task_records (promise_id, id) WHERE promise_id IS NOT NULL;
CREATE INDEX task_records_contact ON task_records (contact_id, id) WHERE contact_id IS NOT NULL;

CREATE TRIGGER contacts_no_update BEFORE UPDATE ON contacts
BEGIN
    SELECT RAISE(ABORT, 'the contact log is append-only');
END;

CREATE TRIGGER contacts_no_delete BEFORE DELETE ON contacts
BEGIN
    SELECT RAISE(ABORT, 'the contact log is append-only');
END;

CREATE TRIGGER promises_no_update BEFORE UPDATE ON promises
BEGIN
    SELECT RAISE(ABORT, 'promises are append-only');
END;

CREATE TRIGGER promises_no_delete BEFORE DELETE ON promises
BEGIN
    SELECT RAISE(ABORT, 'promises are append-only');
END;

CREATE TRIGGER promise_debts_no_update BEFORE UPDATE ON promise_debts
BEGIN
    SELECT RAISE(ABORT, 'promises are append-only');
END;

CREATE TRIGGER promise_debts_no_delete BEFORE DELETE ON promise_debts
BEGIN
    SELECT RAISE(ABORT, 'promises are append-only');
END;

CREATE TRIGGER disputes_no_update BEFORE UPDATE ON disputes
BEGIN
    SELECT RAISE(ABORT, 'disputes are append-only');
END;

CREATE TRIGGER disputes_no_delete BEFORE DELETE ON disputes
BEGIN
    SELECT RAISE(ABORT, 'disputes are append-only');
END;

CREATE TRIGGER dispute_resolutions_no_update BEFORE UPDATE ON dispute_resolutions
BEGIN
    SELECT RAISE(ABORT, 'dispute resolutions are append-only');
END;

CREATE TRIGGER dispute_resolutions_no_delete BEFORE DELETE ON dispute_resolutions
BEGIN
    SELECT RAISE(ABORT, 'dispute resolutions are append-only');
END;

CREATE TRIGGER task_records_no_update BEFORE UPDATE ON task_records
BEGIN
    SELECT RAISE(ABORT, 'task records are append-only');
END;

CREATE TRIGGER task_records_no_delete BEFORE DELETE ON task_records
BEGIN
    SELECT RAISE(ABORT, 'task records are append-only');
END;
