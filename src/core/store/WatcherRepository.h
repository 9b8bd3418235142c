#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fieldlink::store {

/// One `fieldlink-cli watch` process, as its heartbeat row in `watchers` says.
struct WatcherRow {
    enum class State { Starting, Idle, Syncing, Waiting, Outage, Stopped };

    qint64 id = 0;
    QString connection; ///< the saved connection's name; empty for the environment's
    QString profile;
    qint64 pid = 0;
    QString host;
    int intervalSeconds = 60;
    QDateTime startedAt;
    QDateTime lastPollAt;
    QDateTime lastChangeAt;
    QDateTime nextFullAt;
    qint64 runId = 0;
    State state = State::Starting;
    QString message; ///< translated, what the watch last said (an outage, a wait)
    QDateTime stoppedAt;

    static QString stateName(State state);
    static State stateFrom(const QString& name);
};

/// The `watchers` table: the heartbeat of each watch process.
class WatcherRepository {
public:
    explicit WatcherRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Adds the row of a watch that starts now; returns its id.
    Result<qint64> add(const WatcherRow& row);
    /// Writes everything that changes while it runs: poll and change times, next full reconcile, the run,
    /// the state and message (and stopped_at when the state is Stopped).
    Result<> update(const WatcherRow& row);
    /// The newest watch of that connection and profile, if any ran.
    Result<std::optional<WatcherRow>> latest(const QString& connection, const QString& profile) const;
    /// The newest row of each connection and profile, newest first: what the app shows.
    Result<QList<WatcherRow>> newestPerProfile() const;

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
