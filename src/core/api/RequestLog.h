#pragma once

#include "core/Result.h"

#include "core/api/ApiResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>

#include <array>

namespace fieldlink::api {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// One attempt of one API call, with every secret already redacted.
struct RequestLogEntry {
    QDateTime startedAt;
    Service service = Service::Ghl;
    QString operation; ///< e.g. "contacts.search", "kixie.updatepowerlist"
    QByteArray method;
    QString url; ///< redacted
    int status = 0;
    qint64 latencyMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int attempt = 1; ///< retries = attempt - 1
    ErrorClass error = ErrorClass::None;
    QString traceId;
    /// The source record the call was made for (a GHL contact id, a call event's id), so a run's results can
    /// show each record's requests; empty for calls made for the whole run (fetching a page of contacts).
    QString subject;
    HeaderList requestHeaders;  ///< redacted
    HeaderList responseHeaders; ///< redacted
    QByteArray requestBody;     ///< redacted
    QByteArray responseBody;    ///< redacted, cut at RequestLog::maxBodyBytes
    QByteArray responseContentType;
};

/// Where entries go beyond memory (the store attaches one so a run's requests are kept with the run).
class RequestLogSink {
public:
    virtual ~RequestLogSink() = default;
    virtual void record(const RequestLogEntry& entry) = 0;
};

/// Every request the API layer sends, in order. Keeps the most recent entries in memory for the request trace
/// and HAR export, and hands each to the attached sink.
class RequestLog : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    explicit RequestLog(qsizetype capacity = 20000, QObject* parent = nullptr);

    void append(RequestLogEntry entry);
    /// Keeps at most `capacity` entries in memory from now on (the oldest go first).
    void setCapacity(qsizetype capacity) {
        m_capacity = capacity;
        while (m_entries.size() > m_capacity)
            m_entries.removeFirst();
    }
    /// The most recent entries, at most `capacity`.
    QList<RequestLogEntry> entries() const { return m_entries; }
    /// Every request appended for `service` since the last clear(), however many the memory kept: a run's
    /// call count must not stop at the capacity.
    int count(Service service) const { return m_counts[static_cast<int>(service)]; }
    void clear() {
        m_entries.clear();
        m_counts = {};
    }
    void setSink(RequestLogSink* sink) { m_sink = sink; }
    /// The record requests submitted from now on are made for (RequestSubject sets it for a scope).
    void setSubject(const QString& subject) { m_subject = subject; }
    QString subject() const { return m_subject; }

Q_SIGNALS:
    void entryAdded(const fieldlink::api::RequestLogEntry& entry);

private:
    qsizetype m_capacity;
    QList<RequestLogEntry> m_entries;
    std::array<int, 2> m_counts{}; ///< by Service
    RequestLogSink* m_sink = nullptr;
    QString m_subject;
};

/// Tags every request submitted while it lives with one source record: the code that works on a record says
/// so once, and the API clients' many calls stay ignorant of records.
class RequestSubject {
public:
    RequestSubject(RequestLog* log, const QString& subject)
        : m_log(log)
        , m_previous(log ? log->subject() : QString()) {
        if (m_log)
            m_log->setSubject(subject);
    }
    ~RequestSubject() {
        if (m_log)
            m_log->setSubject(m_previous);
    }
    RequestSubject(const RequestSubject&) = delete;
    RequestSubject& operator=(const RequestSubject&) = delete;

private:
    RequestLog* m_log;
    QString m_previous;
};

/// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), as browsers' devtools import it.
class HarExporter {
public:
    static QByteArray toHar(const QList<RequestLogEntry>& entries);
    /// Writes atomically, or says why it could not.
    static Result<> write(const QString& path, const QList<RequestLogEntry>& entries);
};

} // namespace fieldlink::api

Q_DECLARE_METATYPE(fieldlink::api::RequestLogEntry)
