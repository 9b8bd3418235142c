#include "core/sync/EventWorker.h"

#include "core/Logging.h"

#include "core/api/Clock.h"
#include "core/mapping/ProfileParser.h"
#include "core/mapping/ProfileValidator.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunRepository.h"

#include <QCoreApplication>

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
    if (const Result<> opened = m_context.open(m_job.databasePath, m_job.ghl, m_job.ghlCredential); !opened)
        return finish(false, opened.error());
    if (m_job.dryRun && m_job.resumeRunId == 0)
        return begin();
    const QString direction = QStringLiteral("kixie_to_ghl");
    m_lease = std::make_unique<RunLease>(m_context.leases(), direction,
                                         RunLease::keyFor(direction, m_job.ghl.locationId), m_job.lease);
    connect(m_lease.get(), &RunLease::granted, this, &EventWorker::begin);
    connect(m_lease.get(), &RunLease::waiting, this, &EventWorker::waiting);
    connect(m_lease.get(), &RunLease::refused, this, &EventWorker::refuse);
    connect(m_lease.get(), &RunLease::lost, this, [this](const QString& message) {
        if (m_processor)
            m_processor->cancel(); // the event being handled finishes; nothing new is written
        refuse(message);
    });
    m_lease->acquire();
}

void EventWorker::refuse(const QString& message) {
    m_setupError = true;
    finish(false, message);
}

void EventWorker::begin() {
    if (m_cancelled)
        return finish(false);
    // Call events carry no custom fields to resolve, so the profile loads without the location's definitions.
    const mapping::ProfileLoader::Loaded loaded =
        m_context.loadProfile(m_job.profile, m_job.profileVersion, {});
    if (const Result<> usable = RunContext::checkProfile(loaded, mapping::Direction::KixieToGhl); !usable)
        return finish(false, usable.error());
    store::RunRepository& runs = m_context.runs();
    std::optional<store::RunSummary> resumed;
    if (m_job.resumeRunId != 0) {
        const qint64 wanted = m_job.resumeRunId > 0
                                  ? m_job.resumeRunId
                                  : runs.latestInterruptedRun(store::RunRepository::RunKind::Events);
        resumed = wanted > 0 ? runs.run(wanted) : std::nullopt;
        if (!resumed)
            return finish(false, Tr::tr("There is no interrupted events run to resume."));
        if (store::RunRepository::kindOf(*resumed) != store::RunRepository::RunKind::Events ||
            resumed->status != QLatin1String("interrupted") || resumed->mode == QLatin1String("dry-run"))
            return finish(false,
                          Tr::tr("Run %1 cannot be resumed as an events run: it is a %2 that ended as %3.")
                              .arg(resumed->id)
                              .arg(resumed->mode, resumed->status));
    }
    // A resumed run keeps the profile version it started with, whatever the file says today.
    const mapping::ParsedProfile parsed =
        resumed ? mapping::ProfileParser::parse(runs.profileDocument(resumed->profileVersionId))
                : loaded.parsed;
    m_engine = std::make_unique<mapping::MappingEngine>(parsed.profile);
    const mapping::Profile& profile = m_engine->profile();
    qint64 version = 0;
    if (resumed) {
        version = resumed->profileVersionId;
        m_job.dryRun = false; // only real runs are ever interrupted
        runs.reopenRun(resumed->id);
        m_runId = resumed->id;
    } else {
        const Result<qint64> saved = runs.ensureProfileVersion(
            profile.name, mapping::directionName(profile.direction), profile.object, loaded.text);
        if (!saved)
            return finish(false, Tr::tr("Could not record the run in the database: %1").arg(saved.error()));
        version = *saved;
        const Result<qint64> started =
            runs.startRun(version, m_job.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run"),
                          QJsonObject{{QStringLiteral("kind"), QStringLiteral("events")},
                                      {QStringLiteral("events"), int(m_job.events.size())}});
        if (!started)
            return finish(false, Tr::tr("Could not record the run in the database: %1").arg(started.error()));
        m_runId = *started;
    }
    m_context.storedLog().setRunId(m_runId);
    if (m_lease)
        m_lease->setRun(m_runId);
    readCustomFields(version);
}

void EventWorker::readCustomFields(qint64 profileVersionId) {
    const mapping::Profile& profile = m_engine->profile();
    const bool namesCustomFields =
        std::any_of(profile.rules.begin(), profile.rules.end(), [](const auto& rule) {
            return !mapping::contactupdate::customFieldKey(rule.target).isEmpty();
        });
    if (!namesCustomFields) {
        if (const QString problems = contactTargetProblems({}); !problems.isEmpty())
            return finish(false, problems);
        return startProcessing(profileVersionId, {});
    }
    // Every contact update would fail on a custom field the location lacks: checked before anything is sent.
    connect(m_context.ghl().customFields(), &api::ApiRequest::finished, this,
            [this, profileVersionId](const api::ApiResult& result) {
                if (m_cancelled)
                    return finish(false);
                if (!result.ok())
                    return finish(
                        false, Tr::tr("Could not read the location's custom fields: %1").arg(result.message));
                const auto customFields = mapping::CustomFieldDirectory::fromJson(result.json);
                if (const QString problems = contactTargetProblems(customFields); !problems.isEmpty())
                    return finish(false, problems);
                startProcessing(profileVersionId, customFields);
            });
}

