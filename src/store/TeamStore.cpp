#include "TeamStore.h"

#include "StoreContext.h"
#include "WriteScope.h"

#include <QFile>
#include <QUrl>

namespace piadesk::TeamStore {

namespace {

constexpr auto kApplication = "PIAdesk team store";

/** What the database holds before PIAdesk writes to it. */
enum class Found { Empty, TeamStore, Foreign, Failed };

Found inspect(StoreContext& store, int* version)
{
    Database& db = store.db;
    const QVariant schema = db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'piadesk'"));
    if (!schema.isValid())
        return Found::Failed;
    if (schema.toInt() == 0) {
        const QVariant tables = db.scalar(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"));
        if (!tables.isValid())
            return Found::Failed;
        return tables.toInt() == 0 ? Found::Empty : Found::Foreign;
    }
    const QVariant meta = db.scalar(QStringLiteral("SELECT to_regclass('piadesk.piadesk_meta') IS NOT NULL"));
    if (!meta.isValid())
        return Found::Failed;
    if (meta.toString() != QLatin1String("t"))
        return Found::Foreign;
    Statement read(db, QStringLiteral("SELECT key, value FROM piadesk.piadesk_meta"));
    bool ours = false;
    *version = 0;
    while (read.next()) {
        if (read.text(0) == QLatin1String("application"))
            ours = read.text(1) == QLatin1String(kApplication);
        else if (read.text(0) == QLatin1String("schema_version"))
            *version = read.text(1).toInt();
    }
    if (!read.ok())
        return Found::Failed;
    return ours && *version > 0 ? Found::TeamStore : Found::Foreign;
}

/** Whether the connected role owns the database (or is a superuser): only it sets an empty one up. */
bool ownsDatabase(Database& db)
{
    return db.scalar(QStringLiteral("SELECT pg_get_userbyid(d.datdba) = current_user OR r.rolsuper "
                                    "FROM pg_database d, pg_roles r "
                                    "WHERE d.datname = current_database() AND r.rolname = current_user"))
               .toString()
        == QLatin1String("t");
}

bool createSchema(StoreContext& store, const QString& shown)
{
    QFile file(QStringLiteral(":/piadesk/team/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return store.fail(CaseStore::tr("%1 cannot be set up: PIAdesk's team store schema is missing.").arg(shown));
    Transaction transaction(store.db);
    if (!transaction.isActive() || !store.db.exec(QString::fromUtf8(file.readAll())) || !transaction.commit())
        return store.fail(CaseStore::tr("%1 cannot be set up as a team store: %2").arg(shown, store.db.errorString()));
    return true;
}

} // namespace

bool isUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString displayUrl(const QString& url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword(QString());
    return parsed.toString();
}

bool open(StoreContext& store, const QString& url, const CaseStore::Options& options)
{
    const QString shown = displayUrl(url);
    store.path = shown;
    store.db.usePostgres();
    PgConnection& connection = store.db.postgres();
    if (!connection.open(url, options.password))
        return store.fail(
            CaseStore::tr("Cannot connect to the team store %1: %2").arg(shown, connection.errorString()));
    int version = 0;
    switch (inspect(store, &version)) {
    case Found::Failed:
        return store.fail(CaseStore::tr("%1 cannot be read: %2").arg(shown, store.db.errorString()));
    case Found::Foreign:
        return store.fail(
            CaseStore::tr("%1 is a database but not a PIAdesk team store. It was left as it is.").arg(shown));
    case Found::Empty:
        if (options.readOnly)
            return store.fail(CaseStore::tr("%1 is an empty database, not yet a PIAdesk team store.").arg(shown));
        if (!ownsDatabase(store.db))
            return store.fail(CaseStore::tr("%1 is an empty database. Its owner sets it up as a team store by opening "
                                            "it first with PIAdesk (or with scripts/team-server.sh); %2 cannot.")
                                  .arg(shown, connection.user()));
        if (!createSchema(store, shown))
            return false;
        version = kSchemaVersion;
        break;
    case Found::TeamStore:
        break;
    }
    if (version > kSchemaVersion)
        return store.fail(CaseStore::tr("%1 was set up by a newer version of PIAdesk (team store schema %2; this "
                                        "version reads up to %3). Update PIAdesk to open it. The database was left as "
                                        "it is.")
                              .arg(shown)
                              .arg(version)
                              .arg(kSchemaVersion));
    if (version < kSchemaVersion)
        return store.fail(CaseStore::tr("%1 uses an older team store schema (%2) that this version of PIAdesk cannot "
                                        "update. The database was left as it is.")
                              .arg(shown)
                              .arg(version));
    // The store's statements name its tables without a schema; the role connected is who the audit log names.
    bool ready = store.db.exec(QStringLiteral("SET search_path = piadesk, pg_temp"));
    // A role that may change no case (auditor, administrator) works read-only, as a case file opened so: every
    // window says why at once, instead of each change being refused by the server.
    if (ready && !options.readOnly
        && store.db.scalar(QStringLiteral("SELECT has_table_privilege('piadesk.frt_case', 'UPDATE')::int")).toInt()
            != 1) {
        store.readOnly = true;
        store.readOnlyReason = CaseStore::tr("You are connected to the team store as %1, whose role reads the cases "
                                             "but changes none (an auditor or administrator).")
                                   .arg(connection.user());
    }
    if (store.readOnly)
        ready = ready && store.db.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    if (!ready)
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, store.db.errorString()));
    store.actor = connection.user();
    // Whether the log is empty, without counting it (millions of events on a large store).
    if (store.readOnly
        || store.db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_event)::int")).toInt() != 0)
        return true;
    WriteScope write(store);
    if (!write)
        return false;
    if (!write.audit(QStringLiteral("store.create"), {}, 0, {}, shown) || !write.commit())
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, store.db.errorString()));
    return true;
}

} // namespace piadesk::TeamStore
