#include "SyncRuns.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

/// GHL → Kixie test syncs against the sandbox, with a real SQLite file.
class TestSyncSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aDryRunWritesNothingToEitherService();
    void aRunWritesExactlyThePlannedRowsThenCostsNothing();
    void editingOneContactUpdatesOnlyThatRow();
    void readsOnlyTheRelatedRecordsTheProfileUses();
    void firstNLimitsTheScope();
    void aNamedContactHighLevelNoLongerHasFailsAlone();
    void underFaultsEveryRecordEndsWithAReasonAndARerunHeals();
    void kixiesDailyBudgetIsSharedByEveryRunOfTheDay();
    void runsOnItsOwnThreadAsTheGuiWillRunIt();

private:
    SyncJob job(SandboxFixture& sandbox, bool dryRun) const;

    QTemporaryDir m_dir;
    QString m_database;
};

void TestSyncSandbox::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

SyncJob TestSyncSandbox::job(SandboxFixture& sandbox, bool dryRun) const {
    return syncJob(sandbox, dryRun, m_database);
}

void TestSyncSandbox::aDryRunWritesNothingToEitherService() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QByteArray before = QJsonDocument(sandbox.probe().state()).toJson();
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(job(sandbox, true), &plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.counts.created > 0);
    QCOMPARE(outcome.counts.planned, static_cast<int>(plan.items.size()));
    QVERIFY(outcome.counts.skipped > 0); // the seed has contacts without a phone
    QCOMPARE(outcome.kixieCalls, 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), 0);
    QCOMPARE(QJsonDocument(sandbox.probe().state()).toJson(), before);
    for (const PlanItem& item : plan.items) {
        if (item.action == PlanAction::Skip)
            QVERIFY2(!item.reason.isEmpty(), qPrintable(item.sourceId));
        if (item.action == PlanAction::Create) {
            QVERIFY(item.targetKey.startsWith(QLatin1Char('+')));
            QVERIFY(!item.changes.isEmpty());
        }
    }
}

void TestSyncSandbox::aRunWritesExactlyThePlannedRowsThenCostsNothing() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncPlan plan;
    const SyncOutcome dryRun = runSyncJob(job(sandbox, true), &plan);
    QVERIFY2(dryRun.ok, qPrintable(dryRun.message));
    QSet<QString> planned;
    for (const PlanItem& item : plan.items) {
        if (item.action == PlanAction::Create)
            planned.insert(item.scopeKey + QLatin1Char('/') + item.targetKey);
    }
    const SyncOutcome run = runSyncJob(job(sandbox, false));
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(run.counts.created, dryRun.counts.created);
    QCOMPARE(run.counts.failed, 0);
    QCOMPARE(powerListRows(sandbox), planned);
    QCOMPARE(run.kixieCalls, run.counts.created + run.counts.enrolled);
    QCOMPARE(run.rateLimited, 0);

    const int kixieBefore = at(sandbox.probe().stats(), "kixie.requests").toInt();
    const SyncOutcome again = runSyncJob(job(sandbox, false));
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.counts.unchanged, run.counts.created);
    QCOMPARE(again.counts.created + again.counts.updated + again.counts.enrolled, 0);
    QCOMPARE(again.kixieCalls, 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), kixieBefore);
}

void TestSyncSandbox::editingOneContactUpdatesOnlyThatRow() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncPlan plan;
    QVERIFY(runSyncJob(job(sandbox, false), &plan).ok);
    const auto created = std::find_if(plan.items.begin(), plan.items.end(),
                                      [](const PlanItem& item) { return item.action == PlanAction::Create; });
    QVERIFY(created != plan.items.end());
    const HttpResult edited = sandbox.probe().ghl("PUT", QStringLiteral("/contacts/") + created->sourceId,
                                                  jsonObject(R"({"firstName":"Renamed"})"));
    QCOMPARE(edited.status, 200);
    SyncPlan second;
    const SyncOutcome outcome = runSyncJob(job(sandbox, false), &second);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.updated, 1);
    QCOMPARE(outcome.kixieCalls, 1);
    const auto updated = std::find_if(second.items.begin(), second.items.end(),
                                      [](const PlanItem& item) { return item.action == PlanAction::Update; });
    QCOMPARE(updated->sourceId, created->sourceId);
    QCOMPARE(updated->changes.size(), 1);
    QCOMPARE(updated->changes.at(0).field, QStringLiteral("firstName"));
    QCOMPARE(updated->changes.at(0).after.toString(), QStringLiteral("Renamed"));
}

