#include "cli/InboxListener.h"

namespace fieldlink::cli {

api::WebhookListenerSettings InboxListener::settingsFromEnvironment(quint16 port) {
    api::WebhookListenerSettings settings;
    settings.port = port;
    settings.requiredHeader = qEnvironmentVariable("FIELDLINK_WEBHOOK_HEADER").toLatin1();
    settings.requiredValue = qEnvironmentVariable("FIELDLINK_WEBHOOK_SECRET").toLatin1();
    return settings;
}

Result<> InboxListener::start(const QString& databasePath, const api::WebhookListenerSettings& settings) {
    if (const Result<> opened = m_database.open(databasePath, QStringLiteral("webhook-listener")); !opened)
        return opened;
    m_inbox = std::make_unique<store::WebhookInbox>(m_database.connection());
    m_listener = std::make_unique<api::WebhookListener>(*m_inbox);
    return m_listener->listen(settings);
}

} // namespace fieldlink::cli
