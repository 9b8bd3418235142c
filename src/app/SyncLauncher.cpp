#include "SyncLauncher.h"

#include "AppContext.h"
#include "ConnectionRepository.h"
#include "GhlCredential.h"
#include "SecretRequests.h"

namespace fieldlink {

SyncLauncher::SyncLauncher(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    m_thread.setObjectName(QStringLiteral("sync"));
}

SyncLauncher::~SyncLauncher() {
    // Closing the window mid-run: the run stops as a cancelled one does, resumable, before the thread ends.
    if (sync::SyncWorker* worker = m_worker.data())
        QMetaObject::invokeMethod(worker, &sync::SyncWorker::cancel, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncLauncher::start(const QString& connectionName, sync::SyncJob job) {
    if (m_running)
        return;
    m_running = true;
    readSecrets(connectionName, std::move(job));
}

void SyncLauncher::cancel() {
    if (sync::SyncWorker* worker = m_worker.data())
        QMetaObject::invokeMethod(worker, &sync::SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncLauncher::fail(const QString& message) {
    m_running = false;
    sync::SyncOutcome outcome;
    outcome.message = message;
    Q_EMIT finished(outcome);
}

void SyncLauncher::readSecrets(const QString& connectionName, sync::SyncJob job) {
    using store::SavedConnection;
    const auto ghl = m_context.connections().find(connectionName, SavedConnection::Service::Ghl);
    const auto kixie = m_context.connections().find(connectionName, SavedConnection::Service::Kixie);
    if (!ghl || !kixie || !ghl->secretSavedAt || !kixie->secretSavedAt)
        return fail(
            tr("The connection \"%1\" needs both a HighLevel and a Kixie side with saved secrets; complete "
               "it on the Connections page.")
                .arg(connectionName));
    job.ghl.baseUrl = ghl->baseUrl;
    job.ghl.locationId = ghl->accountId;
    job.kixie.baseUrl = kixie->baseUrl;
    job.kixieCredentials.businessId = kixie->accountId;
    job.databasePath = m_context.databasePath();
    // Two reads, one after the other: each answer arrives on this thread while the window stays live.
    m_context.secrets().read(
        ghl->secretAccount, this,
        [this, job, ghl, kixie](const QJsonObject& ghlSecret, const auth::SecretError& error) mutable {
            if (!error.ok())
                return fail(tr("The HighLevel secret could not be read: %1").arg(error.message));
            job.ghlCredential = auth::GhlCredential::fromSecret(
                ghl->authKind, ghlSecret, ghl->baseUrl,
                ghl->settings.value(store::ConnectionSetting::oauthClientId).toString(), ghl->secretAccount);
            m_context.secrets().read(
                kixie->secretAccount, this,
                [this, job](const QJsonObject& kixieSecret, const auth::SecretError& kixieError) mutable {
                    if (!kixieError.ok())
                        return fail(tr("The Kixie API key could not be read: %1").arg(kixieError.message));
                    job.kixieCredentials.apiKey = kixieSecret.value(auth::SecretKey::apiKey).toString();
                    run(std::move(job));
                });
        });
}

void SyncLauncher::run(sync::SyncJob job) {
    auto* worker = new sync::SyncWorker(std::move(job));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // A window closed mid-run stops the thread; the worker goes with it (a finished one goes sooner, below).
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &sync::SyncWorker::progress, this, &SyncLauncher::progress);
    connect(worker, &sync::SyncWorker::finished, this, [this, worker](const sync::SyncOutcome& outcome) {
        m_running = false;
        worker->deleteLater(); // on its own thread, which keeps running for the next run
        Q_EMIT finished(outcome);
    });
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(worker, &sync::SyncWorker::start, Qt::QueuedConnection);
}

} // namespace fieldlink
