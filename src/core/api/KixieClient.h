#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/RequestQueue.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace fieldlink::api {

/// An account's Kixie credentials: one API key and one Business ID per account.
struct KixieCredentials {
    QString apiKey;
    QString businessId;
};

struct KixieSettings {
    QUrl baseUrl = QUrl(QStringLiteral("https://apig.kixie.com"));
    /// Kixie's documented default; counted here because Kixie sends no budget headers.
    int dailyLimit = 10000;
    /// Kixie documents no burst limit, so writes use every connection Qt opens to a host.
    int maxConcurrent = 6;
    int transferTimeoutMs = 30000;
    /// Whether the Event API's apikey also goes in the query string. Kixie's PowerList page says it must be
    /// in both; whether the body alone is accepted is unconfirmed.
    bool apiKeyInQuery = true;
    RetryPolicy::Settings retry;
};

/// Kixie's command API and webhook management. `{"success":false,...}` answers are errors.
class KixieClient : public QObject {
    Q_OBJECT
public:
    KixieClient(KixieSettings settings, KixieCredentials credentials, QNetworkAccessManager* network,
                Clock* clock, RequestLog* log, QObject* parent = nullptr);

    RequestQueue& queue() { return m_queue; }

    /// One PowerList row (`payload` holds target, powerlistId, names, extraData, duplicateHandling…).
    ApiRequest* updatePowerList(const QJsonObject& payload);
    ApiRequest* removeFromPowerList(const QString& powerListId, const QStringList& targets);
    ApiRequest* removeFromAllPowerLists(const QStringList& targets);
    ApiRequest* addToCadence(const QString& cadenceId, const QString& target,
                             const QString& displayName = {});
    ApiRequest* removeFromCadence(const QString& cadenceId, const QString& target);

    /// `webhook` holds eventname, location, name and the optional filters.
    ApiRequest* createWebhook(const QJsonObject& webhook);
    ApiRequest* listWebhooks();
    ApiRequest* deleteWebhook(const QString& webhookId);

    /// The only read in Kixie's API; `success:false` there means the agent is offline, not an error.
    ApiRequest* agentStatus(const QString& agentEmail);

private:
    ApiRequest* sendEvent(QJsonObject body, Idempotency idempotency, QString operation);
    ApiRequest* sendWebhookCall(const QString& path, QJsonObject body, Idempotency idempotency,
                                QString operation);

    KixieSettings m_settings;
    KixieCredentials m_credentials;
    RequestQueue m_queue;
};

} // namespace fieldlink::api
