#include "core/sync/SyncPlanner.h"

#include "core/sync/RowClaims.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::SyncPlanner)
};

// extraData's columns compare one by one, like the top-level fields.
QJsonObject flatten(const QJsonObject& payload) {
    QJsonObject flat;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.key() == QLatin1String("extraData") && it.value().isObject()) {
            const QJsonObject extra = it.value().toObject();
            for (auto column = extra.begin(); column != extra.end(); ++column)
                flat.insert(QStringLiteral("extraData.") + column.key(), column.value());
        } else {
            flat.insert(it.key(), it.value());
        }
    }
    return flat;
}

QJsonObject conflictJson(const QString& kind, const PlanItem& item, const QStringList& candidates) {
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("scopeKey"), item.scopeKey},
                       {QStringLiteral("targetKey"), item.targetKey},
                       {QStringLiteral("candidates"), QJsonArray::fromStringList(candidates)},
                       {QStringLiteral("payload"), item.payload}};
}

QString firstReason(const mapping::Diagnostics& diagnostics) {
    for (const mapping::Diagnostic& diagnostic : diagnostics) {
        if (!diagnostic.message.isEmpty())
            return diagnostic.message;
    }
    return {};
}

} // namespace

SyncPlanner::SyncPlanner(const mapping::Profile& profile, QHash<QString, store::LedgerEntry> ledger,
                         QHash<QString, QString> owners)
    : m_profile(profile)
    , m_ledger(std::move(ledger))
    , m_owners(std::move(owners)) {
    for (auto it = m_ledger.begin(); it != m_ledger.end(); ++it)
        m_keysBySource.insert(it->sourceId, it.key());
}

void SyncPlanner::setHeldConflicts(QHash<QString, store::HeldConflict> held, bool completeScope) {
    m_held = std::move(held);
    m_completeScope = completeScope;
}

QJsonObject SyncPlanner::neighbourPayloads(const QString& key) const {
    QJsonObject payloads;
    for (const mapping::MappedRecord& neighbour : m_neighbours) {
        if (RowClaims::keyOf(neighbour) == key)
            payloads.insert(neighbour.sourceId, neighbour.payload);
    }
    return payloads;
}

void SyncPlanner::setClaimants(const QList<mapping::MappedRecord>& everyone) {
    m_claims.emplace(everyone, m_neighbours, m_held, m_completeScope);
    m_claimantSources.clear();
    for (const mapping::MappedRecord& record : everyone)
        m_claimantSources.insert(record.sourceId);
}

void SyncPlanner::setNeighbours(QList<mapping::MappedRecord> neighbours, QHash<QString, QString> unverified) {
    m_neighbours = std::move(neighbours);
    m_unverified = std::move(unverified);
}

QList<FieldChange> SyncPlanner::diff(const QJsonObject& before, const QJsonObject& after) {
    const QJsonObject old = flatten(before);
    const QJsonObject now = flatten(after);
    QStringList fields = old.keys() + now.keys();
    fields.sort();
    fields.removeDuplicates();
    QList<FieldChange> changes;
    for (const QString& field : fields) {
        if (old.value(field) != now.value(field))
            changes.append({field, old.value(field), now.value(field)});
    }
    return changes;
}

QString SyncPlanner::cadenceFor(const QString& routeName) const {
    for (const mapping::Route& route : m_profile.routing.routes) {
        if (route.name == routeName)
            return route.cadenceId;
    }
    if (m_profile.routing.fallback && m_profile.routing.fallback->name == routeName)
        return m_profile.routing.fallback->cadenceId;
    return {};
}

void SyncPlanner::planRemovals(const QString& sourceId, const QString& keptKey,
                               QList<PlanItem>& items) const {
    if (m_profile.routing.onStopMatching != QLatin1String("remove"))
        return;
    for (const QString& key : m_keysBySource.values(sourceId)) {
        const store::LedgerEntry& entry = m_ledger[key];
        if (key == keptKey || entry.scopeKey.startsWith(QLatin1String("cadence:")))
            continue;
        PlanItem removal;
        removal.action = PlanAction::Remove;
        removal.sourceId = sourceId;
        removal.scopeKey = entry.scopeKey;
        removal.targetKey = entry.targetKey;
        removal.reason = Tr::tr("The contact no longer maps to this row (PowerList %1, %2).")
                             .arg(entry.scopeKey, entry.targetKey);
        items.append(removal);
    }
}

