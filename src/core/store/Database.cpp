#include "core/store/Database.h"

#include "core/Logging.h"
#include "core/store/SqlFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fieldlink::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::store::Database)
};

QString sqlError(const QSqlError& error) {
    return error.text().trimmed();
}

/// A fault the admin must fix (full, read-only, locked, damaged) in its own words, which name the file when
/// it matters; anything else as "could not <doing> the database <path>: <SQLite's words>".
Failure describe(const QString& doing, const QString& path, const QSqlError& error) {
    const Failure failure = sqlFailure(error, path);
    if (failure.message != sqlError(error))
        return failure;
    return {doing.arg(path, failure.message)};
}

/// A positive whole number from the environment, or `fallback`.
int environmentNumber(const char* name, int fallback) {
    bool numeric = false;
    const int value = qEnvironmentVariableIntValue(name, &numeric);
    return numeric && value > 0 ? value : fallback;
}

} // namespace

Database::~Database() {
    close();
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/fieldlink.sqlite");
}

int Database::busyTimeoutMs() {
    return environmentNumber("FIELDLINK_DB_BUSY_TIMEOUT_MS", 5000);
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::userVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<> Database::open(const QString& path, const QString& connectionName,
                        const QList<Migration>& migrations) {
    close();
    m_path = path;
    m_connectionName = connectionName;
    // Every QSqlDatabase and QSqlQuery copy lives inside prepare(), so close() below finds none in use.
    Result<> prepared = prepare(migrations);
    if (!prepared)
        close();
    return prepared;
}

Result<> Database::checkWritable() const {
    // Checked before SQLite sees the file: it would quietly open a read-only file read-only and fail later,
    // at the first write, with words that do not say what to do.
    const QFileInfo file(m_path);
    const QFileInfo folder(file.absolutePath());
    if (file.exists() && !file.isWritable())
        return Failure{
            Tr::tr("The Fieldlink database %1 is read-only: Fieldlink must be able to write to it. "
                   "Give your user write permission on the file.")
                .arg(m_path)};
    // WAL keeps two files beside the database, so its folder must be writable too.
    if (!folder.isWritable())
        return Failure{
            Tr::tr("The folder of the Fieldlink database %1 is read-only: Fieldlink must be able to "
                   "create files beside the database. Give your user write permission on %2.")
                .arg(m_path, folder.absoluteFilePath())};
    return {};
}

Result<> Database::prepare(const QList<Migration>& migrations) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (const Result<> writable = checkWritable(); !writable)
        return writable;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!db.open())
        return describe(Tr::tr("Could not open the Fieldlink database %1: %2"), m_path, db.lastError());
    if (const Result<> applied = applyPragmas(); !applied)
        return applied;
    return migrate(migrations);
}

Result<> Database::applyPragmas() {
    QSqlQuery pragma(connection());
    // The first statement reads the file's header: a file that is not a database fails here.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return describe(Tr::tr("Could not open the Fieldlink database %1: %2"), m_path, pragma.lastError());
    // WAL lets the GUI read while a sync writes; SQLite silently keeps another mode when it cannot switch
    // (e.g. on some network file systems), so the answer is checked.
    if (!pragma.next() ||
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString mode = pragma.isValid() ? pragma.value(0).toString() : sqlError(pragma.lastError());
        return Failure{
            Tr::tr("The Fieldlink database %1 cannot use write-ahead logging (SQLite answered \"%2\"); "
                   "keep it on a local disk.")
                .arg(m_path, mode)};
    }
    QStringList statements = {QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA synchronous=NORMAL")};
    // Only tests set it: a size cap is how a full disk is simulated.
    if (const int maxPages = environmentNumber("FIELDLINK_DB_MAX_PAGES", 0); maxPages > 0)
        statements << QStringLiteral("PRAGMA max_page_count=%1").arg(maxPages);
    for (const QString& statement : std::as_const(statements)) {
        if (!pragma.exec(statement))
            return describe(Tr::tr("Could not prepare the Fieldlink database %1: %2"), m_path,
                            pragma.lastError());
    }
    return {};
}

Result<> Database::checkIntegrity() const {
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return sqlFailure(check.lastError(), m_path);
    const QString answer = check.next() ? check.value(0).toString() : QString();
    if (answer == QLatin1String("ok"))
        return {};
    return Failure{damagedDatabaseMessage(m_path, answer)};
}

Result<> Database::migrate(const QList<Migration>& migrations) {
    QSqlDatabase db = connection();
    const int current = userVersion();
    if (current < 0) { // the first real read of the file
        QSqlQuery read(db);
        read.exec(QStringLiteral("PRAGMA user_version"));
        return describe(Tr::tr("Could not read the Fieldlink database %1: %2"), m_path, read.lastError());
    }
    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > newest) {
        return Failure{
            Tr::tr("The Fieldlink database %1 was written by a newer version of Fieldlink (schema %2; this "
                   "version knows up to %3). Update Fieldlink to open it.")
                .arg(m_path)
                .arg(current)
                .arg(newest)};
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return Failure{Tr::tr("Could not start updating the Fieldlink database: %1")
                               .arg(sqlFailure(db.lastError(), m_path).message)};
        QSqlQuery query(db);
        bool ok = true;
        QString failure;
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement)) {
                ok = false;
                failure = sqlFailure(query.lastError(), m_path).message;
                break;
            }
        }
        // PRAGMA user_version takes no bound parameter; the number is ours, not input.
        if (ok && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            ok = false;
            failure = sqlFailure(query.lastError(), m_path).message;
        }
        if (!ok) {
            db.rollback();
            return Failure{Tr::tr("Updating the Fieldlink database to schema %1 failed and was undone: %2")
                               .arg(migration.version)
                               .arg(failure)};
        }
        if (!db.commit())
            return Failure{Tr::tr("Could not finish updating the Fieldlink database: %1")
                               .arg(sqlFailure(db.lastError(), m_path).message)};
        qCInfo(lcStore) << "database schema now at version" << migration.version;
    }
    return {};
}

} // namespace fieldlink::store
