#include "core/auth/OAuthTokens.h"

#include <QJsonArray>

namespace fieldlink::auth {

OAuthTokens OAuthTokens::fromTokenResponse(const QJsonObject& response, qint64 nowMs) {
    OAuthTokens tokens;
    tokens.accessToken = response.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = response.value(QLatin1String("refresh_token")).toString();
    const qint64 expiresIn = response.value(QLatin1String("expires_in")).toInteger(86399);
    tokens.expiresAtMs = nowMs + expiresIn * 1000;
    const QStringList scopes =
        response.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.scopes = QSet<QString>(scopes.begin(), scopes.end());
    tokens.locationId = response.value(QLatin1String("locationId")).toString();
    tokens.companyId = response.value(QLatin1String("companyId")).toString();
    tokens.userType = response.value(QLatin1String("userType")).toString();
    return tokens;
}

QJsonObject OAuthTokens::toSecret() const {
    QStringList scopeList(scopes.begin(), scopes.end());
    scopeList.sort();
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("ghl-oauth")},
                       {QStringLiteral("accessToken"), accessToken},
                       {QStringLiteral("refreshToken"), refreshToken},
                       {QStringLiteral("expiresAtMs"), expiresAtMs},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopeList)},
                       {QStringLiteral("locationId"), locationId},
                       {QStringLiteral("companyId"), companyId},
                       {QStringLiteral("userType"), userType}};
}

OAuthTokens OAuthTokens::fromSecret(const QJsonObject& secret) {
    OAuthTokens tokens;
    tokens.accessToken = secret.value(QLatin1String("accessToken")).toString();
    tokens.refreshToken = secret.value(QLatin1String("refreshToken")).toString();
    tokens.expiresAtMs = secret.value(QLatin1String("expiresAtMs")).toInteger();
    for (const QJsonValue& scope : secret.value(QLatin1String("scopes")).toArray())
        tokens.scopes.insert(scope.toString());
    tokens.locationId = secret.value(QLatin1String("locationId")).toString();
    tokens.companyId = secret.value(QLatin1String("companyId")).toString();
    tokens.userType = secret.value(QLatin1String("userType")).toString();
    return tokens;
}

} // namespace fieldlink::auth
