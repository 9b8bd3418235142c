#pragma once

#include "core/Result.h"
#include "core/store/RunRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fieldlink::store {

/// One run as the history lists it: the run and the profile version it used.
struct RunHistoryEntry {
    RunSummary run;
    QString profileName;
    int profileVersion = 0;
};

/// Reads the runs for the history, newest first, a page at a time as a view scrolls: ten thousand runs cost
/// what is on screen. It never writes.
class RunHistoryQuery {
public:
    explicit RunHistoryQuery(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Up to `limit` runs older than run `olderThan` (0: from the newest), newest first. Fewer than `limit`:
    /// the last page. Pages follow the last id seen rather than an offset, so a run started meanwhile (by the
    /// CLI) neither repeats nor hides a row of the next page.
    Result<QList<RunHistoryEntry>> page(qint64 olderThan, int limit) const;

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
