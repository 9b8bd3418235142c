#include "core/store/RunRecordQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::store::RunRecordQuery)
};

Failure readFailure(const QSqlQuery& query) {
    return Failure{Tr::tr("Could not read the run's records: %1").arg(query.lastError().text().trimmed())};
}

/// A prepared SELECT of the filter's records in the order they were recorded, with `tail` (LIMIT …) after.
QSqlQuery select(const QSqlDatabase& database, const RunRecordFilter& filter, const QString& tail) {
    QSqlQuery query(database);
    query.setForwardOnly(true); // read once, front to back: no copy of the rows kept behind
    query.prepare(
        QStringLiteral("SELECT run_id, source_id, route, action, diff, diagnostics, error, conflict, "
                       "payload, attempts, profile_version_id, subject FROM run_records WHERE run_id = ?") +
        (filter.action.isEmpty() ? QString() : QStringLiteral(" AND action = ?")) +
        QStringLiteral(" ORDER BY id") + tail);
    query.addBindValue(filter.runId);
    if (!filter.action.isEmpty())
        query.addBindValue(filter.action);
    return query;
}

RunRecord recordAt(const QSqlQuery& query) {
    const auto json = [&query](int column) {
        return QJsonDocument::fromJson(query.value(column).toString().toUtf8());
    };
    RunRecord record;
    record.runId = query.value(0).toLongLong();
    record.sourceId = query.value(1).toString();
    record.route = query.value(2).toString();
    record.action = query.value(3).toString();
    record.diff = json(4).object();
    record.diagnostics = json(5).array();
    record.error = query.value(6).toString();
    record.conflict = json(7).object();
    record.payload = json(8).object();
    record.attempts = query.value(9).toInt();
    record.profileVersionId = query.value(10).toLongLong();
    record.subject = json(11).object();
    return record;
}

} // namespace

Result<QList<RunRecord>> RunRecordQuery::page(const RunRecordFilter& filter, int offset, int limit) const {
    QSqlQuery query = select(m_database, filter, QStringLiteral(" LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return readFailure(query);
    QList<RunRecord> records;
    while (query.next())
        records.append(recordAt(query));
    return records;
}

Result<void> RunRecordQuery::forEach(const RunRecordFilter& filter,
                                     const std::function<void(const RunRecord&)>& visit) const {
    QSqlQuery query = select(m_database, filter, QString());
    if (!query.exec())
        return readFailure(query);
    while (query.next())
        visit(recordAt(query));
    return {};
}

bool RunRecordQuery::isDryRun(qint64 runId) const {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT mode FROM runs WHERE id = ?")))
        return false;
    query.addBindValue(runId);
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("dry-run");
}

Result<QList<RunRecord>> RunRecordQuery::conflicts(qint64 runId) const {
    QList<RunRecord> records;
    Result<void> read = forEach({runId, QStringLiteral("conflict")},
                                [&records](const RunRecord& record) { records.append(record); });
    if (!read)
        return read.failure();
    return records;
}

} // namespace fieldlink::store
