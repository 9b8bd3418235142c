#pragma once

#include "core/api/RequestQueue.h"
#include "core/auth/OAuthTokens.h"

#include <QObject>

namespace fieldlink::auth {

/// GHL's token endpoint, spoken to by our own requests so that a 4xx reaches the admin instead of only a log
/// line. Form-encoded, as the endpoint requires.
class OAuthTokenClient : public QObject {
    Q_OBJECT
public:
    OAuthTokenClient(OAuthClientConfig config, QNetworkAccessManager* network, api::Clock* clock,
                     api::RequestLog* log, QObject* parent = nullptr);

    api::ApiRequest* exchangeCode(const QString& code, const QString& redirectUri,
                                  const QByteArray& codeVerifier);
    api::ApiRequest* refresh(const QString& refreshToken);
    const OAuthClientConfig& config() const { return m_config; }
    api::RequestQueue& queue() { return m_queue; }

private:
    api::ApiRequest* post(QUrlQuery form, QString operation);

    OAuthClientConfig m_config;
    api::RequestQueue m_queue;
};

} // namespace fieldlink::auth
