#include "core/sync/WatchTiming.h"

#include <algorithm>

namespace fieldlink::sync {

namespace {

/// `at` on `date` in `zone`: the first time it happens on a day it happens twice, the first minute after the
/// jump on a day the clock skips it; invalid if neither.
QDateTime wallTime(QDate date, QTime at, const QTimeZone& zone) {
    const QDateTime candidate(date, at, zone);
    if (candidate.isValid() && candidate.time() == at) {
        const QDateTime hourBefore = candidate.addSecs(-3600);
        return hourBefore.date() == date && hourBefore.time() == at ? hourBefore : candidate;
    }
    for (int minutes = 1; minutes <= 180; ++minutes) {
        const QTime later = at.addSecs(minutes * 60);
        if (later < at)
            break; // past midnight: that day has no such time
        const QDateTime shifted(date, later, zone);
        if (shifted.isValid() && shifted.time() == later)
            return shifted;
    }
    return {};
}

} // namespace

QDateTime nextFullReconcile(const QDateTime& now, QTime at, const QTimeZone& zone) {
    const QDate today = now.toTimeZone(zone).date();
    for (int day = 0; day <= 2; ++day) {
        const QDateTime candidate = wallTime(today.addDays(day), at, zone);
        if (candidate.isValid() && candidate > now)
            return candidate;
    }
    return {};
}

ServiceOutage::ServiceOutage(api::Clock* clock)
    : m_clock(clock) {
}

bool ServiceOutage::failed() {
    if (m_failures++ > 0)
        return false;
    m_startedMs = m_clock->nowMs();
    m_since = QDateTime::fromMSecsSinceEpoch(m_clock->wallClockMs());
    return true;
}

bool ServiceOutage::succeeded() {
    if (m_failures == 0)
        return false;
    m_failures = 0;
    m_lastOutageMs = m_clock->nowMs() - m_startedMs;
    return true;
}

qint64 ServiceOutage::retryDelayMs() const {
    if (m_failures == 0)
        return 0;
    // 5 s, 10 s, 20 s … capped; the shift is bounded so it never overflows.
    const int doublings = std::min(m_failures - 1, 16);
    return std::min(maxDelayMs, firstDelayMs << doublings);
}

} // namespace fieldlink::sync
