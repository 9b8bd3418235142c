#pragma once

#include "core/store/WatcherRepository.h"

#include <QLabel>
#include <QTimer>

namespace fieldlink {

/// One line per profile a `fieldlink-cli watch` keeps (or kept) in sync, from its heartbeat row: "Watching
/// since …, last change synced …, next full reconcile …", or "Not running since …" once its process is gone
/// or its heartbeat is older than three intervals. Refreshed every few seconds; hidden when no watch ever
/// ran.
class WatchStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit WatchStatusLabel(const store::WatcherRepository& watchers, QWidget* parent = nullptr);

    /// Reads the heartbeats again.
    void refresh();

    /// Whether the watch of `row` is running at `now`; `processAlive` says whether its pid is alive (only
    /// known on its own host).
    static bool isRunning(const store::WatcherRow& row, const QDateTime& now, bool processAlive);
    /// The line shown for `row`.
    static QString describe(const store::WatcherRow& row, const QDateTime& now, bool processAlive);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const store::WatcherRepository& m_watchers;
    QTimer m_timer;
};

} // namespace fieldlink