void TestSyncSandbox::readsOnlyTheRelatedRecordsTheProfileUses() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    // The default profile reads notes and tasks, not appointments.
    QVERIFY(runSyncJob(job(sandbox, true)).ok);
    const QJsonObject byRoute = at(sandbox.probe().stats(), "ghl.byRoute").toObject();
    const auto routeCount = [&byRoute](const QString& fragment) {
        int count = 0;
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            count += it.key().contains(fragment) ? it.value().toInt() : 0;
        return count;
    };
    QVERIFY(routeCount(QStringLiteral("/notes")) > 0);
    QVERIFY(routeCount(QStringLiteral("/tasks")) > 0);
    QCOMPARE(routeCount(QStringLiteral("/appointments")), 0);
}

void TestSyncSandbox::firstNLimitsTheScope() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob limited = job(sandbox, true);
    limited.scope.kind = SyncScope::Kind::FirstN;
    limited.scope.limit = 7;
    SyncPlan plan;
    QVERIFY(runSyncJob(limited, &plan).ok);
    QSet<QString> sources;
    for (const PlanItem& item : plan.items)
        sources.insert(item.sourceId);
    QCOMPARE(sources.size(), 7);
}

void TestSyncSandbox::underFaultsEveryRecordEndsWithAReasonAndARerunHeals() {
    // The fault-free end state, from a clean sandbox with the same seed.
    QSet<QString> expected;
    {
        SandboxFixture clean(SandboxFixture::fastOptions());
        QTemporaryDir dir;
        SyncJob cleanJob = job(clean, false);
        cleanJob.databasePath = dir.filePath(QStringLiteral("clean.sqlite"));
        QVERIFY(runSyncJob(cleanJob).ok);
        expected = powerListRows(clean);
    }
    sandbox::SandboxOptions options = SandboxFixture::fastOptions();
    options.faults.serverError = 0.10;
    options.faults.rateLimited = 0.05;
    options.faults.drop = 0.02;
    options.faults.malformed = 0.05;
    SandboxFixture sandbox(options);
    SyncJob faulty = job(sandbox, false);
    faulty.ghl.retry.baseDelayMs = 20;
    faulty.kixie.retry.baseDelayMs = 20;
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(faulty, &plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(at(sandbox.probe().stats(), "faults").toObject().size() >= 3);
    // Every record ended one way or another, and every failure says why.
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("faults"));
    database.setDatabaseName(m_database);
    QVERIFY(database.open());
    {
        QSqlQuery sources(database);
        QVERIFY(sources.exec(QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM run_records")) &&
                sources.next());
        QSet<QString> planned;
        for (const PlanItem& item : plan.items)
            planned.insert(item.sourceId);
        QCOMPARE(sources.value(0).toInt(), int(planned.size()));
        QSqlQuery failures(database);
        QVERIFY(failures.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM run_records WHERE action = 'failed' AND error = ''")) &&
                failures.next());
        QCOMPARE(failures.value(0).toInt(), 0);
    }
    database.close();
    QSqlDatabase::removeDatabase(QStringLiteral("faults"));
    // Faults stop; the next run brings Kixie to the fault-free state.
    QCOMPARE(sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), QJsonObject{}).status, 200);
    const SyncOutcome healed = runSyncJob(job(sandbox, false));
    QVERIFY2(healed.ok, qPrintable(healed.message));
    QCOMPARE(healed.counts.failed, 0);
    QCOMPARE(powerListRows(sandbox), expected);
}

void TestSyncSandbox::aNamedContactHighLevelNoLongerHasFailsAlone() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QString existing;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1"))) {
            existing = at(contact, "id").toString();
            break;
        }
    }
    QVERIFY(!existing.isEmpty());
    // A picked id deleted since (or replayed after a merge): that record fails, the others run.
    SyncJob named = job(sandbox, true);
    named.scope.kind = SyncScope::Kind::Ids;
    named.scope.ids = {QStringLiteral("deletedContact000001"), existing};
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(named, &plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.failed, 1);
    const auto missing = std::find_if(plan.items.begin(), plan.items.end(), [](const PlanItem& item) {
        return item.sourceId == QLatin1String("deletedContact000001");
    });
    QVERIFY(missing != plan.items.end());
    QCOMPARE(missing->action, PlanAction::Fail);
    QVERIFY2(missing->reason.contains(QLatin1String("no longer has this contact")),
             qPrintable(missing->reason));
    QVERIFY(std::any_of(plan.items.begin(), plan.items.end(), [&existing](const PlanItem& item) {
        return item.sourceId == existing && item.action == PlanAction::Create;
    }));
}

