#include "core/sync/SettledContacts.h"

#include "core/store/RunRepository.h"
#include "core/sync/SyncPlanner.h"

#include <optional>

namespace fieldlink::sync {
namespace {

const QString cadencePrefix = QStringLiteral("cadence:");

struct Rows {
    QList<store::LedgerEntry> powerlist;
    QString cadenceId;
    bool allWritten = true;
};

// The one route that gives this PowerList and cadence: with two, which one the contact took is unknown.
std::optional<QString> routeFor(const mapping::Profile& profile, const QString& powerlistId,
                                const QString& cadenceId) {
    std::optional<QString> found;
    const auto consider = [&](const mapping::Route& route) {
        if (route.powerlistId != powerlistId || route.cadenceId != cadenceId)
            return true;
        if (found)
            return false;
        found = route.name;
        return true;
    };
    for (const mapping::Route& route : profile.routing.routes) {
        if (!consider(route))
            return std::nullopt;
    }
    if (profile.routing.fallback && !consider(*profile.routing.fallback))
        return std::nullopt;
    return found;
}

} // namespace

Result<SettledContacts> SettledContacts::load(const store::LedgerRepository& ledger,
                                              const store::RunRepository& runs,
                                              const mapping::Profile& profile, qint64 profileVersionId) {
    Result<QHash<QString, store::LedgerEntry>> entries = ledger.load(SyncPlanner::direction());
    if (!entries)
        return entries.failure();
    QHash<QString, Rows> bySource;
    for (const store::LedgerEntry& entry : std::as_const(*entries)) {
        Rows& rows = bySource[entry.sourceId];
        rows.allWritten = rows.allWritten && entry.state == store::LedgerEntry::WriteState::Done;
        if (entry.scopeKey.startsWith(cadencePrefix))
            rows.cadenceId = entry.scopeKey.mid(cadencePrefix.size());
        else
            rows.powerlist << entry;
    }
    QHash<qint64, std::optional<store::RunSummary>> runCache;
    SettledContacts settled;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        if (!it->allWritten || it->powerlist.size() != 1)
            continue;
        const store::LedgerEntry& row = it->powerlist.constFirst();
        if (!runCache.contains(row.runId))
            runCache.insert(row.runId, runs.run(row.runId));
        const std::optional<store::RunSummary>& run = runCache.value(row.runId);
        if (!run || run->profileVersionId != profileVersionId || !run->startedAt.isValid())
            continue;
        const std::optional<QString> route = routeFor(profile, row.scopeKey, it->cadenceId);
        if (!route)
            continue;
        mapping::MappedRecord record;
        record.sourceId = it.key();
        record.route = *route;
        record.payload = row.payload;
        settled.m_until.insert(it.key(), run->startedAt.toUTC().addSecs(-marginSeconds()));
        settled.m_records.insert(it.key(), record);
    }
    return settled;
}

} // namespace fieldlink::sync
