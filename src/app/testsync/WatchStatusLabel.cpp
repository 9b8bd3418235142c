#include "app/testsync/WatchStatusLabel.h"

#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace fieldlink {
namespace {

constexpr int refreshMs = 10'000;

QString when(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

/// Whether the watch's process still exists; a watch on another host is taken as alive (its heartbeat
/// alone tells).
bool processAlive(const store::WatcherRow& row) {
    if (row.host != QSysInfo::machineHostName() || row.pid <= 0)
        return true;
    return ::kill(static_cast<pid_t>(row.pid), 0) == 0 || errno == EPERM;
}

} // namespace

WatchStatusLabel::WatchStatusLabel(const store::WatcherRepository& watchers, QWidget* parent)
    : QLabel(parent)
    , m_watchers(watchers) {
    setObjectName(QStringLiteral("watchStatusLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToolTip(tr("fieldlink-cli watch keeps Kixie in sync with HighLevel in the background; this is what it "
                  "last reported."));
    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &WatchStatusLabel::refresh);
    m_timer.start();
    hide();
    refresh();
}

void WatchStatusLabel::showEvent(QShowEvent* event) {
    QLabel::showEvent(event);
    refresh();
}

void WatchStatusLabel::refresh() {
    const Result<QList<store::WatcherRow>> rows = m_watchers.newestPerProfile();
    if (!rows || rows->isEmpty()) {
        hide();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const store::WatcherRow& row : *rows)
        lines << describe(row, now, processAlive(row));
    setText(lines.join(QLatin1Char('\n')));
    show();
}

bool WatchStatusLabel::isRunning(const store::WatcherRow& row, const QDateTime& now, bool alive) {
    if (row.state == store::WatcherRow::State::Stopped || !alive)
        return false;
    // A run in progress or a wait for another writer does not beat; only idle polls must be recent.
    if (row.state == store::WatcherRow::State::Syncing || row.state == store::WatcherRow::State::Waiting)
        return true;
    const QDateTime lastBeat = row.lastPollAt.isValid() ? row.lastPollAt : row.startedAt;
    return lastBeat.secsTo(now) <= 3 * qint64(row.intervalSeconds) + 30;
}

QString WatchStatusLabel::describe(const store::WatcherRow& row, const QDateTime& now, bool alive) {
    if (!isRunning(row, now, alive)) {
        const QDateTime since = row.stoppedAt.isValid()    ? row.stoppedAt
                                : row.lastPollAt.isValid() ? row.lastPollAt
                                                           : row.startedAt;
        return tr("Watch of profile %1: not running since %2.").arg(row.profile, when(since));
    }
    const QString change = row.lastChangeAt.isValid() ? when(row.lastChangeAt) : tr("none yet");
    const QString full = row.nextFullAt.isValid() ? when(row.nextFullAt) : tr("none scheduled");
    QString line = tr("Watching profile %1 since %2, last change synced %3, next full reconcile %4.")
                       .arg(row.profile, when(row.startedAt), change, full);
    if ((row.state == store::WatcherRow::State::Outage || row.state == store::WatcherRow::State::Waiting) &&
        !row.message.isEmpty())
        line += QLatin1Char(' ') + row.message;
    return line;
}

} // namespace fieldlink
