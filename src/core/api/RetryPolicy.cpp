#include "core/api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fieldlink::api {
namespace {

bool retryable(ErrorClass error) {
    switch (error) {
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::Server:
    case ErrorClass::Malformed:
    case ErrorClass::RateLimited:
        return true;
    default:
        return false;
    }
}

} // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{}) {
}

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> uniformRandom)
    : m_settings(settings)
    , m_uniformRandom(std::move(uniformRandom)) {
    if (!m_uniformRandom)
        m_uniformRandom = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

qint64 RetryPolicy::backoffMs(int attempt) const {
    const int doublings = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min(m_settings.maxDelayMs, m_settings.baseDelayMs << doublings);
    return static_cast<qint64>(m_uniformRandom() * static_cast<double>(ceiling));
}

RetryDecision RetryPolicy::decide(int attempt, ErrorClass error, Idempotency idempotency,
                                  bool mayHaveReachedService) const {
    RetryDecision decision;
    if (!retryable(error))
        return decision;
    // A 429 means the service refused the request without acting on it.
    const bool certainlyNotApplied = !mayHaveReachedService || error == ErrorClass::RateLimited;
    if (idempotency == Idempotency::NonIdempotent && !certainlyNotApplied) {
        decision.outcomeUnknown = true;
        return decision;
    }
    if (attempt >= m_settings.maxAttempts)
        return decision;
    decision.retry = true;
    // After a 429 the rate limiter already holds the queue until Retry-After; no extra wait here.
    decision.delayMs = error == ErrorClass::RateLimited ? 0 : backoffMs(attempt);
    return decision;
}

} // namespace fieldlink::api
