#!/usr/bin/env bash
# Regenerates the binary case-file fixtures of tests/data.
# Needs sqlite3 and a built piadesk-cli:  tests/data/make-fixtures.sh build/app/piadesk-cli
# Each fixture is described in README.md. Run it only when a fixture must change.
# schema-v1.piadesk is frozen: it stays a file of schema version 1 (made by PIAdesk 0.1 from the case-complete.json
# of that time) so that every later migration is tested from it. The script never rewrites it; the fixtures
# derived from it keep that schema, and the tampered ones are made at the current schema.
set -euo pipefail
cli=$(realpath "${1:-build/app/piadesk-cli}")
cd "$(dirname "$0")"

rm -f newer-schema.piadesk truncated.piadesk corrupt.piadesk foreign.sqlite not-sqlite.piadesk \
      audit-tampered.piadesk finalized-tampered.piadesk current.piadesk*

cp schema-v1.piadesk newer-schema.piadesk
sqlite3 newer-schema.piadesk "PRAGMA user_version=999;"

head -c 12288 schema-v1.piadesk > truncated.piadesk

# Overwrite the middle of page 3 (a b-tree page) with garbage: the header stays valid.
cp schema-v1.piadesk corrupt.piadesk
page=$(sqlite3 schema-v1.piadesk "PRAGMA page_size;")
printf '\xde\xad\xbe\xef%.0s' $(seq 1 256) | dd of=corrupt.piadesk bs=1 seek=$((page * 2 + 8)) conv=notrunc status=none

sqlite3 foreign.sqlite "CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT, phone TEXT);
                        INSERT INTO contacts(name, phone) VALUES ('Zhang San', '13800000000'), ('Li Si', '13900000000');"

printf 'PK\003\004 this is a zip archive renamed to .piadesk, not a case file\n' > not-sqlite.piadesk

# Tampered files: what someone with the sqlite3 shell could do behind PIAdesk's back, at the current schema.
"$cli" --file current.piadesk --user fixture import case-complete.json >/dev/null
sqlite3 current.piadesk "PRAGMA journal_mode=DELETE;" >/dev/null
rm -f current.piadesk.lock
cp current.piadesk audit-tampered.piadesk
sqlite3 audit-tampered.piadesk "DROP TRIGGER audit_event_no_update;
    UPDATE audit_event SET actor = 'someone else' WHERE seq = 2;"
mv current.piadesk finalized-tampered.piadesk
sqlite3 finalized-tampered.piadesk "DROP TRIGGER answer_final_update;
    UPDATE answer SET justification = 'changed afterwards'
     WHERE question_id = 'q15_1' AND assessment_id = (SELECT id FROM assessment WHERE number = 2);"
echo "fixtures written"
