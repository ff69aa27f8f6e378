-- PIAdesk case file, schema version 7: a summary of every case, kept on write, for the register and the dashboard.
-- Applied by Migrator inside one transaction together with the version bump.
--
-- What the register shows of a case (its heading, its versions' count and latest state) and what the rule set and
-- the calendar make of it (overall risk, filing, next deadline, open deadlines: the "digest", formed by PIAdesk's
-- workflow, not by SQL). Nothing here is a record: it is derived from the tables above and can be rebuilt from
-- them at any time. Every change to a case puts its id in case_summary_stale (by the triggers below, whoever
-- writes), and PIAdesk brings the summary up to date before the change commits; a reader never trusts the summary
-- of a case listed as stale. Dates are stored, never states: "overdue" or "due soon" depend on the day it is read.

CREATE TABLE case_summary (
    case_id           INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    organisation      TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    public_place      INTEGER NOT NULL,
    stored_people     INTEGER NOT NULL,
    updated_at        TEXT    NOT NULL,
    rule_set          TEXT    NOT NULL,
    versions          INTEGER NOT NULL DEFAULT 0,
    latest_version    INTEGER NOT NULL DEFAULT 0,
    latest_state      TEXT,
    -- The digest, formed under the rule sets and calendar named in summary_meta; digested = 0 until it is.
    digested          INTEGER NOT NULL DEFAULT 0,
    overall_risk      INTEGER,             -- the latest version's overall risk level; NULL: none rated
    filing_kind       TEXT,                -- the open filing deadline's kind, or else the last filing's; NULL: none
    filing_open       INTEGER,             -- 1: filing_date is when it is due (NULL: not scheduled); 0: when made
    filing_date       TEXT,
    filing_estimated  INTEGER,
    filing_required   INTEGER,             -- with no filing deadline: whether the rules require a filing
    next_kind         TEXT,                -- the soonest open deadline other than keeping a report; NULL: none
    next_version      INTEGER,
    next_due          TEXT,                -- NULL: not scheduled
    next_estimated    INTEGER,
    next_subject      TEXT,                -- a measure's description
    retention         TEXT                 -- each finalized version kept: "number:retain-until" separated by spaces
);

-- The open deadlines of each case other than keeping its reports (those are never urgent): when each is due
-- (NULL: not scheduled yet), for the dashboard's query of what is urgent on a given day.
CREATE TABLE case_deadline (
    case_id    INTEGER NOT NULL,
    due        TEXT,
    estimated  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_deadline_due ON case_deadline(due, case_id, estimated);
CREATE INDEX case_deadline_case ON case_deadline(case_id);

-- A case may be listed more than once (no constraint, so that no conflict clause of the statement that fired the
-- trigger can turn a listing into a failure or a replacement).
CREATE TABLE case_summary_stale (
    case_id  INTEGER NOT NULL
);
CREATE INDEX case_summary_stale_case ON case_summary_stale(case_id);

-- What the digests were formed with: key 'digest' holds a fingerprint of the rule sets, the holiday calendar and
-- PIAdesk's way of forming them; another fingerprint means every digest is formed again.
CREATE TABLE summary_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TRIGGER frt_case_summary_insert AFTER INSERT ON frt_case
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (NEW.id);
END;
CREATE TRIGGER frt_case_summary_update AFTER UPDATE ON frt_case
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.id), (NEW.id);
END;
CREATE TRIGGER frt_case_summary_delete AFTER DELETE ON frt_case
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.id);
END;
CREATE TRIGGER organisation_summary_update AFTER UPDATE ON organisation
BEGIN
    INSERT INTO case_summary_stale(case_id)
        SELECT id FROM frt_case WHERE organisation_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER assessment_summary_insert AFTER INSERT ON assessment
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (NEW.case_id);
END;
CREATE TRIGGER assessment_summary_update AFTER UPDATE ON assessment
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.case_id), (NEW.case_id);
END;
CREATE TRIGGER assessment_summary_delete AFTER DELETE ON assessment
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.case_id);
END;

CREATE TRIGGER filing_summary_insert AFTER INSERT ON filing
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (NEW.case_id);
END;
CREATE TRIGGER filing_summary_update AFTER UPDATE ON filing
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.case_id), (NEW.case_id);
END;
CREATE TRIGGER filing_summary_delete AFTER DELETE ON filing
BEGIN
    INSERT INTO case_summary_stale(case_id) VALUES (OLD.case_id);
END;

-- Answers, risks and measures move the overall risk and the action plan's deadlines.
CREATE TRIGGER answer_summary_insert AFTER INSERT ON answer
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER answer_summary_update AFTER UPDATE ON answer
BEGIN
    INSERT INTO case_summary_stale(case_id)
        SELECT case_id FROM assessment WHERE id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER answer_summary_delete AFTER DELETE ON answer
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = OLD.assessment_id;
END;
CREATE TRIGGER risk_summary_insert AFTER INSERT ON risk
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER risk_summary_update AFTER UPDATE ON risk
BEGIN
    INSERT INTO case_summary_stale(case_id)
        SELECT case_id FROM assessment WHERE id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER risk_summary_delete AFTER DELETE ON risk
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = OLD.assessment_id;
END;
CREATE TRIGGER measure_summary_insert AFTER INSERT ON measure
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER measure_summary_update AFTER UPDATE ON measure
BEGIN
    INSERT INTO case_summary_stale(case_id)
        SELECT case_id FROM assessment WHERE id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER measure_summary_delete AFTER DELETE ON measure
BEGIN
    INSERT INTO case_summary_stale(case_id) SELECT case_id FROM assessment WHERE id = OLD.assessment_id;
END;

-- Every case of an existing file is summarized when PIAdesk next writes to it.
INSERT INTO case_summary_stale(case_id) SELECT id FROM frt_case;
