#pragma once

#include "core/api/ApiResult.h"
#include "core/api/RateLimiter.h"
#include "core/api/RequestLog.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace fieldlink::api {

class SecretRedactor;

/// What to send, independent of where and with which credentials.
struct RequestSpec {
    QByteArray method = QByteArrayLiteral("GET");
    QString path; ///< from the service's base URL, starting with '/'
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    Idempotency idempotency = Idempotency::Idempotent;
    /// The GHL scope the call needs; a token known to lack it is refused before anything is sent.
    QString requiredScope;
    QString operation; ///< a short name for the request log, e.g. "contacts.search"
    /// The source record the call is made for; the queue fills it from RequestLog::subject() when empty.
    QString subject;
    bool authenticated = true;
    /// Kixie's agent status answers `success:false` for an offline agent: an answer, not an error.
    bool successFalseIsAnswer = false;
};

/// How one attempt ended, handed to the queue that decides what happens next.
struct AttemptOutcome {
    ApiResult result;
    RateLimitHeaders rateLimit;
    bool tokenExpired = false;
    bool mayHaveReachedService = true;
    qint64 sentAtMs = 0;
    int tokenGeneration = 0;
};

/// Everything an attempt needs from its queue, so the request object stays ignorant of queueing.
struct AttemptContext {
    QNetworkAccessManager* network = nullptr;
    QUrl url;
    HeaderList headers; ///< including Authorization; redacted before logging
    int transferTimeoutMs = 30000;
    const SecretRedactor* redactor = nullptr;
    Service service = Service::Ghl;
    qint64 nowMs = 0;
    int tokenGeneration = 0;
};

/// One API call: created by a RequestQueue, sent one or more times, ends with exactly one
/// `finished` and then deletes itself.
class ApiRequest : public QObject {
    Q_OBJECT
public:
    const RequestSpec& spec() const { return m_spec; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }
    /// Stops the call. A non-idempotent call already sent ends as "outcome unknown".
    void cancel();

Q_SIGNALS:
    void finished(const fieldlink::api::ApiResult& result);
    /// Internal: one attempt ended; the queue decides whether to retry or finish.
    void attemptFinished(const fieldlink::api::AttemptOutcome& outcome);
    /// Internal: cancel() on a request still waiting in the queue.
    void cancelRequested();

private:
    friend class RequestQueue;
    ApiRequest(RequestSpec spec, QObject* parent);

    void startAttempt(const AttemptContext& context, RequestLog* log);
    void onReplyFinished(const AttemptContext& context, RequestLog* log);
    void finish(ApiResult result);

    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_latency;
    int m_attempts = 0;
    bool m_refreshedForThisRequest = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace fieldlink::api

Q_DECLARE_METATYPE(fieldlink::api::AttemptOutcome)
