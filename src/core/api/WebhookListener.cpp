#include "core/api/WebhookListener.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace fieldlink::api {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::api::WebhookListener)
};
} // namespace

WebhookListener::WebhookListener(QObject* parent)
    : QObject(parent) {
}

WebhookListener::~WebhookListener() = default;

Result<> WebhookListener::listen(const WebhookListenerSettings& settings) {
    m_settings = settings;
    m_server = std::make_unique<QHttpServer>();
    m_server->route(
        settings.path, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
            if (!m_settings.requiredHeader.isEmpty() &&
                request.value(m_settings.requiredHeader) != m_settings.requiredValue) {
                Q_EMIT deliveryRejected(
                    Tr::tr("A webhook delivery without the expected %1 header was refused.")
                        .arg(QString::fromLatin1(m_settings.requiredHeader)));
                return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
            }
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                Q_EMIT deliveryRejected(Tr::tr("A webhook delivery that is not a JSON object was refused."));
                return QHttpServerResponse(QHttpServerResponder::StatusCode::BadRequest);
            }
            Q_EMIT eventReceived(document.object());
            return QHttpServerResponse(QJsonObject{{QStringLiteral("received"), true}});
        });
    m_port = m_server->listen(settings.address, settings.port);
    if (m_port == 0) {
        m_server.reset();
        return Failure{
            Tr::tr("Could not listen for Kixie webhooks on %1 port %2; another program may be using it.")
                .arg(settings.address.toString())
                .arg(settings.port)};
    }
    qCInfo(lcApi) << "listening for Kixie webhooks on" << url().toString();
    return {};
}

QUrl WebhookListener::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_settings.address == QHostAddress::Any ? QStringLiteral("127.0.0.1")
                                                        : m_settings.address.toString());
    url.setPort(m_port);
    url.setPath(m_settings.path);
    return url;
}

} // namespace fieldlink::api
