#pragma once

#include "core/api/WebhookListener.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace fieldlink::api {
class KixieClient;
class KixieWebhookRegistration;
} // namespace fieldlink::api

namespace fieldlink {

class AppContext;

/// Test Sync's live source of Kixie call events: a webhook listener on this computer and, on the built-in
/// sandbox, its registration with the sandbox's Kixie and simulated calls, so an admin sees a call become a
/// note, task and tags without a phone. Against a real account Kixie must reach the listener (a tunnel to the
/// port) and the URL is registered with `fieldlink-cli events --register`; the page says so.
class CallEventListener : public QObject {
    Q_OBJECT
public:
    explicit CallEventListener(AppContext& context, QObject* parent = nullptr);
    ~CallEventListener() override;

    /// Listens on `port` (0: any free one); on the sandbox also registers the URL with its Kixie, then ends
    /// in ready() or failed(). False (failed() said why) when the port cannot be opened.
    bool start(const QString& connectionName, bool sandbox, quint16 port);
    void stop();
    bool isListening() const { return m_listener != nullptr; }
    QUrl url() const;
    /// The sandbox's Kixie places a call to `phone` and delivers its webhooks (endcall, disposition…).
    void simulateCall(const QString& phone, const QString& outcome, const QString& disposition);

Q_SIGNALS:
    /// Listening; `note` says what else the admin needs to do (empty on the sandbox, where all is set up).
    void ready(const QUrl& url, const QString& note);
    void failed(const QString& error);
    /// A delivery was stored in the webhook inbox, for the listening run to take.
    void deliveryStored();
    /// A simulated call placed (its events named), or why not.
    void simulated(const QString& message, bool ok);

private:
    void registerWithSandbox(const QString& connectionName);

    AppContext& m_context;
    api::WebhookListenerSettings m_settings;
    // In this order: the registration goes through the client, so it is destroyed first.
    std::unique_ptr<api::WebhookListener> m_listener;
    std::unique_ptr<api::KixieClient> m_kixie;
    std::unique_ptr<api::KixieWebhookRegistration> m_registration;
};

} // namespace fieldlink
