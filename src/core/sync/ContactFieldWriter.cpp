#include "core/sync/ContactFieldWriter.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/RequestLog.h"
#include "core/mapping/FieldLabels.h"
#include "core/mapping/Profile.h"
#include "core/mapping/ValueText.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::ContactFieldWriter)
};

const QString dndKey = QStringLiteral("dndSettings");

/// A channel already on (GHL's "permanent" included) is left exactly as it is: its message stays.
bool dndIsOn(const QJsonObject& settings, const QString& channel) {
    const QString status = settings.value(channel).toObject().value(QLatin1String("status")).toString();
    return status == QLatin1String("active") || status == QLatin1String("permanent");
}

QJsonValue customFieldValue(const QJsonObject& contact, const QString& id) {
    for (const QJsonValue& item : contact.value(QLatin1String("customFields")).toArray()) {
        const QJsonObject field = item.toObject();
        if (field.value(QLatin1String("id")).toString() == id)
            return field.contains(QLatin1String("value")) ? field.value(QLatin1String("value"))
                                                          : field.value(QLatin1String("field_value"));
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ContactUpdateWrite::diff() const {
    QJsonArray fields;
    for (const ContactFieldChange& change : changes) {
        QJsonObject field{{QStringLiteral("target"), change.target},
                          {QStringLiteral("label"), change.label},
                          {QStringLiteral("after"), change.after}};
        if (!change.before.isUndefined())
            field.insert(QStringLiteral("before"), change.before);
        fields.append(field);
    }
    QJsonArray dnd;
    for (const QString& channel : dndSet)
        dnd.append(
            QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("message"), dndMessage}});
    QJsonArray skipped;
    for (const QString& channel : dndSkipped)
        skipped.append(channel);
    QJsonArray kept;
    for (const auto& [target, callId] : keptNewer)
        kept.append(QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("newerCall"), callId}});
    QJsonObject diff{{QStringLiteral("fields"), fields}};
    if (!dnd.isEmpty())
        diff.insert(QStringLiteral("dnd"), dnd);
    if (!skipped.isEmpty())
        diff.insert(QStringLiteral("dndSkipped"), skipped);
    if (!kept.isEmpty())
        diff.insert(QStringLiteral("kept"), kept);
    if (!problems.isEmpty())
        diff.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    return diff;
}

