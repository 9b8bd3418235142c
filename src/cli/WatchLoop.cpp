#include "cli/WatchLoop.h"

#include "core/Logging.h"
#include "core/api/ApiRequest.h"
#include "core/store/RunRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

/// How long a watch waits for another run's lease: as long as it takes (the app's run ends some time).
constexpr int leaseWaitSeconds = 7 * 24 * 3600;

QString clockTime(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

QString dateTime(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString duration(qint64 ms) {
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return Tr::tr("%n s", nullptr, int(seconds));
    return Tr::tr("%n min", nullptr, int((seconds + 30) / 60));
}

/// A failed call that says the service is out of reach (or overloaded), rather than that the request or
/// the credentials are wrong.
bool isOutage(api::ErrorClass error) {
    return error == api::ErrorClass::Network || error == api::ErrorClass::Timeout ||
           error == api::ErrorClass::Server || error == api::ErrorClass::RateLimited ||
           error == api::ErrorClass::Malformed;
}

} // namespace

WatchLoop::WatchLoop(WatchSettings settings, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_out(out)
    , m_err(err)
    , m_ghl(api::SystemClock::instance())
    , m_kixie(api::SystemClock::instance()) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WatchLoop::poll);
}

WatchLoop::~WatchLoop() = default;

bool WatchLoop::start() {
    const sync::SyncJob& job = m_settings.sync;
    if (const Result<> opened = m_database.open(job.databasePath, QStringLiteral("watch-heartbeat"));
        !opened) {
        m_err << Tr::tr("fieldlink-cli: %1").arg(opened.error()) << '\n';
        return false;
    }
    if (const Result<> opened = openProbeContext(); !opened) {
        m_err << Tr::tr("fieldlink-cli: %1").arg(opened.error()) << '\n';
        return false;
    }
    m_watchers = std::make_unique<store::WatcherRepository>(m_database.connection());
    // A watch of the same profile stopped in the middle of a run: that run is finished first.
    if (const auto previous = m_watchers->latest(m_settings.connectionName, job.profile);
        previous && previous->has_value() && (*previous)->runId > 0) {
        const auto run = m_probeContext->runs().run((*previous)->runId);
        if (run && run->status == QLatin1String("interrupted"))
            m_resumeRun = run->id;
        if (run)
            m_profileVersionId = run->profileVersionId;
    }
    m_row.connection = m_settings.connectionName;
    m_row.profile = job.profile;
    m_row.pid = QCoreApplication::applicationPid();
    m_row.host = QSysInfo::machineHostName();
    m_row.intervalSeconds = m_settings.intervalSeconds;
    m_row.startedAt = QDateTime::currentDateTimeUtc();
    if (m_settings.fullAt)
        m_nextFull = sync::nextFullReconcile(QDateTime::currentDateTime(), *m_settings.fullAt,
                                             QTimeZone::systemTimeZone());
    m_row.nextFullAt = m_nextFull;
    const Result<qint64> added = m_watchers->add(m_row);
    if (!added) {
        m_err << Tr::tr("fieldlink-cli: Could not record the watch in the database: %1").arg(added.error())
              << '\n';
        return false;
    }
    m_row.id = *added;
    say(m_nextFull.isValid()
            ? Tr::tr("Watching profile %1 every %n second(s); next full reconcile %2.", nullptr,
                     m_settings.intervalSeconds)
                  .arg(job.profile, dateTime(m_nextFull))
            : Tr::tr("Watching profile %1 every %n second(s).", nullptr, m_settings.intervalSeconds)
                  .arg(job.profile));
    if (m_resumeRun > 0)
        say(Tr::tr("Finishing run %1, which the last watch left interrupted.").arg(m_resumeRun));
    if (m_settings.events)
        startEvents();
    poll();
    return true;
}

