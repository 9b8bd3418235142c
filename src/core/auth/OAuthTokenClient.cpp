#include "core/auth/OAuthTokenClient.h"

namespace fieldlink::auth {
namespace {

QUrl originOf(const QUrl& url) {
    QUrl origin = url;
    origin.setPath({});
    origin.setQuery(QString());
    return origin;
}

api::QueueSettings tokenQueueSettings(const OAuthClientConfig& config) {
    api::QueueSettings settings;
    settings.service = api::Service::Ghl;
    settings.baseUrl = originOf(config.tokenUrl);
    settings.maxConcurrent = 1;
    return settings;
}

} // namespace

OAuthTokenClient::OAuthTokenClient(OAuthClientConfig config, QNetworkAccessManager* network,
                                   api::Clock* clock, api::RequestLog* log, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_queue(tokenQueueSettings(m_config), network, clock, log, this) {
    m_queue.redactor().addSecret(m_config.clientSecret);
}

api::ApiRequest* OAuthTokenClient::post(QUrlQuery form, QString operation) {
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_config.clientSecret);
    form.addQueryItem(QStringLiteral("user_type"), m_config.userType);
    api::RequestSpec spec;
    spec.method = "POST";
    spec.path = m_config.tokenUrl.path();
    // Percent-encode every value ourselves: QUrlQuery leaves '+' alone, which a form decoder reads as a
    // space.
    QByteArrayList pairs;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
        pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    spec.body = pairs.join('&');
    spec.contentType = "application/x-www-form-urlencoded";
    // A code is single-use and a refresh token rotates: a lost answer cannot be fixed by asking again.
    spec.idempotency = api::Idempotency::NonIdempotent;
    spec.operation = std::move(operation);
    spec.authenticated = false;
    return m_queue.submit(std::move(spec));
}

api::ApiRequest* OAuthTokenClient::exchangeCode(const QString& code, const QString& redirectUri,
                                                const QByteArray& codeVerifier) {
    m_queue.redactor().addSecret(code);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    return post(form, QStringLiteral("oauth.token.code"));
}

api::ApiRequest* OAuthTokenClient::refresh(const QString& refreshToken) {
    m_queue.redactor().addSecret(refreshToken);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    return post(form, QStringLiteral("oauth.token.refresh"));
}

} // namespace fieldlink::auth
