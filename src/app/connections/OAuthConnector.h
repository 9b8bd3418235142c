#pragma once

#include "core/api/ApiResult.h"
#include "core/auth/OAuthTokens.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace fieldlink::auth {
class OAuthLoginFlow;
class OAuthTokenClient;
} // namespace fieldlink::auth

namespace fieldlink {

class AppContext;

/// "Connect in the browser…" for HighLevel OAuth: listens on the loopback redirect, opens the system browser
/// on HighLevel's consent page, and ends with the tokens or a message — or when the admin cancels.
class OAuthConnector : public QObject {
    Q_OBJECT
public:
    /// The port the redirect URL uses unless the admin picks another; it must match the one registered in
    /// the Marketplace app, so it is fixed rather than any free port.
    static constexpr quint16 defaultRedirectPort = 48123;

    explicit OAuthConnector(AppContext& context, QObject* parent = nullptr);
    ~OAuthConnector() override;

    static QString redirectUri(quint16 port);

    void start(const auth::OAuthClientConfig& config, quint16 port);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }

Q_SIGNALS:
    /// The browser was asked to open `url`; the flow now waits for HighLevel's redirect.
    void waitingForBrowser(const QUrl& url);
    void finished(const fieldlink::api::ApiResult& result, const fieldlink::auth::OAuthTokens& tokens);

private:
    void onFlowFinished(const api::ApiResult& result, const auth::OAuthTokens& tokens);

    AppContext& m_context;
    std::unique_ptr<auth::OAuthTokenClient> m_tokenClient;
    std::unique_ptr<auth::OAuthLoginFlow> m_flow;
};

} // namespace fieldlink
