#pragma once

#include "core/api/RequestLog.h"
#include "core/mapping/MappingEngine.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/CallNoteWriter.h"
#include "core/sync/CallerContactResolver.h"
#include "core/sync/ContactFieldWriter.h"
#include "core/sync/TaskAndTagWriter.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

#include <optional>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

struct EventCounts {
    int events = 0;
    int notes = 0;           ///< notes created
    int noteUpdates = 0;     ///< a later event of a call added to the note an earlier one created
    int contactsCreated = 0; ///< unknown callers added to GHL (unknownCallers: create)
    int tasks = 0;           ///< tasks created
    int tags = 0;            ///< tag additions
    int contactUpdates = 0;  ///< contact updates sent (fields, counters, do-not-disturb)
    int dndSet = 0;          ///< do-not-disturb channels turned on
    int keptNewer = 0;       ///< field values left out because a newer call already wrote the field
    int duplicates = 0;      ///< actions already done for this call: a duplicated or replayed webhook
    int reconciled = 0;      ///< writes of unknown outcome found in GHL, so not sent again
    int planned = 0;         ///< dry run: actions that would be sent
    int skipped = 0;
    int failed = 0;
    QJsonObject toJson() const;
};

/// One change a dry run would make to a GHL contact, as data: the app words it (DndChanges, the record's
/// change table); lines() words it for the CLI.
struct PlannedContactChange {
    enum class Kind {
        Field,     ///< `label`: `before` → `after`
        Dnd,       ///< do-not-disturb turned on for `channels`, with `message`
        KeptNewer, ///< `label` keeps the value call `newerCall` wrote
    };
    Kind kind = Kind::Field;
    QString callId;
    QString contactId;
    QString contactName; ///< as the admin knows the contact; empty when the call names none
    QString target;      ///< "update.customFields.contact.last_call_date"
    QString label;       ///< "Last call date"
    QJsonValue before;   ///< null when the contact holds nothing
    QJsonValue after;
    QStringList channels; ///< dndSettings keys
    QString message;
    QString newerCall;

    /// The contact's name, or its id when the call names none.
    QString contact() const { return contactName.isEmpty() ? contactId : contactName; }
    /// The CLI's dry-run lines: one per field, per do-not-disturb channel, per value kept.
    QStringList lines() const;
};

/// What a production run asks before it turns do-not-disturb on for a contact (EventJob::askBeforeDnd).
struct DndRequest {
    QString callId;
    QString contactId;
    QString contactName;
    QStringList channels; ///< the channels not on yet, which the update would turn on
    QString message;
};

/// Turns Kixie call events into GHL notes, follow-up tasks and tags through a kixie_to_ghl profile, exactly
/// once per call, event and action: the ledger keys each write by the call's `externalid`, a write is marked
/// in flight before it is sent, and a write whose outcome is unknown is looked for in GHL (by the reference
/// line Fieldlink puts in every note and task) before it is ever sent again. A call gets one note: its later
/// events add to it (CallNoteWriter). A call from an unknown number is skipped, or its caller created
/// (CallerContactResolver). A route with the "contact" action, a call counter or a do-not-disturb disposition
/// updates the contact itself (ContactFieldWriter), newest call winning per field. Events are handled one at
/// a time, in the order they came.
///
/// The ledger is what makes this exactly-once, so when the database fails (a write cannot be marked in
/// flight, an outcome cannot be stored, the ledger cannot be read) nothing more is sent: the processor stops
/// at once and says so through stopped(); the run can be resumed when the database works again.
class EventProcessor : public QObject {
    Q_OBJECT
public:
    EventProcessor(api::GhlClient* ghl, store::LedgerRepository* ledger, const mapping::MappingEngine* engine,
                   qint64 runId, qint64 profileVersionId, bool dryRun, QObject* parent = nullptr);

