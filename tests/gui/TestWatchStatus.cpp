// The Test Sync page's line about `fieldlink-cli watch`: what a running watch's heartbeat says, and "not
// running since …" once it stopped, its process is gone or its heartbeat is stale.
#include "app/shell/AppContext.h"
#include "app/testsync/SyncTestPage.h"
#include "app/testsync/WatchStatusLabel.h"
#include "core/store/Database.h"
#include "core/store/WatcherRepository.h"

#include <QApplication>
#include <QSysInfo>
#include <QtTest>

#include <unistd.h>

using namespace fieldlink;
using store::WatcherRow;

namespace {

WatcherRow watcher(const QDateTime& now, qint64 pid) {
    WatcherRow row;
    row.profile = QStringLiteral("ghl-contacts-to-kixie-powerlist");
    row.pid = pid;
    row.host = QSysInfo::machineHostName();
    row.intervalSeconds = 60;
    row.startedAt = now.addSecs(-3600);
    row.lastPollAt = now.addSecs(-20);
    row.nextFullAt = now.addSecs(6 * 3600);
    row.state = WatcherRow::State::Idle;
    return row;
}

} // namespace

class TestWatchStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRunningWatchSaysWhatItDid();
    void aStaleOrDeadOrStoppedWatchIsNotRunning();
    void aLongRunIsNotTakenForAStaleHeartbeat();
    void theTestSyncPageShowsTheLine();

private:
    QTemporaryDir m_dir;
};

void TestWatchStatus::aRunningWatchSaysWhatItDid() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WatcherRow row = watcher(now, ::getpid());
    QVERIFY(WatchStatusLabel::isRunning(row, now, true));
    QString line = WatchStatusLabel::describe(row, now, true);
    QVERIFY2(line.startsWith(QStringLiteral("Watching profile ghl-contacts-to-kixie-powerlist since ")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("last change synced none yet")), qPrintable(line));
    QVERIFY2(line.contains(QLocale().toString(row.nextFullAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(line));
    row.lastChangeAt = now.addSecs(-90);
    row.nextFullAt = {};
    line = WatchStatusLabel::describe(row, now, true);
    QVERIFY2(line.contains(QLocale().toString(row.lastChangeAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("next full reconcile none scheduled")), qPrintable(line));
    row.state = WatcherRow::State::Outage;
    row.message = QStringLiteral("HighLevel unreachable since 12:03; retrying…");
    QVERIFY(WatchStatusLabel::describe(row, now, true).endsWith(row.message));
}

void TestWatchStatus::aStaleOrDeadOrStoppedWatchIsNotRunning() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WatcherRow stale = watcher(now, ::getpid());
    stale.lastPollAt = now.addSecs(-4 * 60); // more than three one-minute intervals
    QVERIFY(!WatchStatusLabel::isRunning(stale, now, true));
    QVERIFY(
        WatchStatusLabel::describe(stale, now, true)
            .endsWith(QStringLiteral("not running since %1.")
                          .arg(QLocale().toString(stale.lastPollAt.toLocalTime(), QLocale::ShortFormat))));
    const WatcherRow dead = watcher(now, ::getpid());
    QVERIFY(!WatchStatusLabel::isRunning(dead, now, false));
    WatcherRow stopped = watcher(now, ::getpid());
    stopped.state = WatcherRow::State::Stopped;
    stopped.stoppedAt = now.addSecs(-10);
    QVERIFY(!WatchStatusLabel::isRunning(stopped, now, true));
    QVERIFY(WatchStatusLabel::describe(stopped, now, true)
                .contains(QLocale().toString(stopped.stoppedAt.toLocalTime(), QLocale::ShortFormat)));
}

void TestWatchStatus::aLongRunIsNotTakenForAStaleHeartbeat() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WatcherRow syncing = watcher(now, ::getpid());
    syncing.state = WatcherRow::State::Syncing;
    syncing.lastPollAt = now.addSecs(-40 * 60); // a full reconcile of a big location takes a while
    QVERIFY(WatchStatusLabel::isRunning(syncing, now, true));
    QVERIFY(!WatchStatusLabel::isRunning(syncing, now, false));
}

void TestWatchStatus::theTestSyncPageShowsTheLine() {
    AppContext context(m_dir.filePath(QStringLiteral("page.sqlite")));
    QVERIFY(context.open().ok());
    SyncTestPage page(context);
    page.resize(1280, 700);
    page.show();
    auto* label = page.findChild<WatchStatusLabel*>(QStringLiteral("watchStatusLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden()); // no watch ever ran

    store::Database database;
    QVERIFY(database.open(context.databasePath(), QStringLiteral("watch-writer")).ok());
    store::WatcherRepository watchers(database.connection());
    WatcherRow row = watcher(QDateTime::currentDateTimeUtc(), ::getpid()); // this process: alive
    const Result<qint64> added = watchers.add(row);
    QVERIFY(added.ok());
    row.id = *added;
    QVERIFY(watchers.update(row).ok());
    label->refresh();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Watching profile")), qPrintable(label->text()));

    row.state = WatcherRow::State::Stopped;
    row.stoppedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(watchers.update(row).ok());
    label->refresh();
    QVERIFY2(label->text().contains(QStringLiteral("not running since")), qPrintable(label->text()));
    if (!qEnvironmentVariableIsEmpty("FIELDLINK_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("FIELDLINK_SCREENSHOT_DIR") +
                         QStringLiteral("/watch-status.png"));
}

QTEST_MAIN(TestWatchStatus)
#include "TestWatchStatus.moc"
