#include "support/OAuthBrowser.h"

#include "core/api/Clock.h"
#include "core/auth/OAuthLoginFlow.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace fieldlink::test {
namespace {

bool awaitReply(QNetworkReply* reply) {
    QSignalSpy done(reply, &QNetworkReply::finished);
    return reply->isFinished() || done.wait(10000);
}

} // namespace

bool approveInBrowser(QNetworkAccessManager* network, const QUrl& authorizationUrl,
                      const QString& overrideState) {
    QNetworkRequest request(authorizationUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* consent = network->get(request);
    if (!awaitReply(consent))
        return false;
    consent->deleteLater();
    if (consent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return false;
    QUrl redirect(QString::fromUtf8(consent->rawHeader("Location")));
    if (redirect.host() != QLatin1String("127.0.0.1"))
        return false;
    if (!overrideState.isEmpty()) {
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), overrideState);
        redirect.setQuery(query);
    }
    QNetworkReply* callback = network->get(QNetworkRequest(redirect));
    const bool answered = awaitReply(callback);
    callback->deleteLater();
    return answered;
}

auth::OAuthClientConfig sandboxOAuthConfig(const SandboxFixture& sandbox) {
    const QJsonObject ghl = sandbox.credentials().value(QLatin1String("ghl")).toObject();
    auth::OAuthClientConfig config;
    config.clientId = ghl.value(QLatin1String("oauthClientId")).toString();
    config.clientSecret = ghl.value(QLatin1String("oauthClientSecret")).toString();
    config.authorizeUrl = QUrl(sandbox.baseUrl() + QStringLiteral("/v2/oauth/chooselocation"));
    config.tokenUrl = QUrl(sandbox.baseUrl() + QStringLiteral("/oauth/token"));
    return config;
}

auth::OAuthTokens connectOAuthAccount(SandboxFixture& sandbox, auth::OAuthTokenClient& tokenClient) {
    auth::OAuthLoginFlow flow(&tokenClient, api::SystemClock::instance());
    QSignalSpy finished(&flow, &auth::OAuthLoginFlow::finished);
    if (!flow.start() || !approveInBrowser(sandbox.network(), flow.authorizationUrl()))
        return {};
    if (finished.isEmpty() && !finished.wait(10000))
        return {};
    return finished.at(0).at(1).value<auth::OAuthTokens>();
}

} // namespace fieldlink::test
