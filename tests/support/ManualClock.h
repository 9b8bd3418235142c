#pragma once

#include "core/api/Clock.h"

#include <QPointer>

#include <vector>

namespace fieldlink::test {

/// A clock that only moves when the test says so. Callbacks run in due order from advance(); nothing sleeps.
class ManualClock final : public api::Clock {
public:
    qint64 nowMs() const override { return m_now; }
    qint64 wallClockMs() const override { return m_wallBase + m_now; }
    void callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) override;

    void setWallClock(qint64 wallClockMs) { m_wallBase = wallClockMs - m_now; }
    /// Runs every callback due within `ms` from now, in order, moving the clock to each one's time, and
    /// delivers posted Qt events between them (replies finish through the event loop).
    void advance(qint64 ms);
    /// advance(0) until nothing is left to do now.
    void settle() { advance(0); }
    /// The delay until the next pending callback, or -1 when there is none.
    qint64 nextDueIn() const;
    int pendingCallbacks() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending {
        qint64 due;
        quint64 sequence;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    bool runOneDue(qint64 until);

    qint64 m_now = 0;
    qint64 m_wallBase = 1'780'000'000'000;
    quint64 m_sequence = 0;
    std::vector<Pending> m_pending;
};

} // namespace fieldlink::test
