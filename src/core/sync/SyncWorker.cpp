#include "core/sync/SyncWorker.h"

#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/ProfileParser.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunRepository.h"
#include "core/sync/KixieDailyUsage.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/RowClaims.h"
#include "core/sync/RunPlanning.h"
#include "core/sync/SyncPlanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::SyncWorker)
};

// A contact that could not be read whole fails alone, with the reason, instead of the whole run.
mapping::MappedRecord failedRecord(const QString& sourceId, const QString& code, const QString& message) {
    mapping::MappedRecord failed;
    failed.sourceId = sourceId;
    failed.status = mapping::MappedRecord::Status::Failed;
    failed.diagnostics.append({mapping::Severity::Error, code, {}, {}, message});
    return failed;
}

// Whether every contact's row — its PowerList (routing) and phone, and whether it is written at all — comes
// from the contact alone, so the contact pages suffice to judge which contacts share a row. A rule that reads
// notes, tasks or appointments may fill any other column, but must not be able to skip or fail the record.
bool rowKeysIgnoreRelated(const QJsonObject& profileJson) {
    if (RelatedData::usedBy(
            QJsonObject{{QStringLiteral("routing"), profileJson.value(QLatin1String("routing"))}})
            .callsPerContact() > 0)
        return false;
    for (const QJsonValue& rule : profileJson.value(QLatin1String("rules")).toArray()) {
        if (RelatedData::usedBy(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}).callsPerContact() ==
            0)
            continue;
        const QString target = rule.toObject().value(QLatin1String("target")).toString();
        const QByteArray text = QJsonDocument(rule.toObject()).toJson(QJsonDocument::Compact);
        if (target == QLatin1String("target") || target == QLatin1String("powerlistId") ||
            text.contains("\"required\"") || text.contains("\"missing\"") || text.contains("\"invalid\""))
            return false;
    }
    return true;
}

} // namespace

QJsonObject SyncOutcome::toJson() const {
    QJsonObject json = counts.toJson();
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("run"), runId);
    json.insert(QStringLiteral("apiCalls"),
                QJsonObject{{QStringLiteral("ghl"), ghlCalls}, {QStringLiteral("kixie"), kixieCalls}});
    json.insert(QStringLiteral("rateLimited"), rateLimited);
    json.insert(QStringLiteral("seconds"), seconds);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    return json;
}

