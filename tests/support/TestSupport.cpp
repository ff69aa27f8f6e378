#include "TestSupport.h"

#include "core/CreditCode.h"
#include "store/CaseStore.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

namespace piadesk::TestSupport {

QString dataPath(const QString& name)
{
    QString root = qEnvironmentVariable("PIADESK_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(PIADESK_TEST_DATA_DIR);
    return root + QLatin1Char('/') + name;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<CaseStore> openStore(const QTemporaryDir& dir, const QString& name, const Clock* clock)
{
    CaseStore::Options options;
    options.clock = clock;
    options.actor = QStringLiteral("tester");
    QString error;
    auto store = CaseStore::open(dir.filePath(name), options, &error);
    if (!store)
        qWarning("Cannot open test store: %s", qPrintable(error));
    return store;
}

bool execRaw(const QString& path, const QString& sql, QString* error)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QString validCreditCode(const QString& first17)
{
    return first17 + CreditCode::checkCharacter(first17);
}

} // namespace piadesk::TestSupport
