#pragma once

#include "core/auth/OAuthTokens.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace fieldlink::api {
class Clock;
class RequestLog;
} // namespace fieldlink::api

namespace fieldlink::auth {

class AccessTokenSource;
class SecretStore;

/// How a run signs in to HighLevel: a Private Integration Token, or an OAuth grant with the admin's app
/// and the keychain account its rotated tokens go back to.
struct GhlCredential {
    QString privateToken;
    std::optional<OAuthTokens> oauth;
    OAuthClientConfig oauthClient;
    QString secretAccount; ///< where a refreshed OAuth grant is saved; empty: not saved

    static GhlCredential fromPrivateToken(QString token);
    /// From a saved connection's keychain blob; `authKind` is the connection's (private-token or oauth).
    static GhlCredential fromSecret(const QString& authKind, const QJsonObject& secret,
                                    const QUrl& apiBaseUrl, const QString& oauthClientId,
                                    const QString& secretAccount);
    bool isEmpty() const { return privateToken.isEmpty() && !oauth; }

    /// The token source for a client. An OAuth grant refreshes itself and writes each rotated pair to
    /// `secrets` under `secretAccount` (nothing is written when either is missing).
    std::unique_ptr<AccessTokenSource> makeTokenSource(QNetworkAccessManager* network, api::Clock* clock,
                                                       api::RequestLog* log, SecretStore* secrets) const;
};

/// HighLevel's consent page and token endpoint for an API address: the documented ones for the real service,
/// the same paths on the address itself otherwise (the sandbox).
OAuthClientConfig oauthClientConfigFor(const QUrl& apiBaseUrl, const QString& clientId,
                                       const QString& clientSecret);

/// The keychain blob of an OAuth connection: the grant and the app's client secret, always written together
/// so a refresh never drops the secret the next refresh needs.
QJsonObject oauthSecret(const OAuthTokens& tokens, const QString& clientSecret);

} // namespace fieldlink::auth
