#!/usr/bin/env bash
# Sets up a PIAdesk team store on a PostgreSQL server, and manages its users (docs/team-store.md).
#
#   scripts/team-server.sh [--db NAME]                         create the database, its schema and the team roles
#   scripts/team-server.sh [--db NAME] --add-user NAME --role ROLE [--password]
#                                                              add a person (a login role) with a team role
#   scripts/team-server.sh [--db NAME] --remove-role NAME --role ROLE
#                                                              take a team role away from a person
#
# ROLE is one of: assessor, reviewer, approver, auditor, administrator. The database is "piadesk" unless --db says
# otherwise; it is owned by the role piadesk_owner (no login), which may create roles so that the administrator
# can add people from PIAdesk's side too (piadesk.add_user). Setting up twice changes nothing.
#
# It connects as a PostgreSQL superuser: through the usual PGHOST, PGPORT and PGUSER when PGHOST is set, else as
# the system user postgres on this machine's own cluster (Debian's postgresql package), with sudo when needed.
# Install the server first: scripts/install-deps.sh installs it (or: apt-get install postgresql).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

db=piadesk
add_user=""
remove_user=""
role=""
password=no
usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-2}"
}
while [ $# -gt 0 ]; do
    case "$1" in
        --db) db="${2:?--db needs a name}"; shift 2 ;;
        --add-user) add_user="${2:?--add-user needs a name}"; shift 2 ;;
        --remove-role) remove_user="${2:?--remove-role needs a name}"; shift 2 ;;
        --role) role="${2:?--role needs one of assessor, reviewer, approver, auditor, administrator}"; shift 2 ;;
        --password) password=yes; shift ;;
        -h|--help) usage 0 ;;
        *) echo "team-server.sh: unknown argument: $1" >&2; usage ;;
    esac
done
if [ -n "$add_user$remove_user" ]; then
    case "$role" in
        assessor|reviewer|approver|auditor|administrator) ;;
        *) echo "team-server.sh: --role must be assessor, reviewer, approver, auditor or administrator" >&2; exit 2 ;;
    esac
fi

schema=""
for candidate in "$here/../src/store/team/schema.sql" "$here/team-schema.sql" /usr/share/piadesk/team-schema.sql; do
    if [ -f "$candidate" ]; then schema="$candidate"; break; fi
done
if [ -z "$schema" ]; then
    echo "team-server.sh: PIAdesk's team store schema (src/store/team/schema.sql) was not found." >&2
    exit 1
fi

# psql as a superuser, stopping at the first error.
run_psql() {
    local database="$1"; shift
    if [ -n "${PGHOST:-}" ]; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@"
    elif [ "$(id -un)" = postgres ]; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@")
    else
        (cd / && sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@")
    fi
}

if ! command -v psql > /dev/null; then
    echo "team-server.sh: psql is not installed: run scripts/install-deps.sh (or apt-get install postgresql)." >&2
    exit 1
fi
if ! run_psql postgres -c "SELECT 1" > /dev/null; then
    echo "team-server.sh: cannot connect to the PostgreSQL server as a superuser (see above)." >&2
    echo "  Start it (pg_ctlcluster 15 main start), or set PGHOST/PGUSER to reach another one." >&2
    exit 1
fi

# The owner and the database.
run_psql postgres -t -A <<'SQL' > /dev/null
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'piadesk_owner') THEN
        CREATE ROLE piadesk_owner NOLOGIN CREATEROLE;
    END IF;
END $$;
SQL
if [ "$(run_psql postgres -t -A -v db="$db" <<<"SELECT count(*) FROM pg_database WHERE datname = :'db';")" = 0 ]; then
    run_psql postgres -v db="$db" <<<'CREATE DATABASE :"db" OWNER piadesk_owner ENCODING '"'UTF8'"' TEMPLATE template0;'
    echo "Created the database $db."
fi

# The schema, owned by piadesk_owner; made once.
state=$(run_psql "$db" -t -A <<'SQL'
SELECT CASE WHEN to_regclass('piadesk.piadesk_meta') IS NOT NULL THEN 'marked'
            WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'piadesk') THEN 'foreign'
            ELSE 'empty' END;
SQL
)
if [ "$state" = marked ]; then
    state=$(run_psql "$db" -t -A <<<"SELECT value FROM piadesk.piadesk_meta WHERE key = 'application';")
fi
case "$state" in
    empty)
        { echo "BEGIN;"; echo "SET ROLE piadesk_owner;"; cat "$schema"; echo "COMMIT;"; } | run_psql "$db" > /dev/null
        echo "Set $db up as a PIAdesk team store (schema piadesk, roles piadesk_assessor, _reviewer, _approver,"
        echo "_auditor and _administrator)."
        ;;
    "PIAdesk team store") ;;
    *)
        echo "team-server.sh: $db holds a schema named piadesk that is not a PIAdesk team store; left as it is." >&2
        exit 1
        ;;
esac

if [ -n "$add_user" ]; then
    run_psql "$db" -v name="$add_user" -v role="$role" <<<"SELECT piadesk.add_user(:'name', :'role');" > /dev/null
    echo "$add_user may now connect to $db as $role."
    if [ "$password" = yes ]; then
        read -r -s -p "Password for $add_user: " first; echo
        read -r -s -p "Again: " second; echo
        if [ "$first" != "$second" ] || [ -z "$first" ]; then
            echo "team-server.sh: the passwords differ or are empty; none was set." >&2
            exit 1
        fi
        # Sent to the server, which keeps only its SCRAM hash; not logged.
        run_psql "$db" -v name="$add_user" -v pw="$first" > /dev/null <<'SQL'
BEGIN;
SET LOCAL log_statement = 'none';
SET LOCAL password_encryption = 'scram-sha-256';
ALTER ROLE :"name" PASSWORD :'pw';
COMMIT;
SQL
        echo "Password set."
    fi
fi
if [ -n "$remove_user" ]; then
    run_psql "$db" -v name="$remove_user" -v role="$role" <<<"SELECT piadesk.remove_role(:'name', :'role');" \
        > /dev/null
    echo "$remove_user no longer has the role $role on $db."
fi
