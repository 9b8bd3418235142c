#include "core/store/LedgerRepository.h"

#include "core/Logging.h"

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

QHash<QString, LedgerEntry> LedgerRepository::load(const QString& direction) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE direction = ?"));
    query.addBindValue(direction);
    QHash<QString, LedgerEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        LedgerEntry entry = entryFrom(query);
        entries.insert(entry.key(), entry);
    }
    return entries;
}

std::optional<LedgerEntry> LedgerRepository::find(const QString& direction, const QString& scopeKey,
                                                  const QString& targetKey) const {
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral("WHERE direction = ? AND scope_key = ? AND target_key = ?"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

bool LedgerRepository::upsert(const LedgerEntry& entry) {
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
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool LedgerRepository::insertRecord(const RunRecord& record) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO run_records (run_id, source_id, route, action, diff, diagnostics, "
        "error, attempts, profile_version_id, conflict, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool LedgerRepository::inTransaction(const std::function<bool()>& work) {
    if (!m_database.transaction()) {
        m_lastError = m_database.lastError().text();
        return false;
    }
    if (!work()) {
        m_database.rollback();
        qCWarning(lcStore) << "ledger write undone:" << m_lastError;
        return false;
    }
    if (!m_database.commit()) {
        m_lastError = m_database.lastError().text();
        m_database.rollback();
        return false;
    }
    return true;
}

bool LedgerRepository::markInFlight(const LedgerEntry& entry) {
    LedgerEntry inFlight = entry;
    inFlight.state = LedgerEntry::WriteState::InFlight;
    return inTransaction([&] { return upsert(inFlight); });
}

bool LedgerRepository::commit(const LedgerEntry& entry, const RunRecord& record) {
    return inTransaction([&] { return upsert(entry) && insertRecord(record); });
}

bool LedgerRepository::remove(const QString& direction, const QString& scopeKey, const QString& targetKey,
                              const RunRecord& record) {
    return inTransaction([&] {
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("DELETE FROM ledger WHERE direction = ? AND scope_key = ? AND target_key = ?"));
        query.addBindValue(direction);
        query.addBindValue(scopeKey);
        query.addBindValue(targetKey);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        return insertRecord(record);
    });
}

bool LedgerRepository::addRecords(const QList<RunRecord>& records) {
    return inTransaction([&] {
        for (const RunRecord& record : records) {
            if (!insertRecord(record))
                return false;
        }
        return true;
    });
}

} // namespace fieldlink::store
