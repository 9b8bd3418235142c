#include "core/store/LedgerRepository.h"

#include "core/Logging.h"
#include "core/store/SqlFailure.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

LedgerEntry::WriteState stateFromName(const QString& name) {
    if (name == QLatin1String("in-flight"))
        return LedgerEntry::WriteState::InFlight;
    if (name == QLatin1String("unknown"))
        return LedgerEntry::WriteState::Unknown;
    return LedgerEntry::WriteState::Done;
}

QVariant optionalId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

LedgerEntry entryFrom(const QSqlQuery& query) {
    LedgerEntry entry;
    entry.direction = query.value(0).toString();
    entry.scopeKey = query.value(1).toString();
    entry.targetKey = query.value(2).toString();
    entry.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    entry.payloadHash = query.value(4).toString();
    entry.sourceId = query.value(5).toString();
    entry.runId = query.value(6).toLongLong();
    entry.writtenAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    entry.state = stateFromName(query.value(8).toString());
    return entry;
}

const QString selectColumns = QStringLiteral("SELECT direction, scope_key, target_key, payload, "
                                             "payload_hash, source_id, run_id, written_at, write_state "
                                             "FROM ledger ");

} // namespace

QString LedgerEntry::stateName(WriteState state) {
    switch (state) {
    case WriteState::Done:
        return QStringLiteral("done");
    case WriteState::InFlight:
        return QStringLiteral("in-flight");
    case WriteState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString LedgerEntry::hashOf(const QJsonObject& payload) {
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

Result<QHash<QString, LedgerEntry>> LedgerRepository::load(const QString& direction) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE direction = ?"));
    query.addBindValue(direction);
    // A ledger that cannot be read is not an empty one: planned against nothing, every record would be
    // created again.
    if (!query.exec())
        return sqlFailure(query.lastError());
    QHash<QString, LedgerEntry> entries;
    while (query.next()) {
        LedgerEntry entry = entryFrom(query);
        entries.insert(entry.key(), entry);
    }
    return entries;
}

Result<std::optional<LedgerEntry>> LedgerRepository::find(const QString& direction, const QString& scopeKey,
                                                          const QString& targetKey) const {
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral("WHERE direction = ? AND scope_key = ? AND target_key = ?"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKey);
    if (!query.exec())
        return sqlFailure(query.lastError());
    if (!query.next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(entryFrom(query));
}

Result<QList<LedgerEntry>> LedgerRepository::findByTargetPrefix(const QString& direction,
                                                                const QString& scopeKey,
                                                                const QString& targetKeyPrefix) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // substr rather than LIKE: a call id may hold % or _.
    query.prepare(selectColumns +
                  QStringLiteral("WHERE direction = ? AND scope_key = ? "
                                 "AND substr(target_key, 1, ?) = ? ORDER BY written_at, rowid"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKeyPrefix.size());
    query.addBindValue(targetKeyPrefix);
    if (!query.exec())
        return sqlFailure(query.lastError());
    QList<LedgerEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<> LedgerRepository::upsert(const LedgerEntry& entry) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO ledger (direction, scope_key, target_key, payload, payload_hash, source_id, run_id, "
        "written_at, write_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (direction, scope_key, target_key) DO UPDATE SET payload = excluded.payload, "
        "payload_hash = excluded.payload_hash, source_id = excluded.source_id, run_id = excluded.run_id, "
        "written_at = excluded.written_at, write_state = excluded.write_state"));
    query.addBindValue(entry.direction);
    query.addBindValue(entry.scopeKey);
    query.addBindValue(entry.targetKey);
    query.addBindValue(compact(entry.payload));
    query.addBindValue(entry.payloadHash.isEmpty() ? LedgerEntry::hashOf(entry.payload) : entry.payloadHash);
    query.addBindValue(entry.sourceId);
    query.addBindValue(optionalId(entry.runId));
    query.addBindValue((entry.writtenAt.isValid() ? entry.writtenAt : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(Qt::ISODateWithMs));
    query.addBindValue(LedgerEntry::stateName(entry.state));
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> LedgerRepository::insertRecord(const RunRecord& record) {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO run_records (run_id, source_id, route, action, diff, diagnostics, error, attempts, "
            "profile_version_id, conflict, payload, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlFailure(query.lastError());
    query.addBindValue(record.runId);
    query.addBindValue(record.sourceId);
    query.addBindValue(record.route.isNull() ? QStringLiteral("") : record.route);
    query.addBindValue(record.action);
    query.addBindValue(compact(record.diff));
    query.addBindValue(compact(record.diagnostics));
    query.addBindValue(record.error.isNull() ? QStringLiteral("") : record.error);
    query.addBindValue(record.attempts);
    query.addBindValue(record.profileVersionId);
    query.addBindValue(compact(record.conflict));
    query.addBindValue(compact(record.payload));
    query.addBindValue(compact(record.subject));
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<> LedgerRepository::inTransaction(const std::function<Result<>()>& work) {
    Result<> done = store::inTransaction(m_database, work);
    if (!done)
        qCWarning(lcStore) << "ledger write undone:" << done.error();
    return done;
}

Result<> LedgerRepository::markInFlight(const LedgerEntry& entry) {
    LedgerEntry inFlight = entry;
    inFlight.state = LedgerEntry::WriteState::InFlight;
    return inTransaction([&] { return upsert(inFlight); });
}

Result<> LedgerRepository::commit(const LedgerEntry& entry, const RunRecord& record) {
    return inTransaction([&]() -> Result<> {
        if (Result<> upserted = upsert(entry); !upserted)
            return upserted;
        return insertRecord(record);
    });
}

Result<> LedgerRepository::remove(const QString& direction, const QString& scopeKey, const QString& targetKey,
                                  const RunRecord& record) {
    return inTransaction([&]() -> Result<> {
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("DELETE FROM ledger WHERE direction = ? AND scope_key = ? AND target_key = ?"));
        query.addBindValue(direction);
        query.addBindValue(scopeKey);
        query.addBindValue(targetKey);
        if (!query.exec())
            return sqlFailure(query.lastError());
        return insertRecord(record);
    });
}

Result<> LedgerRepository::addRecords(const QList<RunRecord>& records) {
    return inTransaction([&]() -> Result<> {
        for (const RunRecord& record : records) {
            if (Result<> inserted = insertRecord(record); !inserted)
                return inserted;
        }
        return {};
    });
}

} // namespace fieldlink::store
