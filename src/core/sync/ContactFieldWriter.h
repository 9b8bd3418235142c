#pragma once

#include "core/mapping/FieldPath.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/CallAction.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// What one event of a call writes into the GHL contact itself: the profile's `update.*` values, its call
/// counters and the do-not-disturb channels its disposition sets.
struct ContactUpdate {
    QString contactId;
    store::CallOrigin call;
    QList<std::pair<QString, QJsonValue>> fields; ///< target ("update.source") -> mapped value
    QStringList counters;                         ///< targets that get the contact's number of calls
    QStringList dndChannels;                      ///< dndSettings keys to set active
    QString dndMessage;
    store::LedgerEntry inFlight;           ///< its ledger entry, to mark in flight before sending
    std::optional<store::LedgerEntry> own; ///< what the ledger already holds for it (never done)
    bool dryRun = false;
};

/// One field as the update changes it.
struct ContactFieldChange {
    QString target;
    QString label;
    QJsonValue before; ///< undefined when the contact was not read
    QJsonValue after;  ///< as sent
};

/// How writing a ContactUpdate ended.
struct ContactUpdateWrite {
    enum class Kind {
        Sent,          ///< GHL took the update
        Planned,       ///< dry run: what would be sent
        NothingToSend, ///< every value was older than what the contact holds, and no DND to set
        Failed,        ///< GHL refused it, a value did not fit, or the contact could not be read
        Unknown,       ///< sent, but no answer came back (the update is sent again on the next run)
        StoreFailed,   ///< the ledger could not be read or written: nothing was sent
    };
    Kind kind = Kind::Failed;
    QString message;
    bool sent = false;
    int attempts = 0;
    QList<ContactFieldChange> changes;
    /// Fields left as they were because a newer call wrote them: target -> that call's id.
    QList<std::pair<QString, QString>> keptNewer;
    QStringList dndSet;     ///< channels this update turns on
    QStringList dndSkipped; ///< channels it would have turned on, left off because the admin said Skip
    QString dndMessage;
    QStringList problems; ///< values that did not fit their field, left out (the rest is sent)
    QJsonObject body;     ///< the PUT body
    store::ContactUpdateMemory memory;

    /// For the run record: {fields: [{target, label, before, after}], dnd: [{channel, message}],
    /// dndSkipped: [channel…], kept: […]}.
    QJsonObject diff() const;
};

/// Writes a call's outcome into the GHL contact (`PUT /contacts/{id}`): only the fields the profile names,
/// custom fields as {id, field_value} typed by their data type, and do-not-disturb channels merged into the
/// contact's dndSettings (set, never lifted). Newest call wins per field: a value from a call older than the
/// one that last wrote the field is left out. A counter is the number of distinct calls written for the
/// contact, this one included — a value, not an increment, so sending it twice never counts twice.
///
/// The contact is read first only when needed: to merge do-not-disturb channels, and in a dry run to show
/// each field before → after.
class ContactFieldWriter : public QObject {
    Q_OBJECT
public:
    ContactFieldWriter(api::GhlClient* ghl, store::LedgerRepository* ledger,
                       mapping::CustomFieldDirectory customFields = {}, QObject* parent = nullptr);

    void setCustomFields(const mapping::CustomFieldDirectory& customFields) { m_customFields = customFields; }
    /// Writes (or, in a dry run, plans) one update; emits written() once.
    void write(const ContactUpdate& update);
    /// A production update that would turn a do-not-disturb channel on first asks (dndApprovalNeeded) and
    /// waits for answerDnd(); off (the default, as for the CLI and watch mode), it sets them as mapped.
    void setAskBeforeDnd(bool ask) { m_askBeforeDnd = ask; }
    bool isAwaitingDnd() const { return m_awaiting.has_value(); }
    /// The answer to dndApprovalNeeded: turn the channels on, or send the update without them (the fields
    /// are written all the same).
    void answerDnd(bool turnOn);
    /// Forgets the update waiting for an answer: nothing of it is sent, and written() is not emitted.
    void dropAwaiting() { m_awaiting.reset(); }

    /// The value as GHL takes it for a custom field of `dataType` (NUMERICAL → number, DATE → yyyy-MM-dd,
    /// multiple options → list of text), or nullopt with `problem` set when it does not fit.
    static std::optional<QJsonValue> typedValue(const QJsonValue& value, const QString& dataType,
                                                QString* problem);

Q_SIGNALS:
    void written(const fieldlink::sync::ContactUpdateWrite& result);
    /// The update would turn on do-not-disturb for `channels` (the ones not already on): answerDnd() says
    /// whether it does. Emitted only with setAskBeforeDnd(true), and never in a dry run.
    void dndApprovalNeeded(const QStringList& channels, const QString& message);

private:
    void onContactRead(const ContactUpdate& update, ContactUpdateWrite plan, const api::ApiResult& result);
    void send(const ContactUpdate& update, ContactUpdateWrite plan);
    QJsonObject bodyOf(ContactUpdateWrite& plan, const QJsonObject& dndSettings) const;
    QString labelOf(const QString& target) const;

    api::GhlClient* m_ghl;
    store::LedgerRepository* m_ledger;
    mapping::CustomFieldDirectory m_customFields;
    bool m_askBeforeDnd = false;
    struct Awaiting {
        ContactUpdate update;
        ContactUpdateWrite plan;
        QJsonObject dndSettings; ///< the contact's, with the channels to turn on
    };
    std::optional<Awaiting> m_awaiting;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::ContactUpdateWrite)
