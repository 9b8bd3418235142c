#include "core/auth/OAuthLoginFlow.h"

#include "core/Logging.h"
#include "core/api/ApiRequest.h"
#include "core/api/Clock.h"
#include "core/auth/OAuthTokenClient.h"

#include <QCoreApplication>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace fieldlink::auth {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::auth::OAuthLoginFlow)
};

api::ApiResult failure(api::ErrorClass error, QString message) {
    api::ApiResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}
} // namespace

OAuthLoginFlow::OAuthLoginFlow(OAuthTokenClient* tokenClient, api::Clock* clock, QObject* parent)
    : QObject(parent)
    , m_tokenClient(tokenClient)
    , m_clock(clock) {
}

OAuthLoginFlow::~OAuthLoginFlow() = default;

bool OAuthLoginFlow::start(quint16 port) {
    // The address-taking constructor: the default one listens on every interface.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, this);
    if (!m_listener->isListening()) {
        finish(failure(
            api::ErrorClass::Network,
            Tr::tr("Could not listen on 127.0.0.1 port %1 for HighLevel's answer; another program may "
                   "be using it.")
                .arg(port)));
        return false;
    }
    m_listener->setCallbackPath(QStringLiteral("/oauth/callback"));
    m_listener->setCallbackText(
        Tr::tr("Fieldlink received HighLevel's answer. You can close this tab and return to Fieldlink."));
    connect(m_listener, &QOAuthHttpServerReplyHandler::callbackReceived, this, &OAuthLoginFlow::onCallback);

    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken();
    m_redirectUri = m_listener->callback();
    const OAuthClientConfig& config = m_tokenClient->config();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri)));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(config.scopes.join(QLatin1Char(' ')))));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    m_authorizationUrl = config.authorizeUrl;
    m_authorizationUrl.setQuery(query);
    m_waitingForBrowser = true;
    qCInfo(lcAuth) << "waiting for the OAuth redirect on" << m_redirectUri;
    return true;
}

void OAuthLoginFlow::cancel() {
    finish(failure(api::ErrorClass::Cancelled, Tr::tr("Connecting HighLevel was cancelled.")));
}

void OAuthLoginFlow::onCallback(const QVariantMap& values) {
    if (!m_waitingForBrowser)
        return;
    // Another page could send the browser here; only the answer to our own request counts.
    if (values.value(QStringLiteral("state")).toString().toLatin1() != m_state) {
        qCWarning(lcAuth) << "ignored an OAuth redirect with a wrong state";
        return finish(
            failure(api::ErrorClass::Auth,
                    Tr::tr("HighLevel's answer did not match this connection attempt (wrong state). "
                           "Start connecting again.")));
    }
    m_waitingForBrowser = false;
    const QString error = values.value(QStringLiteral("error")).toString();
    const QString code = values.value(QStringLiteral("code")).toString();
    if (!error.isEmpty() || code.isEmpty()) {
        return finish(failure(api::ErrorClass::Auth,
                              Tr::tr("HighLevel did not grant access: %1")
                                  .arg(error.isEmpty() ? Tr::tr("no authorization code") : error)));
    }
    api::ApiRequest* exchange = m_tokenClient->exchangeCode(code, m_redirectUri, m_pkce.verifier);
    connect(exchange, &api::ApiRequest::finished, this, [this](const api::ApiResult& result) {
        if (!result.ok())
            return finish(result);
        const OAuthTokens tokens =
            OAuthTokens::fromTokenResponse(result.json.toObject(), m_clock->wallClockMs());
        if (!tokens.isValid())
            return finish(
                failure(api::ErrorClass::Malformed, Tr::tr("HighLevel's token answer had no access token.")));
        finish(result, tokens);
    });
}

void OAuthLoginFlow::finish(const api::ApiResult& result, const OAuthTokens& tokens) {
    if (m_finished)
        return;
    m_finished = true;
    m_waitingForBrowser = false;
    if (m_listener)
        m_listener->close();
    Q_EMIT finished(result, tokens);
}

} // namespace fieldlink::auth
