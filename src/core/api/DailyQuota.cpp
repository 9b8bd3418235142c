#include "core/api/DailyQuota.h"

#include <algorithm>

namespace fieldlink::api {
namespace {
constexpr qint64 msPerDay = 86400000;
}

void DailyQuota::rollOver(qint64 wallClockMs) {
    const qint64 day = wallClockMs / msPerDay;
    if (day != m_day) {
        m_day = day;
        m_used = 0;
    }
}

bool DailyQuota::tryConsume(qint64 wallClockMs) {
    rollOver(wallClockMs);
    if (m_used >= m_limit)
        return false;
    ++m_used;
    return true;
}

void DailyQuota::release(qint64 wallClockMs) {
    rollOver(wallClockMs);
    m_used = std::max(0, m_used - 1);
}

int DailyQuota::remaining(qint64 wallClockMs) {
    rollOver(wallClockMs);
    return std::max(0, m_limit - m_used);
}

int DailyQuota::used(qint64 wallClockMs) {
    rollOver(wallClockMs);
    return m_used;
}

void DailyQuota::setUsed(int used, qint64 wallClockMs) {
    rollOver(wallClockMs);
    m_used = std::max(0, used);
}

qint64 DailyQuota::msUntilReset(qint64 wallClockMs) {
    return msPerDay - wallClockMs % msPerDay;
}

} // namespace fieldlink::api
