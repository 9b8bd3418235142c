#include "app/shell/AppContext.h"

#include "app/shell/EmbeddedSandbox.h"
#include "core/api/Clock.h"
#include "core/api/RequestLog.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretRequests.h"

#include <QNetworkAccessManager>
#include <QUuid>

namespace fieldlink {

AppContext::AppContext(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_requestLog(std::make_unique<api::RequestLog>())
    , m_secretStore(std::make_unique<auth::KeychainSecretStore>())
    , m_secretRequests(std::make_unique<auth::SecretRequests>(m_secretStore.get())) {
}

AppContext::~AppContext() {
    // Requests still in flight answer into objects that are going away; drop them first.
    m_network.reset();
    // The repositories hold copies of the connection; Qt warns if one outlives its removal.
    m_connections.reset();
    m_runs.reset();
    m_database.close();
}

Result<> AppContext::open() {
    // A window per context, each with its own named connection on the GUI thread.
    const Result<> opened =
        m_database.open(m_databasePath, QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128));
    if (!opened)
        return opened;
    m_connections = std::make_unique<store::ConnectionRepository>(m_database.connection());
    m_runs = std::make_unique<store::RunRepository>(m_database.connection());
    return {};
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
    m_secretRequests->setStore(memory.get());
    m_secretStore = std::move(memory);
    m_keychainState = KeychainState::Unavailable;
    m_keychainMessage =
        tr("No system keychain is available, so secrets are kept for this session only and must be entered "
           "again next time. (%1)")
            .arg(reason);
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
