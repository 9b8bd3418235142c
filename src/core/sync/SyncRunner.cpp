#include "core/sync/SyncRunner.h"

#include "core/Logging.h"
#include "core/api/ApiRequest.h"
#include "core/api/KixieClient.h"
#include "core/api/RequestLog.h"
#include "core/store/RequestLogRepository.h"
#include "core/sync/SyncPlanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::SyncRunner)
};

} // namespace

QJsonObject RunCounts::toJson() const {
    return QJsonObject{{QStringLiteral("planned"), planned}, {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated}, {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("skipped"), skipped}, {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("removed"), removed}, {QStringLiteral("enrolled"), enrolled},
                       {QStringLiteral("failed"), failed}};
}

RunCounts RunCounts::fromRecords(const QJsonObject& actionCounts, int planned) {
    const auto count = [&actionCounts](PlanAction action) {
        return actionCounts.value(planActionName(action)).toInt();
    };
    RunCounts counts;
    counts.planned = planned;
    counts.created = count(PlanAction::Create);
    counts.updated = count(PlanAction::Update);
    counts.unchanged = count(PlanAction::Unchanged);
    counts.skipped = count(PlanAction::Skip);
    counts.conflicts = count(PlanAction::Conflict);
    counts.removed = count(PlanAction::Remove);
    counts.enrolled = count(PlanAction::Enrol);
    counts.failed = count(PlanAction::Fail);
    return counts;
}

SyncRunner::SyncRunner(api::KixieClient* kixie, store::LedgerRepository* ledger, qint64 runId,
                       qint64 profileVersionId, QString duplicateHandling, QObject* parent)
    : QObject(parent)
    , m_kixie(kixie)
    , m_ledger(ledger)
    , m_runId(runId)
    , m_profileVersionId(profileVersionId)
    , m_duplicateHandling(std::move(duplicateHandling)) {
}

store::RunRecord SyncRunner::recordFor(const PlanItem& item, const QString& action,
                                       const QString& error) const {
    return item.toRecord(m_runId, m_profileVersionId, action, error);
}

store::LedgerEntry SyncRunner::entryFor(const PlanItem& item, store::LedgerEntry::WriteState state) const {
    store::LedgerEntry entry;
    entry.direction = SyncPlanner::direction();
    entry.scopeKey = item.scopeKey;
    entry.targetKey = item.targetKey;
    entry.payload = item.payload;
    entry.payloadHash = store::LedgerEntry::hashOf(item.payload);
    entry.sourceId = item.sourceId;
    entry.runId = m_runId;
    entry.state = state;
    return entry;
}

void SyncRunner::run(const SyncPlan& plan) {
    add(plan.items);
    endOfPlan();
}

void SyncRunner::add(const QList<PlanItem>& items) {
    if (m_finished || stopping())
        return;
    QList<store::RunRecord> quiet;
    QList<PlanItem> sending;
    for (const PlanItem& item : items) {
        if (item.action == PlanAction::Unchanged && m_alreadyWritten.contains(item.sourceId))
            continue; // written earlier in this (resumed) run; its record is already there
        switch (item.action) {
        case PlanAction::Unchanged:
            ++m_counts.unchanged;
            break;
        case PlanAction::Skip:
            ++m_counts.skipped;
            break;
        case PlanAction::Conflict:
            ++m_counts.conflicts;
            break;
        case PlanAction::Fail:
            ++m_counts.failed;
            break;
        default:
            sending << item;
            continue;
        }
        quiet << recordFor(item, planActionName(item.action));
    }
    m_counts.planned += static_cast<int>(items.size());
    if (const Result<> stored = m_ledger->addRecords(quiet); !stored) {
        stop((m_total == 0
                  ? Tr::tr("Could not store the run's records, so nothing was sent to Kixie: %1")
                  : Tr::tr("Could not store the run's records, so nothing more was sent to Kixie: %1"))
                 .arg(stored.error()));
        return sendMore();
    }
    m_total += static_cast<int>(sending.size());
    m_queue << sending;
    sendMore();
}

void SyncRunner::endOfPlan() {
    m_planComplete = true;
    sendMore();
}

void SyncRunner::sendMore() {
    // Only as many writes are handed to the client as it sends at once, so "in flight" in the ledger means
    // "sent or about to be", and a cancel leaves the rest unsent and plannable.
    const int window = m_kixie->queue().settings().maxConcurrent;
    if (const Result<> logged = m_storedLog ? m_storedLog->writeStatus() : Result<>();
        !logged && m_fault.isEmpty())
        stop(Tr::tr("Could not keep the request log in the database, so the run stopped: %1")
                 .arg(logged.error()));
    while (!stopping() && m_outstanding < window && m_next < m_queue.size()) {
        ++m_outstanding;
        if (!send(m_queue.at(m_next++)))
            --m_outstanding;
    }
    if (!m_finished && m_outstanding == 0 && (stopping() || (m_planComplete && m_next >= m_queue.size()))) {
        m_finished = true;
        Q_EMIT finished(m_counts, m_cancelled);
    }
}

