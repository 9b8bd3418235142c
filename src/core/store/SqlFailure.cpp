#include "core/store/SqlFailure.h"

#include "core/store/Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace fieldlink::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::store::SqlFailure)
};

// SQLite's primary result codes, as QSqlError::nativeErrorCode() carries them.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, Corrupt = 11, Full = 13, NotADatabase = 26 };

int sqliteCode(const QSqlError& error) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? (code & 0xff) : 0;
}

} // namespace

QString damagedDatabaseMessage(const QString& databasePath, const QString& sqliteWords) {
    const QString where = databasePath.isEmpty() ? Tr::tr("The Fieldlink database")
                                                 : Tr::tr("The Fieldlink database %1").arg(databasePath);
    return Tr::tr("%1 is damaged (SQLite: %2). Nothing was sent. Put a backup copy of the file in its place, "
                  "or move the file aside to start with an empty database.")
        .arg(where, sqliteWords);
}

Failure sqlFailure(const QSqlError& error, const QString& databasePath) {
    // SQLite's own words, without Qt's "Unable to fetch row" after them.
    const QString sqlite = error.databaseText().trimmed();
    const QString words = sqlite.isEmpty() ? error.text().trimmed() : sqlite;
    switch (sqliteCode(error)) {
    case Full:
        return {Tr::tr("The disk holding the Fieldlink database is full (SQLite: %1). Free some space; an "
                       "interrupted run can then be resumed.")
                    .arg(words)};
    case ReadOnly:
        return {Tr::tr("The Fieldlink database is read-only (SQLite: %1). Give your user write permission on "
                       "the file and its folder.")
                    .arg(words)};
    case Busy:
    case Locked:
        return {Tr::tr("The Fieldlink database is locked by another program and stayed locked for more than "
                       "%1 ms (SQLite: %2). Close the program holding it (a database browser, a backup "
                       "tool) and try again.")
                    .arg(Database::busyTimeoutMs())
                    .arg(words)};
    case Corrupt:
    case NotADatabase:
        return {damagedDatabaseMessage(databasePath, words)};
    default:
        return {error.text().trimmed()};
    }
}

Result<> inTransaction(QSqlDatabase& database, const std::function<Result<>()>& work) {
    if (!database.transaction())
        return sqlFailure(database.lastError());
    if (Result<> done = work(); !done) {
        database.rollback();
        return done;
    }
    if (!database.commit()) {
        const QSqlError error = database.lastError();
        database.rollback();
        return sqlFailure(error);
    }
    return {};
}

} // namespace fieldlink::store
