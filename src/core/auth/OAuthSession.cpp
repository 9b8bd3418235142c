#include "core/auth/OAuthSession.h"

#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/SecretStore.h"

#include <QCoreApplication>

namespace fieldlink::auth {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::auth::OAuthSession)
};
} // namespace

OAuthSession::OAuthSession(OAuthTokens tokens, OAuthTokenClient* tokenClient, api::Clock* clock,
                           SecretStore* secrets, QString account, QObject* parent)
    : AccessTokenSource(parent)
    , m_tokens(std::move(tokens))
    , m_tokenClient(tokenClient)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_account(std::move(account)) {
}

bool OAuthSession::needsRefresh(qint64 wallClockMs) const {
    return m_tokens.expiresAtMs > 0 && wallClockMs >= m_tokens.expiresAtMs - refreshMarginMs;
}

std::optional<QSet<QString>> OAuthSession::grantedScopes() const {
    if (m_tokens.scopes.isEmpty())
        return AccessTokenSource::grantedScopes();
    return m_tokens.scopes;
}

void OAuthSession::refresh() {
    if (m_refreshing)
        return;
    if (!m_tokenClient || m_tokens.refreshToken.isEmpty()) {
        api::ApiResult result;
        result.error = api::ErrorClass::Auth;
        result.message =
            Tr::tr("The HighLevel connection cannot be renewed. Reconnect HighLevel in Connections.");
        return Q_EMIT refreshFinished(result);
    }
    m_refreshing = true;
    api::ApiRequest* request = m_tokenClient->refresh(m_tokens.refreshToken);
    connect(request, &api::ApiRequest::finished, this, &OAuthSession::onRefreshAnswer);
}

void OAuthSession::onRefreshAnswer(const api::ApiResult& answer) {
    m_refreshing = false;
    api::ApiResult result = answer;
    OAuthTokens fresh;
    if (result.ok())
        fresh = OAuthTokens::fromTokenResponse(result.json.toObject(), m_clock->wallClockMs());
    if (result.ok() && !fresh.isValid()) {
        result.error = api::ErrorClass::Malformed;
        result.message = Tr::tr("HighLevel's token answer had no access token.");
    }
    if (!result.ok()) {
        if (result.status >= 400 && result.status < 500) {
            // A used, revoked or expired refresh token: only a new authorization helps.
            result.error = api::ErrorClass::Auth;
            result.message =
                Tr::tr("HighLevel no longer accepts this connection's refresh token (it was used, "
                       "revoked or has expired). Reconnect HighLevel in Connections.");
        }
        qCWarning(lcAuth) << "token refresh failed:" << api::errorClassId(result.error) << result.status;
        return Q_EMIT refreshFinished(result);
    }
    if (fresh.refreshToken.isEmpty())
        fresh.refreshToken = m_tokens.refreshToken;
    if (fresh.scopes.isEmpty())
        fresh.scopes = m_tokens.scopes;
    if (fresh.locationId.isEmpty())
        fresh.locationId = m_tokens.locationId;
    m_tokens = fresh;
    // Saved at once and in one write: the refresh token we used is already invalid.
    // The client secret travels in the same blob; the next refresh needs it.
    if (SecretStore* secrets = m_secrets.data()) {
        const OAuthTokenClient* tokenClient = m_tokenClient.data();
        secrets->write(m_account,
                       oauthSecret(m_tokens, tokenClient ? tokenClient->config().clientSecret : QString()));
    }
    qCInfo(lcAuth) << "access token refreshed";
    Q_EMIT tokensChanged(m_tokens);
    Q_EMIT refreshFinished(result);
}

} // namespace fieldlink::auth
