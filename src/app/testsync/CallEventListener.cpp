#include "app/testsync/CallEventListener.h"

#include "app/connections/ConnectionSides.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "core/api/KixieClient.h"
#include "core/api/KixieWebhookRegistration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fieldlink {

CallEventListener::CallEventListener(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
}

CallEventListener::~CallEventListener() = default;

QUrl CallEventListener::url() const {
    return m_listener ? m_listener->url() : QUrl();
}

bool CallEventListener::start(const QString& connectionName, bool sandbox, quint16 port) {
    stop();
    m_settings = {};
    m_settings.port = port;
    auto listener = std::make_unique<api::WebhookListener>(m_context.webhookInbox());
    if (const Result<> listening = listener->listen(m_settings); !listening) {
        Q_EMIT failed(listening.error());
        return false;
    }
    m_listener = std::move(listener);
    connect(m_listener.get(), &api::WebhookListener::deliveryStored, this,
            &CallEventListener::deliveryStored);
    if (sandbox)
        registerWithSandbox(connectionName);
    else
        Q_EMIT ready(url(), tr("Kixie must reach this address: expose the port through a tunnel and "
                               "register its public URL with fieldlink-cli events --register URL."));
    return true;
}

void CallEventListener::stop() {
    m_registration.reset();
    m_kixie.reset();
    m_listener.reset();
}

void CallEventListener::registerWithSandbox(const QString& connectionName) {
    ConnectionSides::readKixie(
        m_context, connectionName, this,
        [this](const QString& error, const api::KixieSettings& settings,
               const api::KixieCredentials& credentials) {
            if (!m_listener)
                return; // stopped meanwhile
            if (!error.isEmpty())
                return Q_EMIT failed(error);
            m_kixie = std::make_unique<api::KixieClient>(settings, credentials, m_context.network(),
                                                         m_context.clock(), m_context.requestLog());
            m_registration = std::make_unique<api::KixieWebhookRegistration>(m_kixie.get());
            connect(m_registration.get(), &api::KixieWebhookRegistration::finished, this,
                    [this](const QStringList& errors) {
                        if (!errors.isEmpty())
                            return Q_EMIT failed(errors.join(QLatin1Char('\n')));
                        Q_EMIT ready(url(), {});
                    });
            m_registration->start(url().toString(), m_settings);
        });
}

void CallEventListener::simulateCall(const QString& phone, const QString& outcome,
                                     const QString& disposition) {
    if (!m_context.sandbox())
        return Q_EMIT simulated(tr("Calls can be simulated on the built-in sandbox only."), false);
    QJsonObject call{{QStringLiteral("phone"), phone.trimmed()}, {QStringLiteral("outcome"), outcome}};
    if (!disposition.trimmed().isEmpty())
        call.insert(QStringLiteral("disposition"), disposition.trimmed());
    QNetworkRequest request(QUrl(m_context.sandbox()->baseUrl() + QStringLiteral("/__sandbox/kixie/calls")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply =
        m_context.network()->post(request, QJsonDocument(call).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
            return Q_EMIT simulated(
                tr("The sandbox refused the call: %1")
                    .arg(answer.value(QLatin1String("error")).toString(reply->errorString())),
                false);
        QStringList events;
        for (const QJsonValue& event : answer.value(QLatin1String("events")).toArray())
            events << event.toString();
        Q_EMIT simulated(tr("Call placed; Kixie sent %1.").arg(events.join(QStringLiteral(", "))), true);
    });
}

} // namespace fieldlink
