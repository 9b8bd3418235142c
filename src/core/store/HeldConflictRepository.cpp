#include "core/store/HeldConflictRepository.h"

#include "core/store/LedgerRepository.h"
#include "core/store/SqlFailure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString isoNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QHash<QString, HeldConflict>> HeldConflictRepository::load(const QString& direction) const {
    QSqlQuery query(m_database);
    // Without them a slice would write rows a full run holds: a failed read is an error, never "none held".
    // A failed prepare is said as itself: exec() would only add "Parameter count mismatch".
    if (!query.prepare(QStringLiteral("SELECT scope_key, target_key, candidates, run_id, held_since FROM "
                                      "held_conflicts WHERE direction = ?")))
        return sqlFailure(query.lastError());
    query.addBindValue(direction);
    if (!query.exec())
        return sqlFailure(query.lastError());
    QHash<QString, HeldConflict> held;
    while (query.next()) {
        HeldConflict conflict;
        conflict.scopeKey = query.value(0).toString();
        conflict.targetKey = query.value(1).toString();
        for (const QJsonValue& candidate : QJsonDocument::fromJson(query.value(2).toByteArray()).array())
            conflict.candidates << candidate.toString();
        conflict.runId = query.value(3).toLongLong();
        conflict.heldSince = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        held.insert(LedgerEntry::keyOf(conflict.scopeKey, conflict.targetKey), conflict);
    }
    return held;
}

Result<> HeldConflictRepository::apply(const QString& direction, const HeldConflictChanges& changes,
                                       qint64 runId) {
    if (changes.isEmpty())
        return {};
    if (!m_database.transaction())
        return sqlFailure(m_database.lastError());
    Result<> done;
    for (const HeldConflict& conflict : changes.hold) {
        if (done = hold(direction, conflict, runId); !done)
            break;
    }
    for (const HeldConflict& conflict : changes.release) {
        if (!done)
            break;
        done = release(direction, conflict);
    }
    if (!done) {
        m_database.rollback();
        return done;
    }
    if (!m_database.commit())
        return sqlFailure(m_database.lastError());
    return {};
}

Result<> HeldConflictRepository::hold(const QString& direction, const HeldConflict& conflict, qint64 runId) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO held_conflicts (direction, scope_key, target_key, candidates, run_id, held_since) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (direction, scope_key, target_key) DO UPDATE SET "
        "candidates = excluded.candidates, run_id = excluded.run_id"));
    query.addBindValue(direction);
    query.addBindValue(conflict.scopeKey);
    query.addBindValue(conflict.targetKey);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(conflict.candidates)).toJson(QJsonDocument::Compact)));
    query.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
    query.addBindValue(isoNow());
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> HeldConflictRepository::release(const QString& direction, const HeldConflict& conflict) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "DELETE FROM held_conflicts WHERE direction = ? AND scope_key = ? AND target_key = ?"));
    query.addBindValue(direction);
    query.addBindValue(conflict.scopeKey);
    query.addBindValue(conflict.targetKey);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

} // namespace fieldlink::store
