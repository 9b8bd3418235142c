#pragma once

#include "core/Result.h"

#include <functional>

class QSqlDatabase;
class QSqlError;
class QString;

namespace fieldlink::store {

/// What SQLite said, as the Failure a repository returns. A fault the admin must fix — a full disk, a
/// read-only or damaged file, a lock another program holds — is said in the admin's words first, SQLite's own
/// words kept after them; other errors keep SQLite's words (they name the table, the constraint); the caller
/// says what it was doing. `databasePath`, when known, is named where it helps (a damaged file).
Failure sqlFailure(const QSqlError& error, const QString& databasePath = {});

/// Runs `work` in one transaction of `database`: committed when it succeeds, rolled back when it fails (its
/// failure returned) or when the commit does.
Result<> inTransaction(QSqlDatabase& database, const std::function<Result<>()>& work);

/// A damaged database file, where it is and what helps.
QString damagedDatabaseMessage(const QString& databasePath, const QString& sqliteWords);

} // namespace fieldlink::store