    /// Queues events; processing starts at once when idle.
    void process(const QList<QJsonObject>& events);
    /// The event being handled finishes (one waiting for a do-not-disturb answer ends at once, its contact
    /// update unsent); the rest wait for the next run.
    void cancel();
    bool isIdle() const { return !m_busy; }
    const EventCounts& counts() const { return m_counts; }
    /// The line Fieldlink appends to a note or task body to find it again: unique per call and event.
    static QString referenceLine(const QString& externalId, const QString& event);
    /// The location's contact custom fields, which `update.customFields.*` targets name (read at run start).
    void setCustomFields(const mapping::CustomFieldDirectory& customFields);
    /// Dry run: each contact change planned (a field before → after, a do-not-disturb change, a value kept
    /// because a newer call wrote it), for the admin to read before the real run.
    const QList<PlannedContactChange>& plannedChanges() const { return m_plannedChanges; }
    /// The same, in the CLI's words: one line each (PlannedContactChange::lines).
    QStringList plannedChangeLines() const;

    /// A production run asks before each do-not-disturb change (dndApprovalNeeded) and waits, the event
    /// unfinished, for answerDnd(). Off by default: the CLI and watch mode are headless and never ask.
    void setAskBeforeDnd(bool ask);
    /// The answer to dndApprovalNeeded. `turnOn` false (Skip) leaves the contact's do-not-disturb as it is;
    /// its fields are written all the same, and the record says it was skipped. `forRestOfRun`: every
    /// later do-not-disturb change of this run takes the same answer without asking.
    void answerDnd(bool turnOn, bool forRestOfRun = false);
    bool isAwaitingDnd() const { return m_contactFields.isAwaitingDnd(); }

Q_SIGNALS:
    void progress(int done, int queued);
    /// Every queued event has been handled (or the processor was cancelled).
    void idle();
    /// The database failed: the processor has stopped, nothing more is sent. `message` is for the admin.
    void stopped(const QString& message);
    /// A production run with setAskBeforeDnd(true) would turn do-not-disturb on: answerDnd() resumes it.
    void dndApprovalNeeded(const fieldlink::sync::DndRequest& request);

private:
    struct Action {
        QString name; ///< note, task, tags, contact
        QJsonObject body;
    };
    struct Current {
        mapping::MappedRecord mapped;
        QString event;
        QString contactId;
        QList<Action> actions;
        QJsonObject subject;         ///< the call as the admin knows it (RecordSubject::toJson)
        ContactUpdate contactUpdate; ///< the "contact" action's fields, counters and DND channels
        int attempts = 0;            ///< requests the write under way took, for its record
    };

    void next();
    void onContactResolved(const CallerContact& contact);
    void nextAction();
    void handle(const Action& action);
    void onWritten(const ActionWrite& written);
    void onContactWritten(const ContactUpdateWrite& written);
    /// The contact update this event makes (empty when it makes none).
    ContactUpdate contactUpdateFor(const QJsonObject& event, bool contactRoute) const;
    QString dndMessageFor(const QJsonObject& event) const;
    void planChanges(const ContactUpdateWrite& written);
    void onDndApprovalNeeded(const QStringList& channels, const QString& message);
    void finishEvent(const QString& action, const QString& error = {});
    /// False, with the run stopped, when the database could not do `result`'s work.
    [[nodiscard]] bool kept(const Result<>& result);
    void stop(const QString& problem);
    store::LedgerEntry entryFor(const Action& action, store::LedgerEntry::WriteState state) const;
    store::RunRecord recordFor(const QString& action, const QString& error = {},
                               const QJsonObject& diff = {}) const;
    QString targetKey(const Action& action) const;

    store::LedgerRepository* m_ledger;
    const mapping::MappingEngine* m_engine;
    qint64 m_runId;
    qint64 m_profileVersionId;
    bool m_dryRun;
    CallerContactResolver m_contacts;
    CallNoteWriter m_notes;
    TaskAndTagWriter m_tasksAndTags;
    ContactFieldWriter m_contactFields;
    QList<PlannedContactChange> m_plannedChanges;
    std::optional<bool> m_dndStandingAnswer; ///< "apply to all in this run"
    QQueue<QJsonObject> m_queue;
    Current m_current;
    Action m_writing; ///< the action whose write is under way
    EventCounts m_counts;
    int m_done = 0;
    QElapsedTimer m_sinceProgress;
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_stopped = false;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::DndRequest)