SyncWorker::SyncWorker(SyncJob job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job)) {
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start() {
    m_elapsed.start();
    // Everything below belongs to the thread start() runs on (docs/architecture.md, "Threads").
    if (const Result<> opened = m_context.open(m_job.databasePath, m_job.ghl, m_job.ghlCredential); !opened)
        return finish(false, opened.error());
    m_runs = &m_context.runs();
    m_ledger = &m_context.ledger();
    m_ghl = &m_context.ghl();
    if (m_job.dryRun && m_job.resumeRunId == 0 && m_job.replayRunId == 0)
        return begin();
    // Taken before anything is read, so two runs never plan from the same ledger.
    const QString direction = SyncPlanner::direction();
    m_lease = std::make_unique<RunLease>(
        m_context.leases(), direction,
        RunLease::keyFor(direction, m_job.ghl.locationId, m_job.kixieCredentials.businessId), m_job.lease);
    connect(m_lease.get(), &RunLease::granted, this, &SyncWorker::begin);
    connect(m_lease.get(), &RunLease::waiting, this, &SyncWorker::waiting);
    connect(m_lease.get(), &RunLease::refused, this, &SyncWorker::stopForFault);
    connect(m_lease.get(), &RunLease::lost, this, [this](const QString& message) {
        if (m_runner)
            return m_runner->stop(message); // ends through the runner, once the writes in flight are back
        stopForFault(message);
    });
    m_lease->acquire();
}

void SyncWorker::begin() {
    if (m_cancelled)
        return finish(false, Tr::tr("Cancelled."), true);
    if (m_job.resumeRunId != 0) {
        const qint64 wanted = m_job.resumeRunId > 0
                                  ? m_job.resumeRunId
                                  : m_runs->latestInterruptedRun(store::RunRepository::RunKind::Sync);
        const auto run = wanted > 0 ? m_runs->run(wanted) : std::nullopt;
        if (!run)
            return finish(false, Tr::tr("There is no interrupted run to resume."));
        if (store::RunRepository::kindOf(*run) != store::RunRepository::RunKind::Sync)
            return finish(false, Tr::tr("Run %1 brought call events to HighLevel; resume it with "
                                        "fieldlink-cli events --resume.")
                                     .arg(run->id));
        if (run->status != QLatin1String("interrupted") || run->mode == QLatin1String("dry-run"))
            return finish(false, Tr::tr("Run %1 cannot be resumed: it is a %2 that ended as %3.")
                                     .arg(run->id)
                                     .arg(run->mode, run->status));
        m_resumeRunId = run->id;
        m_profileVersionId = run->profileVersionId;
        m_job.scope = SyncScope::fromJson(run->scope);
        m_job.dryRun = false;
    }

    m_kixie = std::make_unique<api::KixieClient>(m_job.kixie, m_job.kixieCredentials, m_context.network(),
                                                 api::SystemClock::instance(), m_context.log());
    if (const Result<> shared =
            shareKixieDailyUsage(*m_kixie, *m_runs, m_job.kixieCredentials.businessId, this);
        !shared)
        return stopForFault(Tr::tr("Could not read today's Kixie call count: %1").arg(shared.error()));
    if (m_job.replayRunId > 0) {
        m_job.scope = SyncScope{};
        m_job.scope.kind = SyncScope::Kind::Ids;
        m_job.scope.ids = m_runs->failedSources(m_job.replayRunId);
        m_job.dryRun = false;
        if (m_job.scope.ids.isEmpty())
            return finish(false, Tr::tr("Run %1 has no failed records to replay.").arg(m_job.replayRunId));
    }
    reportProgress(Tr::tr("Reading custom fields"), 0, 0);
    connect(m_ghl->customFields(), &api::ApiRequest::finished, this, &SyncWorker::loadProfile);
}

void SyncWorker::reportProgress(const QString& phase, int done, int total) {
    RunProgress progress = m_meter.next(phase, api::SystemClock::instance()->nowMs(), done, total);
    progress.readBudgets(m_context.isOpen() ? &m_context.ghl() : nullptr, m_kixie.get());
    progress.runId = m_runId;
    Q_EMIT this->progress(progress);
}

void SyncWorker::loadProfile(const api::ApiResult& customFields) {
    if (m_cancelled)
        return finish(false, Tr::tr("Cancelled."), true);
    if (!customFields.ok())
        return finish(false,
                      Tr::tr("Could not read the location's custom fields: %1").arg(customFields.message));
    const auto directory = mapping::CustomFieldDirectory::fromJson(customFields.json);
    mapping::ProfileLoader::Loaded loaded;
    if (m_resumeRunId > 0) { // the version the run started with, whatever the file says today
        loaded.origin = Tr::tr("version %1 in the database").arg(m_profileVersionId);
        loaded.text = m_runs->profileDocument(m_profileVersionId);
        loaded.parsed = mapping::ProfileParser::parse(loaded.text, directory);
    } else {
        loaded = m_context.loadProfile(m_job.profile, m_job.profileVersion, directory);
    }
    if (const Result<> usable = RunContext::checkProfile(loaded, mapping::Direction::GhlToKixie); !usable)
        return finish(false, usable.error());
    m_engine = std::make_unique<mapping::MappingEngine>(loaded.parsed.profile);
    m_profileText = loaded.text;
    const mapping::Profile& profile = m_engine->profile();
    if (m_resumeRunId > 0) {
        m_runId = m_resumeRunId;
        m_alreadyWritten = m_runs->reopenRun(m_runId);
        numberRun(m_runId);
        return fetchContacts();
    }
    const Result<qint64> version = m_runs->ensureProfileVersion(
        profile.name, mapping::directionName(profile.direction), profile.object, loaded.text);
    if (!version)
        return stopForFault(Tr::tr("Could not record the run in the database: %1").arg(version.error()));
    m_profileVersionId = *version;
    const Result<qint64> started = m_runs->startRun(m_profileVersionId,
                                                    m_job.dryRun            ? QStringLiteral("dry-run")
                                                    : m_job.replayRunId > 0 ? QStringLiteral("replay")
                                                                            : QStringLiteral("run"),
                                                    m_job.scope.toJson());
    if (!started)
        return stopForFault(Tr::tr("Could not record the run in the database: %1").arg(started.error()));
    m_runId = *started;
    numberRun(m_runId);
    fetchContacts();
}

void SyncWorker::numberRun(qint64 runId) {
    m_context.storedLog().setRunId(runId);
    if (m_lease)
        m_lease->setRun(runId);
}

void SyncWorker::fetchContacts() {
    if (m_job.scope.kind == SyncScope::Kind::SinceLast && m_job.scope.updatedSince.isEmpty()) {
        const Result<QString> cursor = m_runs->cursor(m_profileVersionId);
        if (!cursor)
            return stopForFault(Tr::tr("Could not read where the last run stopped: %1").arg(cursor.error()));
        m_job.scope.updatedSince = *cursor; // empty on the first run: everything
    }
    const RelatedData related = RelatedData::usedBy(m_engine->profile().json);
    m_source = std::make_unique<ContactSource>(m_ghl, m_job.scope, related);
    if (!m_job.scope.fullReconcile && related.callsPerContact() > 0) {
        // Related records are read again only for contacts that changed since their row was written.
        Result<SettledContacts> settled =
            SettledContacts::load(*m_ledger, *m_runs, m_engine->profile(), m_profileVersionId);
        if (!settled)
            return stopForFault(
                Tr::tr("Could not read the ledger, so nothing was sent: %1").arg(settled.error()));
        m_settled = std::move(settled).value();
        m_source->setSettled(m_settled.until());
    }
    // A dry run plans everything first, as it always did; a real run overlaps its writes with the reads.
    m_overlap =
        !m_job.dryRun && related.callsPerContact() > 0 && rowKeysIgnoreRelated(m_engine->profile().json);
    if (m_overlap)
        connect(m_source.get(), &ContactSource::listed, this, &SyncWorker::onListed);
    connect(m_source.get(), &ContactSource::contacts, this, &SyncWorker::onContacts);
    connect(m_source.get(), &ContactSource::finished, this, &SyncWorker::onFetched);
    reportProgress(Tr::tr("Reading contacts"), 0, 0);
    m_source->start();
}

QList<mapping::MappedRecord> SyncWorker::mapContacts(const QList<QJsonObject>& batch, bool final) {
    QList<mapping::MappedRecord> records;
    for (const QJsonObject& contact : batch) {
        const QString id = contact.value(QLatin1String("id")).toString();
        m_subjects.insert(id, RecordSubject::ofContact(contact).toJson());
        if (contact.value(ContactSource::missingKey()).toBool()) {
            records.append(failedRecord(id, QStringLiteral("FL-SYNC-002"),
                                        Tr::tr("HighLevel no longer has this contact (deleted or merged); "
                                               "nothing was sent for it.")));
            continue;
        }
        if (const QString fetchError = contact.value(ContactSource::fetchErrorKey()).toString();
            !fetchError.isEmpty()) {
            records.append(failedRecord(
                id, QStringLiteral("FL-SYNC-001"),
                Tr::tr("Its notes, tasks or appointments could not be read: %1").arg(fetchError)));
            continue;
        }
        if (contact.value(ContactSource::settledKey()).toBool())
            records.append(m_settled.recordOf(id)); // its related records were not read (SettledContacts)
        else
            records.append(m_engine->apply(contact)); // before its related records: only its row's key counts
        if (final)
            m_newestUpdate = std::max(m_newestUpdate, contact.value(QLatin1String("dateUpdated")).toString());
    }
    return records;
}

void SyncWorker::onContacts(const QList<QJsonObject>& batch) {
    if (m_finished)
        return;
    m_mapped += mapContacts(batch, true);
    if (m_overlap && m_partsPlannable)
        return planParts();
    reportProgress(Tr::tr("Reading contacts"), static_cast<int>(m_mapped.size()), 0);
}

void SyncWorker::onListed(const QList<QJsonObject>& contacts) {
    if (m_finished || m_cancelled)
        return;
    m_listedSeen = true;
    QList<mapping::MappedRecord> listed = mapContacts(contacts, false);
    for (const mapping::MappedRecord& record : std::as_const(listed))
        m_listedKeys.insert(record.sourceId, RowClaims::keyOf(record));
    if (const Result<> logged = m_context.storedLog().writeStatus(); !logged)
        return stopForFault(Tr::tr("Could not keep the request log in the database, so nothing was sent: %1")
                                .arg(logged.error()));
    startPlanning(std::move(listed));
}

void SyncWorker::planParts() {
    QList<mapping::MappedRecord> part = std::exchange(m_mapped, {});
    for (mapping::MappedRecord& record : part) {
        // The conflicts were judged on the key the contact had without its related records: a record whose
        // key came out different is not written on that judgement (rowKeysIgnoreRelated should rule it out).
        if (record.status != mapping::MappedRecord::Status::Failed &&
            RowClaims::keyOf(record) != m_listedKeys.value(record.sourceId))
            record = failedRecord(record.sourceId, QStringLiteral("FL-SYNC-003"),
                                  Tr::tr("Its row changed once its notes, tasks or appointments were read, "
                                         "so nothing was sent for it; run the sync again."));
    }
    if (!part.isEmpty()) {
        const SyncPlan plan = m_planning->planPart(part);
        m_plan.items += plan.items;
        m_runner->add(plan.items);
    }
    if (m_readingDone) {
        m_plan.nameSubjects(m_subjects);
        Q_EMIT planReady(m_plan);
        m_runner->endOfPlan();
    }
}

void SyncWorker::onFetched(const api::ApiResult& result) {
    if (m_finished)
        return;
    if (m_listedSeen && result.ok()) { // overlapped: planning and writing began with the listing
        m_readingDone = true;
        if (m_partsPlannable)
            planParts();
        return;
    }
    if (m_cancelled)
        return finish(false, Tr::tr("Cancelled."), true);
    if (!result.ok())
        return finish(false, Tr::tr("Could not read the contacts: %1").arg(result.message));
    if (const Result<> logged = m_context.storedLog().writeStatus(); !logged && !m_job.dryRun)
        return stopForFault(Tr::tr("Could not keep the request log in the database, so nothing was sent: %1")
                                .arg(logged.error()));
    startPlanning(std::exchange(m_mapped, {}));
}

void SyncWorker::startPlanning(QList<mapping::MappedRecord> records) {
    m_planning = std::make_unique<RunPlanning>(m_context, *m_engine, m_job.scope, m_runId);
    connect(m_planning.get(), &RunPlanning::lookingForSharedPhones, this,
            [this] { reportProgress(Tr::tr("Looking for other contacts with the same phone"), 0, 0); });
    connect(m_planning.get(), &RunPlanning::failed, this, [this](const QString& message, bool databaseFault) {
        if (m_cancelled)
            return finish(false, Tr::tr("Cancelled."), true);
        if (databaseFault)
            return stopForFault(message);
        finish(false, message);
    });
    connect(m_planning.get(), &RunPlanning::planned, this, &SyncWorker::onPlanned);
    m_planning->start(std::move(records));
}

void SyncWorker::onPlanned(const SyncPlan& plan) {
    if (m_listedSeen) {
        // The listed contacts' plan: its held conflicts are kept; each part is planned again, in full.
        if (m_cancelled)
            return finish(false, Tr::tr("Cancelled."), true);
        m_plan.heldConflicts = plan.heldConflicts;
        makeRunner();
        m_partsPlannable = true;
        return planParts();
    }
    m_plan = plan;
    m_plan.nameSubjects(std::exchange(m_subjects, {}));
    Q_EMIT planReady(m_plan);
    if (m_job.dryRun) {
        // A dry run writes nothing to either service; its plan is kept with the run for History.
        QList<store::RunRecord> records;
        for (const PlanItem& item : m_plan.items)
            records << item.toRecord(m_runId, m_profileVersionId);
        if (const Result<> stored = m_ledger->addRecords(records); !stored)
            return stopForFault(Tr::tr("Could not store the plan: %1").arg(stored.error()));
        return finish(true);
    }
    write();
}

void SyncWorker::write() {
    makeRunner();
    m_runner->run(m_plan);
}

void SyncWorker::makeRunner() {
    m_runner = std::make_unique<SyncRunner>(m_kixie.get(), m_ledger, m_runId, m_profileVersionId,
                                            m_engine->profile().duplicateHandling);
    m_runner->setAlreadyWritten(m_alreadyWritten);
    m_runner->setStoredLog(&m_context.storedLog());
    connect(m_runner.get(), &SyncRunner::progress, this,
            [this](int done, int total) { reportProgress(Tr::tr("Writing to Kixie"), done, total); });
    connect(m_runner.get(), &SyncRunner::finished, this, [this](const RunCounts&, bool cancelled) {
        if (!m_runner->fault().isEmpty())
            return stopForFault(m_runner->fault());
        finish(true, cancelled ? Tr::tr("Cancelled.") : QString(), cancelled);
    });
}

void SyncWorker::cancel() {
    m_cancelled = true;
    if (m_lease && !m_lease->isHeld() && m_runId == 0 && !m_finished) // still waiting for another run
        return finish(false, Tr::tr("Cancelled."), true);
    if (m_overlap && m_source) // overlapped: reads may still be under way beside the writes
        m_source->cancel();
    if (m_runner) // writes already sent finish and are recorded; nothing new is sent
        return m_runner->cancel();
    if (m_planning)
        m_planning->cancel();
    else if (m_source)
        m_source->cancel();
    else if (m_ghl)
        m_ghl->queue().cancelAll();
}

void SyncWorker::stopForFault(const QString& message) {
    m_faulted = true;
    finish(false, message);
}

void SyncWorker::finish(bool ok, const QString& message, bool cancelled) {
    if (m_finished)
        return;
    m_finished = true;
    SyncOutcome outcome;
    outcome.message = message;
    outcome.cancelled = cancelled;
    outcome.setupError = m_faulted;
    outcome.runId = m_runId;
    if (m_runner && m_runs) {
        // From the stored records: a resumed run's earlier writes count too.
        outcome.counts =
            RunCounts::fromRecords(m_runs->recordCounts(m_runId), static_cast<int>(m_plan.items.size()));
    } else if (m_job.dryRun) {
        outcome.counts.planned = static_cast<int>(m_plan.items.size());
        outcome.counts.created = m_plan.count(PlanAction::Create);
        outcome.counts.updated = m_plan.count(PlanAction::Update);
        outcome.counts.unchanged = m_plan.count(PlanAction::Unchanged);
        outcome.counts.skipped = m_plan.count(PlanAction::Skip);
        outcome.counts.conflicts = m_plan.count(PlanAction::Conflict);
        outcome.counts.removed = m_plan.count(PlanAction::Remove);
        outcome.counts.enrolled = m_plan.count(PlanAction::Enrol);
        outcome.counts.failed = m_plan.count(PlanAction::Fail);
    }
    outcome.ghlCalls = m_context.callsTo(api::Service::Ghl);
    outcome.kixieCalls = m_context.callsTo(api::Service::Kixie);
    if (m_ghl)
        outcome.rateLimited = m_ghl->queue().rateLimitedAnswers();
    outcome.seconds = static_cast<double>(m_elapsed.elapsed()) / 1000.0;
    outcome.ok = ok && !cancelled;
    if (m_runs && m_runId > 0) {
        // A fault leaves a real run resumable: what it sent is in the ledger, the rest is planned again.
        const QString status = cancelled || (m_faulted && !m_job.dryRun) ? QStringLiteral("interrupted")
                               : ok                                      ? QStringLiteral("finished")
                                                                         : QStringLiteral("failed");
        if (const Result<> stored = m_runs->finishRun(m_runId, status, outcome.counts.toJson(),
                                                      outcome.ghlCalls, outcome.kixieCalls);
            !stored)
            qCWarning(lcSync) << "could not record how the run ended:" << stored.error();
        if (ok && !cancelled && !m_job.dryRun && outcome.counts.failed == 0 && !m_newestUpdate.isEmpty()) {
            if (const Result<> stored = m_runs->setCursor(m_profileVersionId, m_newestUpdate); !stored)
                qCWarning(lcSync) << "could not keep where the run stopped:" << stored.error();
        }
    }
    if (m_lease)
        m_lease->release();
    if (m_overlap && m_source && !m_readingDone) // the writes stopped early: so do the reads beside them
        m_source->cancel();
    Q_EMIT finished(outcome);
}

} // namespace fieldlink::sync
