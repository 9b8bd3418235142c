#pragma once

#include "core/api/ApiResult.h"

#include <functional>

namespace fieldlink::api {

/// Whether sending a request twice has the same effect as sending it once.
enum class Idempotency {
    Idempotent,   ///< GET, PUT, a PowerList upsert, a removal: safe to repeat
    NonIdempotent ///< a GHL note or task create, a Kixie call, SMS or cadence enrolment
};

struct RetryDecision {
    bool retry = false;
    qint64 delayMs = 0;
    /// Set when the request is given up and may have taken effect (see ApiResult::outcomeUnknown).
    bool outcomeUnknown = false;
};

/// Bounded retries for retryable failures only, with exponential backoff and full jitter.
/// A non-idempotent request is repeated only when it certainly did not take effect: it never reached the
/// service, or the service refused it with a 429.
class RetryPolicy {
public:
    struct Settings {
        int maxAttempts = 5;
        qint64 baseDelayMs = 500;
        qint64 maxDelayMs = 30000;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings, std::function<double()> uniformRandom = {});

    /// `attempt` counts from 1 (the attempt that just failed).
    RetryDecision decide(int attempt, ErrorClass error, Idempotency idempotency,
                         bool mayHaveReachedService) const;
    /// The backoff before attempt `attempt + 1`: uniformly random in [0, min(max, base·2^(attempt-1))].
    qint64 backoffMs(int attempt) const;
    Settings settings() const { return m_settings; }

private:
    Settings m_settings;
    std::function<double()> m_uniformRandom;
};

} // namespace fieldlink::api
