#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace fieldlink::api {

/// Where Kixie's webhooks are received. Kixie does not sign them; the only check a receiver gets is a static
/// header set when the webhook is registered, so one can be required here.
struct WebhookListenerSettings {
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless the admin exposes it on purpose
    quint16 port = 0;                               ///< 0: any free port
    QString path = QStringLiteral("/kixie/webhook");
    QByteArray requiredHeader; ///< e.g. "X-Fieldlink-Token"; empty: no check
    QByteArray requiredValue;
};

/// Receives Kixie webhook deliveries over HTTP, on Qt HTTP Server — no HTTP parsing of our own — and hands
/// each JSON payload on. Answers 200 at once: Kixie documents no retries, so the payload is queued, not
/// processed during the request.
class WebhookListener : public QObject {
    Q_OBJECT
public:
    explicit WebhookListener(QObject* parent = nullptr);
    ~WebhookListener() override;

    /// Opens the port, or says why it cannot.
    Result<> listen(const WebhookListenerSettings& settings);
    quint16 port() const { return m_port; }
    /// The URL to register with Kixie (as reachable from this computer).
    QUrl url() const;

Q_SIGNALS:
    void eventReceived(const QJsonObject& payload);
    /// A delivery that was refused (wrong header, not JSON), with the reason, for the log.
    void deliveryRejected(const QString& reason);

private:
    std::unique_ptr<QHttpServer> m_server;
    WebhookListenerSettings m_settings;
    quint16 m_port = 0;
};

} // namespace fieldlink::api
