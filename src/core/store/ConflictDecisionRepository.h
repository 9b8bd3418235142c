#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace fieldlink::store {

/// The admin's answers to conflicts the planner holds for review (docs/sync.md "Conflicts"). A row key —
/// (PowerList, phone) — that two contacts map to, or that another contact was written to earlier, is given
/// to one contact: the planner then plans the row for that contact and skips the others. An enrolment whose
/// outcome is unknown is settled in the ledger, once the admin has looked in Kixie.
class ConflictDecisionRepository {
public:
    explicit ConflictDecisionRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Owner source id by LedgerEntry::key() (scope, target), for one direction.
    Result<QHash<QString, QString>> owners(const QString& direction) const;
    /// The contact `ownerSourceId` gets the row from now on (replaces an earlier decision).
    Result<> giveTo(const QString& direction, const QString& scopeKey, const QString& targetKey,
                    const QString& ownerSourceId);
    /// Drops the decision: the key is held for review again while contacts still clash over it.
    Result<> forget(const QString& direction, const QString& scopeKey, const QString& targetKey);
    /// An enrolment left in flight: `enrolled` marks it done (never sent again); otherwise the ledger forgets
    /// it and the next run enrols the phone. False when no enrolment of unknown outcome has that key.
    Result<bool> settleEnrolment(const QString& direction, const QString& scopeKey, const QString& targetKey,
                                 bool enrolled);

private:
    QSqlDatabase m_database;
};

} // namespace fieldlink::store
