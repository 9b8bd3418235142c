#pragma once

#include "core/Result.h"
#include "core/store/LedgerRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace fieldlink::store {

/// Which of a run's records a read wants: all of them, or those with one action.
struct RunRecordFilter {
    qint64 runId = 0;
    QString action; ///< empty: every action
};

/// Reads the records a run kept (the run_records table) for the screens that show them, their JSON parsed
/// once here: a page at a time as a view scrolls — a run of ten thousand records costs what is on screen —,
/// every one streamed for an export, and a run's conflicts for the review panel. It never writes.
class RunRecordQuery {
public:
    explicit RunRecordQuery(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Up to `limit` records from the `offset`-th, in the order they were recorded. Fewer than `limit`: the
    /// last page.
    Result<QList<RunRecord>> page(const RunRecordFilter& filter, int offset, int limit) const;
    /// Every record of the filter in order, handed to `visit` one at a time (a large run is never held
    /// whole).
    Result<void> forEach(const RunRecordFilter& filter,
                         const std::function<void(const RunRecord&)>& visit) const;
    /// Whether run `runId` was a dry run (its records say what a run would do); false when it cannot tell.
    bool isDryRun(qint64 runId) const;
    /// The records of run `runId` the planner held as conflicts, in order.
    Result<QList<RunRecord>> conflicts(qint64 runId) const;

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
