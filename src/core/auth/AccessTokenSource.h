#pragma once

#include "core/api/ApiResult.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace fieldlink::auth {

/// Where the API layer gets the GHL bearer token from, and how it is renewed. Only `auth` holds secrets; the
/// API layer asks for the token at the moment it sends.
class AccessTokenSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    /// OAuth tokens can be refreshed; a Private Integration Token cannot.
    virtual bool canRefresh() const { return false; }
    /// True when the token expires within the safety margin (refresh before expiry, not after).
    virtual bool needsRefresh(qint64 /*wallClockMs*/) const { return false; }
    /// Starts a refresh; ends with exactly one refreshFinished().
    virtual void refresh() {}
    /// The scopes the token carries, when known (from the token response or a probe).
    virtual std::optional<QSet<QString>> grantedScopes() const { return m_scopes; }
    void setGrantedScopes(std::optional<QSet<QString>> scopes) { m_scopes = std::move(scopes); }

Q_SIGNALS:
    void refreshFinished(const fieldlink::api::ApiResult& result);

private:
    std::optional<QSet<QString>> m_scopes;
};

/// A GHL Private Integration Token: a static bearer token with the scopes chosen when it was created.
class PrivateIntegrationToken final : public AccessTokenSource {
    Q_OBJECT
public:
    explicit PrivateIntegrationToken(QString token, QObject* parent = nullptr)
        : AccessTokenSource(parent)
        , m_token(std::move(token)) {}

    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

} // namespace fieldlink::auth
