-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 13: the same rules and the same answers, for less work on every entry
-- written. Nothing stored changes.
--
-- 1. The rule on an entry's kind and on a debt's kind, checked five times
-- faster. SQLite 3.40 evaluates a CHECK of the form `kind IN ('a', 'b', ...)`
-- by building a small lookup table for every row it writes: a third of the
-- time an import spent writing its entries. Written as `kind = 'a' OR kind =
-- 'b' ...` it is a few comparisons. The two forms accept exactly the same
-- values, so every row the book holds still obeys the rule. Only the text of
-- the two constraints changes: SQLite's documented way for a change to
-- constraints alone ("Making Other Kinds Of Table Schema Changes", in its ALTER
-- TABLE page) is to edit the table's definition in sqlite_schema within a
-- transaction (the upgrade runs in one, after its backup); the index made in 2
-- moves the schema's version on, so every connection reads the new definitions.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''charge'', ''fee'', ''interest'', ''payment'', ''allocation'',
                                                 ''adjustment'', ''write_off'', ''reversal''))',
                  'CHECK (kind = ''charge'' OR kind = ''fee'' OR kind = ''interest'' OR kind = ''payment''
                                             OR kind = ''allocation'' OR kind = ''adjustment'' OR kind = ''write_off''
                                             OR kind = ''reversal'')')
WHERE type = 'table' AND name = 'entries';
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (kind IN (''sale'', ''fee'', ''interest'', ''installment''))',
                  'CHECK (kind = ''sale'' OR kind = ''fee'' OR kind = ''interest'' OR kind = ''installment'')')
WHERE type = 'table' AND name = 'debts';
PRAGMA writable_schema = OFF;

-- 2. One index by customer instead of two. entries_customer_credit held the
-- entries that move credit, which are nine in ten (every payment and every
-- allocation): nearly a second copy of entries_customer. entries_customer now
-- carries credit_delta itself, so a customer's credit as of a day is still read
-- from the index alone.
DROP INDEX entries_customer_credit;
DROP INDEX entries_customer;
CREATE INDEX entries_customer ON entries (customer_id, effective_date, credit_delta);
