#include "core/auth/GhlCredential.h"

#include "core/api/GhlClient.h"
#include "core/auth/AccessTokenSource.h"
#include "core/auth/OAuthSession.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/SecretRequests.h"

namespace fieldlink::auth {

GhlCredential GhlCredential::fromPrivateToken(QString token) {
    GhlCredential credential;
    credential.privateToken = std::move(token);
    return credential;
}

GhlCredential GhlCredential::fromSecret(const QString& authKind, const QJsonObject& secret,
                                        const QUrl& apiBaseUrl, const QString& oauthClientId,
                                        const QString& secretAccount) {
    GhlCredential credential;
    if (authKind == QLatin1String("oauth")) {
        credential.oauth = OAuthTokens::fromSecret(secret);
        credential.oauthClient =
            oauthClientConfigFor(apiBaseUrl, oauthClientId, secret.value(SecretKey::clientSecret).toString());
        credential.secretAccount = secretAccount;
    } else {
        credential.privateToken = secret.value(SecretKey::privateToken).toString();
    }
    return credential;
}

std::unique_ptr<AccessTokenSource> GhlCredential::makeTokenSource(QNetworkAccessManager* network,
                                                                  api::Clock* clock, api::RequestLog* log,
                                                                  SecretStore* secrets) const {
    if (!oauth)
        return std::make_unique<PrivateIntegrationToken>(privateToken);
    auto* tokenClient = new OAuthTokenClient(oauthClient, network, clock, log);
    auto session = std::make_unique<OAuthSession>(*oauth, tokenClient, clock,
                                                  secretAccount.isEmpty() ? nullptr : secrets, secretAccount);
    tokenClient->setParent(session.get()); // lives exactly as long as the session that uses it
    return session;
}

OAuthClientConfig oauthClientConfigFor(const QUrl& apiBaseUrl, const QString& clientId,
                                       const QString& clientSecret) {
    OAuthClientConfig config;
    config.clientId = clientId;
    config.clientSecret = clientSecret;
    if (apiBaseUrl != api::GhlSettings{}.baseUrl) {
        config.authorizeUrl = apiBaseUrl.resolved(QUrl(QStringLiteral("/oauth/chooselocation")));
        config.tokenUrl = apiBaseUrl.resolved(QUrl(QStringLiteral("/oauth/token")));
    }
    return config;
}

QJsonObject oauthSecret(const OAuthTokens& tokens, const QString& clientSecret) {
    QJsonObject secret = tokens.toSecret();
    secret.insert(SecretKey::clientSecret, clientSecret);
    return secret;
}

} // namespace fieldlink::auth
