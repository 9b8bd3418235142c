#pragma once

#include "core/mapping/MappingEngine.h"
#include "core/store/HeldConflictRepository.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace fieldlink::sync {

/// Which contacts claim each PowerList row key, as far as Fieldlink knows: the contacts of this run, the
/// other contacts with the same phone a slice looked up, and the conflicts earlier runs held. A run over a
/// slice sees only part of the location, so a contact outside it keeps its held claim; a run over every
/// contact sees them all, so a claim it does not see again is gone (the contact was deleted or merged).
class RowClaims {
public:
    RowClaims(const QList<mapping::MappedRecord>& records, const QList<mapping::MappedRecord>& neighbours,
              const QHash<QString, store::HeldConflict>& held, bool completeScope);

    /// The row key a mapped record claims (LedgerEntry::key()); empty when it maps to no row.
    static QString keyOf(const mapping::MappedRecord& record);

    /// The contacts that claim `key`, sorted.
    QStringList claimants(const QString& key) const;
    /// Whether an earlier run held `key` and a contact outside this run still claims it.
    bool heldFromEarlier(const QString& key) const;
    /// The held conflicts after this run: every key more than one contact claims, and the held keys that
    /// no longer have two.
    store::HeldConflictChanges changes() const;

private:
    QHash<QString, QSet<QString>> m_claims;     ///< from this run's records and the neighbours
    QHash<QString, QSet<QString>> m_heldClaims; ///< from earlier runs, still standing
    QHash<QString, store::HeldConflict> m_held;
};

} // namespace fieldlink::sync
