#include "core/api/Clock.h"

#include <QDateTime>
#include <QTimer>

namespace fieldlink::api {

SystemClock::SystemClock() {
    m_timer.start();
}

qint64 SystemClock::nowMs() const {
    return m_timer.elapsed();
}

void SystemClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) {
    QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, delayMs)), Qt::PreciseTimer, context,
                       std::move(callback));
}

qint64 SystemClock::wallClockMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

SystemClock* SystemClock::instance() {
    static SystemClock clock;
    return &clock;
}

} // namespace fieldlink::api