Result<> WatchLoop::openProbeContext() {
    if (m_probeContext) {
        // Called from the old context's own answer: it goes once that has returned to the event loop.
        QTimer::singleShot(0, this,
                           [retired = std::shared_ptr<sync::RunContext>(std::move(m_probeContext))] {});
    }
    m_probeContext = std::make_unique<sync::RunContext>();
    const sync::SyncJob& job = m_settings.sync;
    return m_probeContext->open(job.databasePath, job.ghl, job.ghlCredential);
}

void WatchLoop::refreshCredential() {
    if (!m_settings.currentCredential)
        return;
    const Result<auth::GhlCredential> current = m_settings.currentCredential();
    if (!current) {
        sayOnce(current.error());
        return;
    }
    m_settings.sync.ghlCredential = *current;
    if (m_settings.events)
        m_settings.events->ghlCredential = *current;
}

void WatchLoop::say(const QString& line) {
    m_err << QStringLiteral("%1 %2").arg(clockTime(QDateTime::currentDateTime()), line) << '\n';
    m_err.flush();
    m_lastSaid = line;
}

void WatchLoop::sayOnce(const QString& line) {
    if (line != m_lastSaid)
        say(line);
}

void WatchLoop::heartbeat() {
    if (const Result<> stored = m_watchers->update(m_row); !stored)
        qCWarning(lcSync) << "could not update the watch's heartbeat:" << stored.error();
}

void WatchLoop::poll() {
    if (m_stopping)
        return;
    ++m_polls;
    m_row.lastPollAt = QDateTime::currentDateTimeUtc();
    if (m_resumeRun > 0)
        return runSync(RunKind::Resume);
    if (m_nextFull.isValid() && QDateTime::currentDateTime() >= m_nextFull)
        return runSync(RunKind::Full);
    if (m_profileVersionId == 0)
        return runSync(RunKind::SinceLast); // the first poll finds the profile's version and cursor
    probe();
}

void WatchLoop::probe() {
    const Result<QString> cursor = m_probeContext->runs().cursor(m_profileVersionId);
    if (!cursor || cursor->isEmpty())
        return runSync(RunKind::SinceLast);
    // One call: is there any contact updated after the cursor? Only then is a run worth its calls.
    const QJsonObject search{
        {QStringLiteral("pageLimit"), 1},
        {QStringLiteral("filters"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("dateUpdated")},
                                {QStringLiteral("operator"), QStringLiteral("range")},
                                {QStringLiteral("value"), QJsonObject{{QStringLiteral("gt"), *cursor}}}}}}};
    const int callsBefore = m_probeContext->callsTo(api::Service::Ghl);
    m_probing = true;
    m_row.state = m_ghl.isDown() ? store::WatcherRow::State::Outage : store::WatcherRow::State::Idle;
    heartbeat();
    connect(m_probeContext->ghl().searchContacts(search), &api::ApiRequest::finished, this,
            [this, callsBefore](const api::ApiResult& result) {
                m_probing = false;
                const int calls = m_probeContext->callsTo(api::Service::Ghl) - callsBefore;
                if (m_stopping)
                    return finishIfIdle();
                if (!result.ok()) {
                    if (isOutage(result.error))
                        ghlUnreachable(result.message);
                    else { // wrong credentials or a refused request: said once, retried with the backoff
                        if (result.error == api::ErrorClass::Auth && m_settings.currentCredential) {
                            // A run's refresh may have rotated the OAuth grant: the probes take the new one.
                            refreshCredential();
                            if (const Result<> reopened = openProbeContext(); !reopened)
                                sayOnce(reopened.error());
                        }
                        m_ghl.failed();
                        sayOnce(Tr::tr("HighLevel refused the look for changes: %1").arg(result.message));
                    }
                    reportPoll(calls, false, nullptr);
                    return scheduleNext();
                }
                ghlReachable();
                const bool changed =
                    !result.json.toObject().value(QLatin1String("contacts")).toArray().isEmpty();
                reportPoll(calls, changed, nullptr);
                if (changed)
                    return runSync(RunKind::SinceLast);
                m_row.state = store::WatcherRow::State::Idle;
                heartbeat();
                scheduleNext();
            });
}

