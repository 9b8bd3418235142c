#pragma once

#include "core/mapping/MappingEngine.h"
#include "core/store/HeldConflictRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/RowClaims.h"
#include "core/sync/SyncPlan.h"

#include <optional>

namespace fieldlink::sync {

/// The dry run's heart: diffs freshly mapped GHL contacts against the ledger (docs/architecture.md, "The
/// ledger") and says, per record, what a run would do. Pure: reads a ledger snapshot, writes nothing.
class SyncPlanner {
public:
    /// The ledger's direction of what it plans.
    static QString direction() { return mapping::directionName(mapping::Direction::GhlToKixie); }

    /// `owners`: the admin's conflict decisions, owner source id by LedgerEntry::key()
    /// (store::ConflictDecisionRepository::owners).
    SyncPlanner(const mapping::Profile& profile, QHash<QString, store::LedgerEntry> ledger,
                QHash<QString, QString> owners = {});
    /// The conflicts earlier runs held (store::HeldConflictRepository::load), and whether this run reads
    /// every contact of the location (then a held contact it does not see is gone) or a slice.
    void setHeldConflicts(QHash<QString, store::HeldConflict> held, bool completeScope);
    /// For a slice: the location's other contacts with the phone of a row it would create, mapped (they
    /// claim keys but are not planned), and — by source id, with the reason — the contacts for which
    /// whether another contact shares their row is unknown: their new rows are not written.
    void setNeighbours(QList<mapping::MappedRecord> neighbours, QHash<QString, QString> unverified);
    /// Every record of the run, when plan() is given a part of them at a time: conflicts are judged
    /// among all of these, so a part plans exactly as it would within the whole.
    /// Call after setHeldConflicts() and setNeighbours().
    void setClaimants(const QList<mapping::MappedRecord>& everyone);
    SyncPlan plan(const QList<mapping::MappedRecord>& records) const;

    /// Field by field, with extraData's columns as `extraData.<column>`.
    static QList<FieldChange> diff(const QJsonObject& before, const QJsonObject& after);

private:
    QString cadenceFor(const QString& routeName) const;
    /// What the neighbours that claim `key` map to, by source id, for the conflict review.
    QJsonObject neighbourPayloads(const QString& key) const;
    void planRemovals(const QString& sourceId, const QString& keptKey, QList<PlanItem>& items) const;

    const mapping::Profile& m_profile;
    QHash<QString, store::LedgerEntry> m_ledger;
    QHash<QString, QString> m_owners;
    QHash<QString, store::HeldConflict> m_held;
    bool m_completeScope = false;
    QList<mapping::MappedRecord> m_neighbours;
    QHash<QString, QString> m_unverified;
    QMultiHash<QString, QString> m_keysBySource;
    /// Judged once from setClaimants(): a run plans its contacts a few at a time.
    std::optional<RowClaims> m_claims;
    QSet<QString> m_claimantSources;
};

} // namespace fieldlink::sync
