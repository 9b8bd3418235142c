#pragma once

#include "core/mapping/MappingEngine.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/SyncPlan.h"

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
    SyncPlan plan(const QList<mapping::MappedRecord>& records) const;

    /// Field by field, with extraData's columns as `extraData.<column>`.
    static QList<FieldChange> diff(const QJsonObject& before, const QJsonObject& after);

private:
    QString cadenceFor(const QString& routeName) const;
    void planRemovals(const QString& sourceId, const QString& keptKey, QList<PlanItem>& items) const;

    const mapping::Profile& m_profile;
    QHash<QString, store::LedgerEntry> m_ledger;
    QHash<QString, QString> m_owners;
    QMultiHash<QString, QString> m_keysBySource;
};

} // namespace fieldlink::sync
