-- PIAdesk case file, schema version 6: the data map of an assessment version (GB/T 39335-2020 Annex C.1/C.2).
-- Applied by Migrator inside one transaction together with the version bump.

-- One processing activity per row, in the assessor's order. Its fields are kept as the exchange format writes
-- them ({"name", "dataItems", "subjects", …}, without the id), so that a field added later needs no new column.
CREATE TABLE processing_activity (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL,
    assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    content        TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(content)),
    UNIQUE (assessment_id, uuid)
);
