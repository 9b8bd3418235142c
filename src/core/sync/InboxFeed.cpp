#include "core/sync/InboxFeed.h"

#include "core/Logging.h"
#include "core/sync/EventProcessor.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <utility>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::InboxFeed)
};

// Enough to keep the processor busy between reads, few enough that memory stays small under any burst.
constexpr int batchSize = 64;
} // namespace

InboxFeed::InboxFeed(store::WebhookInbox* inbox, EventProcessor* processor, qint64 runId, bool dryRun,
                     QObject* parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_processor(processor)
    , m_runId(runId)
    , m_dryRun(dryRun) {
}

void InboxFeed::wake() {
    if (m_current == 0 && !m_stopped)
        feedNext();
}

void InboxFeed::onProcessorIdle() {
    if (m_current == 0)
        return;
    const qint64 delivery = std::exchange(m_current, 0);
    // The processor counts an event when it takes it; idle without that means it refused it (cancelled),
    // so the delivery stays pending for the next run.
    if (m_processor->counts().events <= m_eventsBefore) {
        m_stopped = true;
        return;
    }
    ++m_handled;
    if (!m_dryRun) {
        if (const Result<> marked = m_inbox->markDone(delivery, m_runId); !marked)
            return fail(Tr::tr("Could not mark webhook delivery %1 as processed: %2")
                            .arg(delivery)
                            .arg(marked.error()));
    }
    if (!m_stopped)
        feedNext();
}

bool InboxFeed::refill() {
    const Result<QList<store::InboxDelivery>> read = m_inbox->pending(m_lastReadId, batchSize);
    if (!read) {
        fail(Tr::tr("Could not read the webhook inbox: %1").arg(read.error()));
        return false;
    }
    m_batch = *read;
    return !m_batch.isEmpty();
}

void InboxFeed::feedNext() {
    while (!m_stopped) {
        if (m_batch.isEmpty() && !refill())
            return; // nothing pending: wake() starts again when the listener stores one
        const store::InboxDelivery delivery = m_batch.takeFirst();
        m_lastReadId = delivery.id;
        const Result<bool> claimed = m_inbox->claim(delivery.id, m_runId);
        if (!claimed)
            return fail(Tr::tr("Could not take webhook delivery %1 from the inbox: %2")
                            .arg(delivery.id)
                            .arg(claimed.error()));
        if (!*claimed)
            continue; // another running process has it
        m_current = delivery.id;
        m_eventsBefore = m_processor->counts().events;
        // The listener stored only JSON objects; anything else becomes an event the mapping refuses.
        m_processor->process({QJsonDocument::fromJson(delivery.body).object()});
        return;
    }
}

void InboxFeed::fail(const QString& message) {
    m_stopped = true;
    qCWarning(lcSync) << message;
    Q_EMIT failed(message);
}

} // namespace fieldlink::sync
