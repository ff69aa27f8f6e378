-- PIAdesk case file, schema version 4: the handling person (经办人) of the 2025 filing.
-- Applied by Migrator inside one transaction together with the version bump.

-- Who carries out the filing for the organisation: {"name", "idType", "idNumber", "phone"}, or {} when not known.
-- The filing system asks a scan of their identity document and an authorization letter naming them.
ALTER TABLE organisation ADD COLUMN handling_person TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(handling_person));
