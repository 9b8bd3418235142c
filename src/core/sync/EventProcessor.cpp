#include "core/sync/EventProcessor.h"

#include "core/Logging.h"
#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/mapping/FieldPath.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::EventProcessor)
};

const QString direction = mapping::directionName(mapping::Direction::KixieToGhl);

// A record the ledger could not keep is said in the log; the event's outcome stands either way.
void logIfUnstored(const Result<>& stored) {
    if (!stored)
        qCWarning(lcSync) << "could not store an event's outcome:" << stored.error();
}

QString firstMessage(const mapping::Diagnostics& diagnostics) {
    return diagnostics.isEmpty() ? QString() : diagnostics.first().message;
}

} // namespace

QJsonObject EventCounts::toJson() const {
    return QJsonObject{{QStringLiteral("events"), events},         {QStringLiteral("notes"), notes},
                       {QStringLiteral("tasks"), tasks},           {QStringLiteral("tags"), tags},
                       {QStringLiteral("duplicates"), duplicates}, {QStringLiteral("reconciled"), reconciled},
                       {QStringLiteral("planned"), planned},       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("failed"), failed}};
}

EventProcessor::EventProcessor(api::GhlClient* ghl, store::LedgerRepository* ledger,
                               const mapping::MappingEngine* engine, qint64 runId, qint64 profileVersionId,
                               bool dryRun, QObject* parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_ledger(ledger)
    , m_engine(engine)
    , m_runId(runId)
    , m_profileVersionId(profileVersionId)
    , m_dryRun(dryRun) {
}

QString EventProcessor::referenceLine(const QString& externalId, const QString& event) {
    // Not translated: it is a key Fieldlink searches for, and must read the same whatever the language.
    return QStringLiteral("[Fieldlink: Kixie call %1, %2]").arg(externalId, event);
}

void EventProcessor::process(const QList<QJsonObject>& events) {
    for (const QJsonObject& event : events)
        m_queue.enqueue(event);
    if (!m_busy)
        next();
}

void EventProcessor::next() {
    if (m_cancelled || m_queue.isEmpty()) {
        m_busy = false;
        return Q_EMIT idle();
    }
    m_busy = true;
    const QJsonObject event = m_queue.dequeue();
    ++m_counts.events;
    m_current = Current{};
    m_current.mapped = m_engine->apply(event);
    m_current.event = mapping::FieldPath(QStringLiteral("event")).read(event).toString();
    const mapping::MappedRecord& mapped = m_current.mapped;
    if (mapped.status != mapping::MappedRecord::Status::Mapped) {
        const bool failed = mapped.status == mapping::MappedRecord::Status::Failed;
        ++(failed ? m_counts.failed : m_counts.skipped);
        return finishEvent(failed ? QStringLiteral("failed") : QStringLiteral("skip"),
                           firstMessage(mapped.diagnostics));
    }
    QStringList actions;
    for (const mapping::Route& route : m_engine->profile().routing.routes) {
        if (route.name == mapped.route)
            actions = route.actions;
    }
    for (const QString& name : actions) {
        const QJsonValue part = mapped.payload.value(name);
        if (name == QLatin1String("tags") && !part.toObject().value(QLatin1String("add")).toArray().isEmpty())
            m_current.actions.append({name, part.toObject()});
        else if (name != QLatin1String("tags") && part.isObject() && !part.toObject().isEmpty())
            m_current.actions.append({name, part.toObject()});
    }
    resolveContact();
}

void EventProcessor::resolveContact() {
    const QJsonObject contact = m_current.mapped.payload.value(QLatin1String("contact")).toObject();
    m_current.contactId = contact.value(QLatin1String("id")).toString();
    if (!m_current.contactId.isEmpty())
        return nextAction();
    const QString phone = contact.value(QLatin1String("phone")).toString();
    if (phone.isEmpty()) {
        ++m_counts.failed;
        return finishEvent(
            QStringLiteral("failed"),
            Tr::tr("The event names no GHL contact and no valid phone number to find one by."));
    }
    const api::RequestSubject subject = tagRequests();
    connect(m_ghl->findContactByPhone(phone), &api::ApiRequest::finished, this,
            [this, phone](const api::ApiResult& result) {
                m_current.contactId = result.json.toObject()
                                          .value(QLatin1String("contact"))
                                          .toObject()
                                          .value(QLatin1String("id"))
                                          .toString();
                if (!result.ok() || m_current.contactId.isEmpty()) {
                    ++m_counts.failed;
                    return finishEvent(QStringLiteral("failed"),
                                       result.ok()
                                           ? Tr::tr("No GHL contact has the phone number %1.").arg(phone)
                                           : result.message);
                }
                nextAction();
            });
}

void EventProcessor::nextAction() {
    if (m_current.actions.isEmpty())
        return finishEvent({});
    const Action action = m_current.actions.takeFirst();
    handle(action);
}

QString EventProcessor::targetKey(const Action& action) const {
    return m_current.mapped.sourceId + QLatin1Char('|') + m_current.event + QLatin1Char('|') + action.name;
}

store::LedgerEntry EventProcessor::entryFor(const Action& action,
                                            store::LedgerEntry::WriteState state) const {
    store::LedgerEntry entry;
    entry.direction = direction;
    entry.scopeKey = m_current.contactId;
    entry.targetKey = targetKey(action);
    entry.payload = action.body;
    entry.sourceId = m_current.mapped.sourceId;
    entry.runId = m_runId;
    entry.state = state;
    return entry;
}

api::RequestSubject EventProcessor::tagRequests() const {
    return {m_ghl->queue().log(), m_current.mapped.sourceId};
}

store::RunRecord EventProcessor::recordFor(const QString& action, const QString& error,
                                           const QJsonObject& diff) const {
    store::RunRecord record;
    record.runId = m_runId;
    record.sourceId = m_current.mapped.sourceId;
    record.route = m_current.mapped.route;
    record.action = action;
    record.diff = diff;
    record.payload = m_current.mapped.payload;
    record.error = error;
    record.profileVersionId = m_profileVersionId;
    return record;
}

void EventProcessor::handle(const Action& action) {
    const Result<std::optional<store::LedgerEntry>> found =
        m_ledger->find(direction, m_current.contactId, targetKey(action));
    if (!found) {
        // Unknown whether it was written before: sending could write it twice.
        ++m_counts.failed;
        logIfUnstored(m_ledger->addRecords({recordFor(
            QStringLiteral("failed"), Tr::tr("Could not read the ledger: %1").arg(found.error()))}));
        return nextAction();
    }
    const std::optional<store::LedgerEntry>& entry = *found;
    if (entry && entry->state == store::LedgerEntry::WriteState::Done) {
        ++m_counts.duplicates;
        logIfUnstored(m_ledger->addRecords({recordFor(QStringLiteral("duplicate"))}));
        return nextAction();
    }
    if (m_dryRun) {
        ++m_counts.planned;
        logIfUnstored(
            m_ledger->addRecords({recordFor(action.name, {}, QJsonObject{{action.name, action.body}})}));
        return nextAction();
    }
    if (entry && action.name != QLatin1String("tags"))
        return reconcile(action, *entry);
    send(action);
}

void EventProcessor::reconcile(const Action& action, const store::LedgerEntry&) {
    // An earlier attempt may have created it (the process died, or the answer was lost): look before sending.
    const bool note = action.name == QLatin1String("note");
    const api::RequestSubject subject = tagRequests();
    api::ApiRequest* lookup =
        note ? m_ghl->listNotes(m_current.contactId) : m_ghl->listTasks(m_current.contactId);
    connect(lookup, &api::ApiRequest::finished, this, [this, action, note](const api::ApiResult& result) {
        if (!result.ok()) {
            ++m_counts.failed;
            logIfUnstored(m_ledger->addRecords({recordFor(
                QStringLiteral("failed"), Tr::tr("Could not check whether the earlier %1 reached GHL: %2")
                                              .arg(action.name, result.message))}));
            return nextAction();
        }
        const QString reference = referenceLine(m_current.mapped.sourceId, m_current.event);
        const QJsonArray existing =
            result.json.toObject().value(note ? QLatin1String("notes") : QLatin1String("tasks")).toArray();
        const bool found =
            std::any_of(existing.begin(), existing.end(), [&reference](const QJsonValue& item) {
                return item.toObject().value(QLatin1String("body")).toString().contains(reference);
            });
        if (!found)
            return send(action);
        ++m_counts.reconciled;
        logIfUnstored(m_ledger->commit(entryFor(action, store::LedgerEntry::WriteState::Done),
                                       recordFor(QStringLiteral("reconciled"))));
        nextAction();
    });
}

void EventProcessor::send(const Action& action) {
    if (const Result<> marked =
            m_ledger->markInFlight(entryFor(action, store::LedgerEntry::WriteState::InFlight));
        !marked)
        qCWarning(lcSync) << "could not mark a write in flight:" << marked.error();
    const QString reference = referenceLine(m_current.mapped.sourceId, m_current.event);
    const api::RequestSubject subject = tagRequests();
    api::ApiRequest* request = nullptr;
    if (action.name == QLatin1String("note")) {
        QJsonObject note = action.body;
        note.insert(QStringLiteral("body"), QString(note.value(QLatin1String("body")).toString() +
                                                    QStringLiteral("\n\n") + reference));
        request = m_ghl->createNote(m_current.contactId, note);
    } else if (action.name == QLatin1String("task")) {
        QJsonObject task = action.body;
        task.insert(QStringLiteral("body"), QString(task.value(QLatin1String("body")).toString() +
                                                    QStringLiteral("\n\n") + reference));
        task.insert(QStringLiteral("completed"), false);
        request = m_ghl->createTask(m_current.contactId, task);
    } else {
        QStringList tags;
        for (const QJsonValue& tag : action.body.value(QLatin1String("add")).toArray())
            tags << tag.toString();
        request = m_ghl->addTags(m_current.contactId, tags);
    }
    connect(request, &api::ApiRequest::finished, this,
            [this, action](const api::ApiResult& result) { onSent(action, result); });
}

void EventProcessor::onSent(const Action& action, const api::ApiResult& result) {
    const QJsonObject diff{{action.name, action.body}};
    if (result.ok()) {
        ++(action.name == QLatin1String("note")   ? m_counts.notes
           : action.name == QLatin1String("task") ? m_counts.tasks
                                                  : m_counts.tags);
        logIfUnstored(m_ledger->commit(entryFor(action, store::LedgerEntry::WriteState::Done),
                                       recordFor(action.name, {}, diff)));
    } else if (result.outcomeUnknown) {
        ++m_counts.failed;
        logIfUnstored(m_ledger->commit(
            entryFor(action, store::LedgerEntry::WriteState::Unknown),
            recordFor(
                QStringLiteral("failed"),
                Tr::tr("%1 It is checked against GHL before it is ever sent again.").arg(result.message),
                diff)));
    } else {
        ++m_counts.failed;
        logIfUnstored(m_ledger->remove(direction, m_current.contactId, targetKey(action),
                                       recordFor(QStringLiteral("failed"), result.message, diff)));
    }
    nextAction();
}

void EventProcessor::finishEvent(const QString& action, const QString& error) {
    if (!action.isEmpty())
        logIfUnstored(m_ledger->addRecords({recordFor(action, error)}));
    ++m_done;
    // Batched: at most ten a second, and whenever the queue runs dry.
    if (m_queue.isEmpty() || !m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 100) {
        m_sinceProgress.start();
        Q_EMIT progress(m_done, m_done + static_cast<int>(m_queue.size()));
    }
    // Through the event loop: thousands of events that need no request must not nest calls.
    QMetaObject::invokeMethod(this, &EventProcessor::next, Qt::QueuedConnection);
}

} // namespace fieldlink::sync
