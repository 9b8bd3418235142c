#pragma once

#include "SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace fieldlink {

class AppContext;

/// Runs a GHL → Kixie sync from the app: reads both secrets of a saved connection from the keychain (the
/// window keeps working meanwhile), then runs a SyncWorker on its own thread with its own network manager
/// and database connection, and hands progress and the outcome back on the GUI thread. One run at a time.
class SyncLauncher : public QObject {
    Q_OBJECT
public:
    explicit SyncLauncher(AppContext& context, QObject* parent = nullptr);
    ~SyncLauncher() override;

    /// `job` says what to run (profile, scope, dry run, resume, replay); the connection fills in the rest.
    void start(const QString& connectionName, sync::SyncJob job);
    /// Stops after the writes in flight; the run stays resumable.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const fieldlink::sync::RunProgress& progress);
    void finished(const fieldlink::sync::SyncOutcome& outcome);

private:
    void readSecrets(const QString& connectionName, sync::SyncJob job);
    void run(sync::SyncJob job);
    void fail(const QString& message);

    AppContext& m_context;
    QThread m_thread;
    QPointer<sync::SyncWorker> m_worker;
    bool m_running = false;
};

} // namespace fieldlink
