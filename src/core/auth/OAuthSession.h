#pragma once

#include "core/auth/AccessTokenSource.h"
#include "core/auth/OAuthTokens.h"

#include <QPointer>

namespace fieldlink::api {
class Clock;
}

namespace fieldlink::auth {

class OAuthTokenClient;
class SecretStore;

/// A GHL OAuth grant in use: hands out the access token, refreshes it shortly before it expires or when GHL
/// says it has, and saves the rotated pair to the keychain the moment it arrives — the old refresh token is
/// already dead then.
class OAuthSession final : public AccessTokenSource {
    Q_OBJECT
public:
    /// Refresh this long before expiry, so no request is sent with a token about to lapse.
    static constexpr qint64 refreshMarginMs = 5 * 60 * 1000;

    OAuthSession(OAuthTokens tokens, OAuthTokenClient* tokenClient, api::Clock* clock, SecretStore* secrets,
                 QString account, QObject* parent = nullptr);

    QString accessToken() const override { return m_tokens.accessToken; }
    bool canRefresh() const override { return !m_tokens.refreshToken.isEmpty(); }
    bool needsRefresh(qint64 wallClockMs) const override;
    void refresh() override;
    std::optional<QSet<QString>> grantedScopes() const override;
    const OAuthTokens& tokens() const { return m_tokens; }

Q_SIGNALS:
    void tokensChanged(const fieldlink::auth::OAuthTokens& tokens);

private:
    void onRefreshAnswer(const api::ApiResult& result);

    OAuthTokens m_tokens;
    QPointer<OAuthTokenClient> m_tokenClient;
    api::Clock* m_clock;
    QPointer<SecretStore> m_secrets;
    QString m_account;
    bool m_refreshing = false;
};

} // namespace fieldlink::auth