void WatchLoop::runSync(RunKind kind) {
    refreshCredential();
    sync::SyncJob job = m_settings.sync;
    job.dryRun = false;
    job.lease.owner = store::RunLeaseHolder::Owner::Cli;
    job.lease.waitSeconds = leaseWaitSeconds;
    if (kind == RunKind::Resume) {
        job.resumeRunId = m_resumeRun;
    } else {
        job.scope = sync::SyncScope{};
        // A full reconcile reads every contact (the All scope), so notes and tasks added without touching a
        // contact, which the since-last polls cannot see, are synced too.
        job.scope.kind =
            kind == RunKind::Full ? sync::SyncScope::Kind::All : sync::SyncScope::Kind::SinceLast;
    }
    if (kind == RunKind::Full)
        say(Tr::tr("Full reconcile: reading every contact."));
    m_row.state = store::WatcherRow::State::Syncing;
    heartbeat();
    m_worker = std::make_unique<sync::SyncWorker>(job);
    // Another writer (the app, a cron sync) holds the accounts: said once, then the run waits its turn.
    connect(m_worker.get(), &sync::SyncWorker::waiting, this, [this](const QString& message) {
        m_row.state = store::WatcherRow::State::Waiting;
        m_row.message = message;
        heartbeat();
        sayOnce(message);
    });
    connect(m_worker.get(), &sync::SyncWorker::finished, this,
            [this, kind](const sync::SyncOutcome& outcome) { onSynced(outcome, kind); });
    m_worker->start();
}

void WatchLoop::onSynced(const sync::SyncOutcome& outcome, RunKind kind) {
    // The worker emitted this; it goes once control is back in the event loop.
    m_worker.release()->deleteLater();
    if (outcome.runId > 0) {
        m_row.runId = outcome.runId;
        if (const auto run = m_probeContext->runs().run(outcome.runId))
            m_profileVersionId = run->profileVersionId;
    }
    if (outcome.cancelled) {
        if (outcome.runId > 0)
            say(Tr::tr("Run %1 stopped; the next watch or sync --resume finishes it.").arg(outcome.runId));
        return finishIfIdle();
    }
    if (kind == RunKind::Resume)
        m_resumeRun = 0; // resumed once; a run that failed again is not retried forever
    if (outcome.setupError) {
        // The database, or a lease refused: the admin must act; the watch keeps trying meanwhile.
        m_row.state = store::WatcherRow::State::Waiting;
        m_row.message = outcome.message;
        sayOnce(outcome.message);
        reportPoll(0, true, &outcome);
        m_timer.start(int(sync::ServiceOutage::maxDelayMs));
        heartbeat();
        return;
    }
    if (!outcome.ok) {
        ghlUnreachable(outcome.message);
        reportPoll(0, true, &outcome);
        return scheduleNext();
    }
    ghlReachable();
    const sync::RunCounts& c = outcome.counts;
    const int written = c.created + c.updated + c.removed + c.enrolled;
    const bool kixieFailedAll = c.failed > 0 && written == 0 && outcome.kixieCalls > 0;
    const bool retryInOutage = kixieFailedAll && m_kixie.isDown();
    if (kixieFailedAll)
        kixieUnreachable();
    else
        kixieReachable();
    if (written > 0)
        m_row.lastChangeAt = QDateTime::currentDateTimeUtc();
    if (kind == RunKind::Full && c.failed == 0) {
        m_nextFull = sync::nextFullReconcile(QDateTime::currentDateTime(), *m_settings.fullAt,
                                             QTimeZone::systemTimeZone());
        m_row.nextFullAt = m_nextFull;
    }
    // While Kixie is out, each retry's failures are the outage already said, not news.
    if ((c.planned > 0 || c.failed > 0) && !retryInOutage)
        say(Tr::tr("Run %1: %2 created, %3 updated, %4 unchanged, %5 failed.")
                .arg(outcome.runId)
                .arg(c.created)
                .arg(c.updated)
                .arg(c.unchanged)
                .arg(c.failed));
    reportPoll(0, true, &outcome);
    scheduleNext();
}

