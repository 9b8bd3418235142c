// What a GHL → Kixie run reads, counted by the sandbox (docs/sync.md, "What a run reads"): open tasks from
// the location's task search, notes only where they are needed, nothing again for contacts that did not
// change.
#include "SyncRuns.h"
#include "core/api/Clock.h"
#include "core/api/GhlClient.h"
#include "core/auth/AccessTokenSource.h"
#include "core/mapping/ProfileLoader.h"
#include "core/sync/ContactSource.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

class TestSyncReads : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tasksComeFromTheTaskSearchInFewCalls();
    void aTokenWithoutTheTaskSearchScopeGetsTheSamePlan();
    void fewerContactsPerTaskSearchMeansMoreSearches();
    void aProfileWithoutNotesNeverReadsNotes();
    void anUnchangedContactIsNotReadAgainOnSinceLast();
    void settledContactsKeepTheirNoteColumnsUntilAFullReconcile();
    void writesBeginWhileNotesAreStillRead();
    void twentyFiveSamplesTakeTwentySevenCalls();

private:
    SyncJob job(SandboxFixture& sandbox, bool dryRun) const { return syncJob(sandbox, dryRun, m_database); }
    /// Requests the sandbox answered on routes whose pattern contains `fragment`.
    static int routeCount(SandboxFixture& sandbox, const QString& fragment);

    QTemporaryDir m_dir;
    QString m_database;
};

void TestSyncReads::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

int TestSyncReads::routeCount(SandboxFixture& sandbox, const QString& fragment) {
    const QJsonObject byRoute = at(sandbox.probe().stats(), "ghl.byRoute").toObject();
    int count = 0;
    for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
        count += it.key().contains(fragment) ? it.value().toInt() : 0;
    return count;
}

namespace {

const QString taskSearch = QStringLiteral("/tasks/search");
const QString tasksOfOneContact = QStringLiteral("/contacts/:contactId/tasks");
const QString notesOfOneContact = QStringLiteral("/contacts/:contactId/notes");

int listedContacts(const SyncPlan& plan) {
    QSet<QString> contacts;
    for (const PlanItem& item : plan.items)
        contacts.insert(item.sourceId);
    return static_cast<int>(contacts.size());
}

QHash<QString, QJsonObject> payloadsBySource(const SyncPlan& plan) {
    QHash<QString, QJsonObject> payloads;
    for (const PlanItem& item : plan.items) {
        if (item.action == PlanAction::Create || item.action == PlanAction::Update)
            payloads.insert(item.sourceId, item.payload);
    }
    return payloads;
}

} // namespace

void TestSyncReads::tasksComeFromTheTaskSearchInFewCalls() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob dryRun = job(sandbox, true);
    dryRun.ghl.taskSearchContacts = 10;
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(dryRun, &plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const int contacts = listedContacts(plan);
    QCOMPARE(contacts, 60);
    QCOMPARE(routeCount(sandbox, tasksOfOneContact), 0);
    const int searches = routeCount(sandbox, taskSearch);
    QVERIFY2(searches > 0 && searches <= (contacts + 9) / 10, qPrintable(QString::number(searches)));
    QCOMPARE(routeCount(sandbox, notesOfOneContact), contacts);
    // One search page of 500 holds the whole location.
    QCOMPARE(routeCount(sandbox, QStringLiteral("/contacts/search")), 1);
    QCOMPARE(outcome.ghlCalls, 1 /* custom fields */ + 1 + contacts + searches);
}

void TestSyncReads::aTokenWithoutTheTaskSearchScopeGetsTheSamePlan() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob searched = job(sandbox, true);
    searched.ghl.taskSearchPageSize = 3; // many pages: paging must not lose or repeat a task
    SyncPlan withSearch;
    QVERIFY(runSyncJob(searched, &withSearch).ok);
    const int searches = routeCount(sandbox, taskSearch);
    QVERIFY(searches > 60 / 50 + 1);

    SyncJob oneByOne = job(sandbox, true);
    oneByOne.ghlCredential = auth::GhlCredential::fromPrivateToken(sandbox.readonlyToken());
    SyncPlan withoutSearch;
    const SyncOutcome outcome = runSyncJob(oneByOne, &withoutSearch);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(routeCount(sandbox, tasksOfOneContact), 60); // refused once, then contact by contact
    const QHash<QString, QJsonObject> expected = payloadsBySource(withSearch);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(payloadsBySource(withoutSearch), expected);
    bool anyTaskColumn = false;
    for (const QJsonObject& payload : expected)
        anyTaskColumn = anyTaskColumn || !at(payload, "extraData.Open tasks").toString().isEmpty();
    QVERIFY(anyTaskColumn);
}

