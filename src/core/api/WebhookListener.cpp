#include "core/api/WebhookListener.h"

#include "core/Logging.h"
#include "core/api/BoundedTcpServer.h"
#include "core/api/SecretCompare.h"
#include "core/store/WebhookInbox.h"

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

using StatusCode = QHttpServerResponder::StatusCode;

QHttpServerResponse answer(StatusCode status, const QJsonObject& body) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

} // namespace

WebhookListener::WebhookListener(store::WebhookInbox& inbox, QObject* parent)
    : QObject(parent)
    , m_inbox(inbox) {
}

WebhookListener::~WebhookListener() = default;

Result<> WebhookListener::listen(const WebhookListenerSettings& settings) {
    m_settings = settings;
    m_server = std::make_unique<QHttpServer>();
    m_server->route(settings.path, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) { return receive(request); });
    // Headers on top of the body limit; past both, the connection is cut before the body is buffered whole.
    constexpr qsizetype headerAllowance = 64 * 1024;
    auto* socketServer = new BoundedTcpServer(settings.maxBodyBytes + headerAllowance, m_server.get());
    connect(socketServer, &BoundedTcpServer::cut, this, [this](qsizetype bytes) {
        Q_EMIT deliveryRejected(
            Tr::tr("A webhook delivery was cut off after %1 bytes and answered 413: the limit is %2 bytes.")
                .arg(bytes)
                .arg(m_settings.maxBodyBytes));
    });
    m_port = socketServer->listen(settings.address, settings.port) ? socketServer->serverPort() : 0;
    if (m_port != 0)
        m_server->bind(socketServer);
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

QHttpServerResponse WebhookListener::receive(const QHttpServerRequest& request) {
    if (!m_settings.requiredHeader.isEmpty() &&
        !equalInConstantTime(request.value(m_settings.requiredHeader), m_settings.requiredValue)) {
        return refuse(401, Tr::tr("A webhook delivery without the expected %1 header was refused.")
                               .arg(QString::fromLatin1(m_settings.requiredHeader)));
    }
    const QByteArray body = request.body();
    if (body.size() > m_settings.maxBodyBytes) {
        return refuse(413, Tr::tr("A webhook delivery of %1 bytes was refused: the limit is %2 bytes.")
                               .arg(body.size())
                               .arg(m_settings.maxBodyBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuseMalformed(
            body, Tr::tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return refuseMalformed(body, Tr::tr("JSON, but not an object"));
    // Stored before the answer: what is acknowledged to Kixie is on disk, whatever happens next.
    const Result<qint64> stored = m_inbox.add(body);
    if (!stored) {
        return refuse(503, Tr::tr("A webhook delivery could not be stored, so it was answered 503 and not "
                                  "acknowledged: %1")
                               .arg(stored.error()));
    }
    Q_EMIT deliveryStored(*stored);
    return answer(StatusCode::Ok, {{QStringLiteral("received"), true}});
}

QHttpServerResponse WebhookListener::refuseMalformed(const QByteArray& body, const QString& reason) {
    const Result<qint64> kept = m_inbox.keepMalformed(body, reason);
    const QString message =
        Tr::tr("A webhook delivery was refused: %1.").arg(reason) + QLatin1Char(' ') +
        (kept ? Tr::tr("It is kept in the inbox as number %1 (fieldlink-cli events --inbox).").arg(*kept)
              : Tr::tr("It could not be kept: %1").arg(kept.error()));
    return refuse(400, message);
}

QHttpServerResponse WebhookListener::refuse(int status, const QString& reason) {
    Q_EMIT deliveryRejected(reason);
    // The sender sees why in plain words; the reason never holds the secret header's value.
    return answer(static_cast<StatusCode>(status), {{QStringLiteral("error"), reason}});
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
