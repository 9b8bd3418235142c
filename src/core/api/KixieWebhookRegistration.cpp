#include "core/api/KixieWebhookRegistration.h"

#include "core/api/ApiRequest.h"
#include "core/api/KixieClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::api {

KixieWebhookRegistration::KixieWebhookRegistration(KixieClient* kixie, QObject* parent)
    : QObject(parent)
    , m_kixie(kixie) {
}

void KixieWebhookRegistration::start(const QString& publicUrl, const WebhookListenerSettings& settings) {
    QJsonObject webhook{{QStringLiteral("location"), publicUrl}};
    if (!settings.requiredHeader.isEmpty()) {
        // Kixie takes the headers as a JSON-encoded string.
        const QJsonArray headers{
            QJsonObject{{QStringLiteral("name"), QString::fromLatin1(settings.requiredHeader)},
                        {QStringLiteral("value"), QString::fromLatin1(settings.requiredValue)}}};
        webhook.insert(QStringLiteral("headers"),
                       QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    }
    const QStringList events = {QStringLiteral("endcall"), QStringLiteral("disposition"),
                                QStringLiteral("scheduledactivity")};
    m_pending = static_cast<int>(events.size());
    m_errors.clear();
    for (const QString& event : events) {
        webhook.insert(QStringLiteral("eventname"), event);
        webhook.insert(QStringLiteral("name"), QString(QStringLiteral("Fieldlink ") + event));
        connect(m_kixie->createWebhook(webhook), &ApiRequest::finished, this,
                [this, event](const ApiResult& result) {
                    if (!result.ok())
                        m_errors << tr("Could not register the %1 webhook: %2").arg(event, result.message);
                    if (--m_pending == 0)
                        Q_EMIT finished(m_errors);
                });
    }
}

} // namespace fieldlink::api
