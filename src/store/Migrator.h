#pragma once

#include <QList>
#include <QString>

namespace piadesk {

class SqliteConnection;

/**
 * Brings a case file's schema up to date with the numbered SQL files in
 * resources (":/piadesk/migrations/0001_initial.sql", …). Each step runs in
 * its own transaction together with the bump of PRAGMA user_version, so a
 * file is never left half-migrated.
 */
class Migrator
{
public:
    /** PRAGMA application_id of a PIAdesk case file: "PIAD". */
    static constexpr quint32 kApplicationId = 0x50494144;

    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /** Reads the steps from \a directory (a resource or file-system folder of NNNN_name.sql files). */
    explicit Migrator(const QString& directory = QStringLiteral(":/piadesk/migrations"));

    /** False when the steps are not numbered 1, 2, … without gaps; errorString() says why. */
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    const QList<Step>& steps() const { return m_steps; }
    /** The schema version after all steps. */
    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.constLast().version; }

    /** The schema version PIAdesk's own migrations lead to. */
    static int currentSchemaVersion();

    /** Applies every step after \a fromVersion to \a connection, each in its own transaction. */
    bool migrate(SqliteConnection& connection, int fromVersion, QString* error) const;

private:
    QList<Step> m_steps;
    QString m_error;
};

} // namespace piadesk
