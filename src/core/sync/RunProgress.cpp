#include "core/sync/RunProgress.h"

#include "core/api/Clock.h"
#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::RunProgress)
};

QString duration(qint64 ms) {
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void RunProgress::readBudgets(api::GhlClient* ghl, api::KixieClient* kixie) {
    api::Clock* clock = api::SystemClock::instance();
    if (ghl) {
        api::RateLimiter& limiter = ghl->queue().limiter();
        ghlAvailable = limiter.availableNow(clock->nowMs());
        ghlDailyRemaining = limiter.dailyRemaining().value_or(-1);
    }
    if (kixie)
        kixieRemainingToday = kixie->queue().localQuota().remaining(clock->wallClockMs());
}

QString RunProgress::toLine() const {
    const QLocale locale;
    QStringList parts;
    parts << (total > 0 ? Tr::tr("%1: %2/%3").arg(phase, locale.toString(done), locale.toString(total))
                        : Tr::tr("%1: %2").arg(phase, locale.toString(done)));
    if (perSecond > 0)
        parts << Tr::tr("%1/s").arg(locale.toString(perSecond, 'f', 1));
    if (etaMs >= 0)
        parts << Tr::tr("%1 left").arg(duration(etaMs));
    if (ghlAvailable >= 0)
        parts << Tr::tr("GHL %1 now").arg(locale.toString(ghlAvailable));
    if (kixieRemainingToday >= 0)
        parts << Tr::tr("Kixie %1 today").arg(locale.toString(kixieRemainingToday));
    return parts.join(QStringLiteral(" · "));
}

void ProgressMeter::sample(qint64 nowMs, int done) {
    m_samples.emplace_back(nowMs, done);
    // Keep one sample older than the window, so the window is always spanned once there is history.
    while (m_samples.size() > 2 && m_samples[1].first <= nowMs - m_windowMs)
        m_samples.pop_front();
}

double ProgressMeter::perSecond() const {
    if (m_samples.size() < 2)
        return 0;
    const auto& [firstMs, firstDone] = m_samples.front();
    const auto& [lastMs, lastDone] = m_samples.back();
    if (lastMs <= firstMs)
        return 0;
    return std::max(0, lastDone - firstDone) * 1000.0 / static_cast<double>(lastMs - firstMs);
}

RunProgress ProgressMeter::next(const QString& phase, qint64 nowMs, int done, int total) {
    if (phase != m_phase) {
        m_phase = phase;
        reset();
    }
    sample(nowMs, done);
    return RunProgress{0, phase, done, total, perSecond(), etaMs(done, total)};
}

qint64 ProgressMeter::etaMs(int done, int total) const {
    const double rate = perSecond();
    if (total <= 0 || rate <= 0)
        return -1;
    return static_cast<qint64>(std::ceil(std::max(0, total - done) / rate * 1000.0));
}

} // namespace fieldlink::sync
