#include "core/store/RunLeaseRepository.h"

#include "core/Logging.h"
#include "core/store/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

const QString columns =
    QStringLiteral("lease_key, direction, run_id, owner, host, pid, holder_token, started_at, heartbeat_at");

QString timeText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

RunLeaseHolder holderFrom(const QSqlQuery& query) {
    RunLeaseHolder holder;
    holder.leaseKey = query.value(0).toString();
    holder.direction = query.value(1).toString();
    holder.runId = query.value(2).toLongLong();
    holder.owner = query.value(3).toString() == QLatin1String("cli") ? RunLeaseHolder::Owner::Cli
                                                                     : RunLeaseHolder::Owner::App;
    holder.host = query.value(4).toString();
    holder.pid = query.value(5).toLongLong();
    holder.token = query.value(6).toString();
    holder.startedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    holder.heartbeatAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return holder;
}

} // namespace

Result<std::optional<RunLeaseHolder>> RunLeaseRepository::find(const QString& leaseKey) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM run_leases WHERE lease_key = ?"));
    query.addBindValue(leaseKey);
    if (!query.exec())
        return sqlFailure(query.lastError());
    if (!query.next())
        return std::optional<RunLeaseHolder>{};
    return std::optional<RunLeaseHolder>{holderFrom(query)};
}

Result<> RunLeaseRepository::write(const RunLeaseHolder& claim, bool replace) {
    QSqlQuery query(m_database);
    query.prepare((replace ? QStringLiteral("REPLACE") : QStringLiteral("INSERT")) +
                  QStringLiteral(" INTO run_leases (") + columns +
                  QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(claim.leaseKey);
    query.addBindValue(claim.direction);
    query.addBindValue(claim.runId > 0 ? QVariant(claim.runId) : QVariant());
    query.addBindValue(RunLeaseHolder::ownerName(claim.owner));
    query.addBindValue(claim.host);
    query.addBindValue(claim.pid);
    query.addBindValue(claim.token);
    query.addBindValue(timeText(claim.startedAt));
    query.addBindValue(timeText(claim.heartbeatAt));
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<LeaseAnswer> RunLeaseRepository::decide(const RunLeaseHolder& claim,
                                               const std::function<bool(const RunLeaseHolder&)>& isGone) {
    const Result<std::optional<RunLeaseHolder>> current = find(claim.leaseKey);
    if (!current)
        return current.failure();
    LeaseAnswer answer;
    answer.holder = *current;
    if (answer.holder && !isGone(*answer.holder))
        return answer; // busy
    if (const Result<> written = write(claim, answer.holder.has_value()); !written)
        return written.failure();
    if (answer.holder && answer.holder->runId > 0) {
        // The dead holder's run stopped without saying so: it becomes resumable.
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"));
        query.addBindValue(answer.holder->runId);
        if (!query.exec())
            return sqlFailure(query.lastError());
    }
    answer.acquired = true;
    return answer;
}

Result<LeaseAnswer> RunLeaseRepository::acquire(const RunLeaseHolder& claim,
                                                const std::function<bool(const RunLeaseHolder&)>& isGone) {
    // IMMEDIATE takes SQLite's write lock before the read, so the check and the write cannot interleave with
    // another process doing the same (a deferred BEGIN would let both read "free").
    QSqlQuery begin(m_database);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(begin.lastError());
    const Result<LeaseAnswer> answer = decide(claim, isGone);
    QSqlQuery end(m_database);
    if (!answer) {
        end.exec(QStringLiteral("ROLLBACK"));
        return answer;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = end.lastError();
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
        return sqlFailure(error);
    }
    if (answer->acquired && answer->holder)
        qCInfo(lcStore) << "took over the run lease" << claim.leaseKey << "from run" << answer->holder->runId
                        << "of process" << answer->holder->pid << "on" << answer->holder->host
                        << "(gone or silent since" << answer->holder->heartbeatAt.toString(Qt::ISODate)
                        << ")";
    return answer;
}

Result<bool> RunLeaseRepository::heartbeat(const QString& leaseKey, const QString& token,
                                           const QDateTime& now) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE run_leases SET heartbeat_at = ? WHERE lease_key = ? AND holder_token = ?"));
    query.addBindValue(timeText(now));
    query.addBindValue(leaseKey);
    query.addBindValue(token);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.numRowsAffected() == 1;
}

Result<> RunLeaseRepository::setRun(const QString& leaseKey, const QString& token, qint64 runId) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE run_leases SET run_id = ? WHERE lease_key = ? AND holder_token = ?"));
    query.addBindValue(runId);
    query.addBindValue(leaseKey);
    query.addBindValue(token);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> RunLeaseRepository::release(const QString& leaseKey, const QString& token) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM run_leases WHERE lease_key = ? AND holder_token = ?"));
    query.addBindValue(leaseKey);
    query.addBindValue(token);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<QList<RunLeaseHolder>> RunLeaseRepository::holders() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT ") + columns +
                    QStringLiteral(" FROM run_leases ORDER BY started_at")))
        return sqlFailure(query.lastError());
    QList<RunLeaseHolder> holders;
    while (query.next())
        holders << holderFrom(query);
    return holders;
}

} // namespace fieldlink::store
