#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fieldlink::store {

/// A row key — (PowerList, phone) — that more than one contact maps to, remembered until the admin decides
/// it or the contacts no longer clash over it.
struct HeldConflict {
    QString scopeKey;
    QString targetKey;
    QStringList candidates; ///< source ids of the contacts that map to the key, sorted
    qint64 runId = 0;       ///< the run that last changed its contacts
    QDateTime heldSince;
};

/// What a run learnt about held conflicts: keys to hold (with their contacts now) and keys released.
struct HeldConflictChanges {
    QHash<QString, HeldConflict> hold; ///< by LedgerEntry::key()
    QList<HeldConflict> release;       ///< keys no longer in conflict

    bool isEmpty() const { return hold.isEmpty() && release.isEmpty(); }
};

/// Conflicts held across runs (docs/sync.md, "Conflicts"): what any run found, so that every later run —
/// whatever slice of the location it reads — holds each contact of a held key.
class HeldConflictRepository {
public:
    explicit HeldConflictRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Every held conflict of one direction, by LedgerEntry::key().
    Result<QHash<QString, HeldConflict>> load(const QString& direction) const;
    /// Stores one run's changes in one transaction; a key held again keeps the time it was first held.
    Result<> apply(const QString& direction, const HeldConflictChanges& changes, qint64 runId);

private:
    Result<> hold(const QString& direction, const HeldConflict& conflict, qint64 runId);
    Result<> release(const QString& direction, const HeldConflict& conflict);

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
