#include "core/sync/EventProcessor.h"

#include "core/Logging.h"
#include "core/mapping/FieldLabels.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/ValueText.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

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
                       {QStringLiteral("contactUpdates"), contactUpdates},
                       {QStringLiteral("dndSet"), dndSet},
                       {QStringLiteral("keptNewer"), keptNewer},
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
    , m_tasksAndTags(ghl, ledger)
    , m_contactFields(ghl, ledger) {
    connect(&m_contacts, &CallerContactResolver::resolved, this, &EventProcessor::onContactResolved);
    connect(&m_notes, &CallNoteWriter::written, this, &EventProcessor::onWritten);
    connect(&m_tasksAndTags, &TaskAndTagWriter::written, this, &EventProcessor::onWritten);
    connect(&m_contactFields, &ContactFieldWriter::written, this, &EventProcessor::onContactWritten);
    connect(&m_contactFields, &ContactFieldWriter::dndApprovalNeeded, this,
            &EventProcessor::onDndApprovalNeeded);
}

void EventProcessor::setCustomFields(const mapping::CustomFieldDirectory& customFields) {
    m_contactFields.setCustomFields(customFields);
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
    // The route the engine matched, the default route included (an event no route matches goes there).
    const mapping::Route* route = m_engine->routeFor(event);
    const QStringList actions = route ? route->actions : QStringList();
    for (const QString& name : actions) {
        if (name == QLatin1String("contact"))
            continue; // below: the payload's "contact" holds the keys that find the contact
        const QJsonValue part = mapped.payload.value(name);
        if (name == QLatin1String("tags") && !part.toObject().value(QLatin1String("add")).toArray().isEmpty())
            m_current.actions.append({name, part.toObject()});
        else if (name != QLatin1String("tags") && part.isObject() && !part.toObject().isEmpty())
            m_current.actions.append({name, part.toObject()});
    }
    m_current.contactUpdate = contactUpdateFor(event, actions.contains(QStringLiteral("contact")));
    const ContactUpdate& update = m_current.contactUpdate;
    if (!update.fields.isEmpty() || !update.counters.isEmpty() || !update.dndChannels.isEmpty())
        m_current.actions.append(
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("update"), mapped.payload.value(QLatin1String("update"))},
                         {QStringLiteral("dnd"), QJsonArray::fromStringList(update.dndChannels)}}});
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
    if (action.name == QLatin1String("contact") && !(m_dryRun && m_current.contactId.isEmpty())) {
        ContactUpdate update = m_current.contactUpdate;
        update.contactId = m_current.contactId;
        update.inFlight = entryFor(action, store::LedgerEntry::WriteState::InFlight);
        update.own = entry;
        update.dryRun = m_dryRun;
        m_writing = action;
        return m_contactFields.write(update);
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

ContactUpdate EventProcessor::contactUpdateFor(const QJsonObject& event, bool contactRoute) const {
    const mapping::Profile& profile = m_engine->profile();
    ContactUpdate update;
    update.call.callId = m_current.mapped.sourceId;
    const QString callDate =
        mapping::FieldPath(QStringLiteral("data.callDetails.calldate")).read(event).toString();
    QDateTime callTime = QDateTime::fromString(callDate, Qt::ISODateWithMs);
    if (!callTime.isValid())
        callTime = QDateTime::fromString(callDate, Qt::ISODate);
    // An event without a call date sorts before every dated one: it never overwrites a dated call's value.
    update.call.callTime = callTime.isValid() ? callTime.toUTC().toString(Qt::ISODateWithMs) : QString();
    if (contactRoute) {
        const QJsonObject values = m_current.mapped.payload.value(QLatin1String("update")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            update.fields.append({QLatin1String(mapping::contactupdate::prefix) + it.key(), it.value()});
        for (const mapping::Rule& rule : profile.rules) {
            if (rule.aggregate == QLatin1String(mapping::contactupdate::callCount) &&
                (!rule.when || rule.when->matches(event)))
                update.counters << rule.target;
        }
    }
    // Whatever route matched: a do-not-call disposition is a compliance matter, not a mapping choice.
    if (m_current.event == QLatin1String("disposition")) {
        const QString disposition = mapping::FieldPath(QStringLiteral("disposition")).read(event).toString();
        for (const mapping::DndMapping& mapping : profile.doNotDisturb) {
            if (!mapping.matches(disposition))
                continue;
            for (const QString& channel : mapping.channels) {
                if (!update.dndChannels.contains(channel))
                    update.dndChannels << channel;
            }
        }
        if (!update.dndChannels.isEmpty())
            update.dndMessage = dndMessageFor(event);
    }
    return update;
}

QString EventProcessor::dndMessageFor(const QJsonObject& event) const {
    const auto text = [&event](const char* path) {
        return mapping::valueText(mapping::FieldPath(QString::fromLatin1(path)).read(event)).trimmed();
    };
    const QString agent = QStringList{text("data.callDetails.fname"), text("data.callDetails.lname")}
                              .join(QLatin1Char(' '))
                              .trimmed();
    const QString callDate = text("data.callDetails.calldate");
    const QDateTime at = QDateTime::fromString(callDate, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : callDate;
    const QString disposition = text("disposition");
    const QString& custom = m_engine->profile().dndMessage;
    if (custom.isEmpty())
        return Tr::tr("Set by Fieldlink after the Kixie call of %1 by %2 (call %3): disposition \"%4\".")
            .arg(when, agent.isEmpty() ? Tr::tr("an unknown agent") : agent, m_current.mapped.sourceId,
                 disposition);
    // {calldate}, {agent}, {disposition}, {externalId} and any field of the event, as in a template step.
    QString message = custom;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    QRegularExpressionMatchIterator matches = placeholder.globalMatch(custom);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1).trimmed();
        const QString value = name == QLatin1String("agent")      ? agent
                              : name == QLatin1String("calldate") ? when
                              : name == QLatin1String("externalId")
                                  ? m_current.mapped.sourceId
                                  : mapping::valueText(mapping::FieldPath(name).read(event));
        message.replace(match.captured(0), value);
    }
    return message.simplified();
}

QStringList PlannedContactChange::lines() const {
    const auto shown = [](const QJsonValue& value) {
        const QString text = mapping::valueText(value);
        return text.isEmpty() ? Tr::tr("(empty)") : QStringLiteral("\"%1\"").arg(text);
    };
    switch (kind) {
    case Kind::Field:
        return {Tr::tr("Call %1, contact %2: %3: %4 → %5")
                    .arg(callId, contact(), label, shown(before), shown(after))};
    case Kind::Dnd: {
        QStringList lines;
        for (const QString& channel : channels)
            lines << Tr::tr("Call %1, contact %2: do-not-disturb for %3 would be turned on (\"%4\")")
                         .arg(callId, contact(), channel, message);
        return lines;
    }
    case Kind::KeptNewer:
        return {Tr::tr("Call %1, contact %2: %3 kept newer value from call %4")
                    .arg(callId, contact(), label, newerCall)};
    }
    return {};
}

QStringList EventProcessor::plannedChangeLines() const {
    QStringList lines;
    for (const PlannedContactChange& change : m_plannedChanges)
        lines << change.lines();
    return lines;
}

void EventProcessor::planChanges(const ContactUpdateWrite& written) {
    // A listener's dry run may last for days: the list stops growing; the run records keep every change.
    constexpr qsizetype maxChanges = 5000;
    if (m_plannedChanges.size() >= maxChanges)
        return;
    PlannedContactChange base;
    base.callId = m_current.mapped.sourceId;
    base.contactId = m_current.contactId;
    base.contactName = m_current.subject.value(QLatin1String("name")).toString();
    for (const ContactFieldChange& field : written.changes) {
        PlannedContactChange change = base;
        change.target = field.target;
        change.label = field.label;
        change.before = field.before;
        change.after = field.after;
        m_plannedChanges << change;
    }
    if (!written.dndSet.isEmpty()) {
        PlannedContactChange change = base;
        change.kind = PlannedContactChange::Kind::Dnd;
        change.channels = written.dndSet;
        change.message = written.dndMessage;
        m_plannedChanges << change;
    }
    for (const auto& [target, newerCall] : written.keptNewer) {
        PlannedContactChange change = base;
        change.kind = PlannedContactChange::Kind::KeptNewer;
        change.target = target;
        change.label = mapping::FieldLabels::label(target);
        change.newerCall = newerCall;
        m_plannedChanges << change;
    }
}

void EventProcessor::setAskBeforeDnd(bool ask) {
    m_contactFields.setAskBeforeDnd(ask);
}

void EventProcessor::onDndApprovalNeeded(const QStringList& channels, const QString& message) {
    if (m_dndStandingAnswer) // "apply to all in this run"
        return m_contactFields.answerDnd(*m_dndStandingAnswer);
    DndRequest request;
    request.callId = m_current.mapped.sourceId;
    request.contactId = m_current.contactId;
    request.contactName = m_current.subject.value(QLatin1String("name")).toString();
    request.channels = channels;
    request.message = message;
    Q_EMIT dndApprovalNeeded(request);
}

void EventProcessor::answerDnd(bool turnOn, bool forRestOfRun) {
    if (!m_contactFields.isAwaitingDnd())
        return; // answered after a cancel, or twice
    if (forRestOfRun)
        m_dndStandingAnswer = turnOn;
    m_contactFields.answerDnd(turnOn);
}

void EventProcessor::cancel() {
    m_cancelled = true;
    if (!m_contactFields.isAwaitingDnd())
        return;
    // Nothing of the contact update was sent or marked in flight: the next run handles the event afresh
    // (what it already wrote is a duplicate then). Not counted as taken, so a webhook delivery stays pending.
    m_contactFields.dropAwaiting();
    --m_counts.events;
    finishEvent(
        QStringLiteral("skip"),
        Tr::tr("The run was cancelled while asking whether to turn on do-not-disturb: the contact was "
               "not updated. The next run updates it."));
}

void EventProcessor::onContactWritten(const ContactUpdateWrite& written) {
    using Kind = ContactUpdateWrite::Kind;
    const Action action = m_writing;
    m_current.attempts = written.attempts;
    m_counts.keptNewer += int(written.keptNewer.size());
    store::LedgerEntry entry = entryFor(action, store::LedgerEntry::WriteState::Done);
    entry.payload = written.body;
    const QJsonObject diff{{QStringLiteral("contact"), written.diff()}};
    // Values left out are not failures: they are said beside the record.
    QJsonArray notes;
    for (const auto& [target, newerCall] : written.keptNewer)
        notes.append(mapping::Diagnostic{
            mapping::Severity::Info,
            {},
            {},
            target,
            Tr::tr("%1: kept newer value from call %2.").arg(mapping::FieldLabels::label(target), newerCall)}
                         .toJson());
    if (!written.dndSkipped.isEmpty())
        notes.append(mapping::Diagnostic{
            mapping::Severity::Info,
            {},
            {},
            {},
            Tr::tr("Do-not-disturb for %1 was not turned on: skipped when the run asked. The contact's "
                   "fields were updated.")
                .arg(written.dndSkipped.join(QStringLiteral(", ")))}
                         .toJson());
    for (const QString& problem : written.problems)
        notes.append(mapping::Diagnostic{mapping::Severity::Warning, {}, {}, {}, problem}.toJson());
    const auto contactRecord = [&](const QString& name) {
        store::RunRecord record = recordFor(name, {}, diff);
        record.diagnostics = notes;
        return record;
    };
    Result<> stored;
    switch (written.kind) {
    case Kind::StoreFailed:
        return stop(written.message);
    case Kind::Planned:
        ++m_counts.planned;
        planChanges(written);
        stored = m_ledger->addRecords({contactRecord(QStringLiteral("contact"))});
        break;
    case Kind::NothingToSend:
        if (m_dryRun) {
            planChanges(written);
            stored = m_ledger->addRecords({contactRecord(QStringLiteral("unchanged"))});
            break;
        }
        // Done all the same, so a replay of this event is a duplicate.
        stored =
            m_ledger->commitContactUpdate(entry, contactRecord(QStringLiteral("unchanged")), written.memory);
        break;
    case Kind::Sent:
        ++m_counts.contactUpdates;
        m_counts.dndSet += int(written.dndSet.size());
        // The ledger entry, the record, the call (for the counter) and each field's origin in one
        // transaction: a crash before it leaves the entry in flight and the event pending, and the update is
        // sent again unchanged (see ContactFieldWriter::send).
        stored =
            m_ledger->commitContactUpdate(entry, contactRecord(QStringLiteral("contact")), written.memory);
        break;
    case Kind::Unknown:
        ++m_counts.failed;
        entry.state = store::LedgerEntry::WriteState::Unknown;
        stored = m_ledger->commit(
            entry,
            recordFor(QStringLiteral("failed"),
                      Tr::tr("%1 The contact update is sent again on the next run.").arg(written.message),
                      diff));
        break;
    case Kind::Failed:
        ++m_counts.failed;
        stored = written.sent
                     ? m_ledger->remove(direction, m_current.contactId, targetKey(action),
                                        recordFor(QStringLiteral("failed"), written.message, diff))
                     : m_ledger->addRecords({recordFor(QStringLiteral("failed"), written.message, diff)});
        break;
    }
    m_current.attempts = 0;
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
