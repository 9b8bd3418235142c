#include "core/api/RequestQueue.h"

#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/api/RequestLog.h"
#include "core/auth/AccessTokenSource.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

namespace fieldlink::api {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::api::RequestQueue)
};

ApiResult refusal(ErrorClass error, QString message) {
    ApiResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

} // namespace

QString checkServiceUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("The server address \"%1\" is not a valid URL.").arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    const QHostAddress address(url.host());
    const bool loopback =
        url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return {};
    return Tr::tr("Fieldlink sends credentials only over https (plain http only to this computer); \"%1\" "
                  "is not allowed.")
        .arg(url.toDisplayString());
}

RequestQueue::RequestQueue(QueueSettings settings, QNetworkAccessManager* network, Clock* clock,
                           RequestLog* log, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(network)
    , m_clock(clock)
    , m_log(log)
    , m_limiter(m_settings.burstBudget.value_or(RateBudget{}))
    , m_retryPolicy(m_settings.retry)
    , m_quota(m_settings.localDailyLimit)
    , m_configurationError(checkServiceUrl(m_settings.baseUrl)) {
}

RequestQueue::~RequestQueue() {
    cancelAll();
}

void RequestQueue::setTokenSource(auth::AccessTokenSource* source) {
    if (m_tokenSource)
        disconnect(m_tokenSource, nullptr, this, nullptr);
    m_tokenSource = source;
    if (source) {
        connect(source, &QObject::destroyed, this, [this] { m_tokenSource = nullptr; });
        connect(source, &auth::AccessTokenSource::refreshFinished, this, &RequestQueue::onRefreshFinished);
        m_redactor.addSecret(source->accessToken());
    }
}

void RequestQueue::setRetryRandom(std::function<double()> uniformRandom) {
    m_retryPolicy = RetryPolicy(m_settings.retry, std::move(uniformRandom));
}

ApiRequest* RequestQueue::submit(RequestSpec spec) {
    if (spec.subject.isEmpty() && m_log)
        spec.subject = m_log->subject();
    auto* request = new ApiRequest(std::move(spec), this);
    connect(request, &ApiRequest::attemptFinished, this,
            [this, request](const AttemptOutcome& outcome) { onAttemptFinished(request, outcome); });
    connect(request, &ApiRequest::cancelRequested, this, [this, request] {
        remove(request);
        request->finish(refusal(ErrorClass::Cancelled, Tr::tr("Cancelled.")));
    });
    m_waiting.emplace_back(request);
    // Callers connect to finished() after submit() returns, so even an immediate refusal waits a turn.
    schedulePump(0);
    return request;
}

void RequestQueue::cancelAll() {
    const auto waiting = m_waiting;
    for (ApiRequest* request : waiting) {
        request->cancel();
    }
    for (ApiRequest* request : findChildren<ApiRequest*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!request->isFinished())
            request->cancel();
    }
}

void RequestQueue::remove(ApiRequest* request) {
    std::erase_if(m_waiting, [request](const ApiRequest* waiting) { return waiting == request; });
}

