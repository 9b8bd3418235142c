#include "sandbox/GhlRateLimiter.h"

#include <algorithm>

namespace fieldlink::sandbox {

void GhlRateLimiter::setSettings(const GhlRateLimitSettings& settings) {
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

GhlRateLimitSettings GhlRateLimiter::settings() const {
    std::lock_guard lock(m_mutex);
    return m_settings;
}

RateLimitDecision GhlRateLimiter::admit(const std::string& key, std::int64_t nowMs) {
    std::lock_guard lock(m_mutex);
    Bucket& bucket = m_buckets[key];
    // The daily quota resets at 00:00 UTC; GHL's real reset time is unconfirmed.
    const std::int64_t today = nowMs / 86400000;
    if (bucket.day != today) {
        bucket.day = today;
        bucket.usedToday = 0;
    }
    while (!bucket.admitted.empty() && bucket.admitted.front() <= nowMs - m_settings.windowMs)
        bucket.admitted.pop_front();

    RateLimitDecision decision;
    decision.burstLimit = m_settings.burstLimit;
    decision.windowMs = m_settings.windowMs;
    decision.dailyLimit = m_settings.dailyLimit;

    const bool burstFull = static_cast<int>(bucket.admitted.size()) >= m_settings.burstLimit;
    const bool dailyFull = bucket.usedToday >= m_settings.dailyLimit;
    if (burstFull || dailyFull) {
        decision.allowed = false;
        std::int64_t waitMs = 0;
        if (dailyFull)
            waitMs = (today + 1) * 86400000 - nowMs;
        else
            waitMs = bucket.admitted.front() + m_settings.windowMs - nowMs;
        decision.retryAfterSeconds = static_cast<int>(std::max<std::int64_t>(1, (waitMs + 999) / 1000));
    } else {
        bucket.admitted.push_back(nowMs);
        ++bucket.usedToday;
        m_peakWindowRequests = std::max(m_peakWindowRequests, static_cast<int>(bucket.admitted.size()));
    }
    decision.remainingInWindow =
        std::max(0, m_settings.burstLimit - static_cast<int>(bucket.admitted.size()));
    decision.dailyRemaining = std::max(0, m_settings.dailyLimit - bucket.usedToday);
    return decision;
}

int GhlRateLimiter::peakWindowRequests() const {
    std::lock_guard lock(m_mutex);
    return m_peakWindowRequests;
}

void GhlRateLimiter::reset() {
    std::lock_guard lock(m_mutex);
    m_buckets.clear();
    m_peakWindowRequests = 0;
}

} // namespace fieldlink::sandbox
