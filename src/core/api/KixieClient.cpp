#include "core/api/KixieClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::api {

KixieClient::KixieClient(KixieSettings settings, KixieCredentials credentials, QNetworkAccessManager* network,
                         Clock* clock, RequestLog* log, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_queue(QueueSettings{Service::Kixie, m_settings.baseUrl, m_settings.maxConcurrent,
                            m_settings.transferTimeoutMs, std::nullopt, m_settings.dailyLimit,
                            m_settings.retry},
              network, clock, log, this) {
    m_queue.redactor().addSecret(m_credentials.apiKey);
}

ApiRequest* KixieClient::sendEvent(QJsonObject body, Idempotency idempotency, QString operation) {
    body.insert(QStringLiteral("apikey"), m_credentials.apiKey);
    body.insert(QStringLiteral("businessid"), m_credentials.businessId);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/app/event");
    if (m_settings.apiKeyInQuery) {
        spec.query.addQueryItem(QStringLiteral("apikey"), m_credentials.apiKey);
        spec.query.addQueryItem(QStringLiteral("businessid"), m_credentials.businessId);
    }
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotency = idempotency;
    spec.operation = std::move(operation);
    spec.authenticated = false; // Kixie's credentials travel in the body and query, not a header
    return m_queue.submit(std::move(spec));
}

ApiRequest* KixieClient::sendWebhookCall(const QString& path, QJsonObject body, Idempotency idempotency,
                                         QString operation) {
    body.insert(QStringLiteral("apikey"), m_credentials.apiKey);
    body.insert(QStringLiteral("businessid"), m_credentials.businessId);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotency = idempotency;
    spec.operation = std::move(operation);
    spec.authenticated = false;
    return m_queue.submit(std::move(spec));
}

ApiRequest* KixieClient::updatePowerList(const QJsonObject& payload) {
    QJsonObject body = payload;
    body.insert(QStringLiteral("eventname"), QStringLiteral("updatepowerlist"));
    // Keyed by phone number: repeating the same row leaves the same row (merge or overwrite alike).
    return sendEvent(body, Idempotency::Idempotent, QStringLiteral("kixie.updatepowerlist"));
}

ApiRequest* KixieClient::removeFromPowerList(const QString& powerListId, const QStringList& targets) {
    return sendEvent(QJsonObject{{QStringLiteral("eventname"), QStringLiteral("removefrompowerlist")},
                                 {QStringLiteral("action"), QStringLiteral("removefrompowerlist")},
                                 {QStringLiteral("powerlistId"), powerListId},
                                 {QStringLiteral("target"), QJsonArray::fromStringList(targets)}},
                     Idempotency::Idempotent, QStringLiteral("kixie.removefrompowerlist"));
}

ApiRequest* KixieClient::removeFromAllPowerLists(const QStringList& targets) {
    return sendEvent(QJsonObject{{QStringLiteral("eventname"), QStringLiteral("removefrompowerlist")},
                                 {QStringLiteral("action"), QStringLiteral("removefromallpowerlists")},
                                 {QStringLiteral("target"), QJsonArray::fromStringList(targets)}},
                     Idempotency::Idempotent, QStringLiteral("kixie.removefromallpowerlists"));
}

ApiRequest* KixieClient::addToCadence(const QString& cadenceId, const QString& target,
                                      const QString& displayName) {
    QJsonObject body{{QStringLiteral("eventname"), QStringLiteral("cadence")},
                     {QStringLiteral("cadenceid"), cadenceId},
                     {QStringLiteral("target"), target}};
    if (!displayName.isEmpty())
        body.insert(QStringLiteral("displayname"), displayName);
    // An enrolment starts a sequence of calls and texts; a second one may start it again.
    return sendEvent(body, Idempotency::NonIdempotent, QStringLiteral("kixie.cadence.add"));
}

ApiRequest* KixieClient::removeFromCadence(const QString& cadenceId, const QString& target) {
    return sendEvent(QJsonObject{{QStringLiteral("eventname"), QStringLiteral("cadence")},
                                 {QStringLiteral("action"), QStringLiteral("remove")},
                                 {QStringLiteral("cadenceid"), cadenceId},
                                 {QStringLiteral("target"), target}},
                     Idempotency::Idempotent, QStringLiteral("kixie.cadence.remove"));
}

ApiRequest* KixieClient::createWebhook(const QJsonObject& webhook) {
    QJsonObject body = webhook;
    body.insert(QStringLiteral("call"), QStringLiteral("postWebhook"));
    for (const auto& [key, fallback] : {std::pair{"direction", "all"},
                                        {"callresult", "all"},
                                        {"disposition", "all"},
                                        {"runtime", "realtime"}}) {
        if (!body.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), QLatin1String(fallback));
    }
    if (!body.contains(QLatin1String("headers")))
        body.insert(QStringLiteral("headers"), false);
    return sendWebhookCall(QStringLiteral("/app/v1/api/postwebhook"), body, Idempotency::NonIdempotent,
                           QStringLiteral("kixie.webhooks.create"));
}

ApiRequest* KixieClient::listWebhooks() {
    return sendWebhookCall(QStringLiteral("/app/v1/api/getWebhooks"),
                           QJsonObject{{QStringLiteral("call"), QStringLiteral("getWebhooks")}},
                           Idempotency::Idempotent, QStringLiteral("kixie.webhooks.list"));
}

ApiRequest* KixieClient::deleteWebhook(const QString& webhookId) {
    return sendWebhookCall(QStringLiteral("/app/v1/api/deleteWebhooks"),
                           QJsonObject{{QStringLiteral("call"), QStringLiteral("removeWebhook")},
                                       {QStringLiteral("webhookid"), webhookId}},
                           Idempotency::Idempotent, QStringLiteral("kixie.webhooks.delete"));
}

ApiRequest* KixieClient::agentStatus(const QString& agentEmail) {
    RequestSpec spec;
    spec.path = QStringLiteral("/www/agent/status");
    // This endpoint spells it apiKey and takes no business id.
    spec.query.addQueryItem(QStringLiteral("apiKey"), m_credentials.apiKey);
    spec.query.addQueryItem(QStringLiteral("email"), agentEmail);
    spec.operation = QStringLiteral("kixie.agentstatus");
    spec.authenticated = false;
    spec.successFalseIsAnswer = true;
    return m_queue.submit(std::move(spec));
}

} // namespace fieldlink::api
