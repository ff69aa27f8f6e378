-- PIAdesk case file, schema version 1.
-- Applied by Migrator inside one transaction together with the version bump.

CREATE TABLE organisation (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT    NOT NULL UNIQUE,
    name                  TEXT    NOT NULL,
    credit_code           TEXT    NOT NULL DEFAULT '',
    address               TEXT    NOT NULL DEFAULT '',
    legal_representative  TEXT    NOT NULL DEFAULT '',
    contact               TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(contact)),
    responsible_person    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(responsible_person)),
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
);
CREATE INDEX organisation_credit_code ON organisation(credit_code);

CREATE TABLE frt_case (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT    NOT NULL UNIQUE,
    organisation_id         INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
    name                    TEXT    NOT NULL,
    description             TEXT    NOT NULL DEFAULT '',
    places                  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(places)),
    place_kind              TEXT    NOT NULL DEFAULT 'unspecified',
    public_place            INTEGER NOT NULL DEFAULT 0 CHECK (public_place IN (0, 1)),
    purposes                TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(purposes)),
    methods                 TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(methods)),
    equipment               TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(equipment)),
    vendors                 TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(vendors)),
    stored_people           INTEGER NOT NULL DEFAULT 0 CHECK (stored_people >= 0),
    minors_under_14         INTEGER NOT NULL DEFAULT 0 CHECK (minors_under_14 IN (0, 1)),
    original_images_stored  INTEGER NOT NULL DEFAULT 0 CHECK (original_images_stored IN (0, 1)),
    storage_location        TEXT    NOT NULL DEFAULT '',
    storage_period          TEXT    NOT NULL DEFAULT '',
    anonymization           TEXT    NOT NULL DEFAULT '',
    start_of_use            TEXT,
    end_of_use              TEXT,
    status                  TEXT    NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_use', 'ended')),
    revision                INTEGER NOT NULL DEFAULT 1,
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL
);
CREATE INDEX frt_case_organisation ON frt_case(organisation_id);

CREATE TABLE assessment (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT    NOT NULL UNIQUE,
    case_id              INTEGER NOT NULL REFERENCES frt_case(id) ON DELETE CASCADE,
    number               INTEGER NOT NULL CHECK (number >= 1),
    trigger_kind         TEXT    NOT NULL CHECK (trigger_kind IN ('initial', 'purpose_changed', 'methods_changed',
                                                                  'security_incident', 'yearly_review', 'other')),
    trigger_date         TEXT,
    trigger_description  TEXT    NOT NULL DEFAULT '',
    state                TEXT    NOT NULL DEFAULT 'draft'
                                 CHECK (state IN ('draft', 'in_review', 'finalized', 'superseded')),
    assessor             TEXT    NOT NULL DEFAULT '',
    reviewer             TEXT    NOT NULL DEFAULT '',
    signed_off_by        TEXT    NOT NULL DEFAULT '',
    signed_off_on        TEXT,
    finalized_at         TEXT,
    retain_until         TEXT,
    content_hash         TEXT,
    record               TEXT    CHECK (record IS NULL OR json_valid(record)),
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    UNIQUE (case_id, number),
    CHECK (state IN ('draft', 'in_review')
           OR (finalized_at IS NOT NULL AND retain_until IS NOT NULL AND content_hash IS NOT NULL AND record IS NOT NULL))
);

CREATE TABLE answer (
    assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    question_id    TEXT    NOT NULL,
    value          TEXT    NOT NULL CHECK (json_valid(value)),
    justification  TEXT    NOT NULL DEFAULT '',
    evidence       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;

CREATE TABLE risk (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT    NOT NULL,
    assessment_id        INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    title                TEXT    NOT NULL DEFAULT '',
    description          TEXT    NOT NULL DEFAULT '',
    impact_kinds         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(impact_kinds)),
    impact               TEXT    NOT NULL,
    likelihood           TEXT    NOT NULL,
    residual_impact      TEXT    NOT NULL,
    residual_likelihood  TEXT    NOT NULL,
    UNIQUE (assessment_id, uuid)
);

CREATE TABLE measure (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL,
    assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    risk_uuid      TEXT,
    description    TEXT    NOT NULL DEFAULT '',
    owner          TEXT    NOT NULL DEFAULT '',
    due_date       TEXT,
    status         TEXT    NOT NULL DEFAULT 'planned',
    UNIQUE (assessment_id, uuid)
);