void TestSyncReads::fewerContactsPerTaskSearchMeansMoreSearches() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob wide = job(sandbox, true);
    wide.ghl.taskSearchContacts = 50;
    SyncPlan widePlan;
    QVERIFY(runSyncJob(wide, &widePlan).ok);
    const int wideSearches = routeCount(sandbox, taskSearch);

    SyncJob narrow = job(sandbox, true);
    narrow.ghl.taskSearchContacts = 10;
    SyncPlan narrowPlan;
    QVERIFY(runSyncJob(narrow, &narrowPlan).ok);
    const int narrowSearches = routeCount(sandbox, taskSearch) - wideSearches;

    // 60 contacts: at least two searches of 50, at least six of 10 — and the same plan either way.
    QVERIFY2(wideSearches >= 2 && narrowSearches >= 6 && narrowSearches > wideSearches,
             qPrintable(QStringLiteral("%1 vs %2").arg(wideSearches).arg(narrowSearches)));
    QCOMPARE(payloadsBySource(narrowPlan), payloadsBySource(widePlan));
}

void TestSyncReads::aProfileWithoutNotesNeverReadsNotes() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QFile shipped(QStringLiteral(":/profiles/ghl-contacts-to-kixie-powerlist.json"));
    QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.errorString()));
    QJsonObject profile = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonArray rules;
    for (const QJsonValue& rule : profile.value(QLatin1String("rules")).toArray()) {
        if (at(rule, "source").toString() != QLatin1String("notes"))
            rules.append(rule);
    }
    QVERIFY(rules.size() < profile.value(QLatin1String("rules")).toArray().size());
    profile.insert(QStringLiteral("rules"), rules);
    const QString path = m_dir.filePath(QStringLiteral("no-notes.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();

    SyncJob dryRun = job(sandbox, true);
    dryRun.profile = path;
    const SyncOutcome outcome = runSyncJob(dryRun);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(routeCount(sandbox, QStringLiteral("/notes")), 0);
    QVERIFY(routeCount(sandbox, taskSearch) > 0);
}

void TestSyncReads::anUnchangedContactIsNotReadAgainOnSinceLast() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob first = job(sandbox, false);
    first.scope.kind = SyncScope::Kind::SinceLast;
    first.scope.fullReconcile = false;
    SyncPlan plan;
    const SyncOutcome full = runSyncJob(first, &plan);
    QVERIFY2(full.ok, qPrintable(full.message));
    QVERIFY(full.counts.created > 0);

    const int notesBefore = routeCount(sandbox, notesOfOneContact);
    const SyncOutcome unchanged = runSyncJob(first);
    QVERIFY2(unchanged.ok, qPrintable(unchanged.message));
    QVERIFY2(unchanged.ghlCalls <= 2, qPrintable(QString::number(unchanged.ghlCalls)));
    QCOMPARE(unchanged.kixieCalls, 0);
    QCOMPARE(routeCount(sandbox, notesOfOneContact), notesBefore);

    const auto created = std::find_if(plan.items.begin(), plan.items.end(),
                                      [](const PlanItem& item) { return item.action == PlanAction::Create; });
    QVERIFY(created != plan.items.end());
    QCOMPARE(sandbox.probe()
                 .ghl("PUT", QStringLiteral("/contacts/") + created->sourceId,
                      jsonObject(R"({"firstName":"Renamed"})"))
                 .status,
             200);
    const int searchesBefore = routeCount(sandbox, taskSearch);
    const SyncOutcome edited = runSyncJob(first);
    QVERIFY2(edited.ok, qPrintable(edited.message));
    QCOMPARE(edited.counts.updated, 1);
    QCOMPARE(edited.kixieCalls, 1);
    QCOMPARE(routeCount(sandbox, notesOfOneContact), notesBefore + 1);
    QCOMPARE(routeCount(sandbox, taskSearch), searchesBefore + 1);
}

void TestSyncReads::settledContactsKeepTheirNoteColumnsUntilAFullReconcile() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncPlan plan;
    const SyncOutcome full = runSyncJob(job(sandbox, false), &plan);
    QVERIFY2(full.ok, qPrintable(full.message));
    const auto withNotes = std::find_if(plan.items.begin(), plan.items.end(), [](const PlanItem& item) {
        return item.action == PlanAction::Create &&
               !at(item.payload, "nextCallRefresher").toString().isEmpty();
    });
    QVERIFY(withNotes != plan.items.end());

    // A note added without touching its contact: the seeded contacts were last updated long before the run.
    QCOMPARE(sandbox.probe()
                 .ghl("POST", QStringLiteral("/contacts/") + withNotes->sourceId + QStringLiteral("/notes"),
                      jsonObject(R"({"body":"Added later"})"))
                 .status,
             201);
    SyncJob quick = job(sandbox, false);
    quick.scope.fullReconcile = false;
    const int notesBefore = routeCount(sandbox, notesOfOneContact);
    const int searchesBefore = routeCount(sandbox, taskSearch);
    const SyncOutcome settled = runSyncJob(quick);
    QVERIFY2(settled.ok, qPrintable(settled.message));
    // Contacts Fieldlink never wrote (no phone, skipped) are read again; the written ones are not, and
    // their rows — note column included — are planned unchanged, not blanked.
    QCOMPARE(routeCount(sandbox, notesOfOneContact) - notesBefore, 60 - full.counts.created);
    QVERIFY(routeCount(sandbox, taskSearch) - searchesBefore <= 1);
    QCOMPARE(settled.counts.unchanged, full.counts.created);
    QCOMPARE(settled.counts.updated + settled.counts.removed + settled.counts.created, 0);
    QCOMPARE(settled.kixieCalls, 0);

    SyncPlan reconciled;
    const SyncOutcome reconcile = runSyncJob(job(sandbox, false), &reconciled);
    QVERIFY2(reconcile.ok, qPrintable(reconcile.message));
    QCOMPARE(reconcile.counts.updated, 1);
    const auto updated = std::find_if(reconciled.items.begin(), reconciled.items.end(),
                                      [](const PlanItem& item) { return item.action == PlanAction::Update; });
    QCOMPARE(updated->sourceId, withNotes->sourceId);
    QVERIFY(at(updated->payload, "nextCallRefresher").toString().contains(QLatin1String("Added later")));
}

