#include "core/store/RequestLogRepository.h"

#include "core/store/SqlFailure.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {
namespace {

QString headersToJson(const api::HeaderList& headers) {
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

api::HeaderList headersFromJson(const QString& text) {
    api::HeaderList headers;
    for (const QJsonValue& pair : QJsonDocument::fromJson(text.toUtf8()).array())
        headers.append(
            {pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toUtf8()});
    return headers;
}

// A null QString binds as SQL NULL; the log's text columns are NOT NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

api::Service serviceFromName(const QString& name) {
    return name == api::serviceName(api::Service::Kixie) ? api::Service::Kixie : api::Service::Ghl;
}

api::ErrorClass errorFromId(const QString& id) {
    for (int value = 0; value <= static_cast<int>(api::ErrorClass::Cancelled); ++value) {
        if (api::errorClassId(static_cast<api::ErrorClass>(value)) == id)
            return static_cast<api::ErrorClass>(value);
    }
    return api::ErrorClass::None;
}

} // namespace

void RequestLogRepository::record(const api::RequestLogEntry& entry) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO request_log (run_id, started_at, service, operation, method, url, status, latency_ms, "
        "bytes_sent, bytes_received, attempt, error_class, trace_id, request_headers, response_headers, "
        "request_body, response_body, response_type, source_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_runId > 0 ? QVariant(m_runId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(entry.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(api::serviceName(entry.service));
    query.addBindValue(text(entry.operation));
    query.addBindValue(text(QString::fromLatin1(entry.method)));
    query.addBindValue(text(entry.url));
    query.addBindValue(entry.status);
    query.addBindValue(entry.latencyMs);
    query.addBindValue(entry.bytesSent);
    query.addBindValue(entry.bytesReceived);
    query.addBindValue(entry.attempt);
    query.addBindValue(api::errorClassId(entry.error));
    query.addBindValue(text(entry.traceId));
    query.addBindValue(headersToJson(entry.requestHeaders));
    query.addBindValue(headersToJson(entry.responseHeaders));
    query.addBindValue(entry.requestBody);
    query.addBindValue(entry.responseBody);
    query.addBindValue(text(QString::fromLatin1(entry.responseContentType)));
    query.addBindValue(text(entry.subject));
    if (!query.exec()) {
        // Said once: on a full disk every later entry fails the same way.
        if (m_writeFailure)
            qCWarning(lcStore) << "could not store a request log entry:"
                               << sqlFailure(query.lastError()).message;
        m_writeFailure = sqlFailure(query.lastError());
    } else if (m_runId <= 0 && !m_hadRun) {
        m_beforeRun.append(query.lastInsertId().toLongLong());
    }
}

void RequestLogRepository::setRunId(qint64 runId) {
    m_runId = runId;
    if (runId <= 0 || m_hadRun)
        return;
    m_hadRun = true;
    for (const qint64 id : std::exchange(m_beforeRun, {})) {
        QSqlQuery adopt(m_database);
        adopt.prepare(QStringLiteral("UPDATE request_log SET run_id = ? WHERE id = ?"));
        adopt.addBindValue(runId);
        adopt.addBindValue(id);
        if (!adopt.exec())
            m_writeFailure = sqlFailure(adopt.lastError());
    }
}

QList<api::RequestLogEntry> RequestLogRepository::entries(qint64 runId) const {
    return select(QStringLiteral("run_id IS ?"),
                  {runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::LongLong))});
}

QList<api::RequestLogEntry> RequestLogRepository::entries(qint64 runId, const QString& subject) const {
    return select(QStringLiteral("run_id = ? AND source_id = ?"), {runId, subject});
}

QList<api::RequestLogEntry> RequestLogRepository::select(const QString& where,
                                                         const QVariantList& values) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral(
            "SELECT started_at, service, operation, method, url, status, latency_ms, bytes_sent, "
            "bytes_received, "
            "attempt, error_class, trace_id, request_headers, response_headers, request_body, response_body, "
            "response_type, source_id FROM request_log WHERE ") +
        where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<api::RequestLogEntry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        api::RequestLogEntry entry;
        entry.startedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        entry.service = serviceFromName(query.value(1).toString());
        entry.operation = query.value(2).toString();
        entry.method = query.value(3).toString().toLatin1();
        entry.url = query.value(4).toString();
        entry.status = query.value(5).toInt();
        entry.latencyMs = query.value(6).toLongLong();
        entry.bytesSent = query.value(7).toLongLong();
        entry.bytesReceived = query.value(8).toLongLong();
        entry.attempt = query.value(9).toInt();
        entry.error = errorFromId(query.value(10).toString());
        entry.traceId = query.value(11).toString();
        entry.requestHeaders = headersFromJson(query.value(12).toString());
        entry.responseHeaders = headersFromJson(query.value(13).toString());
        entry.requestBody = query.value(14).toByteArray();
        entry.responseBody = query.value(15).toByteArray();
        entry.responseContentType = query.value(16).toString().toLatin1();
        entry.subject = query.value(17).toString();
        result.append(entry);
    }
    return result;
}

} // namespace fieldlink::store
