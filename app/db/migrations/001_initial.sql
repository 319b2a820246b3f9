-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: customers, debts, the append-only ledger and the audit chain.
-- Statements end with ';' at the end of a line; triggers end with 'END;'.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    ref               TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    phone             TEXT NOT NULL DEFAULT '',
    phone_e164        TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    credit_limit      INTEGER,
    created_at        TEXT NOT NULL,
    -- caches of sums over entries; `recoup-cli verify` recomputes them
    balance           INTEGER NOT NULL DEFAULT 0,
    credit            INTEGER NOT NULL DEFAULT 0,
    last_payment_date TEXT
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_balance ON customers (balance);

CREATE TABLE debts (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    ref         TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    issue_date  TEXT NOT NULL,
    due_date    TEXT NOT NULL CHECK (due_date >= issue_date),
    terms_days  INTEGER,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    created_at  TEXT NOT NULL,
    -- cache: sum of open_delta of the debt's entries
    open_amount INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX debts_customer ON debts (customer_id, due_date, issue_date, id);
CREATE INDEX debts_open ON debts (customer_id, due_date) WHERE open_amount <> 0;

-- Every change to what is owed is an entry. Each carries its effect on the
-- customer's balance, on its debt's open amount and on the customer's
-- unapplied credit; balance_delta = open_delta - credit_delta always.
CREATE TABLE entries (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers (id),
    debt_id        INTEGER REFERENCES debts (id),
    payment_id     INTEGER REFERENCES entries (id),
    source_id      INTEGER REFERENCES entries (id),
    kind           TEXT NOT NULL CHECK (kind IN ('charge', 'fee', 'interest', 'payment', 'allocation',
                                                 'adjustment', 'write_off', 'reversal')),
    amount         INTEGER NOT NULL,
    balance_delta  INTEGER NOT NULL,
    open_delta     INTEGER NOT NULL,
    credit_delta   INTEGER NOT NULL,
    effective_date TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL,
    ref            TEXT UNIQUE,
    method         TEXT,
    reference      TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    CHECK (balance_delta = open_delta - credit_delta)
);
CREATE INDEX entries_customer ON entries (customer_id, effective_date);
CREATE INDEX entries_debt ON entries (debt_id, effective_date, open_delta) WHERE debt_id IS NOT NULL;
CREATE INDEX entries_payment ON entries (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX entries_source ON entries (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX entries_credit ON entries (effective_date, customer_id, credit_delta) WHERE credit_delta <> 0;

CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only');
END;

CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only');
END;

-- The audit chain: hash = SHA-256(prev_hash + canonical record).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   INTEGER,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
