#include "core/sync/EventProcessor.h"

#include "core/Logging.h"
#include "core/mapping/FieldPath.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::EventProcessor)
};

const QString direction = mapping::directionName(mapping::Direction::KixieToGhl);

QString firstMessage(const mapping::Diagnostics& diagnostics) {
    return diagnostics.isEmpty() ? QString() : diagnostics.first().message;
}

} // namespace

QJsonObject EventCounts::toJson() const {
    return QJsonObject{{QStringLiteral("events"), events},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("noteUpdates"), noteUpdates},
                       {QStringLiteral("contactsCreated"), contactsCreated},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("reconciled"), reconciled},
                       {QStringLiteral("planned"), planned},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("failed"), failed}};
}

EventProcessor::EventProcessor(api::GhlClient* ghl, store::LedgerRepository* ledger,
                               const mapping::MappingEngine* engine, qint64 runId, qint64 profileVersionId,
                               bool dryRun, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_engine(engine)
    , m_runId(runId)
    , m_profileVersionId(profileVersionId)
    , m_dryRun(dryRun)
    , m_contacts(ghl, ledger, engine->profile().unknownCallers, dryRun)
    , m_notes(ghl, ledger)
    , m_tasksAndTags(ghl, ledger) {
    connect(&m_contacts, &CallerContactResolver::resolved, this, &EventProcessor::onContactResolved);
    connect(&m_notes, &CallNoteWriter::written, this, &EventProcessor::onWritten);
    connect(&m_tasksAndTags, &TaskAndTagWriter::written, this, &EventProcessor::onWritten);
}

QString EventProcessor::referenceLine(const QString& externalId, const QString& event) {
    return CallNoteWriter::referenceLine(externalId, event);
}

void EventProcessor::process(const QList<QJsonObject>& events) {
    if (m_stopped)
        return;
    for (const QJsonObject& event : events)
        m_queue.enqueue(event);
    if (!m_busy)
        next();
}

void EventProcessor::next() {
    if (m_stopped)
        return;
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
    RecordSubject subject = RecordSubject::ofCall(event);
    if (subject.name.isEmpty()) { // an endcall names no contact; the profile's caller fields may
        const QJsonObject caller = m_current.mapped.payload.value(QLatin1String("contact")).toObject();
        subject.name = QStringList{caller.value(QLatin1String("firstName")).toString(),
                                   caller.value(QLatin1String("lastName")).toString()}
                           .join(QLatin1Char(' '))
                           .trimmed();
    }
    m_current.subject = subject.toJson();
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
    CallerContactResolver::Call call;
    call.contact = mapped.payload.value(QLatin1String("contact")).toObject();
    call.sourceId = mapped.sourceId;
    call.entryFields = entryFor({}, store::LedgerEntry::WriteState::InFlight);
    m_contacts.resolve(call);
}

void EventProcessor::onContactResolved(const CallerContact& contact) {
    using Kind = CallerContact::Kind;
    m_current.contactId = contact.contactId;
    const QJsonObject diff{{QStringLiteral("contact"), contact.entry.payload}};
    switch (contact.kind) {
    case Kind::Found:
        return nextAction();
    case Kind::Created:
        ++m_counts.contactsCreated;
        if (kept(m_ledger->commit(contact.entry, recordFor(QStringLiteral("contact"), {}, diff))))
            nextAction();
        return;
    case Kind::Planned: // the actions are planned for the contact that would be created
        ++m_counts.planned;
        if (kept(m_ledger->addRecords({recordFor(QStringLiteral("contact"), {}, diff)})))
            nextAction();
        return;
    case Kind::UnknownCaller:
        ++m_counts.skipped;
        return finishEvent(QStringLiteral("skip"), contact.message);
    case Kind::StoreFailed:
        return stop(contact.message);
    case Kind::OutcomeUnknown: {
        store::LedgerEntry unknown = contact.entry;
        unknown.state = store::LedgerEntry::WriteState::Unknown;
        ++m_counts.failed;
        if (kept(m_ledger->commit(unknown, recordFor(QStringLiteral("failed"), contact.message, diff))))
            finishEvent({});
        return;
    }
    case Kind::Failed:
        break;
    }
    ++m_counts.failed;
    if (!contact.sent)
        return finishEvent(QStringLiteral("failed"), contact.message);
    if (kept(m_ledger->remove(contact.entry.direction, contact.entry.scopeKey, contact.entry.targetKey,
                              recordFor(QStringLiteral("failed"), contact.message, diff))))
        finishEvent({});
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

store::RunRecord EventProcessor::recordFor(const QString& action, const QString& error,
                                           const QJsonObject& diff) const {
    store::RunRecord record;
    record.runId = m_runId;
    record.sourceId = m_current.mapped.sourceId;
    record.route = m_current.mapped.route;
    record.action = action;
    record.diff = diff;
    record.payload = m_current.mapped.payload;
    record.subject = m_current.subject;
    record.attempts = m_current.attempts;
    record.error = error;
    record.profileVersionId = m_profileVersionId;
    return record;
}

void EventProcessor::handle(const Action& action) {
    const Result<std::optional<store::LedgerEntry>> found =
        m_ledger->find(direction, m_current.contactId, targetKey(action));
    // Not knowing whether it was written before, sending could write it twice.
    if (!found)
        return stop(Tr::tr("could not read the ledger: %1").arg(storeProblemInWords(found.error())));
    const std::optional<store::LedgerEntry>& entry = *found;
    if (entry && entry->state == store::LedgerEntry::WriteState::Done) {
        ++m_counts.duplicates;
        if (kept(m_ledger->addRecords({recordFor(QStringLiteral("duplicate"))})))
            nextAction();
        return;
    }
    if (m_dryRun) {
        ++m_counts.planned;
        if (kept(m_ledger->addRecords({recordFor(action.name, {}, QJsonObject{{action.name, action.body}})})))
            nextAction();
        return;
    }
    m_writing = action;
    CallAction call;
    call.contactId = m_current.contactId;
    call.externalId = m_current.mapped.sourceId;
    call.event = m_current.event;
    call.name = action.name;
    call.body = action.body;
    call.inFlight = entryFor(action, store::LedgerEntry::WriteState::InFlight);
    call.own = entry;
    if (action.name == QLatin1String("note"))
        m_notes.write(call);
    else
        m_tasksAndTags.write(call);
}

void EventProcessor::onWritten(const ActionWrite& written) {
    using Kind = ActionWrite::Kind;
    const Action action = m_writing;
    m_current.attempts = written.attempts; // for this write's record only
    store::LedgerEntry entry = entryFor(action, store::LedgerEntry::WriteState::Done);
    if (!written.noteId.isEmpty())
        entry.payload.insert(QStringLiteral("noteId"), written.noteId);
    const QJsonObject diff{{action.name, entry.payload}};
    Result<> stored;
    switch (written.kind) {
    case Kind::StoreFailed:
        return stop(written.message);
    case Kind::Created:
    case Kind::Updated:
        ++(written.kind == Kind::Updated          ? m_counts.noteUpdates
           : action.name == QLatin1String("note") ? m_counts.notes
           : action.name == QLatin1String("task") ? m_counts.tasks
                                                  : m_counts.tags);
        stored = m_ledger->commit(entry, recordFor(action.name, {}, diff));
        break;
    case Kind::AlreadyThere:
        ++m_counts.reconciled;
        stored = m_ledger->commit(entry, recordFor(QStringLiteral("reconciled")));
        break;
    case Kind::Unknown:
        ++m_counts.failed;
        entry.state = store::LedgerEntry::WriteState::Unknown;
        stored = m_ledger->commit(
            entry,
            recordFor(
                QStringLiteral("failed"),
                Tr::tr("%1 It is checked against GHL before it is ever sent again.").arg(written.message),
                diff));
        break;
    case Kind::Failed:
        ++m_counts.failed;
        // Refused: nothing reached GHL, so the next run writes it afresh. Not sent: the entry stays as it
        // was.
        stored = written.sent ? m_ledger->remove(direction, m_current.contactId, targetKey(action),
                                                 recordFor(QStringLiteral("failed"), written.message, diff))
                              : m_ledger->addRecords({recordFor(QStringLiteral("failed"), written.message)});
        break;
    }
    m_current.attempts = 0;
    // Left in flight when it could not be stored: the resumed run checks GHL before sending it again.
    if (kept(stored))
        nextAction();
}

void EventProcessor::finishEvent(const QString& action, const QString& error) {
    if (!action.isEmpty() && !kept(m_ledger->addRecords({recordFor(action, error)})))
        return;
    ++m_done;
    // Batched: at most ten a second, and whenever the queue runs dry.
    if (m_queue.isEmpty() || !m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 100) {
        m_sinceProgress.start();
        Q_EMIT progress(m_done, m_done + static_cast<int>(m_queue.size()));
    }
    // Through the event loop: thousands of events that need no request must not nest calls.
    QMetaObject::invokeMethod(this, &EventProcessor::next, Qt::QueuedConnection);
}

bool EventProcessor::kept(const Result<>& result) {
    if (!result)
        stop(Tr::tr("could not store an outcome: %1").arg(storeProblemInWords(result.error())));
    return bool(result);
}

void EventProcessor::stop(const QString& problem) {
    if (m_stopped)
        return;
    m_stopped = true;
    m_busy = false;
    m_queue.clear();
    qCWarning(lcSync) << "events run stopped, the database failed:" << problem;
    Q_EMIT stopped(Tr::tr("The run stopped because the Fieldlink database %1. Nothing more was sent to GHL, "
                          "and nothing will be sent twice: resume the run once the database works again.")
                       .arg(problem));
}

} // namespace fieldlink::sync
