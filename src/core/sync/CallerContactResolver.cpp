#include "core/sync/CallerContactResolver.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/RequestLog.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::CallerContactResolver)
};

const QString contactIdKey = QStringLiteral("contactId");

QString idOf(const QJsonValue& json) {
    return json.toObject().value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString();
}

} // namespace

CallerContactResolver::CallerContactResolver(api::GhlClient* ghl, store::LedgerRepository* ledger,
                                             mapping::UnknownCallers unknownCallers, bool dryRun,
                                             QObject* parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_ledger(ledger)
    , m_unknownCallers(std::move(unknownCallers))
    , m_dryRun(dryRun) {
}

void CallerContactResolver::resolve(const Call& call) {
    const QString contactId = call.contact.value(QLatin1String("id")).toString();
    if (!contactId.isEmpty())
        return finish({CallerContact::Kind::Found, contactId, {}, {}, false});
    const QString phone = call.contact.value(QLatin1String("phone")).toString();
    if (phone.isEmpty())
        return finish({CallerContact::Kind::Failed,
                       {},
                       Tr::tr("The event names no GHL contact and no valid phone number to find one by."),
                       {},
                       false});
    const api::RequestSubject subject(m_ghl->queue().log(), call.sourceId);
    connect(m_ghl->findContactByPhone(phone), &api::ApiRequest::finished, this,
            [this, call, phone](const api::ApiResult& result) { onLookedUp(call, phone, result); });
}

void CallerContactResolver::onLookedUp(const Call& call, const QString& phone, const api::ApiResult& result) {
    // A lookup that failed says nothing about the caller: that is a failure, not an unknown caller.
    if (!result.ok())
        return finish({CallerContact::Kind::Failed, {}, result.message, {}, false});
    if (const QString id = idOf(result.json); !id.isEmpty())
        return finish({CallerContact::Kind::Found, id, {}, {}, false});
    unknownCaller(call, phone);
}

void CallerContactResolver::unknownCaller(const Call& call, const QString& phone) {
    if (m_unknownCallers.action == mapping::UnknownCallers::Action::Skip)
        return finish({CallerContact::Kind::UnknownCaller,
                       {},
                       Tr::tr("No GHL contact has the phone number %1, so this call was skipped. To add such "
                              "callers to GHL, set \"unknownCallers\" to create in the profile.")
                           .arg(phone),
                       {},
                       false});
    store::LedgerEntry entry = call.entryFields;
    entry.scopeKey = phone;
    entry.targetKey = call.sourceId + QStringLiteral("|contact");
    const Result<std::optional<store::LedgerEntry>> earlier =
        m_ledger->find(entry.direction, entry.scopeKey, entry.targetKey);
    if (!earlier)
        return finish({CallerContact::Kind::StoreFailed,
                       {},
                       Tr::tr("could not read the ledger: %1").arg(storeProblemInWords(earlier.error())),
                       {},
                       false});
    // Created for this call before, and GHL's phone lookup does not show it yet: the same contact.
    if (*earlier && (*earlier)->state == store::LedgerEntry::WriteState::Done &&
        !(*earlier)->payload.value(contactIdKey).toString().isEmpty())
        return finish(
            {CallerContact::Kind::Found, (*earlier)->payload.value(contactIdKey).toString(), {}, {}, false});
    QJsonObject contact{{QStringLiteral("phone"), phone},
                        {QStringLiteral("source"), QStringLiteral("Kixie")}};
    for (const QString& key : {QStringLiteral("firstName"), QStringLiteral("lastName")}) {
        if (const QString value = call.contact.value(key).toString(); !value.isEmpty())
            contact.insert(key, value);
    }
    if (!m_unknownCallers.tag.isEmpty())
        contact.insert(QStringLiteral("tags"), QJsonArray{m_unknownCallers.tag});
    entry.payload = contact;
    if (m_dryRun)
        return finish({CallerContact::Kind::Planned, {}, {}, entry, false});
    create(entry);
}

void CallerContactResolver::create(store::LedgerEntry entry) {
    // Unrecorded, a creation could not be known as this call's: nothing goes out.
    if (const Result<> marked = m_ledger->markInFlight(entry); !marked)
        return finish({CallerContact::Kind::StoreFailed,
                       {},
                       Tr::tr("could not record a write before sending it: %1")
                           .arg(storeProblemInWords(marked.error())),
                       {},
                       false});
    const api::RequestSubject subject(m_ghl->queue().log(), entry.sourceId);
    connect(m_ghl->upsertContact(entry.payload), &api::ApiRequest::finished, this,
            [this, entry](const api::ApiResult& result) mutable {
                const QString id = idOf(result.json);
                if (result.ok() && !id.isEmpty()) {
                    entry.payload.insert(contactIdKey, id);
                    return finish({CallerContact::Kind::Created, id, {}, entry, true});
                }
                const bool unknown = result.outcomeUnknown || result.ok();
                finish({unknown ? CallerContact::Kind::OutcomeUnknown : CallerContact::Kind::Failed,
                        {},
                        result.ok() ? Tr::tr("GHL created the caller's contact but sent no id for it.")
                                    : result.message,
                        entry,
                        true});
            });
}

void CallerContactResolver::finish(CallerContact contact) {
    Q_EMIT resolved(contact);
}

} // namespace fieldlink::sync