void RequestQueue::schedulePump(qint64 delayMs) {
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    m_clock->callAfter(delayMs, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

bool RequestQueue::refuseBeforeSending(ApiRequest* request) {
    const RequestSpec& spec = request->spec();
    if (!m_configurationError.isEmpty()) {
        request->finish(refusal(ErrorClass::Validation, m_configurationError));
        return true;
    }
    if (spec.authenticated && m_tokenSource && !spec.requiredScope.isEmpty()) {
        const auto scopes = m_tokenSource->grantedScopes();
        if (scopes && !scopes->contains(spec.requiredScope)) {
            request->finish(refusal(
                ErrorClass::Scope,
                Tr::tr("The HighLevel token does not have the \"%1\" scope, so Fieldlink did not send this "
                       "request. Add the scope to the Private Integration (Settings → Private Integrations) "
                       "or to your Marketplace app, then connect again with the new token.")
                    .arg(spec.requiredScope)));
            return true;
        }
    }
    if (m_settings.burstBudget && m_limiter.dailyRemaining() == 0) {
        request->finish(
            refusal(ErrorClass::RateLimited, Tr::tr("%1's daily request budget for this account is used up.")
                                                 .arg(serviceName(m_settings.service))));
        return true;
    }
    if (m_settings.localDailyLimit > 0 && !m_quota.tryConsume(m_clock->wallClockMs())) {
        request->finish(refusal(ErrorClass::RateLimited,
                                Tr::tr("%1's daily limit of %2 calls is used up; it resets at 00:00 UTC.")
                                    .arg(serviceName(m_settings.service))
                                    .arg(m_settings.localDailyLimit)));
        return true;
    }
    return false;
}

void RequestQueue::pump() {
    while (!m_waiting.empty() && !m_refreshing && m_inFlight < m_settings.maxConcurrent) {
        if (m_tokenSource && m_tokenSource->canRefresh() &&
            m_tokenSource->needsRefresh(m_clock->wallClockMs())) {
            startRefresh();
            return;
        }
        if (m_settings.burstBudget) {
            const qint64 delay = m_limiter.delayBeforeNextSend(m_clock->nowMs());
            if (delay == RateLimiter::untilAnAnswerArrives)
                return; // an answer will pump again
            if (delay > 0)
                return schedulePump(delay);
        }
        ApiRequest* request = m_waiting.front();
        m_waiting.pop_front();
        if (request->isFinished())
            continue;
        if (refuseBeforeSending(request))
            continue;
        send(request);
    }
}

AttemptContext RequestQueue::contextFor(const ApiRequest& request) {
    const RequestSpec& spec = request.spec();
    AttemptContext context;
    context.network = m_network;
    context.url = m_settings.baseUrl;
    context.url.setPath(m_settings.baseUrl.path() + spec.path);
    if (!spec.query.isEmpty())
        context.url.setQuery(spec.query);
    context.headers = m_defaultHeaders;
    context.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (spec.authenticated && m_tokenSource) {
        const QString token = m_tokenSource->accessToken();
        m_redactor.addSecret(token);
        context.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    }
    context.transferTimeoutMs = m_settings.transferTimeoutMs;
    context.redactor = &m_redactor;
    context.service = m_settings.service;
    context.nowMs = m_clock->nowMs();
    context.tokenGeneration = m_tokenGeneration;
    return context;
}

void RequestQueue::send(ApiRequest* request) {
    const AttemptContext context = contextFor(*request);
    if (m_settings.burstBudget)
        m_rateSlots.insert(request, m_limiter.recordSend(context.nowMs));
    ++m_inFlight;
    request->startAttempt(context, m_log);
}

void RequestQueue::onAttemptFinished(ApiRequest* request, const AttemptOutcome& outcome) {
    --m_inFlight;
    const qint64 now = m_clock->nowMs();
    if (m_settings.burstBudget)
        m_limiter.recordAnswer(m_rateSlots.take(request), now);
    if (m_settings.burstBudget && outcome.rateLimit.any()) {
        m_limiter.observe(outcome.rateLimit, outcome.sentAtMs, now);
        Q_EMIT budgetChanged();
    }
    ApiResult result = outcome.result;
    if (result.status == 429) {
        ++m_rateLimitedAnswers;
        qCInfo(lcApi) << serviceName(m_settings.service) << "answered 429; slowing down";
        m_limiter.onRateLimited(result.retryAfterMs, now);
    }
    if (m_settings.localDailyLimit > 0)
        Q_EMIT budgetChanged();

    const bool refreshable = outcome.tokenExpired && m_tokenSource && m_tokenSource->canRefresh() &&
                             !request->m_refreshedForThisRequest && !request->m_cancelled;
    if (refreshable) {
        // Parked until the refresh ends; a 401 for a token that another request already replaced needs none.
        request->m_refreshedForThisRequest = true;
        m_waiting.emplace_front(request);
        if (outcome.tokenGeneration == m_tokenGeneration)
            startRefresh();
        return pump();
    }
    const RetryDecision decision =
        request->m_cancelled
            ? RetryDecision{false, 0, request->spec().idempotency == Idempotency::NonIdempotent}
            : m_retryPolicy.decide(request->attempts(), result.error, request->spec().idempotency,
                                   outcome.mayHaveReachedService);
    if (decision.retry) {
        qCDebug(lcApi) << "retrying" << request->spec().operation << "in" << decision.delayMs << "ms";
        m_clock->callAfter(decision.delayMs, request, [this, request] {
            if (request->isFinished()) // cancelled while waiting to retry
                return;
            m_waiting.emplace_front(request);
            pump();
        });
        return pump();
    }
    result.outcomeUnknown = decision.outcomeUnknown;
    request->finish(result);
    pump();
}

void RequestQueue::startRefresh() {
    if (m_refreshing)
        return;
    m_refreshing = true;
    qCInfo(lcApi) << "refreshing the access token; requests wait";
    m_tokenSource->refresh();
}

void RequestQueue::onRefreshFinished(const ApiResult& result) {
    m_refreshing = false;
    ++m_tokenGeneration;
    if (!result.ok()) {
        // Nothing authenticated can succeed now; tell every waiting caller why.
        const auto waiting = std::exchange(m_waiting, {});
        for (ApiRequest* request : waiting) {
            if (!request->isFinished())
                request->finish(result);
        }
        return;
    }
    if (m_tokenSource)
        m_redactor.addSecret(m_tokenSource->accessToken());
    pump();
}

} // namespace fieldlink::api
