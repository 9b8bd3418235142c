#include "core/sync/WatchTiming.h"

#include <algorithm>

namespace fieldlink::sync {

QDateTime nextFullReconcile(const QDateTime& now, QTime at, const QTimeZone& zone) {
    const QDateTime local = now.toTimeZone(zone);
    for (int day = 0; day <= 2; ++day) {
        const QDate date = local.date().addDays(day);
        QDateTime candidate(date, at, zone);
        if (!candidate.isValid() || candidate.time() != at) {
            // `at` is skipped on that date: run at the first minute after the jump.
            QDateTime probe(date, at, zone);
            for (int minutes = 1;
                 minutes <= 180 && (!probe.isValid() || probe.time() != at.addSecs(minutes * 60)); ++minutes)
                probe = QDateTime(date, at.addSecs(minutes * 60), zone);
            candidate = probe;
        }
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
