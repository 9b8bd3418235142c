#include "core/store/RunHistoryQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace fieldlink::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::store::RunHistoryQuery)
};

QDateTime timestamp(const QVariant& text) {
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QJsonObject jsonObject(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

RunHistoryEntry entryAt(const QSqlQuery& query) {
    RunHistoryEntry entry;
    RunSummary& run = entry.run;
    run.id = query.value(0).toLongLong();
    run.profileVersionId = query.value(1).toLongLong();
    run.mode = query.value(2).toString();
    run.scope = jsonObject(query.value(3));
    run.status = query.value(4).toString();
    run.startedAt = timestamp(query.value(5));
    run.finishedAt = timestamp(query.value(6));
    run.counts = jsonObject(query.value(7));
    run.ghlCalls = query.value(8).toInt();
    run.kixieCalls = query.value(9).toInt();
    entry.profileName = query.value(10).toString();
    entry.profileVersion = query.value(11).toInt();
    return entry;
}

} // namespace

Result<QList<RunHistoryEntry>> RunHistoryQuery::page(qint64 olderThan, int limit) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.profile_version_id, r.mode, r.scope, r.status, r.started_at, r.finished_at, "
        "r.counts, "
        "r.ghl_calls, r.kixie_calls, p.name, v.version FROM runs r "
        "JOIN profile_versions v ON v.id = r.profile_version_id JOIN profiles p ON p.id = v.profile_id "
        "WHERE r.id < ? ORDER BY r.id DESC LIMIT ?"));
    query.addBindValue(olderThan > 0 ? olderThan : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec())
        return Failure{Tr::tr("Could not read the runs: %1").arg(query.lastError().text().trimmed())};
    QList<RunHistoryEntry> runs;
    while (query.next())
        runs.append(entryAt(query));
    return runs;
}

} // namespace fieldlink::store
