#pragma once

// Running GHL → Kixie syncs through SyncWorker against the sandbox, shared by the sync tests here.
#include "core/sync/SyncWorker.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"

#include <QSet>
#include <QSignalSpy>

namespace fieldlink::test {

/// The default GHL → Kixie profile over the whole location, both sides on the sandbox.
inline sync::SyncJob syncJob(SandboxFixture& sandbox, bool dryRun, const QString& database) {
    sync::SyncJob job;
    job.profile = QStringLiteral("ghl-contacts-to-kixie-powerlist");
    job.dryRun = dryRun;
    job.ghl.baseUrl = QUrl(sandbox.baseUrl());
    job.ghl.locationId = sandbox.locationId();
    job.ghlCredential = auth::GhlCredential::fromPrivateToken(sandbox.ghlToken());
    job.kixie.baseUrl = QUrl(sandbox.baseUrl());
    job.kixieCredentials = {sandbox.kixieApiKey(), sandbox.kixieBusinessId()};
    job.databasePath = database;
    return job;
}

/// Runs `job` to its end; fills `plan` with what it planned.
inline sync::SyncOutcome runSyncJob(const sync::SyncJob& job, sync::SyncPlan* plan = nullptr) {
    sync::SyncWorker worker(job);
    QSignalSpy finished(&worker, &sync::SyncWorker::finished);
    worker.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    if (plan)
        *plan = worker.plan();
    return finished.at(0).at(0).value<sync::SyncOutcome>();
}

/// "PowerList id/phone" of every row the sandbox's Kixie holds.
inline QSet<QString> powerListRows(SandboxFixture& sandbox) {
    QSet<QString> result;
    for (const QJsonValue& list : at(sandbox.probe().state(), "kixie.powerlists").toArray()) {
        for (const QJsonValue& row : at(list, "rows").toArray())
            result.insert(at(list, "id").toVariant().toString() + QLatin1Char('/') +
                          at(row, "target").toString());
    }
    return result;
}

} // namespace fieldlink::test
