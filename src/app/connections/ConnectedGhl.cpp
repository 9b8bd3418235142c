#include "app/connections/ConnectedGhl.h"

#include "app/connections/ConnectionSides.h"
#include "app/shell/AppContext.h"
#include "core/auth/AccessTokenSource.h"
#include "core/auth/SecretRequests.h"

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
    ConnectionSides::readGhl(
        m_context, connectionName, this,
        [this, ready = std::move(ready)](const QString& error, const api::GhlSettings& settings,
                                         const auth::GhlCredential& credential) {
            if (!error.isEmpty())
                return ready(error);
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
