#include "core/store/RunRepository.h"

#include "core/store/SqlFailure.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> RunRepository::ensureProfileVersion(const QString& name, const QString& direction,
                                                   const QString& object, const QByteArray& document) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO profiles (name, direction, object, created_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(name);
    query.addBindValue(direction);
    query.addBindValue(object);
    query.addBindValue(now());
    if (!query.exec())
        return sqlFailure(query.lastError());
    // The version holding this very document, if any: running an older version again (Test Sync's version
    // choice, `--profile-version`) records that version, not a copy of it.
    query.prepare(QStringLiteral(
        "SELECT p.id, (SELECT v.id FROM profile_versions v WHERE v.profile_id = p.id AND v.document = ? "
        "ORDER BY v.version DESC LIMIT 1), (SELECT MAX(v.version) FROM profile_versions v WHERE v.profile_id "
        "= "
        "p.id) FROM profiles p WHERE p.name = ?"));
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return sqlFailure(query.lastError());
    const qint64 profileId = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        return query.value(1).toLongLong();
    const int version = query.value(2).toInt() + 1;
    query.prepare(QStringLiteral("INSERT INTO profile_versions (profile_id, version, document, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(profileId);
    query.addBindValue(version);
    query.addBindValue(QString::fromUtf8(document));
    query.addBindValue(now());
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<qint64> RunRepository::startRun(qint64 profileVersionId, const QString& mode,
                                       const QJsonObject& scope) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO runs (profile_version_id, mode, scope, status, started_at) "
                                 "VALUES (?, ?, ?, 'running', ?)"));
    query.addBindValue(profileVersionId);
    query.addBindValue(mode);
    query.addBindValue(compact(scope));
    query.addBindValue(now());
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<> RunRepository::finishRun(qint64 runId, const QString& status, const QJsonObject& counts,
                                  int ghlCalls, int kixieCalls) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, counts = ?, ghl_calls = ?, "
                                 "kixie_calls = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(now());
    query.addBindValue(compact(counts));
    query.addBindValue(ghlCalls);
    query.addBindValue(kixieCalls);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

std::optional<RunSummary> RunRepository::run(qint64 runId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT id, profile_version_id, mode, scope, status, started_at, finished_at, "
                       "counts, ghl_calls, kixie_calls FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RunSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.profileVersionId = query.value(1).toLongLong();
    summary.mode = query.value(2).toString();
    summary.scope = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    summary.status = query.value(4).toString();
    summary.startedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    summary.finishedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    summary.counts = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    summary.ghlCalls = query.value(8).toInt();
    summary.kixieCalls = query.value(9).toInt();
    return summary;
}

Result<int> RunRepository::markAbandonedRunsInterrupted() {
    QSqlQuery query(m_database);
    // A run whose lease is still held may be alive in another process; the lease's takeover marks it once its
    // holder is known to be gone (RunLeaseRepository::acquire).
    if (!query.exec(
            QStringLiteral("UPDATE runs SET status = 'interrupted' WHERE status = 'running' AND id NOT "
                           "IN (SELECT run_id FROM run_leases WHERE run_id IS NOT NULL)")))
        return sqlFailure(query.lastError());
    return query.numRowsAffected();
}

QJsonObject RunRepository::recordCounts(qint64 runId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT action, COUNT(*) FROM run_records WHERE run_id = ? GROUP BY action"));
    query.addBindValue(runId);
    QJsonObject counts;
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

Result<int> RunRepository::dailyCalls(const QString& service, const QString& accountId,
                                      const QString& day) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT calls FROM daily_usage WHERE service = ? AND account_id = ? AND day = ?"));
    query.addBindValue(service);
    query.addBindValue(accountId);
    query.addBindValue(day);
    // Read as 0, a failed read would let a run spend Kixie calls the day no longer has.
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<> RunRepository::setDailyCalls(const QString& service, const QString& accountId, const QString& day,
                                      int calls) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO daily_usage (service, account_id, day, calls) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (service, account_id, day) DO UPDATE SET calls = excluded.calls"));
    query.addBindValue(service);
    query.addBindValue(accountId);
    query.addBindValue(day);
    query.addBindValue(calls);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

QByteArray RunRepository::profileDocument(qint64 profileVersionId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT document FROM profile_versions WHERE id = ?"));
    query.addBindValue(profileVersionId);
    return query.exec() && query.next() ? query.value(0).toString().toUtf8() : QByteArray();
}

QStringList RunRepository::failedSources(qint64 runId) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT DISTINCT source_id FROM run_records WHERE run_id = ? AND action = 'failed' "
                       "ORDER BY source_id"));
    query.addBindValue(runId);
    QStringList sources;
    if (query.exec()) {
        while (query.next())
            sources << query.value(0).toString();
    }
    return sources;
}

RunRepository::RunKind RunRepository::kindOf(const RunSummary& run) {
    return run.scope.value(QLatin1String("kind")) == QLatin1String("events") ? RunKind::Events
                                                                             : RunKind::Sync;
}

qint64 RunRepository::latestInterruptedRun(RunKind kind) const {
    QSqlQuery query(m_database);
    // An events run's scope says so (EventWorker); every other scope is a sync's.
    query.prepare(
        QStringLiteral("SELECT id FROM runs WHERE status = 'interrupted' AND mode != 'dry-run' "
                       "AND (json_extract(scope, '$.kind') IS 'events') = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(kind == RunKind::Events ? 1 : 0);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QSet<QString> RunRepository::reopenRun(qint64 runId) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?"));
    query.addBindValue(runId);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM run_records WHERE run_id = ? AND action IN "
                                 "('unchanged', 'skip', 'conflict', 'failed')"));
    query.addBindValue(runId);
    query.exec();
    query.prepare(QStringLiteral("SELECT DISTINCT source_id FROM run_records WHERE run_id = ?"));
    query.addBindValue(runId);
    QSet<QString> written;
    if (query.exec()) {
        while (query.next())
            written.insert(query.value(0).toString());
    }
    return written;
}

Result<QString> RunRepository::cursor(qint64 profileVersionId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT c.updated_since FROM sync_cursors c JOIN profile_versions v "
                                 "ON v.profile_id = c.profile_id WHERE v.id = ?"));
    query.addBindValue(profileVersionId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<> RunRepository::setCursor(qint64 profileVersionId, const QString& updatedSince) {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO sync_cursors (profile_id, updated_since) "
                       "SELECT profile_id, ? FROM profile_versions WHERE id = ? "
                       "ON CONFLICT (profile_id) DO UPDATE SET updated_since = excluded.updated_since"));
    query.addBindValue(updatedSince);
    query.addBindValue(profileVersionId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

} // namespace fieldlink::store
