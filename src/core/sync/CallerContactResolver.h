#pragma once

#include "core/mapping/Profile.h"
#include "core/store/LedgerRepository.h"

#include <QJsonObject>
#include <QObject>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// Which GHL contact a call event is about, and how that was learnt.
struct CallerContact {
    enum class Kind {
        Found,          ///< the event's contact id, or the contact with the caller's phone
        Created,        ///< an unknown caller added to GHL (unknownCallers: create); `entry` is to commit
        Planned,        ///< dry run: an unknown caller would be added
        UnknownCaller,  ///< no contact has the phone, and the profile skips such calls
        Failed,         ///< no usable phone, or the lookup or the creation failed (`entry` set if sent)
        OutcomeUnknown, ///< the creation was sent and no answer came (`entry` is to commit as unknown)
        StoreFailed,    ///< the ledger could not be read or written: nothing was sent
    };
    Kind kind = Kind::Failed;
    QString contactId;
    QString message;
    store::LedgerEntry entry; ///< the contact creation's ledger entry, when one was sent
    bool sent = false;
};

/// Finds the GHL contact of a call event: the contact id Kixie sent back, else the location's contact with
/// the caller's phone. A call from a number no contact has is skipped with the reason, or — when the
/// profile's unknownCallers says create — the caller is added through GHL's upsert (phone, the caller's name
/// when the profile maps one, a tag), once per call: the ledger keys the creation by the call's id under the
/// caller's phone. Upsert matches on the phone, so a creation left in flight is simply sent again.
class CallerContactResolver : public QObject {
    Q_OBJECT
public:
    struct Call {
        QJsonObject contact;            ///< the mapped contact: id, phone, firstName, lastName
        QString sourceId;               ///< the call's externalid
        store::LedgerEntry entryFields; ///< direction, source and run of the ledger entry a creation gets
    };

    CallerContactResolver(api::GhlClient* ghl, store::LedgerRepository* ledger,
                          mapping::UnknownCallers unknownCallers, bool dryRun, QObject* parent = nullptr);

    /// Emits resolved() once.
    void resolve(const Call& call);

Q_SIGNALS:
    void resolved(const fieldlink::sync::CallerContact& contact);

private:
    void onLookedUp(const Call& call, const QString& phone, const api::ApiResult& result);
    void unknownCaller(const Call& call, const QString& phone);
    void create(store::LedgerEntry entry);
    void finish(CallerContact contact);

    api::GhlClient* m_ghl;
    store::LedgerRepository* m_ledger;
    mapping::UnknownCallers m_unknownCallers;
    bool m_dryRun;
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::CallerContact)
