// The status bar says when another process — a scheduled fieldlink-cli — is writing to an account, polled
// from the database; this process's own runs and holders that are gone are not shown.
#include "app/shell/AppContext.h"
#include "app/shell/OtherRunsStatus.h"
#include "app/shell/StatusBarIndicators.h"
#include "core/store/Database.h"
#include "core/store/RunLeaseRepository.h"
#include "core/sync/RunLease.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QSysInfo>

#include <unistd.h>

using namespace fieldlink;
using store::RunLeaseHolder;

namespace {

RunLeaseHolder holder(RunLeaseHolder::Owner owner, const QString& host, qint64 pid, qint64 runId,
                      const QDateTime& heartbeat, const QString& direction = QStringLiteral("ghl_to_kixie")) {
    RunLeaseHolder holder;
    holder.direction = direction;
    holder.leaseKey = sync::RunLease::keyFor(direction, QStringLiteral("loc-%1").arg(runId));
    holder.runId = runId;
    holder.owner = owner;
    holder.host = host;
    holder.pid = pid;
    holder.token = QStringLiteral("token-%1").arg(runId);
    holder.startedAt = heartbeat.addSecs(-30);
    holder.heartbeatAt = heartbeat;
    return holder;
}

} // namespace

class TestOtherRunsStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aScheduledRunShowsInTheStatusBarWhileItWrites();
    void ownAndGoneRunsAreLeftOut();
    void anotherWindowsRunIsNamedSo();

private:
    QTemporaryDir m_dir;
};

void TestOtherRunsStatus::aScheduledRunShowsInTheStatusBarWhileItWrites() {
    const QString path = m_dir.filePath(QStringLiteral("status.sqlite"));
    AppContext context(path);
    QVERIFY(context.open().ok());
    QStatusBar bar;
    StatusBarIndicators indicators(context, &bar);
    bar.show();
    auto* label = bar.findChild<QLabel*>(QStringLiteral("otherRunLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden());
    // cron's fieldlink-cli, another process on another machine, takes the lease.
    store::Database cron;
    QVERIFY(cron.open(path, QStringLiteral("cron")).ok());
    store::RunLeaseRepository leases(cron.connection());
    const RunLeaseHolder scheduled = holder(RunLeaseHolder::Owner::Cli, QStringLiteral("cron-host"), 4321, 42,
                                            QDateTime::currentDateTimeUtc());
    QVERIFY(leases.acquire(scheduled, [](const RunLeaseHolder&) { return true; })->acquired);
    // Polled: no signal reaches this process.
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
    QVERIFY2(label->text().startsWith(QLatin1String("Scheduled run 42 is writing to Kixie (since ")),
             qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(QLatin1String("fieldlink-cli on cron-host, process 4321")));
    QVERIFY(leases.release(scheduled.leaseKey, scheduled.token).ok());
    QTRY_VERIFY_WITH_TIMEOUT(label->isHidden(), 10000);
}

void TestOtherRunsStatus::ownAndGoneRunsAreLeftOut() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    const sync::LeaseTiming timing = sync::LeaseTiming::fromEnvironment();
    const QList<RunLeaseHolder> none = {
        holder(RunLeaseHolder::Owner::App, host, pid, 1, now), // this window's own run
        holder(RunLeaseHolder::Owner::Cli, QStringLiteral("cron-host"), 9, 2,
               now.addMSecs(-timing.staleAfterMs() - 1000)), // silent too long
    };
    const OtherRunsStatus status = OtherRunsStatus::from(none, now, host, pid);
    QVERIFY2(status.text.isEmpty(), qPrintable(status.text));
    QVERIFY(status.toolTip.isEmpty());
}

void TestOtherRunsStatus::anotherWindowsRunIsNamedSo() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = QSysInfo::machineHostName();
    // The parent of this test runs on this host: a live process other than this one.
    const QList<RunLeaseHolder> holders = {
        holder(RunLeaseHolder::Owner::App, host, ::getppid(), 7, now, QStringLiteral("kixie_to_ghl")),
        holder(RunLeaseHolder::Owner::Cli, QStringLiteral("cron-host"), 9, 8, now)};
    const OtherRunsStatus status =
        OtherRunsStatus::from(holders, now, host, QCoreApplication::applicationPid());
    QVERIFY2(
        status.text.startsWith(QLatin1String("Run 7 of another Fieldlink window is writing to HighLevel")),
        qPrintable(status.text));
    QVERIFY2(status.text.contains(QLatin1String(", and 1 more run")), qPrintable(status.text));
    QCOMPARE(status.toolTip.count(QLatin1Char('\n')), 1); // one line per run
}

FIELDLINK_TEST_MAIN(TestOtherRunsStatus, QApplication)

#include "TestOtherRunsStatus.moc"