SyncPlan SyncPlanner::plan(const QList<mapping::MappedRecord>& records) const {
    // Two contacts that map to one row would overwrite each other: both are held for review, in this run
    // and — whatever slice of the location they read — in every later one until it is decided.
    std::optional<RowClaims> own;
    QSet<QString> ownSources;
    if (!m_claims) {
        own.emplace(records, m_neighbours, m_held, m_completeScope);
        for (const mapping::MappedRecord& record : records)
            ownSources.insert(record.sourceId);
    }
    const RowClaims& claims = m_claims ? *m_claims : *own;
    const QSet<QString>& sourcesInPlan = m_claims ? m_claimantSources : ownSources;

    SyncPlan plan;
    for (const mapping::MappedRecord& record : records) {
        PlanItem item;
        item.sourceId = record.sourceId;
        item.route = record.route;
        item.diagnostics = record.diagnostics;
        item.payload = record.payload;
        if (record.status == mapping::MappedRecord::Status::Failed) {
            item.action = PlanAction::Fail;
            item.reason = firstReason(record.diagnostics);
            plan.items.append(item);
            continue;
        }
        if (record.status == mapping::MappedRecord::Status::Skipped) {
            item.action = PlanAction::Skip;
            item.reason = firstReason(record.diagnostics);
            plan.items.append(item);
            planRemovals(record.sourceId, {}, plan.items);
            continue;
        }
        item.scopeKey = record.payload.value(QLatin1String("powerlistId")).toString();
        item.targetKey = record.payload.value(QLatin1String("target")).toString();
        const QString key = store::LedgerEntry::keyOf(item.scopeKey, item.targetKey);
        const QStringList sharing = claims.claimants(key);
        const auto existing = m_ledger.constFind(key);
        const bool takenByAnother = existing != m_ledger.constEnd() &&
                                    existing->sourceId != record.sourceId &&
                                    !sourcesInPlan.contains(existing->sourceId);
        // The admin's decision counts while its owner is still one of the contacts in question.
        const QString owner = m_owners.value(key);
        const bool decided =
            !owner.isEmpty() && (sharing.contains(owner) || (takenByAnother && existing->sourceId == owner));
        if (decided && owner != record.sourceId) {
            item.action = PlanAction::Skip;
            item.reason = Tr::tr("%1 in PowerList %2 goes to contact %3, as decided in a conflict review.")
                              .arg(item.targetKey, item.scopeKey, owner);
            plan.items.append(item);
            planRemovals(record.sourceId, key, plan.items); // the row itself stays: it is the owner's
            continue;
        }
        if (!decided && sharing.size() > 1) {
            item.action = PlanAction::Conflict;
            item.reason = Tr::tr("%n contacts map to %1 in PowerList %2: %3.", nullptr, int(sharing.size()))
                              .arg(item.targetKey, item.scopeKey, sharing.join(QLatin1String(", ")));
            if (claims.heldFromEarlier(key))
                item.reason +=
                    QLatin1Char(' ') + Tr::tr("An earlier run found this conflict; it is held until "
                                              "it is decided in a conflict review.");
            item.conflict = conflictJson(QStringLiteral("shared"), item, sharing);
            if (const QJsonObject others = neighbourPayloads(key); !others.isEmpty())
                item.conflict.insert(QStringLiteral("otherPayloads"), others);
        } else if (!decided && existing == m_ledger.constEnd() && m_unverified.contains(record.sourceId)) {
            item.action = PlanAction::Skip;
            item.reason = m_unverified.value(record.sourceId);
            plan.items.append(item);
            continue;
        } else if (!decided && takenByAnother) {
            item.action = PlanAction::Conflict;
            item.reason = Tr::tr("%1 in PowerList %2 belongs to contact %3, which Fieldlink wrote earlier.")
                              .arg(item.targetKey, item.scopeKey, existing->sourceId);
            item.conflict =
                conflictJson(QStringLiteral("taken"), item, {record.sourceId, existing->sourceId});
            item.conflict.insert(QStringLiteral("owner"), existing->sourceId);
            item.conflict.insert(QStringLiteral("ownerPayload"), existing->payload);
        } else if (existing == m_ledger.constEnd()) {
            item.action = PlanAction::Create;
            item.changes = diff({}, record.payload);
        } else if (existing->state == store::LedgerEntry::WriteState::Done &&
                   existing->payloadHash == store::LedgerEntry::hashOf(record.payload)) {
            item.action = PlanAction::Unchanged;
        } else {
            // A changed payload, or a write whose end we never saw: an upsert is safe to repeat.
            item.action = PlanAction::Update;
            item.changes = diff(existing->payload, record.payload);
        }
        plan.items.append(item);
        if (item.action == PlanAction::Conflict)
            continue;
        planRemovals(record.sourceId, key, plan.items);
        const QString cadence = cadenceFor(record.route);
        const auto enrolled = m_ledger.constFind(
            store::LedgerEntry::keyOf(QStringLiteral("cadence:") + cadence, item.targetKey));
        if (!cadence.isEmpty() && enrolled != m_ledger.constEnd() &&
            enrolled->state != store::LedgerEntry::WriteState::Done) {
            // Kixie cannot be asked whether an enrolment happened, and a second one may restart the cadence.
            PlanItem unknown;
            unknown.action = PlanAction::Conflict;
            unknown.sourceId = record.sourceId;
            unknown.route = record.route;
            unknown.scopeKey = enrolled->scopeKey;
            unknown.targetKey = item.targetKey;
            unknown.reason =
                Tr::tr("Whether %1 was enrolled in cadence %2 is unknown (the run stopped while sending "
                       "it); Fieldlink will not enrol it twice. Check the cadence in Kixie.")
                    .arg(item.targetKey, cadence);
            unknown.conflict = conflictJson(QStringLiteral("enrolment"), unknown, {record.sourceId});
            plan.items.append(unknown);
        } else if (!cadence.isEmpty() && enrolled == m_ledger.constEnd()) {
            PlanItem enrol;
            enrol.action = PlanAction::Enrol;
            enrol.sourceId = record.sourceId;
            enrol.route = record.route;
            enrol.scopeKey = QStringLiteral("cadence:") + cadence;
            enrol.targetKey = item.targetKey;
            enrol.payload = QJsonObject{{QStringLiteral("cadenceid"), cadence},
                                        {QStringLiteral("target"), item.targetKey}};
            plan.items.append(enrol);
        }
    }
    if (!m_claims) // with claims judged once, the plan that judged them carried the changes
        plan.heldConflicts = claims.changes();
    return plan;
}

} // namespace fieldlink::sync
