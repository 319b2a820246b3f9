-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: the totals of past agings (the dashboard's month-ends), kept as a
-- cache. A row holds one bucket (-1: the credit) of the aging as of as_of with
-- the given basis and bucket edges, computed from the entries up to
-- through_entry. Entries are never changed or deleted and their ids only grow,
-- so the row stays true until an entry with a larger id is effective on or
-- before as_of; app/aging/aging_totals_cache.cpp checks that on every read, and
-- `recoup-cli verify` recomputes every row still in force. Additive only.

CREATE TABLE aging_totals_cache (
    as_of         TEXT NOT NULL,
    basis         TEXT NOT NULL,
    edges         TEXT NOT NULL,
    bucket        INTEGER NOT NULL,
    through_entry INTEGER NOT NULL,
    amount        INTEGER NOT NULL,
    PRIMARY KEY (basis, edges, as_of, bucket)
);
