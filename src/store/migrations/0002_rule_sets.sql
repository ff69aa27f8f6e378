-- PIAdesk case file, schema version 2: which rule set each case and each finalized version is assessed under.
-- Applied by Migrator inside one transaction together with the version bump.

-- Cases made before rule sets existed were assessed against the 2023 draft provisions.
ALTER TABLE frt_case ADD COLUMN rule_set TEXT NOT NULL DEFAULT 'cn-cac-frt-2023-draft';

-- Stamped on finalization; empty for drafts and for versions finalized before schema version 2.
ALTER TABLE assessment ADD COLUMN rule_set TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN rule_set_version TEXT NOT NULL DEFAULT '';

-- The immutability of finalized versions now covers the new columns too.
DROP TRIGGER assessment_final_content;
CREATE TRIGGER assessment_final_content BEFORE UPDATE OF
    id, uuid, case_id, number, trigger_kind, trigger_date, trigger_description, assessor, reviewer,
    signed_off_by, signed_off_on, finalized_at, retain_until, content_hash, record, created_at, updated_at,
    rule_set, rule_set_version
ON assessment
WHEN OLD.state IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
