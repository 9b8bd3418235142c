#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace fieldlink::sandbox {

struct GhlRateLimitSettings {
    int burstLimit = 100;    ///< requests per window (GHL: 100 per 10 s)
    int windowMs = 10000;    ///< window length
    int dailyLimit = 200000; ///< requests per UTC day
};

struct RateLimitDecision {
    bool allowed = true;
    int burstLimit = 0;
    int windowMs = 0;
    int remainingInWindow = 0;
    int dailyLimit = 0;
    int dailyRemaining = 0;
    int retryAfterSeconds = 0; ///< only when !allowed
};

/// GHL's burst and daily limits per (token, location). The burst window slides: request N+1 within any
/// window of windowMs after N admitted ones is refused, the strictest reading of "100 per 10 s", so a
/// client that passes here passes against any fixed-window implementation too. Refused requests do not
/// consume budget.
class GhlRateLimiter {
public:
    void setSettings(const GhlRateLimitSettings& settings);
    GhlRateLimitSettings settings() const;
    RateLimitDecision admit(const std::string& key, std::int64_t nowMs);
    /// The most requests admitted within any one window, across all keys, since the last reset.
    int peakWindowRequests() const;
    void reset();

private:
    struct Bucket {
        std::deque<std::int64_t> admitted;
        std::int64_t day = -1;
        int usedToday = 0;
    };
    mutable std::mutex m_mutex;
    GhlRateLimitSettings m_settings;
    std::map<std::string, Bucket> m_buckets;
    int m_peakWindowRequests = 0;
};

} // namespace fieldlink::sandbox
