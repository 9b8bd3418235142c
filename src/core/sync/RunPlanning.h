#pragma once

#include "core/mapping/MappingEngine.h"
#include "core/store/HeldConflictRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/SharedPhoneCheck.h"
#include "core/sync/SyncPlan.h"
#include "core/sync/SyncPlanner.h"
#include "core/sync/SyncScope.h"

#include <QObject>

#include <memory>

namespace fieldlink::sync {

class RunContext;

/// The plan phase of a GHL → Kixie run, between reading the contacts and writing: reads what the database
/// knows (the ledger, the conflict decisions, the held conflicts) — a read that fails stops the run, never
/// reads as empty —, lets a slice look for the other contacts with the phone of each row it would create,
/// plans (SyncPlanner), and keeps the held conflicts before anything is sent, in a dry run too.
class RunPlanning : public QObject {
    Q_OBJECT
public:
    RunPlanning(RunContext& context, const mapping::MappingEngine& engine, SyncScope scope, qint64 runId,
                QObject* parent = nullptr);

    /// Plans `records`; ends in planned() or failed().
    void start(QList<mapping::MappedRecord> records);
    /// Stops a search for shared phones under way: failed() follows.
    void cancel();
    /// After planned(): plans `records` — the same contacts as given to start(), now mapped with their
    /// related records — as part of that plan, with the conflicts judged then (SyncWorker's overlapped
    /// writes). The held conflicts were kept by start()'s plan.
    SyncPlan planPart(const QList<mapping::MappedRecord>& records) const { return m_planner->plan(records); }

Q_SIGNALS:
    /// A slice searches GHL for other contacts with its new rows' phones.
    void lookingForSharedPhones();
    void planned(const fieldlink::sync::SyncPlan& plan);
    /// `databaseFault`: the database failed (the run stops resumable, like a refused lease); otherwise GHL's
    /// search did.
    void failed(const QString& message, bool databaseFault);

private:
    void checkSharedPhones();
    void onSharedPhonesChecked(const api::ApiResult& result);
    void makePlan();

    RunContext& m_context;
    const mapping::MappingEngine& m_engine;
    SyncScope m_scope;
    qint64 m_runId;
    QList<mapping::MappedRecord> m_records;
    QHash<QString, store::LedgerEntry> m_ledger;
    QHash<QString, QString> m_owners;
    QHash<QString, store::HeldConflict> m_held;
    std::unique_ptr<SharedPhoneCheck> m_sharedPhones;
    std::unique_ptr<SyncPlanner> m_planner;
    QHash<QString, QString> m_unverified; ///< new rows of a slice not written, with the reason
};

} // namespace fieldlink::sync
