-- PIAdesk case file, schema version 3: what the 2025 Measures (CAC/MPS Order No. 19) need.
-- Applied by Migrator inside one transaction together with the version bump.

-- The day the number of people whose facial information is stored reached the rule set's threshold: the
-- Measures count the initial filing from it (Art. 15). Null when not reached or not known.
ALTER TABLE frt_case ADD COLUMN threshold_reached_on TEXT;

-- A de-registration filing says how the facial information was handled when the use ended (Art. 15 ¶2):
-- {"method": "deleted" | "anonymized", "on": "YYYY-MM-DD", "evidence": "…"}, or {} when not stated.
ALTER TABLE filing ADD COLUMN disposal TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(disposal));

-- A new re-assessment trigger, "legal_basis_changed" (a case re-assessed under another rule set). Widening a
-- CHECK constraint changes no stored row, so the table's declaration is edited in place, as SQLite documents
-- for such changes (ALTER TABLE, "making other kinds of table schema changes"); Migrator then increments
-- schema_version so that this connection reads the new declaration.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''yearly_review'', ''other'')', '''yearly_review'', ''legal_basis_changed'', ''other'')')
 WHERE type = 'table' AND name = 'assessment';
PRAGMA writable_schema = OFF;
