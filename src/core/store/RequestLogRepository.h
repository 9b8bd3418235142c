#pragma once

#include "core/Result.h"

#include "core/api/RequestLog.h"

#include <QSqlDatabase>

namespace fieldlink::store {

/// Keeps the request log in the database, linked to the run that sent it (entries arrive already redacted).
class RequestLogRepository final : public api::RequestLogSink {
public:
    explicit RequestLogRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Entries recorded from now on belong to `runId` (0: none). So do those recorded since this repository
    /// was made and before its first run: a run's first calls (the custom fields that compile its profile)
    /// go out before the run is recorded, and a run's HAR and call count must agree.
    void setRunId(qint64 runId);
    void record(const api::RequestLogEntry& entry) override;
    /// Entries of one run (0: those outside any run), oldest first.
    QList<api::RequestLogEntry> entries(qint64 runId) const;
    /// The requests run `runId` made for one source record (RequestLogEntry::subject), oldest first.
    QList<api::RequestLogEntry> entries(qint64 runId, const QString& subject) const;
    /// A failure once a write failed (the log is written from a sink that cannot answer), saying why.
    Result<> writeStatus() const { return m_writeFailure; }

private:
    QList<api::RequestLogEntry> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_database;
    qint64 m_runId = 0;
    bool m_hadRun = false;
    QList<qint64> m_beforeRun; ///< rows recorded before the first run
    Result<> m_writeFailure;
};

} // namespace fieldlink::store
