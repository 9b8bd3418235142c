#pragma once

#include "core/Result.h"

class QSqlError;
class QString;

namespace fieldlink::store {

/// What SQLite said, as the Failure a repository returns. A fault the admin must fix — a full disk, a
/// read-only or damaged file, a lock another program holds — is said in the admin's words first, SQLite's own
/// words kept after them; other errors keep SQLite's words (they name the table, the constraint); the caller
/// says what it was doing. `databasePath`, when known, is named where it helps (a damaged file).
Failure sqlFailure(const QSqlError& error, const QString& databasePath = {});

/// A damaged database file, where it is and what helps.
QString damagedDatabaseMessage(const QString& databasePath, const QString& sqliteWords);

} // namespace fieldlink::store
