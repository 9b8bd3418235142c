#include "core/sync/RunLease.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::RunLease)
};

/// Whether `pid` is a process on this machine that still runs; a zombie (killed, not yet reaped) does not.
bool processRuns(qint64 pid) {
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true; // no /proc: kill() said it exists
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces and parentheses
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

} // namespace

LeaseTiming LeaseTiming::fromEnvironment() {
    LeaseTiming timing;
    bool numeric = false;
    const int heartbeat = qEnvironmentVariableIntValue("FIELDLINK_LEASE_HEARTBEAT_MS", &numeric);
    if (numeric && heartbeat > 0)
        timing.heartbeatMs = heartbeat;
    return timing;
}

RunLease::RunLease(store::RunLeaseRepository& repository, QString direction, QString leaseKey,
                   LeaseRequest request, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_direction(std::move(direction))
    , m_key(std::move(leaseKey))
    , m_request(request)
    , m_timing(LeaseTiming::fromEnvironment())
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_heartbeat.setInterval(m_timing.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &RunLease::beat);
    m_poll.setSingleShot(true);
    m_poll.setInterval(std::min(1000, m_timing.heartbeatMs));
    connect(&m_poll, &QTimer::timeout, this, &RunLease::attempt);
}

RunLease::~RunLease() {
    release();
}

QString RunLease::keyFor(const QString& direction, const QString& ghlLocationId,
                         const QString& kixieBusinessId) {
    QString key = direction + QLatin1Char('/') + ghlLocationId;
    if (!kixieBusinessId.isEmpty())
        key += QLatin1Char('/') + kixieBusinessId;
    return key;
}

bool RunLease::isGone(const store::RunLeaseHolder& holder, const QDateTime& now, const LeaseTiming& timing) {
    if (!holder.heartbeatAt.isValid() || holder.heartbeatAt.msecsTo(now) > timing.staleAfterMs())
        return true;
    // Another machine's processes cannot be seen from here; there only the heartbeat tells.
    return holder.host == QSysInfo::machineHostName() && !processRuns(holder.pid);
}

QString RunLease::targetOf(const QString& direction) {
    return direction == QLatin1String("kixie_to_ghl") ? Tr::tr("HighLevel") : Tr::tr("Kixie");
}

QString RunLease::whoAndWhen(const store::RunLeaseHolder& holder, const QDateTime& now) {
    const QString who = holder.owner == store::RunLeaseHolder::Owner::Cli
                            ? Tr::tr("fieldlink-cli on %1, process %2").arg(holder.host).arg(holder.pid)
                            : Tr::tr("the Fieldlink app on %1, process %2").arg(holder.host).arg(holder.pid);
    const int silentFor = static_cast<int>(std::max<qint64>(0, holder.heartbeatAt.secsTo(now)));
    return Tr::tr("started by %1 at %2 UTC, last heartbeat %n second(s) ago", nullptr, silentFor)
        .arg(who, holder.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString RunLease::describe(const store::RunLeaseHolder& holder, const QDateTime& now) {
    const QString run =
        holder.runId > 0 ? Tr::tr("run %1").arg(holder.runId) : Tr::tr("a run not yet numbered");
    return Tr::tr("%1, %2").arg(run, whoAndWhen(holder, now));
}

store::RunLeaseHolder RunLease::claim() const {
    store::RunLeaseHolder claim;
    claim.leaseKey = m_key;
    claim.direction = m_direction;
    claim.owner = m_request.owner;
    claim.host = QSysInfo::machineHostName();
    claim.pid = QCoreApplication::applicationPid();
    claim.token = m_token;
    claim.startedAt = QDateTime::currentDateTimeUtc();
    claim.heartbeatAt = claim.startedAt;
    return claim;
}

void RunLease::acquire() {
    m_deadline = QDeadlineTimer(std::chrono::seconds(std::max(0, m_request.waitSeconds)));
    attempt();
}

void RunLease::attempt() {
    const LeaseTiming timing = m_timing;
    const Result<store::LeaseAnswer> answer =
        m_repository.acquire(claim(), [timing](const store::RunLeaseHolder& holder) {
            return isGone(holder, QDateTime::currentDateTimeUtc(), timing);
        });
    if (!answer)
        return Q_EMIT refused(Tr::tr("Could not check whether another run is writing: %1 Nothing was sent.")
                                  .arg(answer.error()));
    if (answer->acquired) {
        m_held = true;
        m_heartbeat.start();
        return Q_EMIT granted();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString holder = describe(*answer->holder, now);
    const QString when = whoAndWhen(*answer->holder, now);
    if (m_deadline.hasExpired()) {
        const QString busy =
            Tr::tr("Another run is already writing to %1 for this connection: %2. Nothing was "
                   "sent; run again when it has finished.")
                .arg(targetOf(m_direction), holder);
        return Q_EMIT refused(m_request.waitSeconds > 0
                                  ? Tr::tr("Waited %n second(s) in vain. ", nullptr, m_request.waitSeconds) +
                                        busy
                                  : busy);
    }
    if (!m_saidWaiting) {
        m_saidWaiting = true;
        Q_EMIT waiting(answer->holder->runId > 0
                           ? Tr::tr("Waiting for run %1 (%2) to finish…").arg(answer->holder->runId).arg(when)
                           : Tr::tr("Waiting for another run (%1) to finish…").arg(when));
    }
    m_poll.start();
}

void RunLease::setRun(qint64 runId) {
    if (!m_held)
        return;
    if (const Result<> named = m_repository.setRun(m_key, m_token, runId); !named)
        qCWarning(lcSync) << "could not name the run in its lease:" << named.error();
}

void RunLease::beat() {
    const Result<bool> beaten = m_repository.heartbeat(m_key, m_token, QDateTime::currentDateTimeUtc());
    if (!beaten) { // a missed beat is not yet a lost lease; three in a row make it stale for others
        qCWarning(lcSync) << "could not refresh the run lease:" << beaten.error();
        return;
    }
    if (*beaten)
        return;
    m_held = false;
    m_heartbeat.stop();
    Q_EMIT lost(
        Tr::tr("Another process took over this run's lease after it had been silent too long; this run "
               "stopped writing at once."));
}

void RunLease::release() {
    m_poll.stop();
    m_heartbeat.stop();
    if (!m_held)
        return;
    m_held = false;
    // Left behind, the row would only be taken over once this process is gone or silent.
    if (const Result<> released = m_repository.release(m_key, m_token); !released)
        qCWarning(lcSync) << "could not give up the run lease:" << released.error();
}

} // namespace fieldlink::sync