ContactFieldWriter::ContactFieldWriter(api::GhlClient* ghl, store::LedgerRepository* ledger,
                                       mapping::CustomFieldDirectory customFields, QObject* parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_ledger(ledger)
    , m_customFields(std::move(customFields)) {
}

std::optional<QJsonValue> ContactFieldWriter::typedValue(const QJsonValue& value, const QString& dataType,
                                                         QString* problem) {
    const QString text = mapping::valueText(value).trimmed();
    if (dataType == QLatin1String("NUMERICAL") || dataType == QLatin1String("MONETORY")) {
        if (value.isDouble())
            return value;
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        if (ok)
            return QJsonValue(number);
        *problem = Tr::tr("\"%1\" is not a number.").arg(text);
        return std::nullopt;
    }
    if (dataType == QLatin1String("DATE")) {
        // GHL's contact dates take yyyy-MM-dd (docs/sync.md, "Call outcomes on the contact"); a date and time
        // keeps its day in UTC, the zone Kixie's call dates are given in.
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        const QDate date = at.isValid() ? at.toUTC().date() : QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QJsonValue(date.toString(Qt::ISODate));
        *problem = Tr::tr("\"%1\" is not a date.").arg(text);
        return std::nullopt;
    }
    if (dataType == QLatin1String("CHECKBOX") || dataType == QLatin1String("MULTIPLE_OPTIONS") ||
        dataType == QLatin1String("TEXTBOX_LIST")) {
        if (value.isArray())
            return value;
        return QJsonValue(QJsonArray{text});
    }
    return QJsonValue(mapping::valueText(value));
}

QString ContactFieldWriter::labelOf(const QString& target) const {
    const QString key = mapping::contactupdate::customFieldKey(target);
    if (const auto* definition = key.isEmpty() ? nullptr : m_customFields.byKey(key))
        return definition->name;
    return mapping::FieldLabels::label(target);
}

void ContactFieldWriter::write(const ContactUpdate& update) {
    const auto origins = m_ledger->fieldOrigins(update.contactId);
    const auto calls =
        origins ? m_ledger->writtenCalls(update.contactId) : Result<QSet<QString>>(QSet<QString>());
    if (!origins || !calls) {
        ContactUpdateWrite failed;
        failed.kind = ContactUpdateWrite::Kind::StoreFailed;
        failed.message = Tr::tr("could not read the ledger: %1")
                             .arg(storeProblemInWords(!origins ? origins.error() : calls.error()));
        return Q_EMIT written(failed);
    }
    ContactUpdateWrite plan;
    plan.memory.contactId = update.contactId;
    plan.memory.call = update.call;
    plan.dndMessage = update.dndMessage;
    for (const auto& [target, value] : update.fields) {
        const auto origin = origins->constFind(target);
        if (origin != origins->cend() && !update.call.supersedes(*origin)) {
            plan.keptNewer.append({target, origin->callId});
            continue;
        }
        // Cut from the body otherwise (GhlRequestBodies): said in the record rather than shown as written.
        if (target == QLatin1String("update.companyName") && !m_ghl->settings().sendCompanyNameOnUpdate) {
            plan.problems << Tr::tr("%1 left unchanged: GHL's contact update does not list it, so Fieldlink "
                                    "does not send it.")
                                 .arg(labelOf(target));
            continue;
        }
        QJsonValue typed = QJsonValue(mapping::valueText(value));
        const QString key = mapping::contactupdate::customFieldKey(target);
        if (!key.isEmpty()) {
            const auto* definition = m_customFields.byKey(key);
            QString problem = Tr::tr("This GHL location has no custom field \"%1\".").arg(key);
            const std::optional<QJsonValue> fitted =
                definition ? typedValue(value, definition->dataType, &problem) : std::nullopt;
            if (!fitted) {
                plan.problems << Tr::tr("%1 left unchanged: %2").arg(labelOf(target), problem);
                continue;
            }
            typed = *fitted;
        }
        plan.changes.append({target, labelOf(target), QJsonValue(QJsonValue::Undefined), typed});
        plan.memory.fields.insert(target, typed);
    }
    // Each call once: the calls already written, and this one.
    const qsizetype callCount = calls->size() + (calls->contains(update.call.callId) ? 0 : 1);
    for (const QString& target : update.counters)
        plan.changes.append(
            {target, labelOf(target), QJsonValue(QJsonValue::Undefined), QJsonValue(double(callCount))});
    if (plan.changes.isEmpty() && update.dndChannels.isEmpty()) {
        plan.kind = ContactUpdateWrite::Kind::NothingToSend;
        return Q_EMIT written(plan);
    }
    if (update.dndChannels.isEmpty() && !update.dryRun)
        return send(update, plan);
    // dndSettings is sent whole, so the channels already set are read first and kept; a dry run reads the
    // contact to show each change before → after.
    const api::RequestSubject subject(m_ghl->queue().log(), update.inFlight.sourceId);
    connect(m_ghl->getContact(update.contactId), &api::ApiRequest::finished, this,
            [this, update, plan](const api::ApiResult& result) { onContactRead(update, plan, result); });
}

void ContactFieldWriter::onContactRead(const ContactUpdate& update, ContactUpdateWrite plan,
                                       const api::ApiResult& result) {
    plan.attempts = result.attempts;
    if (!result.ok()) {
        plan.kind = ContactUpdateWrite::Kind::Failed;
        plan.message = Tr::tr("Could not read the contact before updating it: %1").arg(result.message);
        return Q_EMIT written(plan);
    }
    const QJsonObject contact = result.json.toObject().value(QLatin1String("contact")).toObject();
    for (ContactFieldChange& change : plan.changes) {
        const QString key = mapping::contactupdate::customFieldKey(change.target);
        const auto* definition = key.isEmpty() ? nullptr : m_customFields.byKey(key);
        change.before = definition ? customFieldValue(contact, definition->id)
                                   : contact.value(mapping::contactupdate::standardField(change.target));
        if (change.before.isUndefined())
            change.before = QJsonValue(QJsonValue::Null);
    }
    QJsonObject settings = contact.value(dndKey).toObject();
    for (const QString& channel : update.dndChannels) {
        if (dndIsOn(settings, channel))
            continue;
        settings.insert(channel, QJsonObject{{QStringLiteral("status"), QStringLiteral("active")},
                                             {QStringLiteral("message"), update.dndMessage}});
        plan.dndSet << channel;
    }
    if (!update.dryRun && m_askBeforeDnd && !plan.dndSet.isEmpty()) {
        // Nothing is marked in flight yet: until the answer comes, the update has not started.
        m_awaiting = Awaiting{update, plan, settings};
        return Q_EMIT dndApprovalNeeded(plan.dndSet, update.dndMessage);
    }
    plan.body = bodyOf(plan, settings);
    if (update.dryRun) {
        plan.kind =
            plan.body.isEmpty() ? ContactUpdateWrite::Kind::NothingToSend : ContactUpdateWrite::Kind::Planned;
        return Q_EMIT written(plan);
    }
    send(update, plan);
}

void ContactFieldWriter::answerDnd(bool turnOn) {
    if (!m_awaiting)
        return;
    Awaiting awaiting = std::move(*m_awaiting);
    m_awaiting.reset();
    ContactUpdateWrite& plan = awaiting.plan;
    if (!turnOn) // the contact's do-not-disturb is left exactly as it is: dndSettings is not sent at all
        plan.dndSkipped = std::exchange(plan.dndSet, {});
    plan.body = bodyOf(plan, awaiting.dndSettings);
    send(awaiting.update, plan);
}

QJsonObject ContactFieldWriter::bodyOf(ContactUpdateWrite& plan, const QJsonObject& dndSettings) const {
    QJsonObject body;
    QJsonArray customFields;
    for (const ContactFieldChange& change : std::as_const(plan.changes)) {
        const QString key = mapping::contactupdate::customFieldKey(change.target);
        if (key.isEmpty()) {
            body.insert(mapping::contactupdate::standardField(change.target), change.after);
            continue;
        }
        // By id: GHL's typed custom field schemas require it (the key alone only fits text values).
        customFields.append(QJsonObject{{QStringLiteral("id"), m_customFields.byKey(key)->id},
                                        {QStringLiteral("field_value"), change.after}});
    }
    if (!customFields.isEmpty())
        body.insert(QStringLiteral("customFields"), customFields);
    // The whole object, with the channels already set: a later call never lifts one.
    if (!plan.dndSet.isEmpty())
        body.insert(dndKey, dndSettings);
    return body;
}

void ContactFieldWriter::send(const ContactUpdate& update, ContactUpdateWrite plan) {
    if (plan.body.isEmpty())
        plan.body = bodyOf(plan, {});
    if (plan.body.isEmpty()) {
        plan.kind = ContactUpdateWrite::Kind::NothingToSend;
        return Q_EMIT written(plan);
    }
    // Marked in flight first, like every other write: if the process dies after GHL took the update, the
    // event is handled again, finds the entry unfinished and sends the same body again. The update sets
    // values (the counter too is a value, not an increment), so sending it twice changes nothing.
    store::LedgerEntry entry = update.inFlight;
    entry.payload = plan.body;
    if (const Result<> marked = m_ledger->markInFlight(entry); !marked) {
        plan.kind = ContactUpdateWrite::Kind::StoreFailed;
        plan.message =
            Tr::tr("could not record a write before sending it: %1").arg(storeProblemInWords(marked.error()));
        return Q_EMIT written(plan);
    }
    const api::RequestSubject subject(m_ghl->queue().log(), update.inFlight.sourceId);
    connect(m_ghl->updateContact(update.contactId, plan.body), &api::ApiRequest::finished, this,
            [this, plan](const api::ApiResult& result) mutable {
                plan.sent = true;
                plan.attempts += result.attempts;
                plan.kind = result.ok()             ? ContactUpdateWrite::Kind::Sent
                            : result.outcomeUnknown ? ContactUpdateWrite::Kind::Unknown
                                                    : ContactUpdateWrite::Kind::Failed;
                if (!result.ok())
                    plan.message = result.message;
                Q_EMIT written(plan);
            });
}

} // namespace fieldlink::sync