QString EventWorker::contactTargetProblems(const mapping::CustomFieldDirectory& customFields) const {
    QStringList messages;
    for (const mapping::Diagnostic& problem :
         mapping::ProfileValidator::validateContactFields(m_engine->profile(), customFields))
        messages << QStringLiteral("%1 (%2, %3)").arg(problem.message, problem.sourcePath, problem.code);
    return messages.join(QLatin1Char('\n'));
}

void EventWorker::startProcessing(qint64 profileVersionId,
                                  const mapping::CustomFieldDirectory& customFields) {
    m_processor = std::make_unique<EventProcessor>(&m_context.ghl(), &m_context.ledger(), m_engine.get(),
                                                   m_runId, profileVersionId, m_job.dryRun);
    m_processor->setCustomFields(customFields);
    m_processor->setAskBeforeDnd(m_job.askBeforeDnd && !m_job.dryRun);
    connect(m_processor.get(), &EventProcessor::dndApprovalNeeded, this, &EventWorker::dndApprovalNeeded);
    connect(m_processor.get(), &EventProcessor::progress, this, [this](int done, int total) {
        RunProgress progress =
            m_meter.next(Tr::tr("Writing to HighLevel"), api::SystemClock::instance()->nowMs(), done, total);
        progress.readBudgets(&m_context.ghl(), nullptr);
        progress.runId = m_runId;
        Q_EMIT this->progress(progress);
    });
    // The database failed mid-run: the run ends interrupted, so `events --resume` finishes it.
    connect(m_processor.get(), &EventProcessor::stopped, this,
            [this](const QString& message) { finish(false, message, true); });
    connect(m_processor.get(), &EventProcessor::idle, this, &EventWorker::onProcessorIdle);
    if (!m_job.fromInbox)
        return m_processor->process(m_job.events);
    // A listener runs for days: the in-memory trace keeps only the latest requests, so memory stays flat
    // under any number of deliveries; the stored request log keeps them all.
    constexpr qsizetype listenerTraceEntries = 1000;
    m_context.log()->setCapacity(listenerTraceEntries);
    m_feed = std::make_unique<InboxFeed>(&m_context.inbox(), m_processor.get(), m_runId, m_job.dryRun);
    // Without its inbox the listener's deliveries would only pile up: the run ends, resumable, and says why.
    connect(m_feed.get(), &InboxFeed::failed, this,
            [this](const QString& message) { finish(false, message, true); });
    m_feed->wake(); // what a process that died left pending comes first
}

void EventWorker::onProcessorIdle() {
    if (m_feed)
        m_feed->onProcessorIdle(); // marks the delivery done, then feeds the next one
    if (!m_job.fromInbox || m_cancelled)
        finish(true);
}

void EventWorker::cancel() {
    m_cancelled = true;
    if (m_lease && !m_lease->isHeld() && m_runId == 0) // still waiting for another run
        return finish(false);
    if (!m_processor)
        return;
    if (m_feed)
        m_feed->stop();    // the delivery being handled finishes and is marked done; the rest stay pending
    m_processor->cancel(); // the event being handled finishes; the rest wait for the next run
    if (m_processor->isIdle())
        finish(true);
}

void EventWorker::answerDnd(bool turnOn, bool forRestOfRun) {
    if (m_processor)
        m_processor->answerDnd(turnOn, forRestOfRun);
}

void EventWorker::inboxChanged() {
    if (m_feed && !m_cancelled)
        m_feed->wake();
}

void EventWorker::finish(bool ok, const QString& message, bool resumable) {
    if (m_finished)
        return;
    m_finished = true;
    EventOutcome outcome;
    // Listening ends when the admin stops it: that is its normal end, not an interruption.
    const bool cancelled = m_cancelled && !m_job.fromInbox;
    const bool interrupted = cancelled || (resumable && !m_job.dryRun); // dry runs are never resumed
    outcome.ok = ok && !interrupted;
    outcome.message = cancelled && message.isEmpty() ? Tr::tr("Cancelled.") : message;
    outcome.setupError = m_setupError || resumable; // a database fault, like a refused lease: exit 2
    outcome.runId = m_runId;
    if (m_processor) {
        outcome.counts = m_processor->counts();
        outcome.plannedChanges = m_processor->plannedChangeLines();
        outcome.contactChanges = m_processor->plannedChanges();
    }
    outcome.ghlCalls = m_context.callsTo(api::Service::Ghl);
    if (m_context.isOpen())
        outcome.rateLimited = m_context.ghl().queue().rateLimitedAnswers();
    outcome.seconds = static_cast<double>(m_elapsed.elapsed()) / 1000.0;
    if (m_runId > 0) {
        const Result<> stored = m_context.runs().finishRun(m_runId,
                                                           interrupted ? QStringLiteral("interrupted")
                                                           : ok        ? QStringLiteral("finished")
                                                                       : QStringLiteral("failed"),
                                                           outcome.counts.toJson(), outcome.ghlCalls, 0);
        // Left running, the run is marked interrupted when the next run starts: resumable either way.
        if (!stored)
            qCWarning(lcSync) << "could not record how the run ended:" << stored.error();
    }
    if (m_lease)
        m_lease->release();
    Q_EMIT finished(outcome);
}

} // namespace fieldlink::sync
