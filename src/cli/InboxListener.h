#pragma once

#include "core/Result.h"
#include "core/api/WebhookListener.h"
#include "core/store/Database.h"
#include "core/store/WebhookInbox.h"

#include <memory>

namespace fieldlink::cli {

/// The webhook listener of `events --listen` and `watch --listen`, with its own connection to the database
/// on this thread: it stores each delivery in the inbox before answering it.
class InboxListener {
public:
    /// The static header Kixie sends back is the only check a receiver gets; it is a secret, so it comes
    /// from the environment (FIELDLINK_WEBHOOK_HEADER / _SECRET), never the command line.
    static api::WebhookListenerSettings settingsFromEnvironment(quint16 port);

    /// Opens the inbox in `databasePath` and starts listening; the error is in the admin's words.
    Result<> start(const QString& databasePath, const api::WebhookListenerSettings& settings);
    api::WebhookListener* listener() const { return m_listener.get(); }

private:
    // In this order, so the listener goes first and the database last.
    store::Database m_database;
    std::unique_ptr<store::WebhookInbox> m_inbox;
    std::unique_ptr<api::WebhookListener> m_listener;
};

} // namespace fieldlink::cli
