#include "Migrator.h"

#include "Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace piadesk {

namespace {

/**
 * A step that edits a table's declaration in place (PRAGMA writable_schema, for a change that alters no stored row,
 * such as widening a CHECK constraint) must increment schema_version, or this connection goes on using the old
 * declaration. SQLite's documented procedure; inside the migration's transaction, so undone with it.
 */
bool bumpSchemaCookie(SqliteConnection& connection, const Migrator::Step& step)
{
    if (!step.sql.contains(QLatin1String("writable_schema"), Qt::CaseInsensitive))
        return true;
    const QVariant cookie = connection.scalar(QStringLiteral("PRAGMA schema_version"));
    return cookie.isValid()
        && connection.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie.toLongLong() + 1))
        && connection.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok");
}

} // namespace

Migrator::Migrator(const QString& directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList names = QDir(directory).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            m_error = QStringLiteral("Migration file name %1 is not NNNN_name.sql").arg(name);
            return;
        }
        QFile file(directory + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("Cannot read migration %1").arg(name);
            return;
        }
        Step step { match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll()) };
        if (step.version != int(m_steps.size()) + 1) {
            m_error = QStringLiteral("Migration %1 is out of sequence: expected version %2")
                          .arg(name)
                          .arg(m_steps.size() + 1);
            return;
        }
        m_steps.append(step);
    }
    if (m_steps.isEmpty())
        m_error = QStringLiteral("No migrations found in %1").arg(directory);
}

int Migrator::currentSchemaVersion()
{
    static const int version = Migrator().latestVersion();
    return version;
}

bool Migrator::migrate(SqliteConnection& connection, int fromVersion, QString* error) const
{
    if (!isValid()) {
        if (error)
            *error = m_error;
        return false;
    }
    // Every step in one transaction: a migration interrupted at any point (a crash, a full disk, a
    // failing step) leaves the file at the version it had, never between two versions.
    SqliteTransaction transaction(connection);
    bool ok = transaction.isActive();
    int failedStep = fromVersion + 1;
    QString failedName;
    for (const Step& step : m_steps) {
        if (!ok || step.version <= fromVersion)
            continue;
        failedStep = step.version;
        failedName = step.name;
        ok = connection.exec(step.sql) && bumpSchemaCookie(connection, step)
            && connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            && connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
    }
    if (ok)
        ok = transaction.commit();
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("piadesk::Migrator",
                "Updating the case file to schema version %1 (%2) failed: %3. "
                "The file was left at version %4.")
                         .arg(failedStep)
                         .arg(failedName, connection.errorString())
                         .arg(fromVersion);
        return false;
    }
    return true;
}

} // namespace piadesk
