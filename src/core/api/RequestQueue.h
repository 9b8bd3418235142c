#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/DailyQuota.h"
#include "core/api/RateLimiter.h"
#include "core/api/RetryPolicy.h"
#include "core/api/SecretRedactor.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;

namespace fieldlink::auth {
class AccessTokenSource;
}

namespace fieldlink::api {

class Clock;
class RequestLog;

/// How one service account is reached.
struct QueueSettings {
    Service service = Service::Ghl;
    QUrl baseUrl;
    /// Requests in flight at once; at most QNetworkAccessManager's six connections per host, so that a
    /// request's send time is when it really leaves.
    int maxConcurrent = 4;
    int transferTimeoutMs = 30000;
    /// Burst budget to pace to from the first request; empty for a service without one (Kixie).
    std::optional<RateBudget> burstBudget;
    /// Calls per UTC day counted locally (Kixie); 0 for none.
    int localDailyLimit = 0;
    RetryPolicy::Settings retry;
};

/// The queue of one (service, account or location): paces requests to the budget, runs up to
/// `maxConcurrent` at once, retries what may be retried, parks everything while the token is refreshed, and
/// finishes each request with one result.
class RequestQueue : public QObject {
    Q_OBJECT
public:
    RequestQueue(QueueSettings settings, QNetworkAccessManager* network, Clock* clock, RequestLog* log,
                 QObject* parent = nullptr);
    ~RequestQueue() override;

    /// Queues a call; the returned object emits finished() once and deletes itself afterwards.
    ApiRequest* submit(RequestSpec spec);
    void cancelAll();

    void setTokenSource(auth::AccessTokenSource* source);
    /// Headers every request carries (GHL's Version).
    void setDefaultHeaders(HeaderList headers) { m_defaultHeaders = std::move(headers); }
    SecretRedactor& redactor() { return m_redactor; }
    RequestLog* log() const { return m_log; }
    void setRetryRandom(std::function<double()> uniformRandom);

    const QueueSettings& settings() const { return m_settings; }
    RateLimiter& limiter() { return m_limiter; }
    DailyQuota& localQuota() { return m_quota; }
    int inFlight() const { return m_inFlight; }
    int waiting() const { return static_cast<int>(m_waiting.size()); }
    /// 429 answers seen since the queue was made.
    int rateLimitedAnswers() const { return m_rateLimitedAnswers; }
    /// Why this queue refuses to send anything (a base URL that is not https), or empty.
    QString configurationError() const { return m_configurationError; }

Q_SIGNALS:
    /// The budget left changed (after a response with rate-limit headers, or a local count).
    void budgetChanged();

private:
    void pump();
    void schedulePump(qint64 delayMs);
    bool refuseBeforeSending(ApiRequest* request);
    void send(ApiRequest* request);
    void onAttemptFinished(ApiRequest* request, const AttemptOutcome& outcome);
    void startRefresh();
    void onRefreshFinished(const ApiResult& result);
    void remove(ApiRequest* request);
    AttemptContext contextFor(const ApiRequest& request);

    QueueSettings m_settings;
    QNetworkAccessManager* m_network;
    Clock* m_clock;
    RequestLog* m_log;
    auth::AccessTokenSource* m_tokenSource = nullptr;
    HeaderList m_defaultHeaders;
    SecretRedactor m_redactor;
    RateLimiter m_limiter;
    RetryPolicy m_retryPolicy;
    DailyQuota m_quota;
    /// Requests are children of the queue and leave this list before they finish.
    std::deque<ApiRequest*> m_waiting;
    QHash<const ApiRequest*, quint64> m_rateSlots; ///< the limiter's slot of each request in flight
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
    bool m_refreshing = false;
    int m_tokenGeneration = 0;
    int m_rateLimitedAnswers = 0;
    QString m_configurationError;
};

/// Why `url` may not carry credentials: https only, except to a loopback address (the sandbox). Empty if
/// fine.
QString checkServiceUrl(const QUrl& url);

} // namespace fieldlink::api
