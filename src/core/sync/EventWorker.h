#pragma once

#include "core/api/GhlClient.h"
#include "core/auth/GhlCredential.h"
#include "core/sync/EventProcessor.h"
#include "core/sync/InboxFeed.h"
#include "core/sync/RunContext.h"
#include "core/sync/RunLease.h"
#include "core/sync/RunProgress.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace fieldlink::sync {

/// Kixie → GHL: call events through a kixie_to_ghl profile into GHL.
struct EventJob {
    QString profile;
    int profileVersion = 0; ///< as SyncJob::profileVersion
    QList<QJsonObject> events;
    /// Instead of `events`, take the webhook inbox's deliveries — those pending first, then each one the
    /// listener stores, announced through inboxChanged — marking each done once handled, and keep running
    /// until cancelled.
    bool fromInbox = false;
    bool dryRun = false;
    /// A production run asks before each do-not-disturb change (dndApprovalNeeded, answerDnd): the app
    /// does; the CLI and watch mode are headless and leave it off, setting do-not-disturb as mapped.
    bool askBeforeDnd = false;
    api::GhlSettings ghl;
    auth::GhlCredential ghlCredential;
    QString databasePath;
    /// Continue this interrupted events run (-1: the newest one) instead of starting a new run: its done
    /// events are skipped by the ledger and its uncertain ones reconciled, as for any run.
    qint64 resumeRunId = 0;
    /// Who asks for the run's lease and how long it waits (a dry run takes none).
    LeaseRequest lease;
};

struct EventOutcome {
    bool ok = false;
    QString message;
    /// As SyncOutcome::setupError: another run holds the lease, or the database failed (exit 2).
    bool setupError = false;
    qint64 runId = 0;
    EventCounts counts;
    QStringList plannedChanges; ///< dry run: EventProcessor::plannedChangeLines(), the CLI's lines
    QList<PlannedContactChange> contactChanges; ///< dry run: the same as data, for the app
    int ghlCalls = 0;
    int rateLimited = 0;
    double seconds = 0;
    QJsonObject toJson() const;
};

/// One events run, start to end; like SyncWorker it owns its connections so it can live on any thread, and a
/// run that writes holds the lease of its location's Kixie → GHL direction (RunLease) while it lives.
/// Running the same events again finishes what an interrupted run left: the ledger skips what is done and
/// reconciles what is uncertain.
class EventWorker : public QObject {
    Q_OBJECT
public:
    explicit EventWorker(EventJob job, QObject* parent = nullptr);
    ~EventWorker() override;
    void start();
    void cancel();
    /// The listener stored a delivery in the inbox (fromInbox mode).
    void inboxChanged();
    /// The answer to dndApprovalNeeded (EventProcessor::answerDnd).
    void answerDnd(bool turnOn, bool forRestOfRun);

Q_SIGNALS:
    /// Batched by the processor: at most ten a second.
    void progress(const fieldlink::sync::RunProgress& progress);
    void finished(const fieldlink::sync::EventOutcome& outcome);
    /// Said once when another run holds the lease and this one waits for it.
    void waiting(const QString& message);
    /// EventJob::askBeforeDnd: the run waits for answerDnd() before turning do-not-disturb on.
    void dndApprovalNeeded(const fieldlink::sync::DndRequest& request);

private:
    void begin();
    void refuse(const QString& message);
    /// `resumable`: stopped by a failing database, so the run ends interrupted rather than failed.
    void finish(bool ok, const QString& message = {}, bool resumable = false);
    /// Reads the location's custom fields when the profile writes some, and refuses a profile naming one the
    /// location lacks; then starts processing.
    void readCustomFields(qint64 profileVersionId);
    /// The profile's contact update targets GHL would not take, one a line; empty when there are none.
    QString contactTargetProblems(const mapping::CustomFieldDirectory& customFields) const;
    void startProcessing(qint64 profileVersionId, const mapping::CustomFieldDirectory& customFields);
    void onProcessorIdle();

    EventJob m_job;
    QElapsedTimer m_elapsed;
    RunContext m_context;
    std::unique_ptr<mapping::MappingEngine> m_engine;
    std::unique_ptr<EventProcessor> m_processor;
    std::unique_ptr<InboxFeed> m_feed;
    ProgressMeter m_meter;
    std::unique_ptr<RunLease> m_lease; ///< after m_context: released before the database closes
    qint64 m_runId = 0;
    bool m_setupError = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::EventOutcome)
