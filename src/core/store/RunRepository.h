#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fieldlink::store {

struct RunSummary {
    qint64 id = 0;
    qint64 profileVersionId = 0;
    QString mode; ///< dry-run, run, replay
    QJsonObject scope;
    QString status; ///< running, finished, interrupted, failed
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject counts;
    int ghlCalls = 0;
    int kixieCalls = 0;
};

/// Runs and the profile versions they used.
class RunRepository {
public:
    explicit RunRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// The id of the stored version equal to `document`, creating the profile and a new version as needed.
    Result<qint64> ensureProfileVersion(const QString& name, const QString& direction, const QString& object,
                                        const QByteArray& document);
    Result<qint64> startRun(qint64 profileVersionId, const QString& mode, const QJsonObject& scope);
    Result<> finishRun(qint64 runId, const QString& status, const QJsonObject& counts, int ghlCalls,
                       int kixieCalls);
    std::optional<RunSummary> run(qint64 runId) const;
    /// Runs still marked running that hold no run lease belong to a process that died: they become
    /// interrupted. Returns how many.
    Result<int> markAbandonedRunsInterrupted();
    /// Counts of run_records by action for one run.
    QJsonObject recordCounts(qint64 runId) const;
    /// The newest `dateUpdated` the profile's last complete run saw (for "since the last run"), or empty.
    Result<QString> cursor(qint64 profileVersionId) const;
    /// The profile document a version holds (a resumed run uses its own version, not today's file).
    QByteArray profileDocument(qint64 profileVersionId) const;
    /// The source ids a run failed on, for a replay.
    QStringList failedSources(qint64 runId) const;
    /// What a run moved: contacts to Kixie (a sync) or call events to GHL.
    enum class RunKind { Sync, Events };
    static RunKind kindOf(const RunSummary& run);
    /// The newest run of that kind left interrupted (dry runs never are), or 0.
    qint64 latestInterruptedRun(RunKind kind) const;
    /// Marks an interrupted run running again and forgets its records that wrote nothing (they are planned
    /// again); returns the sources whose writes it already recorded.
    QSet<QString> reopenRun(qint64 runId);
    Result<> setCursor(qint64 profileVersionId, const QString& updatedSince);
    /// Calls made to a service account on a UTC day (`yyyy-MM-dd`), counted by every run that day: Kixie
    /// sends no budget headers, so its 10 000 a day are counted here.
    Result<int> dailyCalls(const QString& service, const QString& accountId, const QString& day) const;
    Result<> setDailyCalls(const QString& service, const QString& accountId, const QString& day, int calls);

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
