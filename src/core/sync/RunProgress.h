#pragma once

#include <QMetaType>
#include <QString>

#include <deque>
#include <utility>

namespace fieldlink::api {
class GhlClient;
class KixieClient;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// Where a run stands, as the GUI's progress bar and the CLI's progress line show it.
/// Sent in batches, never per record.
struct RunProgress {
    qint64 runId = 0; ///< the run's record, once it has one
    QString phase;    ///< translated, e.g. "Writing to Kixie"
    int done = 0;
    int total = 0;         ///< 0 while not known yet
    double perSecond = 0;  ///< the recent rate of `done`
    qint64 etaMs = -1;     ///< -1 when it cannot be told yet
    int ghlAvailable = -1; ///< HighLevel requests that could go now (burst window); -1 unknown
    int ghlDailyRemaining = -1;
    int kixieRemainingToday = -1;

    /// Reads the budgets off the clients (either may be null).
    void readBudgets(api::GhlClient* ghl, api::KixieClient* kixie);
    /// One line for a terminal: "Writing to Kixie: 120/500 · 12.3/s · 0:31 left · …".
    QString toLine() const;
};

/// The rate and the time left, over a sliding window of recent samples: a run's speed changes (pages of
/// related data, a 429 pause), and the last few seconds predict the next ones better than the average since
/// the start.
class ProgressMeter {
public:
    explicit ProgressMeter(qint64 windowMs = 10000)
        : m_windowMs(windowMs) {}

    /// Records that `done` items were complete at `nowMs` (monotonic).
    void sample(qint64 nowMs, int done);
    void reset() { m_samples.clear(); }
    /// Items per second over the window; 0 until two samples span some time.
    double perSecond() const;
    /// Milliseconds until `total` at the current rate; -1 when unknown (no total, no rate).
    qint64 etaMs(int done, int total) const;
    /// Samples `done` at `nowMs` and returns the progress of `phase` (a new phase starts a new window);
    /// budgets are left for the caller, who has the clients.
    RunProgress next(const QString& phase, qint64 nowMs, int done, int total);

private:
    qint64 m_windowMs;
    QString m_phase;
    std::deque<std::pair<qint64, int>> m_samples;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::RunProgress)
