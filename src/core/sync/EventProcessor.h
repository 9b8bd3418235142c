#pragma once

#include "core/api/RequestLog.h"
#include "core/mapping/MappingEngine.h"
#include "core/store/LedgerRepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

struct EventCounts {
    int events = 0;
    int notes = 0;      ///< notes created
    int tasks = 0;      ///< tasks created
    int tags = 0;       ///< tag additions
    int duplicates = 0; ///< actions already done for this call: a duplicated or replayed webhook
    int reconciled = 0; ///< writes of unknown outcome found in GHL, so not sent again
    int planned = 0;    ///< dry run: actions that would be sent
    int skipped = 0;
    int failed = 0;
    QJsonObject toJson() const;
};

/// Turns Kixie call events into GHL notes, follow-up tasks and tags through a kixie_to_ghl profile, exactly
/// once per call, event and action: the ledger keys each write by the call's `externalid`, a write is marked
/// in flight before it is sent, and a write whose outcome is unknown is looked for in GHL (by the reference
/// line Fieldlink puts in every note and task) before it is ever sent again. Events are handled one at a
/// time, in the order they came, so a call's endcall comes before its disposition.
class EventProcessor : public QObject {
    Q_OBJECT
public:
    EventProcessor(api::GhlClient* ghl, store::LedgerRepository* ledger, const mapping::MappingEngine* engine,
                   qint64 runId, qint64 profileVersionId, bool dryRun, QObject* parent = nullptr);

    /// Queues events; processing starts at once when idle.
    void process(const QList<QJsonObject>& events);
    void cancel() { m_cancelled = true; }
    bool isIdle() const { return !m_busy; }
    const EventCounts& counts() const { return m_counts; }
    /// The line Fieldlink appends to a note or task body to find it again: unique per call and event.
    static QString referenceLine(const QString& externalId, const QString& event);

Q_SIGNALS:
    void progress(int done, int queued);
    /// Every queued event has been handled (or the processor was cancelled).
    void idle();

private:
    struct Action {
        QString name; ///< note, task, tags
        QJsonObject body;
    };
    struct Current {
        mapping::MappedRecord mapped;
        QString event;
        QString contactId;
        QList<Action> actions;
    };

    void next();
    void resolveContact();
    void nextAction();
    void handle(const Action& action);
    void reconcile(const Action& action, const store::LedgerEntry& entry);
    void send(const Action& action);
    void onSent(const Action& action, const api::ApiResult& result);
    void finishEvent(const QString& action, const QString& error = {});
    store::LedgerEntry entryFor(const Action& action, store::LedgerEntry::WriteState state) const;
    /// Tags the requests made while it lives with the current event, for its request trace.
    [[nodiscard]] api::RequestSubject tagRequests() const;
    store::RunRecord recordFor(const QString& action, const QString& error = {},
                               const QJsonObject& diff = {}) const;
    QString targetKey(const Action& action) const;

    api::GhlClient* m_ghl;
    store::LedgerRepository* m_ledger;
    const mapping::MappingEngine* m_engine;
    qint64 m_runId;
    qint64 m_profileVersionId;
    bool m_dryRun;
    QQueue<QJsonObject> m_queue;
    Current m_current;
    EventCounts m_counts;
    int m_done = 0;
    QElapsedTimer m_sinceProgress;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace fieldlink::sync
