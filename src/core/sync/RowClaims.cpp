#include "core/sync/RowClaims.h"

#include "core/store/LedgerRepository.h"

#include <tuple>

namespace fieldlink::sync {
namespace {

QStringList sorted(const QSet<QString>& sources) {
    QStringList list(sources.begin(), sources.end());
    list.sort();
    return list;
}

} // namespace

QString RowClaims::keyOf(const mapping::MappedRecord& record) {
    if (record.status != mapping::MappedRecord::Status::Mapped)
        return {};
    return store::LedgerEntry::keyOf(record.payload.value(QLatin1String("powerlistId")).toString(),
                                     record.payload.value(QLatin1String("target")).toString());
}

RowClaims::RowClaims(const QList<mapping::MappedRecord>& records,
                     const QList<mapping::MappedRecord>& neighbours,
                     const QHash<QString, store::HeldConflict>& held, bool completeScope)
    : m_held(held) {
    // What this run learnt about a contact: the key it claims now (empty: none). A record whose mapping
    // failed tells nothing, so its earlier claims stand.
    QHash<QString, QString> seenKey;
    QSet<QString> failed;
    for (const QList<mapping::MappedRecord>* list : {&records, &neighbours}) {
        for (const mapping::MappedRecord& record : *list) {
            if (record.status == mapping::MappedRecord::Status::Failed) {
                failed.insert(record.sourceId);
                continue;
            }
            const QString key = keyOf(record);
            seenKey.insert(record.sourceId, key);
            if (!key.isEmpty())
                m_claims[key].insert(record.sourceId);
        }
    }
    for (auto it = held.begin(); it != held.end(); ++it) {
        for (const QString& candidate : it->candidates) {
            if (failed.contains(candidate) || (!seenKey.contains(candidate) && !completeScope))
                m_heldClaims[it.key()].insert(candidate);
        }
    }
}

QStringList RowClaims::claimants(const QString& key) const {
    return sorted(m_claims.value(key) | m_heldClaims.value(key));
}

bool RowClaims::heldFromEarlier(const QString& key) const {
    return !(m_heldClaims.value(key) - m_claims.value(key)).isEmpty();
}

store::HeldConflictChanges RowClaims::changes() const {
    store::HeldConflictChanges changes;
    QSet<QString> keys(m_held.keyBegin(), m_held.keyEnd());
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it)
        keys.insert(it.key());
    for (const QString& key : keys) {
        const QStringList contacts = claimants(key);
        const auto earlier = m_held.constFind(key);
        if (contacts.size() > 1) {
            store::HeldConflict conflict;
            std::tie(conflict.scopeKey, conflict.targetKey) = store::LedgerEntry::splitKey(key);
            conflict.candidates = contacts;
            if (earlier == m_held.constEnd() || earlier->candidates != contacts)
                changes.hold.insert(key, conflict);
        } else if (earlier != m_held.constEnd()) {
            changes.release.append(*earlier);
        }
    }
    return changes;
}

} // namespace fieldlink::sync
