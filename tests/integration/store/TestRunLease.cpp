// The run lease on a real SQLite file: one holder per key, who holds it, takeover of a holder that is gone
// (its process no longer runs, or its heartbeat is stale), heartbeat and release by the holder only.
#include "core/store/Database.h"
#include "core/store/RunLeaseRepository.h"
#include "core/sync/RunLease.h"
#include "support/TestEnvironment.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>

using namespace fieldlink;
using namespace fieldlink::store;
using fieldlink::sync::LeaseRequest;
using fieldlink::sync::LeaseTiming;
using fieldlink::sync::RunLease;

namespace {

const QString direction = QStringLiteral("ghl_to_kixie");

RunLeaseHolder holder(const QString& host, qint64 pid, const QDateTime& heartbeat, qint64 runId = 7) {
    RunLeaseHolder holder;
    holder.leaseKey = RunLease::keyFor(direction, QStringLiteral("loc-1"), QStringLiteral("biz-1"));
    holder.direction = direction;
    holder.runId = runId;
    holder.owner = RunLeaseHolder::Owner::Cli;
    holder.host = host;
    holder.pid = pid;
    holder.token = QStringLiteral("other-%1").arg(pid);
    holder.startedAt = heartbeat.addSecs(-60);
    holder.heartbeatAt = heartbeat;
    return holder;
}

} // namespace

class TestRunLease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aFreeLeaseIsTakenAndNamesItsRun();
    void aLiveHolderIsRefusedByName();
    void aHolderWhoseProcessIsGoneIsTakenOver();
    void aHolderSilentTooLongIsTakenOverFromAnotherHost();
    void waitingEndsWhenTheHolderReleases();
    void waitingGivesUpAfterItsTime();
    void aLeaseTakenOverIsLostByItsStalledHolder();

private:
    /// Puts `other` in the table as another process would.
    void insert(const RunLeaseHolder& other);
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<RunLeaseRepository> m_leases;
};

void TestRunLease::init() {
    qputenv("FIELDLINK_LEASE_HEARTBEAT_MS", "100");
    QVERIFY(m_database.open(m_dir.filePath(QStringLiteral("lease.sqlite")), QStringLiteral("lease")).ok());
    m_leases = std::make_unique<RunLeaseRepository>(m_database.connection());
    QSqlQuery(m_database.connection()).exec(QStringLiteral("DELETE FROM run_leases"));
}

void TestRunLease::cleanup() {
    m_leases.reset();
    m_database.close();
}

void TestRunLease::insert(const RunLeaseHolder& other) {
    const Result<LeaseAnswer> answer = m_leases->acquire(other, [](const RunLeaseHolder&) { return true; });
    QVERIFY2(answer.ok() && answer->acquired, qPrintable(answer.error()));
}

void TestRunLease::aFreeLeaseIsTakenAndNamesItsRun() {
    const QString key = RunLease::keyFor(direction, QStringLiteral("loc-1"), QStringLiteral("biz-1"));
    RunLease lease(*m_leases, direction, key, LeaseRequest{});
    QSignalSpy granted(&lease, &RunLease::granted);
    lease.acquire();
    QCOMPARE(granted.count(), 1);
    lease.setRun(42);
    const Result<QList<RunLeaseHolder>> holders = m_leases->holders();
    QVERIFY(holders.ok());
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->constFirst().runId, 42);
    QCOMPARE(holders->constFirst().pid, QCoreApplication::applicationPid());
    QCOMPARE(holders->constFirst().owner, RunLeaseHolder::Owner::App);
    lease.release();
    QVERIFY(m_leases->holders()->isEmpty());
}

void TestRunLease::aLiveHolderIsRefusedByName() {
    // This very process, under another token: alive, and fresh.
    RunLeaseHolder live = holder(QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                                 QDateTime::currentDateTimeUtc());
    insert(live);
    RunLease lease(*m_leases, direction, live.leaseKey, LeaseRequest{});
    QSignalSpy refused(&lease, &RunLease::refused);
    lease.acquire();
    QCOMPARE(refused.count(), 1);
    const QString message = refused.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("run 7")) &&
                 message.contains(QLatin1String("fieldlink-cli on ")) &&
                 message.contains(QString::number(live.pid)) && message.contains(QLatin1String("Kixie")),
             qPrintable(message));
    QVERIFY(!lease.isHeld());
    QCOMPARE(m_leases->holders()->constFirst().token, live.token);
}

