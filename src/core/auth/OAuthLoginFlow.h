#pragma once

#include "core/api/ApiResult.h"
#include "core/auth/OAuthTokens.h"
#include "core/auth/Pkce.h"

#include <QObject>
#include <QPointer>

class QOAuthHttpServerReplyHandler;

namespace fieldlink::api {
class Clock;
}

namespace fieldlink::auth {

class OAuthTokenClient;

/// Connects a GHL account by the OAuth 2.0 authorization code grant: a loopback listener on
/// 127.0.0.1 only, a random `state` checked on return, PKCE S256, and our own token exchange. The caller
/// opens authorizationUrl() in the system browser (the GUI does; the core has no GUI); the browser comes back
/// to the listener and the flow ends with exactly one finished().
class OAuthLoginFlow : public QObject {
    Q_OBJECT
public:
    OAuthLoginFlow(OAuthTokenClient* tokenClient, api::Clock* clock, QObject* parent = nullptr);
    ~OAuthLoginFlow() override;

    /// Starts listening on `port` (0: any free port; the redirect URI registered in the Marketplace app must
    /// match, so the app uses a fixed one). False, with finished() emitted, when the port is taken.
    bool start(quint16 port = 0);
    void cancel();
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void finished(const fieldlink::api::ApiResult& result, const fieldlink::auth::OAuthTokens& tokens);

private:
    void onCallback(const QVariantMap& values);
    void finish(const api::ApiResult& result, const OAuthTokens& tokens = {});

    QPointer<OAuthTokenClient> m_tokenClient;
    api::Clock* m_clock;
    QOAuthHttpServerReplyHandler* m_listener = nullptr;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizationUrl;
    QString m_redirectUri;
    bool m_waitingForBrowser = false;
    bool m_finished = false;
};

} // namespace fieldlink::auth
