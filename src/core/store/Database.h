#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fieldlink::store {

/// One forward step of the schema; `statements` run in order inside one transaction.
struct Migration {
    int version;
    QStringList statements;
};

/// Fieldlink's SQLite file: WAL mode checked, foreign keys on, the schema version in
/// `PRAGMA user_version`, forward migrations each inside one transaction that rolls back on failure. One
/// named connection per thread: open it in the thread that uses it.
class Database {
public:
    /// The schema this build knows.
    static const QList<Migration>& migrations();
    static int schemaVersion();

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if needed) and migrates `path`. `connectionName` must be unique per thread.
    Result<> open(const QString& path, const QString& connectionName,
                  const QList<Migration>& migrations = Database::migrations());
    void close();
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    bool isOpen() const { return !m_connectionName.isEmpty() && connection().isOpen(); }
    int userVersion() const;
    /// The default location: QStandardPaths::AppDataLocation/fieldlink.sqlite.
    static QString defaultPath();
    /// How long a statement waits for another process's write lock before failing: 5000 ms, or
    /// FIELDLINK_DB_BUSY_TIMEOUT_MS.
    static int busyTimeoutMs();
    /// Reads every page (`PRAGMA quick_check`), so a damaged file is found before a run sends anything rather
    /// than halfway through it.
    Result<> checkIntegrity() const;

private:
    Result<> prepare(const QList<Migration>& migrations);
    Result<> checkWritable() const;
    Result<> applyPragmas();
    Result<> migrate(const QList<Migration>& migrations);

    QString m_connectionName;
    QString m_path;
};

} // namespace fieldlink::store
