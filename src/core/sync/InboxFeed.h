#pragma once

#include "core/store/WebhookInbox.h"

#include <QObject>

namespace fieldlink::sync {

class EventProcessor;

/// Feeds the events processor from the webhook inbox: pending deliveries in arrival (id) order, one at a
/// time, read from the table in small batches so that a burst of thousands never sits in memory. A delivery
/// is marked done once the processor has handled it; one left pending by a process that died is simply
/// processed again, and the ledger turns what that process had already written into duplicates (and
/// reconciles what it left uncertain), so nothing is written twice.
class InboxFeed : public QObject {
    Q_OBJECT
public:
    /// A dry run handles deliveries but leaves them pending, so a real run still writes them.
    InboxFeed(store::WebhookInbox* inbox, EventProcessor* processor, qint64 runId, bool dryRun,
              QObject* parent = nullptr);

    /// New deliveries may be waiting: feeds the next one unless the processor is busy with one.
    void wake();
    /// Feeds nothing more; the delivery being processed still finishes and is marked done.
    void stop() { m_stopped = true; }
    /// To call when the processor goes idle: the delivery it was given is handled.
    void onProcessorIdle();
    /// Whether a delivery is with the processor now.
    bool isFeeding() const { return m_current != 0; }
    int handled() const { return m_handled; }

Q_SIGNALS:
    /// The inbox could not be read or updated; feeding stops.
    void failed(const QString& message);

private:
    void feedNext();
    bool refill();
    void fail(const QString& message);

    store::WebhookInbox* m_inbox;
    EventProcessor* m_processor;
    qint64 m_runId;
    bool m_dryRun;
    QList<store::InboxDelivery> m_batch;
    qint64 m_lastReadId = 0;
    qint64 m_current = 0;
    int m_eventsBefore = 0;
    int m_handled = 0;
    bool m_stopped = false;
};

} // namespace fieldlink::sync