void WatchLoop::scheduleNext() {
    if (m_stopping)
        return finishIfIdle();
    const qint64 backoff = std::max(m_ghl.retryDelayMs(), m_kixie.retryDelayMs());
    const bool down = m_ghl.isDown() || m_kixie.isDown();
    m_row.state = down ? store::WatcherRow::State::Outage : store::WatcherRow::State::Idle;
    if (!down)
        m_row.message.clear();
    heartbeat();
    qint64 delay = down ? backoff : qint64(m_settings.intervalSeconds) * 1000;
    // The full reconcile starts on time, not at the end of a long outage backoff or interval.
    if (m_nextFull.isValid())
        delay = std::min(delay, std::max<qint64>(0, QDateTime::currentDateTime().msecsTo(m_nextFull)));
    m_timer.start(int(delay));
}

void WatchLoop::ghlUnreachable(const QString& why) {
    if (m_ghl.failed()) {
        m_row.message =
            Tr::tr("HighLevel unreachable since %1; retrying… (%2)").arg(clockTime(m_ghl.since()), why);
        say(m_row.message);
    }
}

void WatchLoop::ghlReachable() {
    if (m_ghl.succeeded())
        say(Tr::tr("HighLevel back after %1.").arg(duration(m_ghl.lastOutageMs())));
}

void WatchLoop::kixieUnreachable() {
    if (m_kixie.failed()) {
        m_row.message =
            Tr::tr("Kixie refused every write since %1; retrying…").arg(clockTime(m_kixie.since()));
        say(m_row.message);
    }
}

void WatchLoop::kixieReachable() {
    if (m_kixie.succeeded())
        say(Tr::tr("Kixie back after %1.").arg(duration(m_kixie.lastOutageMs())));
}

void WatchLoop::reportPoll(int ghlCalls, bool changed, const sync::SyncOutcome* outcome) {
    if (!m_settings.json)
        return;
    QJsonObject line{{QStringLiteral("poll"), m_polls},
                     {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("ghlCalls"), ghlCalls},
                     {QStringLiteral("changed"), changed}};
    if (outcome != nullptr)
        line.insert(QStringLiteral("sync"), outcome->toJson());
    m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

void WatchLoop::startEvents() {
    refreshCredential();
    m_events = std::make_unique<sync::EventWorker>(*m_settings.events);
    connect(m_events.get(), &sync::EventWorker::waiting, this, &WatchLoop::sayOnce);
    connect(m_events.get(), &sync::EventWorker::finished, this, [this](const sync::EventOutcome& outcome) {
        m_events.release()->deleteLater();
        if (m_stopping)
            return finishIfIdle();
        // The events side stopped by itself (its database or lease): said, and started again later; the
        // deliveries wait in the inbox meanwhile.
        say(Tr::tr("Call events stopped: %1 Starting again in %2.")
                .arg(outcome.message, duration(sync::ServiceOutage::maxDelayMs)));
        QTimer::singleShot(int(sync::ServiceOutage::maxDelayMs), this, [this] {
            if (!m_stopping && !m_events)
                startEvents();
        });
    });
    m_events->start();
}

void WatchLoop::inboxChanged() {
    if (m_events)
        m_events->inboxChanged();
}

void WatchLoop::stop() {
    if (m_stopping)
        return;
    m_stopping = true;
    m_timer.stop();
    say(Tr::tr("Stopping…"));
    if (m_worker)
        m_worker->cancel();
    if (m_events)
        m_events->cancel();
    if (m_probing)
        m_probeContext->ghl().queue().cancelAll();
    finishIfIdle();
}

void WatchLoop::finishIfIdle() {
    if (!m_stopping || m_finished || m_worker || m_events || m_probing)
        return;
    m_finished = true;
    m_row.state = store::WatcherRow::State::Stopped;
    m_row.stoppedAt = QDateTime::currentDateTimeUtc();
    m_row.message.clear();
    heartbeat();
    say(Tr::tr("Stopped."));
    Q_EMIT finished(0);
}

} // namespace fieldlink::cli
