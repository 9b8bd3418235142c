// The ledger's memory of contact updates: each field's origin (newest call wins) and the calls written (the
// call counter). Kept beside LedgerRepository.cpp so the note and task ledger reads on its own.
#include "core/store/LedgerRepository.h"

#include "core/store/SqlFailure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString jsonText(const QJsonValue& value) {
    // Wrapped, since QJsonDocument holds only objects and arrays.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

/// SQLite takes a null QString as NULL: an event without a call date is stored with an empty time.
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Result<QHash<QString, CallOrigin>> LedgerRepository::fieldOrigins(const QString& contactId) const {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral(
            "SELECT field, call_time, call_id FROM contact_field_origins WHERE contact_id = ?")))
        return sqlFailure(query.lastError());
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    QHash<QString, CallOrigin> origins;
    while (query.next())
        origins.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    return origins;
}

Result<QSet<QString>> LedgerRepository::writtenCalls(const QString& contactId) const {
    QSqlQuery query(m_database);
    if (!query.prepare(QStringLiteral("SELECT call_id FROM contact_calls WHERE contact_id = ?")))
        return sqlFailure(query.lastError());
    query.addBindValue(contactId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    QSet<QString> calls;
    while (query.next())
        calls.insert(query.value(0).toString());
    return calls;
}

Result<> LedgerRepository::commitContactUpdate(const LedgerEntry& entry, const RunRecord& record,
                                               const ContactUpdateMemory& memory) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return inTransaction([&]() -> Result<> {
        if (Result<> upserted = upsert(entry); !upserted)
            return upserted;
        if (Result<> inserted = insertRecord(record); !inserted)
            return inserted;
        QSqlQuery call(m_database);
        if (!call.prepare(QStringLiteral("INSERT INTO contact_calls (contact_id, call_id, call_time, "
                                         "first_written_at) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT (contact_id, call_id) DO NOTHING")))
            return sqlFailure(call.lastError());
        call.addBindValue(memory.contactId);
        call.addBindValue(notNull(memory.call.callId));
        call.addBindValue(notNull(memory.call.callTime));
        call.addBindValue(now);
        if (!call.exec())
            return sqlFailure(call.lastError());
        // The WHERE repeats CallOrigin::supersedes, so a field never takes an older call's origin.
        QSqlQuery field(m_database);
        if (!field.prepare(QStringLiteral(
                "INSERT INTO contact_field_origins (contact_id, field, call_time, call_id, value, "
                "written_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id, field) DO UPDATE SET "
                "call_time = excluded.call_time, call_id = excluded.call_id, value = excluded.value, "
                "written_at = excluded.written_at WHERE excluded.call_time > contact_field_origins.call_time "
                "OR (excluded.call_time = contact_field_origins.call_time "
                "AND excluded.call_id >= contact_field_origins.call_id)")))
            return sqlFailure(field.lastError());
        for (auto it = memory.fields.cbegin(); it != memory.fields.cend(); ++it) {
            field.addBindValue(memory.contactId);
            field.addBindValue(it.key());
            field.addBindValue(notNull(memory.call.callTime));
            field.addBindValue(notNull(memory.call.callId));
            field.addBindValue(jsonText(it.value()));
            field.addBindValue(now);
            if (!field.exec())
                return sqlFailure(field.lastError());
        }
        return {};
    });
}

} // namespace fieldlink::store
