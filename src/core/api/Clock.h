#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fieldlink::api {

/// Time as the API layer sees it: a monotonic "now" in milliseconds and a way to be called back later.
/// Rate limiting, backoff and token expiry all go through one Clock so unit tests can drive them with a
/// manual clock instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    /// Calls `callback` after `delayMs` on `context`'s thread, unless `context` is gone by then.
    virtual void callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) = 0;
    /// Milliseconds since the Unix epoch, for token expiry times that outlive the process.
    virtual qint64 wallClockMs() const = 0;
};

/// The real clock: a monotonic timer and QTimer.
class SystemClock final : public Clock {
public:
    SystemClock();
    qint64 nowMs() const override;
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) override;
    qint64 wallClockMs() const override;

    /// One shared instance for code that is not given a clock.
    static SystemClock* instance();

private:
    QElapsedTimer m_timer;
};

} // namespace fieldlink::api
