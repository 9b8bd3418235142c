#pragma once

#include "core/api/WebhookListener.h"

#include <QObject>
#include <QStringList>

namespace fieldlink::api {

class KixieClient;

/// Registers a webhook receiver's URL with Kixie for the call events Fieldlink reads — endcall, disposition
/// and scheduledactivity — with the static header Kixie sends back on every delivery.
class KixieWebhookRegistration : public QObject {
    Q_OBJECT
public:
    explicit KixieWebhookRegistration(KixieClient* kixie, QObject* parent = nullptr);

    void start(const QString& publicUrl, const WebhookListenerSettings& settings);

Q_SIGNALS:
    /// Once every event answered: one line per registration that failed (empty: all registered).
    void finished(const QStringList& errors);

private:
    KixieClient* m_kixie;
    int m_pending = 0;
    QStringList m_errors;
};

} // namespace fieldlink::api