void TestRunLease::aHolderWhoseProcessIsGoneIsTakenOver() {
    QProcess finished; // a pid that certainly ran on this host and is gone (reaped) now
    finished.start(QStringLiteral("true"), QStringList{});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    QSqlQuery run(m_database.connection());
    QVERIFY(
        run.exec(QStringLiteral("INSERT INTO profiles (id, name, direction, object, created_at) VALUES (1, "
                                "'p', 'ghl_to_kixie', 'contact', 'now')")));
    QVERIFY(run.exec(QStringLiteral("INSERT INTO profile_versions (id, profile_id, version, document, "
                                    "created_at) VALUES (1, 1, 1, '{}', 'now')")));
    QVERIFY(
        run.exec(QStringLiteral("INSERT INTO runs (id, profile_version_id, mode, scope, status, started_at) "
                                "VALUES (7, 1, 'run', '{}', 'running', 'now')")));
    const RunLeaseHolder dead = holder(QSysInfo::machineHostName(), deadPid, QDateTime::currentDateTimeUtc());
    insert(dead);
    RunLease lease(*m_leases, direction, dead.leaseKey, LeaseRequest{});
    QSignalSpy granted(&lease, &RunLease::granted);
    lease.acquire();
    QCOMPARE(granted.count(), 1);
    // The dead run is left to resume.
    QVERIFY(run.exec(QStringLiteral("SELECT status FROM runs WHERE id = 7")) && run.next());
    QCOMPARE(run.value(0).toString(), QStringLiteral("interrupted"));
}

void TestRunLease::aHolderSilentTooLongIsTakenOverFromAnotherHost() {
    const LeaseTiming timing = LeaseTiming::fromEnvironment();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RunLeaseHolder fresh = holder(QStringLiteral("elsewhere"), 1, now);
    QVERIFY(!RunLease::isGone(fresh, now, timing)); // another host's process cannot be seen: it may run
    const RunLeaseHolder silent =
        holder(QStringLiteral("elsewhere"), 1, now.addMSecs(-timing.staleAfterMs() - 1));
    QVERIFY(RunLease::isGone(silent, now, timing));
    insert(silent);
    RunLease lease(*m_leases, direction, silent.leaseKey, LeaseRequest{});
    QSignalSpy granted(&lease, &RunLease::granted);
    lease.acquire();
    QCOMPARE(granted.count(), 1);
}

void TestRunLease::waitingEndsWhenTheHolderReleases() {
    RunLeaseHolder live = holder(QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                                 QDateTime::currentDateTimeUtc());
    insert(live);
    LeaseRequest request;
    request.waitSeconds = 30;
    RunLease lease(*m_leases, direction, live.leaseKey, request);
    QSignalSpy waiting(&lease, &RunLease::waiting);
    QSignalSpy granted(&lease, &RunLease::granted);
    lease.acquire();
    QCOMPARE(waiting.count(), 1);
    QVERIFY(waiting.constFirst().constFirst().toString().startsWith(QLatin1String("Waiting for run 7 (")));
    QCOMPARE(granted.count(), 0);
    QVERIFY(m_leases->release(live.leaseKey, live.token).ok());
    QVERIFY(granted.wait(5000));
    QCOMPARE(waiting.count(), 1); // said once
}

void TestRunLease::waitingGivesUpAfterItsTime() {
    RunLeaseHolder live = holder(QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                                 QDateTime::currentDateTimeUtc());
    insert(live);
    LeaseRequest request;
    request.waitSeconds = 1;
    RunLease lease(*m_leases, direction, live.leaseKey, request);
    QSignalSpy refused(&lease, &RunLease::refused);
    lease.acquire();
    QVERIFY(refused.isEmpty()); // waiting first
    // The holder stays alive meanwhile, as a running process's heartbeat would keep it.
    QTimer beat;
    connect(&beat, &QTimer::timeout, this, [&] {
        QVERIFY(m_leases->heartbeat(live.leaseKey, live.token, QDateTime::currentDateTimeUtc()).ok());
    });
    beat.start(50);
    QVERIFY(refused.wait(10000));
    const QString message = refused.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(QLatin1String("Waited 1 second")) &&
                 message.contains(QLatin1String("Another run is already writing to Kixie")),
             qPrintable(message));
    QVERIFY(!lease.isHeld());
}

void TestRunLease::aLeaseTakenOverIsLostByItsStalledHolder() {
    const QString key = RunLease::keyFor(QStringLiteral("kixie_to_ghl"), QStringLiteral("loc-1"));
    RunLease lease(*m_leases, QStringLiteral("kixie_to_ghl"), key, LeaseRequest{});
    QSignalSpy lost(&lease, &RunLease::lost);
    lease.acquire();
    QVERIFY(lease.isHeld());
    // Another process decided this holder was gone (it had stalled) and took the row.
    RunLeaseHolder other = holder(QStringLiteral("elsewhere"), 1, QDateTime::currentDateTimeUtc());
    other.leaseKey = key;
    insert(other);
    QVERIFY(lost.wait(5000));
    QVERIFY(!lease.isHeld());
    lease.release(); // leaves the new holder's row alone
    QCOMPARE(m_leases->holders()->constFirst().token, other.token);
}

FIELDLINK_TEST_MAIN(TestRunLease, QCoreApplication)

#include "TestRunLease.moc"
