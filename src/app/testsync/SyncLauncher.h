#pragma once

#include "core/sync/EventWorker.h"
#include "core/sync/SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace fieldlink {

class AppContext;

/// Runs a GHL → Kixie sync (SyncWorker) or a Kixie → GHL events run (EventWorker) from the app: reads the
/// saved connection's secrets from the keychain (the window keeps working meanwhile), then runs the worker on
/// its own thread with its own network manager and database connection, and hands progress and the outcome
/// back on the GUI thread. One run at a time.
class SyncLauncher : public QObject {
    Q_OBJECT
public:
    explicit SyncLauncher(AppContext& context, QObject* parent = nullptr);
    ~SyncLauncher() override;

    /// `job` says what to run (profile, scope, dry run, resume, replay); the connection fills in the rest.
    void start(const QString& connectionName, sync::SyncJob job);
    /// Call events into HighLevel: only the connection's HighLevel side is needed.
    void startEvents(const QString& connectionName, sync::EventJob job);
    /// A delivery was stored in the webhook inbox: the listening run takes it. With no run yet it waits
    /// there; the run takes what is pending when it starts.
    void inboxChanged();
    /// Stops after the writes in flight; the run stays resumable.
    void cancel();
    /// The admin's answer to eventsDndApprovalNeeded, handed to the run's thread.
    void answerDnd(bool turnOn, bool forRestOfRun);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const fieldlink::sync::RunProgress& progress);
    void finished(const fieldlink::sync::SyncOutcome& outcome);
    void eventsFinished(const fieldlink::sync::EventOutcome& outcome);
    /// A production events run asking for EventJob::askBeforeDnd waits for answerDnd().
    void eventsDndApprovalNeeded(const fieldlink::sync::DndRequest& request);

private:
    void run(sync::SyncJob job);
    void runEvents(sync::EventJob job);
    /// Moves `worker` to the run thread, wires its progress and starts it.
    template <typename Worker> void launch(Worker* worker);
    void fail(const QString& message);
    void failEvents(const QString& message);

    AppContext& m_context;
    QThread m_thread;
    QPointer<QObject> m_worker; ///< a SyncWorker or an EventWorker
    bool m_running = false;
    bool m_cancelPending = false; ///< Cancel before the worker existed
};

} // namespace fieldlink
