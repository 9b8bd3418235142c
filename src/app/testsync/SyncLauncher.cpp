#include "app/testsync/SyncLauncher.h"

#include "app/connections/ConnectionSides.h"
#include "app/shell/AppContext.h"

namespace fieldlink {

SyncLauncher::SyncLauncher(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncLauncher::~SyncLauncher() {
    // Closing the window mid-run: the run stops as a cancelled one does, resumable, before the thread ends.
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncLauncher::start(const QString& connectionName, sync::SyncJob job) {
    if (m_running)
        return;
    m_running = true;
    job.databasePath = m_context.databasePath();
    ConnectionSides::readGhl(
        m_context, connectionName, this,
        [this, connectionName, job](const QString& error, const api::GhlSettings& settings,
                                    const auth::GhlCredential& credential) mutable {
            if (!error.isEmpty())
                return fail(error);
            job.ghl = settings;
            job.ghlCredential = credential;
            ConnectionSides::readKixie(m_context, connectionName, this,
                                       [this, job](const QString& kixieError, const api::KixieSettings& kixie,
                                                   const api::KixieCredentials& credentials) mutable {
                                           if (!kixieError.isEmpty())
                                               return fail(kixieError);
                                           job.kixie.baseUrl = kixie.baseUrl;
                                           job.kixieCredentials = credentials;
                                           run(std::move(job));
                                       });
        });
}

void SyncLauncher::startEvents(const QString& connectionName, sync::EventJob job) {
    if (m_running)
        return;
    m_running = true;
    job.databasePath = m_context.databasePath();
    ConnectionSides::readGhl(m_context, connectionName, this,
                             [this, job](const QString& error, const api::GhlSettings& settings,
                                         const auth::GhlCredential& credential) mutable {
                                 if (!error.isEmpty())
                                     return failEvents(error);
                                 job.ghl = settings;
                                 job.ghlCredential = credential;
                                 runEvents(std::move(job));
                             });
}

void SyncLauncher::cancel() {
    if (auto* worker = qobject_cast<sync::SyncWorker*>(m_worker.data()))
        QMetaObject::invokeMethod(worker, &sync::SyncWorker::cancel, Qt::QueuedConnection);
    else if (auto* events = qobject_cast<sync::EventWorker*>(m_worker.data()))
        QMetaObject::invokeMethod(events, &sync::EventWorker::cancel, Qt::QueuedConnection);
    else if (m_running) // still reading secrets: the worker is cancelled as soon as it exists
        m_cancelPending = true;
}

void SyncLauncher::answerDnd(bool turnOn, bool forRestOfRun) {
    // Queued: the worker lives on the run thread, which never waits on the window.
    if (auto* worker = qobject_cast<sync::EventWorker*>(m_worker.data()))
        QMetaObject::invokeMethod(
            worker, [worker, turnOn, forRestOfRun] { worker->answerDnd(turnOn, forRestOfRun); },
            Qt::QueuedConnection);
}

void SyncLauncher::inboxChanged() {
    if (auto* worker = qobject_cast<sync::EventWorker*>(m_worker.data()))
        QMetaObject::invokeMethod(worker, &sync::EventWorker::inboxChanged, Qt::QueuedConnection);
}

void SyncLauncher::fail(const QString& message) {
    m_running = false;
    m_cancelPending = false;
    sync::SyncOutcome outcome;
    outcome.message = message;
    Q_EMIT finished(outcome);
}

void SyncLauncher::failEvents(const QString& message) {
    m_running = false;
    m_cancelPending = false;
    sync::EventOutcome outcome;
    outcome.message = message;
    Q_EMIT eventsFinished(outcome);
}

template <typename Worker> void SyncLauncher::launch(Worker* worker) {
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // A window closed mid-run stops the thread; the worker goes with it (a finished one goes sooner).
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &Worker::progress, this, &SyncLauncher::progress);
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(worker, &Worker::start, Qt::QueuedConnection);
    if (std::exchange(m_cancelPending, false))
        QMetaObject::invokeMethod(worker, &Worker::cancel, Qt::QueuedConnection);
}

void SyncLauncher::run(sync::SyncJob job) {
    auto* worker = new sync::SyncWorker(std::move(job));
    connect(worker, &sync::SyncWorker::finished, this, [this, worker](const sync::SyncOutcome& outcome) {
        m_running = false;
        worker->deleteLater(); // on its own thread, which keeps running for the next run
        Q_EMIT finished(outcome);
    });
    launch(worker);
}

void SyncLauncher::runEvents(sync::EventJob job) {
    auto* worker = new sync::EventWorker(std::move(job));
    connect(worker, &sync::EventWorker::finished, this, [this, worker](const sync::EventOutcome& outcome) {
        m_running = false;
        worker->deleteLater();
        Q_EMIT eventsFinished(outcome);
    });
    connect(worker, &sync::EventWorker::dndApprovalNeeded, this, &SyncLauncher::eventsDndApprovalNeeded);
    launch(worker);
}

} // namespace fieldlink
