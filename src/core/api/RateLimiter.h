#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <deque>
#include <optional>

class QNetworkReply;

namespace fieldlink::api {

/// A burst budget: at most `maxRequests` in any `intervalMs`.
struct RateBudget {
    int maxRequests = 100;
    qint64 intervalMs = 10000;
};

/// The five X-RateLimit-* headers GHL sends; absent ones stay empty.
struct RateLimitHeaders {
    std::optional<int> max;
    std::optional<qint64> intervalMs;
    std::optional<int> remaining;
    std::optional<int> dailyLimit;
    std::optional<int> dailyRemaining;

    static RateLimitHeaders fromReply(const QNetworkReply& reply);
    bool any() const { return max || intervalMs || remaining || dailyLimit || dailyRemaining; }
};

/// Spaces one bucket's requests (one service and account or location) to its burst budget from the very first
/// request, so the service never has to refuse one.
///
/// Each request holds a slot in the window from the moment it is sent until one window after its answer
/// arrived: the server counted it at some moment between the two, and only the answer's time is an upper
/// bound we know, so no network delay can make the server see more than the budget in any of its windows. A
/// small guard covers the two clocks' rounding. The budget starts from the documented values and is then
/// learned from the headers; requests the server counted that we did not send (another app on the same
/// location) are added as phantom sends. On a 429 it stops until Retry-After (else one window) has passed and
/// slows to a fraction of the budget, which it regains window by window.
class RateLimiter {
public:
    explicit RateLimiter(RateBudget initial = {});

    /// Returned by delayBeforeNextSend() when the window is full of requests still waiting for their answers.
    static constexpr qint64 untilAnAnswerArrives = -1;

    /// Milliseconds to wait before the next request may be sent; 0 means now.
    qint64 delayBeforeNextSend(qint64 nowMs);
    /// Takes a slot for a request sent now; returns the slot to release with recordAnswer().
    quint64 recordSend(qint64 nowMs);
    /// The request in `slot` got its answer (or failed) now; its slot frees one window later.
    void recordAnswer(quint64 slot, qint64 nowMs);
    /// Learns from a response to a request sent at `sentAtMs`.
    void observe(const RateLimitHeaders& headers, qint64 sentAtMs, qint64 nowMs);
    /// A 429 arrived: pause, then continue more slowly.
    void onRateLimited(qint64 retryAfterMs, qint64 nowMs);

    RateBudget budget() const { return m_budget; }
    /// Requests that could be sent right now without waiting (what the status bar shows as "left").
    int availableNow(qint64 nowMs);
    /// The share of the budget in use (1 normally, less after a 429).
    double pace() const { return m_pace; }
    std::optional<int> dailyRemaining() const { return m_dailyRemaining; }
    std::optional<int> dailyLimit() const { return m_dailyLimit; }
    /// Margin, in milliseconds, added to every window; see the class comment.
    qint64 guardMs() const;

private:
    int allowedPerWindow() const;
    void forget(qint64 nowMs);
    void regainPace(qint64 nowMs);

    struct Slot {
        quint64 id;
        qint64 sentAtMs;
        qint64 answeredAtMs; ///< max() while the request is in flight
    };
    qint64 freesAt(const Slot& slot) const;

    RateBudget m_budget;
    std::deque<Slot> m_slots;
    quint64 m_nextSlot = 1;
    std::deque<qint64> m_phantoms;
    qint64 m_pausedUntilMs = 0;
    double m_pace = 1.0;
    qint64 m_lastSlowdownMs = 0;
    std::optional<int> m_dailyRemaining;
    std::optional<int> m_dailyLimit;
};

} // namespace fieldlink::api
