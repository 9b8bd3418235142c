#pragma once

#include "core/store/LedgerRepository.h"
#include "core/sync/SyncPlan.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace fieldlink::store {
class RequestLogRepository;
} // namespace fieldlink::store

namespace fieldlink::api {
class KixieClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// What a run did, by outcome.
struct RunCounts {
    int planned = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int conflicts = 0;
    int removed = 0;
    int enrolled = 0;
    int failed = 0;
    QJsonObject toJson() const;
    /// From the stored records' counts by action (the truth for a run that was resumed).
    static RunCounts fromRecords(const QJsonObject& actionCounts, int planned);
};

/// Executes a plan against Kixie: every write is marked in flight in the ledger before it is sent and
/// recorded with its run record in one transaction when it succeeds, so a crash at any point leaves a ledger
/// the next plan reads correctly (an in-flight upsert is simply planned again; it is idempotent). A write the
/// database cannot record stops the run at once (fault()): one that could not be marked in flight is not
/// sent, and one whose outcome could not be stored keeps its in-flight mark, so a resume reconciles it
/// instead of sending it blindly again.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    SyncRunner(api::KixieClient* kixie, store::LedgerRepository* ledger, qint64 runId,
               qint64 profileVersionId, QString duplicateHandling, QObject* parent = nullptr);

    /// Records the items that send nothing, then sends the rest; ends with finished().
    void run(const SyncPlan& plan);
    /// The same, a part of the plan at a time (SyncWorker sends each contact's write once its related
    /// records are read): add() as parts are planned, then endOfPlan(); finished() follows the last write.
    void add(const QList<PlanItem>& items);
    void endOfPlan();
    void cancel();
    /// Sends nothing more (the writes in flight finish) and ends with `message` as fault().
    void stop(const QString& message);
    /// Why the run stopped early because of the database (or a lost lease); empty when it did not.
    const QString& fault() const { return m_fault; }
    /// Sources a resumed run already wrote: their now-unchanged rows are not recorded a second time.
    void setAlreadyWritten(QSet<QString> sources) { m_alreadyWritten = std::move(sources); }
    const RunCounts& counts() const { return m_counts; }
    /// The request log kept with the run: once it cannot be written (a full disk), nothing more is sent.
    void setStoredLog(const store::RequestLogRepository* storedLog) { m_storedLog = storedLog; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const fieldlink::sync::RunCounts& counts, bool cancelled);

private:
    void sendMore();
    /// False when the write could not be marked in flight: it was not sent.
    bool send(const PlanItem& item);
    bool stopping() const { return m_cancelled || !m_fault.isEmpty(); }
    void onSent(const PlanItem& item, const api::ApiResult& result);
    store::RunRecord recordFor(const PlanItem& item, const QString& action, const QString& error = {}) const;
    store::LedgerEntry entryFor(const PlanItem& item, store::LedgerEntry::WriteState state) const;
    void itemDone();

    api::KixieClient* m_kixie;
    store::LedgerRepository* m_ledger;
    const store::RequestLogRepository* m_storedLog = nullptr;
    qint64 m_runId;
    qint64 m_profileVersionId;
    QString m_duplicateHandling;
    QSet<QString> m_alreadyWritten;
    RunCounts m_counts;
    QList<PlanItem> m_queue;
    qsizetype m_next = 0;
    int m_outstanding = 0;
    int m_total = 0;
    int m_done = 0;
    QElapsedTimer m_sinceProgress;
    bool m_cancelled = false;
    bool m_planComplete = false;
    bool m_finished = false;
    QString m_fault;
};

} // namespace fieldlink::sync
