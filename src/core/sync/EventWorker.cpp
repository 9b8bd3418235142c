#include "EventWorker.h"

#include "AccessTokenSource.h"
#include "Clock.h"
#include "Database.h"
#include "LedgerRepository.h"
#include "ProfileLoader.h"
#include "RequestLogRepository.h"
#include "RunRepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::EventWorker)
};
} // namespace

QJsonObject EventOutcome::toJson() const {
    QJsonObject json = counts.toJson();
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("run"), runId);
    json.insert(QStringLiteral("apiCalls"),
                QJsonObject{{QStringLiteral("ghl"), ghlCalls}, {QStringLiteral("kixie"), 0}});
    json.insert(QStringLiteral("rateLimited"), rateLimited);
    json.insert(QStringLiteral("seconds"), seconds);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    return json;
}

EventWorker::EventWorker(EventJob job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job)) {
}

EventWorker::~EventWorker() = default;

void EventWorker::start() {
    m_elapsed.start();
    m_database = std::make_unique<store::Database>();
    const store::StoreError opened = m_database->open(
        m_job.databasePath,
        QStringLiteral("events-%1").arg(reinterpret_cast<quintptr>(QThread::currentThread())));
    if (!opened.ok())
        return finish(false, opened.message);
    m_runs = std::make_unique<store::RunRepository>(m_database->connection());
    m_ledger = std::make_unique<store::LedgerRepository>(m_database->connection());
    m_storedLog = std::make_unique<store::RequestLogRepository>(m_database->connection());
    m_runs->markAbandonedRunsInterrupted();

    const mapping::ProfileLoader::Loaded loaded = mapping::ProfileLoader::load(m_job.profile);
    if (!loaded.error.isEmpty())
        return finish(false, loaded.error);
    if (!loaded.parsed.profile) {
        const QString first =
            loaded.parsed.diagnostics.isEmpty() ? QString() : loaded.parsed.diagnostics.first().message;
        return finish(false, Tr::tr("The profile %1 has errors: %2").arg(loaded.origin, first));
    }
    if (loaded.parsed.profile->direction != mapping::Direction::KixieToGhl)
        return finish(false,
                      Tr::tr("The profile %1 maps GHL to Kixie; call events need a Kixie to GHL profile.")
                          .arg(loaded.origin));
    m_engine = std::make_unique<mapping::MappingEngine>(loaded.parsed.profile);
    const mapping::Profile& profile = m_engine->profile();
    const qint64 version = m_runs->ensureProfileVersion(
        profile.name, mapping::directionName(profile.direction), profile.object, loaded.text);
    m_runId =
        version > 0
            ? m_runs->startRun(version, m_job.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run"),
                               QJsonObject{{QStringLiteral("kind"), QStringLiteral("events")},
                                           {QStringLiteral("events"), int(m_job.events.size())}})
            : 0;
    if (m_runId == 0)
        return finish(false, Tr::tr("Could not record the run in the database: %1").arg(m_runs->lastError()));
    m_storedLog->setRunId(m_runId);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<api::RequestLog>();
    m_log->setSink(m_storedLog.get());
    m_token = std::make_unique<auth::PrivateIntegrationToken>(m_job.ghlToken);
    m_ghl = std::make_unique<api::GhlClient>(m_job.ghl, m_network.get(), api::SystemClock::instance(),
                                             m_log.get());
    m_ghl->setTokenSource(m_token.get());
    m_processor = std::make_unique<EventProcessor>(m_ghl.get(), m_ledger.get(), m_engine.get(), m_runId,
                                                   version, m_job.dryRun);
    connect(m_processor.get(), &EventProcessor::progress, this, &EventWorker::progress);
    connect(m_processor.get(), &EventProcessor::idle, this, [this] { finish(true); });
    m_processor->process(m_job.events);
}

void EventWorker::cancel() {
    m_cancelled = true;
    if (m_processor)
        m_processor->cancel(); // the event being handled finishes; the rest wait for the next run
}

void EventWorker::finish(bool ok, const QString& message) {
    if (m_finished)
        return;
    m_finished = true;
    EventOutcome outcome;
    outcome.ok = ok && !m_cancelled;
    outcome.message = m_cancelled && message.isEmpty() ? Tr::tr("Cancelled.") : message;
    outcome.runId = m_runId;
    if (m_processor)
        outcome.counts = m_processor->counts();
    if (m_log)
        outcome.ghlCalls = static_cast<int>(m_log->entries().size());
    if (m_ghl)
        outcome.rateLimited = m_ghl->queue().rateLimitedAnswers();
    outcome.seconds = static_cast<double>(m_elapsed.elapsed()) / 1000.0;
    if (m_runs && m_runId > 0)
        m_runs->finishRun(m_runId,
                          m_cancelled ? QStringLiteral("interrupted")
                          : ok        ? QStringLiteral("finished")
                                      : QStringLiteral("failed"),
                          outcome.counts.toJson(), outcome.ghlCalls, 0);
    Q_EMIT finished(outcome);
}

} // namespace fieldlink::sync
