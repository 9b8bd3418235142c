#pragma once

#include "core/api/KixieClient.h"
#include "core/auth/GhlCredential.h"
#include "core/mapping/MappingEngine.h"
#include "core/sync/ContactSource.h"
#include "core/sync/RunContext.h"
#include "core/sync/RunLease.h"
#include "core/sync/RunProgress.h"
#include "core/sync/SettledContacts.h"
#include "core/sync/SyncPlan.h"
#include "core/sync/SyncRunner.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace fieldlink::sync {

class RunPlanning;

/// Everything a GHL → Kixie test sync needs to know.
struct SyncJob {
    QString profile;        ///< a saved profile's name, a default profile's name or a file
    int profileVersion = 0; ///< a saved version of `profile`; 0: its newest (or the default as shipped)
    SyncScope scope;
    bool dryRun = true;
    api::GhlSettings ghl;
    auth::GhlCredential ghlCredential;
    api::KixieSettings kixie;
    api::KixieCredentials kixieCredentials;
    QString databasePath;
    /// Continue this interrupted run (-1: the newest interrupted one) with its own profile version and scope.
    qint64 resumeRunId = 0;
    /// Send again only the records this run failed on, with the profile given now.
    qint64 replayRunId = 0;
    /// Who asks for the run's lease and how long it waits (a dry run takes none).
    LeaseRequest lease;
};

struct SyncOutcome {
    bool ok = false;
    QString message; ///< translated; why it stopped, when it did
    bool cancelled = false;
    /// The database, or another run holding the lease, stopped it: fix that first (the CLI exits 2). A run
    /// that had started is left interrupted, to resume.
    bool setupError = false;
    qint64 runId = 0;
    RunCounts counts;
    int ghlCalls = 0;
    int kixieCalls = 0;
    int rateLimited = 0;
    double seconds = 0;
    QJsonObject toJson() const;
};

/// One sync run, start to end (docs/architecture.md, "Threads"): owns its network manager, clients and
/// database connection, so the GUI can move it to a QThread and the CLI can run it on its main thread.
/// Phases: open the store, read the location's custom fields, compile the profile, read the contacts of the
/// scope (and only the related records the profile uses), map, plan against the ledger, and — unless it is a
/// dry run — send. A run that writes first takes the lease of its accounts (RunLease), so two runs never
/// plan from the same ledger; a dry run writes to neither service and may run beside a writer.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(SyncJob job, QObject* parent = nullptr);
    ~SyncWorker() override;

    void start();
    void cancel();
    const SyncPlan& plan() const { return m_plan; }

Q_SIGNALS:
    /// Batched: once per page of contacts and at most ten times a second while writing, never per record.
    void progress(const fieldlink::sync::RunProgress& progress);
    void planReady(const fieldlink::sync::SyncPlan& plan);
    /// Said once when another run holds the lease and this one waits for it.
    void waiting(const QString& message);
    void finished(const fieldlink::sync::SyncOutcome& outcome);

private:
    void begin();
    void numberRun(qint64 runId);
    /// Stops for a fault the admin must fix (the database, the lease): exit 2, and a started run resumable.
    void stopForFault(const QString& message);
    void reportProgress(const QString& phase, int done, int total);
    void loadProfile(const api::ApiResult& customFields);
    void fetchContacts();
    void onContacts(const QList<QJsonObject>& batch);
    /// Maps contacts as they come (missing, unreadable and settled ones become their records directly).
    QList<mapping::MappedRecord> mapContacts(const QList<QJsonObject>& batch, bool final);
    void onFetched(const api::ApiResult& result);
    void startPlanning(QList<mapping::MappedRecord> records);
    void onPlanned(const SyncPlan& plan);
    void write();
    /// Overlapped writes (docs/sync.md, "Writes while reading"): every contact listed is planned once
    /// without its related records, to judge which contacts share a row; then each part is planned again,
    /// mapped in full, and sent while the next parts are read.
    void onListed(const QList<QJsonObject>& contacts);
    void planParts();
    void makeRunner();
    void finish(bool ok, const QString& message = {}, bool cancelled = false);

    SyncJob m_job;
    QElapsedTimer m_elapsed;
    RunContext m_context;
    store::RunRepository* m_runs = nullptr;      ///< m_context's
    store::LedgerRepository* m_ledger = nullptr; ///< m_context's
    api::GhlClient* m_ghl = nullptr;             ///< m_context's
    std::unique_ptr<api::KixieClient> m_kixie;
    std::unique_ptr<mapping::MappingEngine> m_engine;
    QByteArray m_profileText;
    qint64 m_profileVersionId = 0;
    qint64 m_runId = 0;
    qint64 m_resumeRunId = 0;
    QSet<QString> m_alreadyWritten;
    QList<mapping::MappedRecord> m_mapped;
    bool m_overlap = false;               ///< writes follow each part's reads (a run whose rows' keys need no
                                          ///< related record)
    QHash<QString, QString> m_listedKeys; ///< the row each listed contact claimed, by id (overlap)
    bool m_partsPlannable = false;        ///< the conflicts are judged: parts may be planned and sent
    bool m_readingDone = false;
    bool m_listedSeen = false;
    QHash<QString, QJsonObject> m_subjects; ///< each contact read, as the admin knows it, by id
    QString m_newestUpdate;
    SyncPlan m_plan;
    std::unique_ptr<RunPlanning> m_planning;
    ProgressMeter m_meter;
    std::unique_ptr<ContactSource> m_source;
    SettledContacts m_settled; ///< empty in a full reconcile
    std::unique_ptr<SyncRunner> m_runner;
    std::unique_ptr<RunLease> m_lease; ///< after m_context: released before the database closes
    bool m_cancelled = false;
    bool m_faulted = false;
    bool m_finished = false;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::SyncOutcome)
