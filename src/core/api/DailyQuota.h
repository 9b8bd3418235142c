#pragma once

#include <QtGlobal>

namespace fieldlink::api {

/// A per-day call budget counted on our side: Kixie allows 10 000 calls per account per day, resets at
/// 00:00 UTC and sends no headers to say how much is left. The count can be seeded from
/// the store so that several runs on one day share it.
class DailyQuota {
public:
    explicit DailyQuota(int limit = 10000)
        : m_limit(limit) {}

    /// True when one more call fits in today's budget (counting it); false when the day's budget is spent.
    bool tryConsume(qint64 wallClockMs);
    /// Gives back a call that was refused before it was sent.
    void release(qint64 wallClockMs);
    int remaining(qint64 wallClockMs);
    int used(qint64 wallClockMs);
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }
    /// Seeds today's count, e.g. from calls recorded by earlier runs.
    void setUsed(int used, qint64 wallClockMs);
    /// Milliseconds until the budget resets.
    static qint64 msUntilReset(qint64 wallClockMs);

private:
    void rollOver(qint64 wallClockMs);

    int m_limit;
    int m_used = 0;
    qint64 m_day = -1;
};

} // namespace fieldlink::api
