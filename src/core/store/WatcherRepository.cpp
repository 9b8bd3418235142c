#include "core/store/WatcherRepository.h"

#include "core/store/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

const QString columns = QStringLiteral("id, connection, profile, pid, host, interval_seconds, started_at, "
                                       "last_poll_at, last_change_at, next_full_at, run_id, state, message, "
                                       "stopped_at");

QVariant timeValue(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// A null QString binds as NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

WatcherRow rowFrom(const QSqlQuery& query) {
    WatcherRow row;
    row.id = query.value(0).toLongLong();
    row.connection = query.value(1).toString();
    row.profile = query.value(2).toString();
    row.pid = query.value(3).toLongLong();
    row.host = query.value(4).toString();
    row.intervalSeconds = query.value(5).toInt();
    row.startedAt = timeFrom(query.value(6));
    row.lastPollAt = timeFrom(query.value(7));
    row.lastChangeAt = timeFrom(query.value(8));
    row.nextFullAt = timeFrom(query.value(9));
    row.runId = query.value(10).toLongLong();
    row.state = WatcherRow::stateFrom(query.value(11).toString());
    row.message = query.value(12).toString();
    row.stoppedAt = timeFrom(query.value(13));
    return row;
}

} // namespace

QString WatcherRow::stateName(State state) {
    switch (state) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::Idle:
        return QStringLiteral("idle");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Outage:
        return QStringLiteral("outage");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("idle");
}

WatcherRow::State WatcherRow::stateFrom(const QString& name) {
    for (State state :
         {State::Starting, State::Idle, State::Syncing, State::Waiting, State::Outage, State::Stopped})
        if (stateName(state) == name)
            return state;
    return State::Idle;
}

Result<qint64> WatcherRepository::add(const WatcherRow& row) {
    QSqlQuery query(m_database);
    if (!query.prepare(
            QStringLiteral("INSERT INTO watchers (connection, profile, pid, host, interval_seconds, "
                           "started_at, next_full_at, state, message) VALUES (?,?,?,?,?,?,?,?,?)")))
        return sqlFailure(query.lastError());
    query.addBindValue(text(row.connection));
    query.addBindValue(row.profile);
    query.addBindValue(row.pid);
    query.addBindValue(text(row.host));
    query.addBindValue(row.intervalSeconds);
    query.addBindValue(timeValue(row.startedAt));
    query.addBindValue(timeValue(row.nextFullAt));
    query.addBindValue(WatcherRow::stateName(row.state));
    query.addBindValue(text(row.message));
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<> WatcherRepository::update(const WatcherRow& row) {
    QSqlQuery query(m_database);
    if (!query.prepare(
            QStringLiteral("UPDATE watchers SET last_poll_at = ?, last_change_at = ?, next_full_at = ?, "
                           "run_id = ?, state = ?, message = ?, stopped_at = ? WHERE id = ?")))
        return sqlFailure(query.lastError());
    query.addBindValue(timeValue(row.lastPollAt));
    query.addBindValue(timeValue(row.lastChangeAt));
    query.addBindValue(timeValue(row.nextFullAt));
    query.addBindValue(row.runId > 0 ? QVariant(row.runId) : QVariant());
    query.addBindValue(WatcherRow::stateName(row.state));
    query.addBindValue(text(row.message));
    query.addBindValue(timeValue(row.stoppedAt));
    query.addBindValue(row.id);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<std::optional<WatcherRow>> WatcherRepository::latest(const QString& connection,
                                                            const QString& profile) const {
    QSqlQuery query(m_database);
    if (!query.prepare(
            QStringLiteral("SELECT ") + columns +
            QStringLiteral(" FROM watchers WHERE connection = ? AND profile = ? ORDER BY id DESC LIMIT 1")))
        return sqlFailure(query.lastError());
    query.addBindValue(text(connection));
    query.addBindValue(profile);
    if (!query.exec())
        return sqlFailure(query.lastError());
    if (!query.next())
        return std::optional<WatcherRow>{};
    return std::optional<WatcherRow>{rowFrom(query)};
}

Result<QList<WatcherRow>> WatcherRepository::newestPerProfile() const {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT ") + columns +
                       QStringLiteral(" FROM watchers WHERE id IN (SELECT MAX(id) FROM watchers GROUP BY "
                                      "connection, profile) ORDER BY id DESC")))
        return sqlFailure(query.lastError());
    if (!query.exec())
        return sqlFailure(query.lastError());
    QList<WatcherRow> rows;
    while (query.next())
        rows << rowFrom(query);
    return rows;
}

} // namespace fieldlink::store
