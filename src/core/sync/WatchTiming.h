#pragma once

#include "core/api/Clock.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace fieldlink::sync {

/// When a watch runs its daily full reconcile: the next time the wall clock of `zone` shows `at`, strictly
/// after `now`. On a day where `at` falls into the hour a clock change skips, it runs right after the jump
/// (02:30 on a spring-forward night is 03:00 that night); where `at` happens twice (autumn), the first time.
QDateTime nextFullReconcile(const QDateTime& now, QTime at, const QTimeZone& zone);

/// One service's reachability as a watch sees it, so an outage is said once — when it starts and when it
/// ends — and not per request, and polls back off while it lasts: 5 s, doubling, at most 5 min.
class ServiceOutage {
public:
    static constexpr qint64 firstDelayMs = 5'000;
    static constexpr qint64 maxDelayMs = 300'000;

    explicit ServiceOutage(api::Clock* clock);

    /// A call to the service failed in a way that says it is unreachable. Returns true the first time of an
    /// outage (the moment to say so).
    bool failed();
    /// A call got through. Returns true when that ends an outage (the moment to say it is back).
    bool succeeded();
    bool isDown() const { return m_failures > 0; }
    /// How long to wait before the next try: the backoff while down, else 0.
    qint64 retryDelayMs() const;
    /// The wall-clock time the outage began (valid while down).
    QDateTime since() const { return m_since; }
    /// How long the outage that just ended lasted, in ms (after succeeded() returned true).
    qint64 lastOutageMs() const { return m_lastOutageMs; }

private:
    api::Clock* m_clock;
    int m_failures = 0;
    qint64 m_startedMs = 0;
    QDateTime m_since;
    qint64 m_lastOutageMs = 0;
};

} // namespace fieldlink::sync