bool SyncRunner::send(const PlanItem& item) {
    const api::RequestSubject subject(m_kixie->queue().log(), item.sourceId);
    api::ApiRequest* request = nullptr;
    if (item.action == PlanAction::Remove) {
        request = m_kixie->removeFromPowerList(item.scopeKey, {item.targetKey});
    } else {
        // Marked before sending: if the process dies now, the next plan knows this key may have been written.
        // Sent unmarked, a write the process then dies on would be invisible to the next plan: not sent.
        if (const Result<> marked =
                m_ledger->markInFlight(entryFor(item, store::LedgerEntry::WriteState::InFlight));
            !marked) {
            stop(Tr::tr(
                     "Could not note a write to Kixie in the database before sending it, so it was not sent "
                     "and the run stopped: %1")
                     .arg(marked.error()));
            return false;
        }
        if (item.action == PlanAction::Enrol) {
            request = m_kixie->addToCadence(item.payload.value(QLatin1String("cadenceid")).toString(),
                                            item.targetKey);
        } else {
            QJsonObject payload = item.payload;
            if (!payload.contains(QLatin1String("duplicateHandling")))
                payload.insert(QStringLiteral("duplicateHandling"), m_duplicateHandling);
            request = m_kixie->updatePowerList(payload);
        }
    }
    connect(request, &api::ApiRequest::finished, this,
            [this, item](const api::ApiResult& result) { onSent(item, result); });
    return true;
}

void SyncRunner::onSent(const PlanItem& sentItem, const api::ApiResult& result) {
    const QString direction = SyncPlanner::direction();
    // The record keeps how many requests its write took (retries included): the Attempts column.
    PlanItem item = sentItem;
    item.attempts = result.attempts;
    Result<> stored;
    if (result.ok()) {
        switch (item.action) {
        case PlanAction::Remove:
            stored = m_ledger->remove(direction, item.scopeKey, item.targetKey,
                                      recordFor(item, planActionName(PlanAction::Remove)));
            ++m_counts.removed;
            break;
        case PlanAction::Enrol:
            stored = m_ledger->commit(entryFor(item, store::LedgerEntry::WriteState::Done),
                                      recordFor(item, planActionName(PlanAction::Enrol)));
            ++m_counts.enrolled;
            break;
        default:
            stored = m_ledger->commit(entryFor(item, store::LedgerEntry::WriteState::Done),
                                      recordFor(item, planActionName(item.action)));
            ++(item.action == PlanAction::Create ? m_counts.created : m_counts.updated);
        }
    } else if (item.action == PlanAction::Enrol && result.outcomeUnknown) {
        // Kixie cannot be asked whether the enrolment happened; never enrol twice: keep it as unknown.
        stored =
            m_ledger->commit(entryFor(item, store::LedgerEntry::WriteState::Unknown),
                             recordFor(item, planActionName(PlanAction::Fail),
                                       Tr::tr("The cadence enrolment may or may not have happened (%1); "
                                              "Fieldlink will not send it again. Check the cadence in Kixie.")
                                           .arg(result.message)));
        ++m_counts.failed;
    } else {
        if (item.action == PlanAction::Enrol) // certainly not enrolled: forget the in-flight mark
            stored = m_ledger->remove(direction, item.scopeKey, item.targetKey,
                                      recordFor(item, planActionName(PlanAction::Fail), result.message));
        else
            stored =
                m_ledger->addRecords({recordFor(item, planActionName(PlanAction::Fail), result.message)});
        ++m_counts.failed;
    }
    if (!stored) // its in-flight mark stays: a resume reconciles this write rather than resending it
        stop(Tr::tr("Could not store the outcome of a write to Kixie, so the run stopped: %1")
                 .arg(stored.error()));
    itemDone();
}

void SyncRunner::cancel() {
    // Requests already sent finish (their outcome is recorded); nothing new is sent.
    m_cancelled = true;
}

void SyncRunner::stop(const QString& message) {
    if (!m_fault.isEmpty())
        return; // the first fault is the one to tell
    m_fault = message;
    qCWarning(lcSync) << "run stopped:" << message;
}

void SyncRunner::itemDone() {
    ++m_done;
    --m_outstanding;
    // Batched: at most ten a second, and the last one, however many records there are.
    if (m_done == m_total || !m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 100) {
        m_sinceProgress.start();
        Q_EMIT progress(m_done, m_total);
    }
    sendMore();
}

} // namespace fieldlink::sync
