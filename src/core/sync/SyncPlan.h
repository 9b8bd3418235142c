#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/store/HeldConflictRepository.h"
#include "core/store/LedgerRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldlink::sync {

enum class PlanAction {
    Create,    ///< a new PowerList row
    Update,    ///< a row whose mapped payload changed since Fieldlink last wrote it
    Unchanged, ///< the same payload as the ledger holds: costs no Kixie call
    Skip,      ///< not sendable (e.g. no valid phone), with the reason
    Conflict,  ///< held for review, never guessed (e.g. two contacts with one phone in one list)
    Remove,    ///< a row whose contact no longer maps to it
    Enrol,     ///< a cadence enrolment for a newly listed contact
    Fail,      ///< the mapping failed for this record
};

QString planActionName(PlanAction action);

struct FieldChange {
    QString field;
    QJsonValue before;
    QJsonValue after;
};

/// One thing the run would do, and why.
struct PlanItem {
    PlanAction action = PlanAction::Skip;
    QString sourceId;
    QString route;
    QString scopeKey;  ///< PowerList id, or "cadence:<id>"
    QString targetKey; ///< E.164 phone
    QJsonObject payload;
    QList<FieldChange> changes; ///< for Update (and Create: every field, before empty)
    QString reason;             ///< for Skip, Conflict, Remove, Fail
    QJsonObject conflict;       ///< for Conflict: what the review panel needs (store::RunRecord::conflict)
    QJsonObject subject;        ///< the contact as the admin knows it (RecordSubject::toJson)
    int attempts = 0;           ///< once sent: the requests its write took, retries included
    mapping::Diagnostics diagnostics;

    bool sends() const;
    QJsonObject diffJson() const;
    /// This item as a run record with `action` (its plan action by default) and `error` (its reason by
    /// default).
    store::RunRecord toRecord(qint64 runId, qint64 profileVersionId, const QString& recordedAction = {},
                              const QString& error = {}) const;
};

struct SyncPlan {
    QList<PlanItem> items;
    /// What later runs must remember: conflicts found or still standing, and those that are over.
    store::HeldConflictChanges heldConflicts;

    int count(PlanAction action) const;
    /// Kixie calls the plan needs (one per create, update, removal and enrolment).
    int kixieCalls() const;
    /// Gives every item its contact's subject (RecordSubject::toJson, by source id), and a conflict the
    /// subjects of the contacts it involves (conflict.subjects), so that the review names them.
    void nameSubjects(const QHash<QString, QJsonObject>& subjects);
};

} // namespace fieldlink::sync
