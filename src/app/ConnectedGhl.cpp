#include "ConnectedGhl.h"

#include "AccessTokenSource.h"
#include "AppContext.h"
#include "ConnectionRepository.h"
#include "GhlClient.h"
#include "GhlCredential.h"
#include "SecretRequests.h"

namespace fieldlink {

ConnectedGhl::ConnectedGhl(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
}

ConnectedGhl::~ConnectedGhl() {
    m_client.reset(); // the client's queue reads through the token
    m_token.reset();
}

void ConnectedGhl::open(const QString& connectionName, std::function<void(const QString& error)> ready) {
    if (connectionName.isEmpty())
        return ready(tr("No connection is in use: choose or create one on the Connections page."));
    const auto side = m_context.connections().find(connectionName, store::SavedConnection::Service::Ghl);
    if (!side || !side->secretSavedAt)
        return ready(
            tr("The connection \"%1\" has no saved HighLevel side to read from.").arg(connectionName));
    m_context.secrets().read(
        side->secretAccount, this,
        [this, connectionName, ready = std::move(ready)](const QJsonObject& secret,
                                                         const auth::SecretError& error) {
            if (!error.ok())
                return ready(tr("The HighLevel secret could not be read: %1").arg(error.message));
            // Read again: the connection may have changed while the keychain answered.
            const auto current =
                m_context.connections().find(connectionName, store::SavedConnection::Service::Ghl);
            if (!current)
                return ready(tr("The connection \"%1\" was removed.").arg(connectionName));
            api::GhlSettings settings;
            settings.baseUrl = current->baseUrl;
            settings.locationId = current->accountId;
            const auth::GhlCredential credential = auth::GhlCredential::fromSecret(
                current->authKind, secret, current->baseUrl,
                current->settings.value(store::ConnectionSetting::oauthClientId).toString(),
                current->secretAccount);
            m_client.reset();
            m_client = std::make_unique<api::GhlClient>(settings, m_context.network(), m_context.clock(),
                                                        m_context.requestLog());
            m_token = credential.makeTokenSource(m_context.network(), m_context.clock(),
                                                 m_context.requestLog(), m_context.secrets().store());
            m_client->setTokenSource(m_token.get());
            m_context.watchQueue(api::Service::Ghl, &m_client->queue());
            if (const QString refused = m_client->queue().configurationError(); !refused.isEmpty()) {
                m_client.reset();
                return ready(refused);
            }
            ready({});
        });
}

} // namespace fieldlink
