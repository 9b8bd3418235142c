#include "core/sync/RunPlanning.h"

#include "core/store/ConflictDecisionRepository.h"
#include "core/sync/RowClaims.h"
#include "core/sync/RunContext.h"
#include "core/sync/SyncPlanner.h"

#include <QCoreApplication>

namespace fieldlink::sync {
namespace {

// Said as the run's own messages: they share SyncWorker's translation context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::SyncWorker)
};

} // namespace

RunPlanning::RunPlanning(RunContext& context, const mapping::MappingEngine& engine, SyncScope scope,
                         qint64 runId, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_engine(engine)
    , m_scope(std::move(scope))
    , m_runId(runId) {
}

void RunPlanning::start(QList<mapping::MappedRecord> records) {
    m_records = std::move(records);
    const QString direction = SyncPlanner::direction();
    // Planned against a ledger it could not read, every record would look new and be created again.
    Result<QHash<QString, store::LedgerEntry>> ledger = m_context.ledger().load(direction);
    if (!ledger)
        return Q_EMIT failed(Tr::tr("Could not read the ledger, so nothing was sent: %1").arg(ledger.error()),
                             true);
    Result<QHash<QString, QString>> owners = m_context.decisions().owners(direction);
    if (!owners)
        return Q_EMIT failed(Tr::tr("Could not read the conflict decisions: %1").arg(owners.error()), true);
    Result<QHash<QString, store::HeldConflict>> held = m_context.heldConflicts().load(direction);
    if (!held)
        return Q_EMIT failed(Tr::tr("Could not read the conflicts held for review: %1").arg(held.error()),
                             true);
    m_ledger = std::move(ledger).value();
    m_owners = std::move(owners).value();
    m_held = std::move(held).value();
    if (m_scope.isWholeLocation()) // it sees every contact that could claim a row
        return makePlan();
    checkSharedPhones();
}

void RunPlanning::cancel() {
    if (m_sharedPhones)
        m_sharedPhones->cancel();
}

void RunPlanning::checkSharedPhones() {
    // Only rows nobody holds yet: a row in the ledger has its owner, a held row is held whoever asks.
    QHash<QString, QSet<QString>> newRowsByPhone;
    for (const mapping::MappedRecord& record : std::as_const(m_records)) {
        const QString key = RowClaims::keyOf(record);
        if (!key.isEmpty() && !m_ledger.contains(key) && !m_held.contains(key))
            newRowsByPhone[record.payload.value(QLatin1String("target")).toString()].insert(record.sourceId);
    }
    if (newRowsByPhone.isEmpty())
        return makePlan();
    if (!SharedPhoneCheck::canCheck(m_engine.profile())) {
        // Nothing to search by: every new row of the slice is held back.
        const QString reason = Tr::tr(
            "Not written: this profile takes the phone number of a row from more than the contact's "
            "Phone field, so a run over part of the location cannot look for other contacts that map to "
            "the same row. A run over all contacts writes it.");
        for (const QSet<QString>& contacts : std::as_const(newRowsByPhone)) {
            for (const QString& contact : contacts)
                m_unverified.insert(contact, reason);
        }
        return makePlan();
    }
    Q_EMIT lookingForSharedPhones();
    m_sharedPhones = std::make_unique<SharedPhoneCheck>(
        &m_context.ghl(), &m_engine, RelatedData::usedBy(m_engine.profile().json), std::move(newRowsByPhone));
    connect(m_sharedPhones.get(), &SharedPhoneCheck::finished, this, &RunPlanning::onSharedPhonesChecked);
    m_sharedPhones->start();
}

void RunPlanning::onSharedPhonesChecked(const api::ApiResult& result) {
    if (!result.ok())
        return Q_EMIT failed(Tr::tr("Could not look for other contacts with the same phone, so no new row "
                                    "was written: %1")
                                 .arg(result.message),
                             false);
    const QString reason =
        Tr::tr("Not written: HighLevel's search did not find this contact by its phone, so whether another "
               "contact shares it is unknown (a contact added or changed a moment ago can take a few "
               "seconds to appear in search). A later run, or a run over all contacts, writes it.");
    for (const QString& contact : m_sharedPhones->unverified())
        m_unverified.insert(contact, reason);
    makePlan();
}

void RunPlanning::makePlan() {
    m_planner = std::make_unique<SyncPlanner>(m_engine.profile(), std::move(m_ledger), std::move(m_owners));
    m_planner->setHeldConflicts(std::move(m_held), m_scope.isWholeLocation());
    m_planner->setNeighbours(m_sharedPhones ? m_sharedPhones->neighbours() : QList<mapping::MappedRecord>{},
                             m_unverified);
    const SyncPlan plan = m_planner->plan(m_records);
    m_planner->setClaimants(std::exchange(m_records, {}));
    // Kept before anything is written, by a dry run too: every later run, whatever its scope, holds them.
    if (const Result<> kept =
            m_context.heldConflicts().apply(SyncPlanner::direction(), plan.heldConflicts, m_runId);
        !kept)
        return Q_EMIT failed(
            Tr::tr("Could not keep the conflicts found, so nothing was sent: %1").arg(kept.error()), true);
    Q_EMIT planned(plan);
}

} // namespace fieldlink::sync
