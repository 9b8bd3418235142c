#include "core/store/Database.h"

#include "core/Logging.h"

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

} // namespace

Database::~Database() {
    close();
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/fieldlink.sqlite");
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

Result<> Database::prepare(const QList<Migration>& migrations) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Failure{
            Tr::tr("Could not open the Fieldlink database %1: %2").arg(m_path, sqlError(db.lastError()))};
    QSqlQuery pragma(db);
    // WAL lets the GUI read while a sync writes; SQLite silently keeps another mode when it cannot switch
    // (e.g. on some network file systems), so the answer is checked.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next() ||
        pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString mode = pragma.isValid() ? pragma.value(0).toString() : sqlError(pragma.lastError());
        return Failure{
            Tr::tr("The Fieldlink database %1 cannot use write-ahead logging (SQLite answered \"%2\"); "
                   "keep it on a local disk.")
                .arg(m_path, mode)};
    }
    for (const char* statement : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return Failure{Tr::tr("Could not prepare the Fieldlink database %1: %2")
                               .arg(m_path, sqlError(pragma.lastError()))};
    }
    return migrate(migrations);
}

Result<> Database::migrate(const QList<Migration>& migrations) {
    QSqlDatabase db = connection();
    const int current = userVersion();
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
            return Failure{
                Tr::tr("Could not start updating the Fieldlink database: %1").arg(sqlError(db.lastError()))};
        QSqlQuery query(db);
        bool ok = true;
        QString failure;
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement)) {
                ok = false;
                failure = sqlError(query.lastError());
                break;
            }
        }
        // PRAGMA user_version takes no bound parameter; the number is ours, not input.
        if (ok && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            ok = false;
            failure = sqlError(query.lastError());
        }
        if (!ok) {
            db.rollback();
            return Failure{Tr::tr("Updating the Fieldlink database to schema %1 failed and was undone: %2")
                               .arg(migration.version)
                               .arg(failure)};
        }
        if (!db.commit())
            return Failure{
                Tr::tr("Could not finish updating the Fieldlink database: %1").arg(sqlError(db.lastError()))};
        qCInfo(lcStore) << "database schema now at version" << migration.version;
    }
    return {};
}

} // namespace fieldlink::store
