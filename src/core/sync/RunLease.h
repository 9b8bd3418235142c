#pragma once

#include "core/store/RunLeaseRepository.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace fieldlink::sync {

/// How a run asks for its lease.
struct LeaseRequest {
    store::RunLeaseHolder::Owner owner = store::RunLeaseHolder::Owner::App;
    /// How long to wait for a busy lease before giving up; 0 refuses at once.
    int waitSeconds = 0;
};

/// How often a holder shows it is alive, and when silence means it is gone.
struct LeaseTiming {
    int heartbeatMs = 5000;
    /// Three missed heartbeats: long enough for a busy machine, short enough that cron's next run goes on.
    int staleAfterMs() const { return 3 * heartbeatMs; }
    /// 5000 ms, or FIELDLINK_LEASE_HEARTBEAT_MS (tests shorten it).
    static LeaseTiming fromEnvironment();
};

/// One writer per account and direction (docs/architecture.md, "One writer at a time"): a run takes its
/// lease before it plans, keeps it alive with a heartbeat on the thread it lives on, and gives it up when it
/// ends. A lease whose holder's process is gone (same host, no such process) or whose heartbeat is stale is
/// taken over; a live one is waited for (polling) up to LeaseRequest::waitSeconds, or refused.
class RunLease : public QObject {
    Q_OBJECT
public:
    RunLease(store::RunLeaseRepository& repository, QString direction, QString leaseKey, LeaseRequest request,
             QObject* parent = nullptr);
    ~RunLease() override;

    /// The key of one account pair and direction: GHL → Kixie is held per location and Kixie business, Kixie
    /// → GHL per location.
    static QString keyFor(const QString& direction, const QString& ghlLocationId,
                          const QString& kixieBusinessId = {});
    /// Whether `holder` is gone: its process no longer runs on this host, or it has been silent too long.
    static bool isGone(const store::RunLeaseHolder& holder, const QDateTime& now, const LeaseTiming& timing);
    /// The holder in the admin's words: which run, who runs it, since when, last heartbeat.
    static QString describe(const store::RunLeaseHolder& holder, const QDateTime& now);
    /// Who runs it, since when, last heartbeat.
    static QString whoAndWhen(const store::RunLeaseHolder& holder, const QDateTime& now);
    /// "Kixie" or "HighLevel": where a direction writes.
    static QString targetOf(const QString& direction);

    /// Ends in granted(), or refused(); emits waiting() once first when it has to wait.
    void acquire();
    /// Names the run in the lease, so a refused run can say which one holds it.
    void setRun(qint64 runId);
    void release();
    bool isHeld() const { return m_held; }

Q_SIGNALS:
    void granted();
    void waiting(const QString& message);
    void refused(const QString& message);
    /// Another process took the lease over (this one was silent too long): the run must stop writing.
    void lost(const QString& message);

private:
    void attempt();
    void beat();
    store::RunLeaseHolder claim() const;

    store::RunLeaseRepository& m_repository;
    QString m_direction;
    QString m_key;
    LeaseRequest m_request;
    LeaseTiming m_timing;
    QString m_token;
    QDateTime m_startedAt;
    QTimer m_heartbeat;
    QTimer m_poll;
    QDeadlineTimer m_deadline;
    bool m_held = false;
    bool m_saidWaiting = false;
};

} // namespace fieldlink::sync
