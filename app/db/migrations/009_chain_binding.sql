-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: the rows that say what is owed are bound into the audit chain.
-- Each audit record carries the rows its action added or changed, in canonical
-- form v1 (docs/audit-chain.md), and `recoup-cli verify` compares them with the
-- rows as stored. How far each table is bound is kept in meta under
-- 'chain_bound_through', only to know which rows are new. A book with no audit
-- record yet is bound from its start; a book with records is bound by the
-- program right after this upgrade (and its backup), by records of action
-- 'bind' that carry every row it holds and the day: nothing earlier is
-- claimed. No table changes.

INSERT INTO meta (key, value) SELECT 'chain_bound_through', 'v1' WHERE NOT EXISTS (SELECT 1 FROM audit_log);
