#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace fieldlink::store {
class WebhookInbox;
}

namespace fieldlink::api {

/// Where Kixie's webhooks are received. Kixie does not sign them; the only check a receiver gets is a static
/// header set when the webhook is registered, so one can be required here.
struct WebhookListenerSettings {
    QHostAddress address = QHostAddress::LocalHost; ///< loopback unless the admin exposes it on purpose
    quint16 port = 0;                               ///< 0: any free port
    QString path = QStringLiteral("/kixie/webhook");
    QByteArray requiredHeader; ///< e.g. "X-Fieldlink-Token"; empty: no check
    QByteArray requiredValue;
    /// A larger body is refused with 413 and not stored; Kixie's call events are a few KiB.
    qsizetype maxBodyBytes = 256 * 1024;
};

/// Receives Kixie webhook deliveries over HTTP, on Qt HTTP Server — no HTTP parsing of our own.
///
/// Kixie never repeats a delivery, so each accepted delivery is stored in the inbox *before* it is answered
/// 200: a delivery that could not be stored is answered 503 and so never acknowledged, and one the process
/// dies after acknowledging is still in the inbox. Not JSON or not an object: 400, and the body is kept in
/// the inbox as malformed for the admin to inspect. Too large: 413.
class WebhookListener : public QObject {
    Q_OBJECT
public:
    /// `inbox`: where accepted deliveries are stored; it must use a database connection of this listener's
    /// thread, and outlive the listener.
    explicit WebhookListener(store::WebhookInbox& inbox, QObject* parent = nullptr);
    ~WebhookListener() override;

    /// Opens the port, or says why it cannot.
    Result<> listen(const WebhookListenerSettings& settings);
    quint16 port() const { return m_port; }
    /// The URL to register with Kixie (as reachable from this computer).
    QUrl url() const;

Q_SIGNALS:
    /// A delivery was stored as pending (it has been answered 200, or is being answered).
    void deliveryStored(qint64 inboxId);
    /// A delivery that was refused (wrong header, not JSON, too large, not stored), with the reason, for the
    /// log.
    void deliveryRejected(const QString& reason);

private:
    QHttpServerResponse receive(const QHttpServerRequest& request);
    QHttpServerResponse refuseMalformed(const QByteArray& body, const QString& reason);
    QHttpServerResponse refuse(int status, const QString& reason);

    std::unique_ptr<QHttpServer> m_server;
    WebhookListenerSettings m_settings;
    store::WebhookInbox& m_inbox;
    quint16 m_port = 0;
};

} // namespace fieldlink::api