CREATE TABLE filing (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    case_id           INTEGER NOT NULL REFERENCES frt_case(id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL CHECK (kind IN ('initial', 'modification', 'deregistration')),
    trigger_date      TEXT,
    due_date          TEXT,
    submitted_on      TEXT,
    authority         TEXT    NOT NULL DEFAULT '',
    reference_number  TEXT    NOT NULL DEFAULT '',
    materials         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(materials)),
    note              TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX filing_case ON filing(case_id);

-- Attachment bytes, stored once per distinct content.
CREATE TABLE blob (
    sha256  TEXT    PRIMARY KEY,
    size    INTEGER NOT NULL,
    data    BLOB    NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES frt_case(id) ON DELETE CASCADE,
    assessment_id  INTEGER REFERENCES assessment(id) ON DELETE CASCADE,
    material       TEXT    NOT NULL DEFAULT '',
    name           TEXT    NOT NULL,
    media_type     TEXT    NOT NULL DEFAULT 'application/octet-stream',
    size           INTEGER NOT NULL CHECK (size >= 0),
    sha256         TEXT    NOT NULL REFERENCES blob(sha256),
    created_at     TEXT    NOT NULL
);
CREATE INDEX attachment_case ON attachment(case_id);
CREATE INDEX attachment_assessment ON attachment(assessment_id);
CREATE INDEX attachment_sha256 ON attachment(sha256);

-- The audit log: append-only, each event chained to the one before by its hash.
CREATE TABLE audit_event (
    seq        INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    case_uuid  TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 0,
    field      TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT '',
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);
CREATE INDEX audit_event_case ON audit_event(case_uuid);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_AUDIT_APPEND_ONLY');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_AUDIT_APPEND_ONLY');
END;

-- A finalized or superseded version never changes: only finalized -> superseded is allowed.
CREATE TRIGGER assessment_final_content BEFORE UPDATE OF
    id, uuid, case_id, number, trigger_kind, trigger_date, trigger_description, assessor, reviewer,
    signed_off_by, signed_off_on, finalized_at, retain_until, content_hash, record, created_at, updated_at
ON assessment
WHEN OLD.state IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

CREATE TRIGGER assessment_final_state BEFORE UPDATE OF state ON assessment
WHEN OLD.state IN ('finalized', 'superseded')
     AND NOT (OLD.state = 'finalized' AND NEW.state = 'superseded')
     AND NOT (OLD.state = NEW.state)
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

-- A finalized version may only be deleted once its retain-until date has passed.
-- piadesk_today() is defined by PIAdesk on every connection (it reads the app's clock).
CREATE TRIGGER assessment_retention BEFORE DELETE ON assessment
WHEN OLD.state IN ('finalized', 'superseded') AND OLD.retain_until >= piadesk_today()
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_RETENTION');
END;

-- A case holding a version under retention cannot be deleted, even by a tool that does not enforce foreign keys.
CREATE TRIGGER frt_case_retention BEFORE DELETE ON frt_case
WHEN EXISTS (SELECT 1 FROM assessment WHERE case_id = OLD.id
             AND state IN ('finalized', 'superseded') AND retain_until >= piadesk_today())
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_RETENTION');
END;

CREATE TRIGGER answer_final_insert BEFORE INSERT ON answer
WHEN (SELECT state FROM assessment WHERE id = NEW.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER answer_final_update BEFORE UPDATE ON answer
WHEN (SELECT state FROM assessment WHERE id = OLD.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER answer_final_delete BEFORE DELETE ON answer
WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id
             AND state IN ('finalized', 'superseded') AND retain_until >= piadesk_today())
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

CREATE TRIGGER risk_final_insert BEFORE INSERT ON risk
WHEN (SELECT state FROM assessment WHERE id = NEW.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER risk_final_update BEFORE UPDATE ON risk
WHEN (SELECT state FROM assessment WHERE id = OLD.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER risk_final_delete BEFORE DELETE ON risk
WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id
             AND state IN ('finalized', 'superseded') AND retain_until >= piadesk_today())
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

CREATE TRIGGER measure_final_insert BEFORE INSERT ON measure
WHEN (SELECT state FROM assessment WHERE id = NEW.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER measure_final_update BEFORE UPDATE ON measure
WHEN (SELECT state FROM assessment WHERE id = OLD.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER measure_final_delete BEFORE DELETE ON measure
WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id
             AND state IN ('finalized', 'superseded') AND retain_until >= piadesk_today())
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

CREATE TRIGGER attachment_final_insert BEFORE INSERT ON attachment
WHEN NEW.assessment_id IS NOT NULL
     AND (SELECT state FROM assessment WHERE id = NEW.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER attachment_final_update BEFORE UPDATE ON attachment
WHEN OLD.assessment_id IS NOT NULL
     AND (SELECT state FROM assessment WHERE id = OLD.assessment_id) IN ('finalized', 'superseded')
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;
CREATE TRIGGER attachment_final_delete BEFORE DELETE ON attachment
WHEN OLD.assessment_id IS NOT NULL AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id
             AND state IN ('finalized', 'superseded') AND retain_until >= piadesk_today())
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_FINALIZED_IMMUTABLE');
END;

-- Blobs still referenced by an attachment cannot be removed or rewritten.
CREATE TRIGGER blob_no_update BEFORE UPDATE ON blob
BEGIN
    SELECT RAISE(ABORT, 'PIADESK_BLOB_IMMUTABLE');
END;
