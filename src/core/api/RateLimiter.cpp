#include "core/api/RateLimiter.h"

#include <QNetworkReply>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace fieldlink::api {
namespace {

template <typename T> std::optional<T> headerNumber(const QNetworkReply& reply, const char* name) {
    const QByteArray value = reply.rawHeader(name);
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return static_cast<T>(number);
}

constexpr double slowdownFactor = 0.8;
constexpr double slowestPace = 0.25;
constexpr double paceRegainedPerWindow = 0.1;

} // namespace

RateLimitHeaders RateLimitHeaders::fromReply(const QNetworkReply& reply) {
    RateLimitHeaders headers;
    headers.max = headerNumber<int>(reply, "X-RateLimit-Max");
    headers.intervalMs = headerNumber<qint64>(reply, "X-RateLimit-Interval-Milliseconds");
    headers.remaining = headerNumber<int>(reply, "X-RateLimit-Remaining");
    headers.dailyLimit = headerNumber<int>(reply, "X-RateLimit-Limit-Daily");
    headers.dailyRemaining = headerNumber<int>(reply, "X-RateLimit-Daily-Remaining");
    return headers;
}

RateLimiter::RateLimiter(RateBudget initial)
    : m_budget(initial) {
}

qint64 RateLimiter::guardMs() const {
    // Covers millisecond rounding on both sides and a server window measured slightly differently.
    return std::max<qint64>(10, m_budget.intervalMs / 100);
}

int RateLimiter::allowedPerWindow() const {
    return std::max(1, static_cast<int>(std::floor(m_budget.maxRequests * m_pace)));
}

qint64 RateLimiter::freesAt(const Slot& slot) const {
    if (slot.answeredAtMs == std::numeric_limits<qint64>::max())
        return slot.answeredAtMs;
    return slot.answeredAtMs + m_budget.intervalMs + guardMs();
}

void RateLimiter::forget(qint64 nowMs) {
    std::erase_if(m_slots, [&](const Slot& slot) { return freesAt(slot) <= nowMs; });
    const qint64 horizon = nowMs - (m_budget.intervalMs + guardMs());
    while (!m_phantoms.empty() && m_phantoms.front() <= horizon)
        m_phantoms.pop_front();
}

void RateLimiter::regainPace(qint64 nowMs) {
    if (m_pace >= 1.0)
        return;
    const qint64 windows = (nowMs - m_lastSlowdownMs) / std::max<qint64>(1, m_budget.intervalMs);
    if (windows > 0) {
        m_pace = std::min(1.0, m_pace + paceRegainedPerWindow * static_cast<double>(windows));
        m_lastSlowdownMs = nowMs;
    }
}

qint64 RateLimiter::delayBeforeNextSend(qint64 nowMs) {
    if (nowMs < m_pausedUntilMs)
        return m_pausedUntilMs - nowMs;
    regainPace(nowMs);
    forget(nowMs);
    const int allowed = allowedPerWindow();
    const auto used = static_cast<int>(m_slots.size() + m_phantoms.size());
    if (used < allowed)
        return 0;
    // Wait until enough slots free for one more request.
    std::vector<qint64> frees;
    for (const Slot& slot : m_slots)
        frees.push_back(freesAt(slot));
    for (qint64 phantom : m_phantoms)
        frees.push_back(phantom + m_budget.intervalMs + guardMs());
    std::sort(frees.begin(), frees.end());
    const qint64 freeing = frees[static_cast<size_t>(used - allowed)];
    if (freeing == std::numeric_limits<qint64>::max())
        return untilAnAnswerArrives;
    return std::max<qint64>(1, freeing - nowMs);
}

int RateLimiter::availableNow(qint64 nowMs) {
    if (nowMs < m_pausedUntilMs)
        return 0;
    regainPace(nowMs);
    forget(nowMs);
    return std::max(0, allowedPerWindow() - static_cast<int>(m_slots.size() + m_phantoms.size()));
}

quint64 RateLimiter::recordSend(qint64 nowMs) {
    const quint64 id = m_nextSlot++;
    m_slots.push_back({id, nowMs, std::numeric_limits<qint64>::max()});
    return id;
}

void RateLimiter::recordAnswer(quint64 slot, qint64 nowMs) {
    for (Slot& candidate : m_slots) {
        if (candidate.id == slot) {
            candidate.answeredAtMs = nowMs;
            return;
        }
    }
}

void RateLimiter::observe(const RateLimitHeaders& headers, qint64 sentAtMs, qint64 nowMs) {
    if (headers.max && *headers.max > 0)
        m_budget.maxRequests = *headers.max;
    if (headers.intervalMs && *headers.intervalMs > 0)
        m_budget.intervalMs = *headers.intervalMs;
    if (headers.dailyLimit)
        m_dailyLimit = headers.dailyLimit;
    if (headers.dailyRemaining)
        m_dailyRemaining = headers.dailyRemaining;
    if (!headers.remaining)
        return;
    forget(nowMs);
    // What the server counted in its window when it answered, against what we sent in that window. Our send
    // times lead its arrival times a little, so one or two of difference is noise, not another client.
    const int serverCount = m_budget.maxRequests - *headers.remaining;
    const auto ours = static_cast<int>(std::count_if(m_slots.begin(), m_slots.end(), [&](const Slot& slot) {
        return slot.sentAtMs > sentAtMs - m_budget.intervalMs && slot.sentAtMs <= sentAtMs;
    }));
    const int foreign = serverCount - ours - static_cast<int>(m_phantoms.size());
    constexpr int noise = 2;
    for (int i = noise; i < foreign; ++i)
        m_phantoms.push_back(nowMs);
}

void RateLimiter::onRateLimited(qint64 retryAfterMs, qint64 nowMs) {
    const qint64 wait = retryAfterMs >= 0 ? retryAfterMs : m_budget.intervalMs;
    m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + wait);
    m_pace = std::max(slowestPace, m_pace * slowdownFactor);
    m_lastSlowdownMs = nowMs + wait;
}

} // namespace fieldlink::api
