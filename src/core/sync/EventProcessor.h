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
    void cancel() { m_cancelled = true; }
    bool isIdle() const { return !m_busy; }
    const EventCounts& counts() const { return m_counts; }
    /// The line Fieldlink appends to a note or task body to find it again: unique per call and event.
    static QString referenceLine(const QString& externalId, const QString& event);
    /// The location's contact custom fields, which `update.customFields.*` targets name (read at run start).
    void setCustomFields(const mapping::CustomFieldDirectory& customFields);
    /// Dry run: one line per contact change planned (a field before → after, a do-not-disturb channel, a
    /// value kept because a newer call wrote it), for the admin to read before the real run.
    const QStringList& plannedChanges() const { return m_plannedChanges; }

Q_SIGNALS:
    void progress(int done, int queued);
    /// Every queued event has been handled (or the processor was cancelled).
    void idle();
    /// The database failed: the processor has stopped, nothing more is sent. `message` is for the admin.
    void stopped(const QString& message);

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
    void planLines(const ContactUpdateWrite& written);
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
    QStringList m_plannedChanges;
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
