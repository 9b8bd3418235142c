#pragma once

#include <QString>

namespace fieldlink::sync {

/// Why the database refused a write, in the admin's words, followed by SQLite's own text: "another program
/// holds the database locked (database is locked)".
QString storeProblemInWords(const QString& sqliteText);

} // namespace fieldlink::sync
