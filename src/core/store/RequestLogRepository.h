#pragma once

#include "RequestLog.h"

#include <QSqlDatabase>

namespace fieldlink::store {

/// Keeps the request log in the database, linked to the run that sent it (entries arrive already redacted).
class RequestLogRepository final : public api::RequestLogSink {
public:
    explicit RequestLogRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Entries recorded from now on belong to `runId` (0: none).
    void setRunId(qint64 runId) { m_runId = runId; }
    void record(const api::RequestLogEntry& entry) override;
    /// Entries of one run (0: those outside any run), oldest first.
    QList<api::RequestLogEntry> entries(qint64 runId) const;
    /// The requests run `runId` made for one source record (RequestLogEntry::subject), oldest first.
    QList<api::RequestLogEntry> entries(qint64 runId, const QString& subject) const;
    /// False once a write failed; the message says why.
    QString lastError() const { return m_lastError; }

private:
    QList<api::RequestLogEntry> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_database;
    qint64 m_runId = 0;
    QString m_lastError;
};

} // namespace fieldlink::store