void TestSyncSandbox::kixiesDailyBudgetIsSharedByEveryRunOfTheDay() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncPlan plan;
    const SyncOutcome first = runSyncJob(job(sandbox, false), &plan);
    QVERIFY(first.ok);
    QVERIFY(first.kixieCalls > 0);
    const auto created = std::find_if(plan.items.begin(), plan.items.end(),
                                      [](const PlanItem& item) { return item.action == PlanAction::Create; });
    QCOMPARE(sandbox.probe()
                 .ghl("PUT", QStringLiteral("/contacts/") + created->sourceId,
                      jsonObject(R"({"firstName":"Changed"})"))
                 .status,
             200);
    // A later run the same day with the budget set to what the first one spent has nothing left.
    SyncJob second = job(sandbox, false);
    second.kixie.dailyLimit = first.kixieCalls;
    const int kixieBefore = at(sandbox.probe().stats(), "kixie.requests").toInt();
    const SyncOutcome outcome = runSyncJob(second);
    QCOMPARE(outcome.counts.failed, 1);
    QCOMPARE(outcome.kixieCalls, 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), kixieBefore);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("usage"));
    database.setDatabaseName(m_database);
    QVERIFY(database.open());
    {
        QSqlQuery reason(database);
        QVERIFY(reason.exec(QStringLiteral("SELECT error FROM run_records WHERE action = 'failed'")) &&
                reason.next());
        QVERIFY2(reason.value(0).toString().contains(QLatin1String("00:00 UTC")),
                 qPrintable(reason.value(0).toString()));
        QSqlQuery usage(database);
        QVERIFY(usage.exec(QStringLiteral("SELECT calls FROM daily_usage WHERE service = 'kixie'")) &&
                usage.next());
        QCOMPARE(usage.value(0).toInt(), first.kixieCalls);
    }
    database.close();
    QSqlDatabase::removeDatabase(QStringLiteral("usage"));
    // With budget again, replaying the failed record sends just that one.
    SyncJob replay = job(sandbox, false);
    replay.replayRunId = outcome.runId;
    replay.kixie.dailyLimit = first.kixieCalls + 10;
    const SyncOutcome replayed = runSyncJob(replay);
    QVERIFY2(replayed.ok, qPrintable(replayed.message));
    QCOMPARE(replayed.counts.updated, 1);
    QCOMPARE(replayed.counts.planned, 1);
    QCOMPARE(replayed.kixieCalls, 1);
}

void TestSyncSandbox::runsOnItsOwnThreadAsTheGuiWillRunIt() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QThread thread;
    auto* worker = new SyncWorker(job(sandbox, false));
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    std::optional<SyncOutcome> outcome;
    QThread* finishedOn = nullptr;
    int progressSignals = 0;
    std::optional<RunProgress> lastWrite;
    // Received here, on the test's thread, through queued connections — as the GUI's models would.
    connect(worker, &SyncWorker::progress, this, [&](const RunProgress& progress) {
        ++progressSignals;
        if (progress.total > 0)
            lastWrite = progress;
    });
    connect(worker, &SyncWorker::finished, this, [&](const SyncOutcome& result) {
        outcome = result;
        finishedOn = QThread::currentThread();
    });
    thread.start();
    QMetaObject::invokeMethod(worker, &SyncWorker::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
    thread.quit();
    QVERIFY(thread.wait(30000));
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QVERIFY(outcome->counts.created > 0);
    QCOMPARE(finishedOn, QThread::currentThread());
    // Batched: far fewer progress signals than records.
    QVERIFY(progressSignals > 0);
    QVERIFY2(progressSignals < outcome->counts.planned, qPrintable(QString::number(progressSignals)));
    // The last word on the writes: all of them, with the budgets left on both sides.
    QVERIFY(lastWrite);
    QCOMPARE(lastWrite->done, lastWrite->total);
    QCOMPARE(lastWrite->etaMs, lastWrite->perSecond > 0 ? 0 : -1);
    QVERIFY(lastWrite->ghlAvailable >= 0);
    QCOMPARE(lastWrite->kixieRemainingToday, 10000 - outcome->kixieCalls);
}

FIELDLINK_TEST_MAIN(TestSyncSandbox, QCoreApplication)
#include "TestSyncSandbox.moc"