void TestSyncReads::writesBeginWhileNotesAreStillRead() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    SyncJob dryRun = job(sandbox, true);
    dryRun.ghl.taskSearchContacts = 10;
    SyncPlan planned;
    const SyncOutcome dry = runSyncJob(dryRun, &planned);
    QVERIFY2(dry.ok, qPrintable(dry.message));
    SyncJob run = job(sandbox, false);
    run.ghl.taskSearchContacts = 10;
    SyncPlan written;
    const SyncOutcome outcome = runSyncJob(run, &written);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // The same plan as the dry run, in another order.
    QCOMPARE(outcome.counts.created, dry.counts.created);
    QCOMPARE(outcome.counts.conflicts, dry.counts.conflicts);
    QCOMPARE(outcome.counts.skipped, dry.counts.skipped);
    QCOMPARE(outcome.counts.enrolled, dry.counts.enrolled);
    QCOMPARE(written.items.size(), planned.items.size());
    QCOMPARE(payloadsBySource(written), payloadsBySource(planned));

    // The request log, in the order the answers came: a Kixie write before the last notes read.
    int firstWrite = 0;
    int lastNotesRead = 0;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("log"));
        database.setDatabaseName(m_database);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT MIN(id) FROM request_log WHERE run_id = %1 AND service = "
                                          "'Kixie'")
                               .arg(outcome.runId)) &&
                query.next());
        firstWrite = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(id) FROM request_log WHERE run_id = %1 AND operation = "
                                          "'notes.list'")
                               .arg(outcome.runId)) &&
                query.next());
        lastNotesRead = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("log"));
    QVERIFY(firstWrite > 0 && lastNotesRead > 0);
    QVERIFY2(firstWrite < lastNotesRead,
             qPrintable(QStringLiteral("%1 %2").arg(firstWrite).arg(lastNotesRead)));
}

void TestSyncReads::twentyFiveSamplesTakeTwentySevenCalls() {
    // The editor's "Fetch samples" reads its 25 contacts through ContactSource, as here: one search page,
    // 25 notes reads and one task search (it took 51 with a tasks read per contact).
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    api::GhlSettings settings;
    settings.baseUrl = QUrl(sandbox.baseUrl());
    settings.locationId = sandbox.locationId();
    api::GhlClient client(settings, sandbox.network(), api::SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    SyncScope scope;
    scope.kind = SyncScope::Kind::FirstN;
    scope.limit = 25;
    QFile shipped(QStringLiteral(":/profiles/ghl-contacts-to-kixie-powerlist.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    ContactSource source(&client, scope,
                         RelatedData::usedBy(QJsonDocument::fromJson(shipped.readAll()).object()));
    QList<QJsonObject> samples;
    connect(&source, &ContactSource::contacts, this,
            [&samples](const QList<QJsonObject>& batch) { samples += batch; });
    QSignalSpy finished(&source, &ContactSource::finished);
    source.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).value<api::ApiResult>().ok());
    QCOMPARE(samples.size(), 25);
    QVERIFY(std::all_of(samples.begin(), samples.end(), [](const QJsonObject& contact) {
        return contact.value(QLatin1String("notes")).isArray() &&
               contact.value(QLatin1String("tasks")).isArray();
    }));
    QCOMPARE(routeCount(sandbox, QStringLiteral("/contacts/search")), 1);
    QCOMPARE(routeCount(sandbox, notesOfOneContact), 25);
    QCOMPARE(routeCount(sandbox, taskSearch), 1);
    QCOMPARE(at(sandbox.probe().stats(), "ghl.requests").toInt(), 27);
}

QTEST_GUILESS_MAIN(TestSyncReads)
#include "TestSyncReads.moc"
