#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QUrl>

namespace fieldlink::auth {

/// The admin's own Marketplace app, and where GHL's OAuth endpoints are (docs/api.md, "GHL: OAuth and
/// Private Integration Tokens").
struct OAuthClientConfig {
    QString clientId;
    QString clientSecret;
    QUrl authorizeUrl = QUrl(QStringLiteral("https://marketplace.gohighlevel.com/v2/oauth/chooselocation"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com/oauth/token"));
    QString userType = QStringLiteral("Location");
    QStringList scopes = {QStringLiteral("contacts.readonly"), QStringLiteral("contacts.write"),
                          QStringLiteral("locations/customFields.readonly")};
};

/// One OAuth grant. Saved as one keychain blob, so a rotated refresh token and its access token are written
/// together.
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresAtMs = 0; ///< wall clock, ms since the epoch
    QSet<QString> scopes;
    QString locationId;
    QString companyId;
    QString userType;

    bool isValid() const { return !accessToken.isEmpty(); }
    /// Reads a token endpoint answer (`expires_in` relative to `nowMs`).
    static OAuthTokens fromTokenResponse(const QJsonObject& response, qint64 nowMs);
    QJsonObject toSecret() const;
    static OAuthTokens fromSecret(const QJsonObject& secret);
};

} // namespace fieldlink::auth

Q_DECLARE_METATYPE(fieldlink::auth::OAuthTokens)
