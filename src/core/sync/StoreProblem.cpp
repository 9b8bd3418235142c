#include "core/sync/StoreProblem.h"

#include <QCoreApplication>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::StoreProblem)
};
} // namespace

QString storeProblemInWords(const QString& sqliteText) {
    // QSqlError carries SQLite's message, not always its code: the message's words are what is stable.
    const auto has = [&sqliteText](const char* words) {
        return sqliteText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    QString problem;
    if (has("locked") || has("busy"))
        problem = Tr::tr("another program kept the database locked for too long");
    else if (has("full"))
        problem = Tr::tr("the disk is full, or the database reached its size limit");
    else if (has("readonly") || has("read-only") || has("read only"))
        problem = Tr::tr("the database file cannot be written to");
    else if (has("disk i/o") || has("malformed") || has("not a database"))
        problem = Tr::tr("the database file could not be read or written");
    if (problem.isEmpty())
        return sqliteText;
    return Tr::tr("%1 (%2)").arg(problem, sqliteText);
}

} // namespace fieldlink::sync
