#include "app/shell/AppContext.h"

#include "app/connections/ConnectionInUse.h"
#include "app/shell/EmbeddedSandbox.h"
#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/api/RequestLog.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretRequests.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/KixieDirectoryRepository.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunHistoryQuery.h"
#include "core/store/RunLeaseRepository.h"
#include "core/store/RunRecordQuery.h"
#include "core/store/RunRepository.h"
#include "core/store/WatcherRepository.h"
#include "core/store/WebhookInbox.h"

#include <QNetworkAccessManager>
#include <QUuid>

namespace fieldlink {

/// Every repository over the window's connection, made together when the database opens.
struct AppContext::Repositories {
    explicit Repositories(const store::Database& database)
        : connections(database.connection())
        , profiles(database.connection())
        , runs(database.connection())
        , runHistory(database.connection())
        , runRecords(database.connection())
        , conflictDecisions(database.connection())
        , kixieDirectory(database.connection())
        , loggedRequests(database.connection())
        , runLeases(database.connection())
        , webhookInbox(database.connection())
        , watchers(database.connection()) {}

    store::ConnectionRepository connections;
    store::ProfileRepository profiles;
    store::RunRepository runs;
    store::RunHistoryQuery runHistory;
    store::RunRecordQuery runRecords;
    store::ConflictDecisionRepository conflictDecisions;
    store::KixieDirectoryRepository kixieDirectory;
    store::RequestLogRepository loggedRequests;
    store::RunLeaseRepository runLeases;
    store::WebhookInbox webhookInbox;
    store::WatcherRepository watchers;
};

AppContext::AppContext(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_requestLog(std::make_unique<api::RequestLog>())
    , m_secretStore(std::make_unique<auth::KeychainSecretStore>())
    , m_secretRequests(std::make_unique<auth::SecretRequests>(m_secretStore.get()))
    , m_connectionInUse(new ConnectionInUse(this)) {
}

AppContext::~AppContext() {
    // Requests still in flight answer into objects that are going away; drop them first.
    m_network.reset();
    // The repositories hold copies of the connection; Qt warns if one outlives its removal.
    m_repositories.reset();
    m_database.close();
}

Result<> AppContext::open() {
    // A window per context, each with its own named connection on the GUI thread.
    const Result<> opened =
        m_database.open(m_databasePath, QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!opened)
        return opened;
    m_repositories = std::make_unique<Repositories>(m_database);
    return {};
}

store::ConnectionRepository& AppContext::connections() {
    return m_repositories->connections;
}

store::ProfileRepository& AppContext::profiles() {
    return m_repositories->profiles;
}

store::RunRepository& AppContext::runs() {
    return m_repositories->runs;
}

const store::RunHistoryQuery& AppContext::runHistory() const {
    return m_repositories->runHistory;
}

const store::RunRecordQuery& AppContext::runRecords() const {
    return m_repositories->runRecords;
}

store::ConflictDecisionRepository& AppContext::conflictDecisions() {
    return m_repositories->conflictDecisions;
}

store::KixieDirectoryRepository& AppContext::kixieDirectory() {
    return m_repositories->kixieDirectory;
}

const store::RunLeaseRepository& AppContext::runLeases() const {
    return m_repositories->runLeases;
}

store::WebhookInbox& AppContext::webhookInbox() {
    return m_repositories->webhookInbox;
}

const store::WatcherRepository& AppContext::watchers() const {
    return m_repositories->watchers;
}

const store::RequestLogRepository& AppContext::loggedRequests() const {
    return m_repositories->loggedRequests;
}

void AppContext::probeKeychain() {
    auto* keychain = qobject_cast<auth::KeychainSecretStore*>(m_secretStore.get());
    if (!keychain)
        return;
    connect(
        keychain, &auth::KeychainSecretStore::probeFinished, this,
        [this](bool available, const QString& message) {
            if (available) {
                m_keychainState = KeychainState::Available;
                m_keychainMessage.clear();
                Q_EMIT keychainStateChanged(m_keychainState, m_keychainMessage);
            } else {
                useSessionOnlySecrets(message);
            }
        },
        Qt::SingleShotConnection);
    keychain->probe();
}

void AppContext::useSessionOnlySecrets(const QString& reason) {
    auto memory = std::make_unique<auth::MemorySecretStore>();
    m_secretRequests->setStore(memory.get()); // what the keychain left unanswered is asked of this one
    // The keychain store may be the sender of the signal that brought us here: it goes when that returns.
    if (m_secretStore)
        m_secretStore.release()->deleteLater();
    m_secretStore = std::move(memory);
    m_keychainState = KeychainState::Unavailable;
    m_keychainMessage =
        tr("No system keychain is available, so secrets are kept for this session only and must be entered "
           "again next time. (%1)")
            .arg(reason);
    // Said once, here; the banner on Connections and each secret's status line repeat it on screen only.
    qCWarning(lcApp).noquote() << m_keychainMessage;
    Q_EMIT keychainStateChanged(m_keychainState, m_keychainMessage);
}

void AppContext::watchQueue(api::Service service, api::RequestQueue* queue) {
    (service == api::Service::Ghl ? m_ghlQueue : m_kixieQueue) = queue;
    connect(queue, &api::RequestQueue::budgetChanged, this, &AppContext::budgetChanged);
    Q_EMIT budgetChanged();
}

api::RequestQueue* AppContext::watchedQueue(api::Service service) const {
    return (service == api::Service::Ghl ? m_ghlQueue : m_kixieQueue).data();
}

api::Clock* AppContext::clock() const {
    return api::SystemClock::instance();
}

Result<> AppContext::startSandbox() {
    if (!m_sandbox)
        m_sandbox = std::make_unique<EmbeddedSandbox>();
    return m_sandbox->start();
}

} // namespace fieldlink
