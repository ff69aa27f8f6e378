-- PIAdesk case file, schema version 5: the likelihood analysis of GB/T 39335 (§5.4, Table C.3).
-- Applied by Migrator inside one transaction together with the version bump.

-- The risk-source dimension a risk arises from (a key of the rule set's risk.sources), '' while not stated.
ALTER TABLE risk ADD COLUMN source TEXT NOT NULL DEFAULT '';
-- Why the likelihood is rated as it is: the cause or weakness found and the evidence, '' while not stated.
ALTER TABLE risk ADD COLUMN likelihood_basis TEXT NOT NULL DEFAULT '';
