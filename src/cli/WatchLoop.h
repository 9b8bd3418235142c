#pragma once

#include "core/store/Database.h"
#include "core/store/WatcherRepository.h"
#include "core/sync/EventWorker.h"
#include "core/sync/RunContext.h"
#include "core/sync/SyncWorker.h"
#include "core/sync/WatchTiming.h"

#include <QObject>
#include <QTextStream>
#include <QTime>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace fieldlink::cli {

/// What `fieldlink-cli watch` was asked to do.
struct WatchSettings {
    /// The accounts, profile and database every run uses; the scope is chosen per poll.
    sync::SyncJob sync;
    QString connectionName; ///< as given (empty: the environment's), for the heartbeat row
    int intervalSeconds = 60;
    std::optional<QTime> fullAt; ///< local time of the daily full reconcile
    /// The call events to take from the webhook inbox in the same process (--listen), if any.
    std::optional<sync::EventJob> events;
    bool json = false;
    /// Reads the HighLevel credential again (a saved connection's, from the keychain), so each run starts
    /// with the OAuth tokens the last refresh saved rather than the ones the watch started with; empty for
    /// a private token or the environment's, which do not rotate.
    std::function<Result<auth::GhlCredential>()> currentCredential;
};

/// One long-running watch: every interval it asks HighLevel, in one call, whether any contact changed since
/// the profile's cursor and, only when one did, runs `sync --since-last`; once a day it runs a full
/// reconcile; it keeps its heartbeat row in `watchers` and says each outage once, backing off while it lasts.
/// stop() cancels a run in flight (left interrupted; the next watch resumes it) and ends with finished().
class WatchLoop : public QObject {
    Q_OBJECT
public:
    WatchLoop(WatchSettings settings, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~WatchLoop() override;

    /// Opens the database and starts polling; a failure to open is said on `err` and returns false.
    bool start();
    void stop();
    /// A webhook delivery was stored: the events worker takes it.
    void inboxChanged();

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class RunKind { Resume, SinceLast, Full };

    void poll();
    void probe();
    /// Opens the probes' context with the current credential (again, after a refresh elsewhere rotated it).
    Result<> openProbeContext();
    void refreshCredential();
    void runSync(RunKind kind);
    void onSynced(const sync::SyncOutcome& outcome, RunKind kind);
    void startEvents();
    void scheduleNext();
    void ghlUnreachable(const QString& why);
    void ghlReachable();
    void kixieUnreachable();
    void kixieReachable();
    void heartbeat();
    void say(const QString& line);
    void sayOnce(const QString& line);
    void reportPoll(int ghlCalls, bool changed, const sync::SyncOutcome* outcome);
    void finishIfIdle();

    WatchSettings m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    store::Database m_database; ///< the heartbeat's own connection
    std::unique_ptr<store::WatcherRepository> m_watchers;
    store::WatcherRow m_row;
    std::unique_ptr<sync::RunContext> m_probeContext; ///< the one-call probes and the cursor
    sync::ServiceOutage m_ghl;
    sync::ServiceOutage m_kixie;
    std::unique_ptr<sync::SyncWorker> m_worker;
    std::unique_ptr<sync::EventWorker> m_events;
    bool m_probing = false;
    QTimer m_timer;
    qint64 m_profileVersionId = 0;
    qint64 m_resumeRun = 0;
    QDateTime m_nextFull;
    QString m_lastSaid;
    int m_polls = 0;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace fieldlink::cli
