#include "app/connections/OAuthConnector.h"

#include "app/shell/AppContext.h"
#include "core/auth/OAuthLoginFlow.h"
#include "core/auth/OAuthTokenClient.h"

#include <QDesktopServices>

namespace fieldlink {

OAuthConnector::OAuthConnector(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
}

OAuthConnector::~OAuthConnector() = default;

QString OAuthConnector::redirectUri(quint16 port) {
    return QStringLiteral("http://127.0.0.1:%1/oauth/callback").arg(port);
}

void OAuthConnector::start(const auth::OAuthClientConfig& config, quint16 port) {
    cancel();
    m_tokenClient = std::make_unique<auth::OAuthTokenClient>(config, m_context.network(), m_context.clock(),
                                                             m_context.requestLog());
    m_flow = std::make_unique<auth::OAuthLoginFlow>(m_tokenClient.get(), m_context.clock());
    connect(m_flow.get(), &auth::OAuthLoginFlow::finished, this, &OAuthConnector::onFlowFinished);
    if (!m_flow->start(port))
        return; // finished() has already told why
    const QUrl url = m_flow->authorizationUrl();
    Q_EMIT waitingForBrowser(url);
    QDesktopServices::openUrl(url);
}

void OAuthConnector::cancel() {
    if (m_flow)
        m_flow->cancel();
}

void OAuthConnector::onFlowFinished(const api::ApiResult& result, const auth::OAuthTokens& tokens) {
    // The flow is still on the stack here; it goes once control is back in the event loop.
    m_flow.release()->deleteLater();
    m_tokenClient.release()->deleteLater();
    Q_EMIT finished(result, tokens);
}

} // namespace fieldlink
