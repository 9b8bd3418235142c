#pragma once

#include "core/Result.h"

class QSqlError;

namespace fieldlink::store {

/// What SQLite said, as the Failure a repository returns. SQLite's own words are kept (they name the
/// table, the constraint or "database is locked"); the caller says what it was doing.
Failure sqlFailure(const QSqlError& error);

} // namespace fieldlink::store
