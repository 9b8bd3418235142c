#include "SyncRuns.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/Database.h"
#include "core/sync/SyncPlanner.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

/// "A conflict is held, never guessed" on every scope: a run over a slice of the location (named contacts,
/// the first N, a tag, --since-last) writes no row for a contact that shares its row with a contact outside
/// the slice — whether an earlier run found the conflict or the slice finds it itself — until the admin
/// decides who gets the row. Against the sandbox, whose seed gives some contacts one phone.
class TestSliceConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everySliceHoldsWhatAFullDryRunFound();
    void aSliceFindsTheOtherContactWithThePhoneByItself();
    void afterADecisionTheOwnerIsWrittenAndTheOtherIsNot();

private:
    SyncJob slice(SandboxFixture& sandbox, const QStringList& contacts) const;
    /// Gives `count` contacts that would get a row of their own a twin: a new contact with the same phone
    /// and tags, so both map to one row.
    void addTwins(SandboxFixture& sandbox, int count);
    /// The contacts a full dry run holds in conflict, by row (PowerList/phone), in the order it read them.
    QList<QPair<QString, QStringList>> sharedRows(SandboxFixture& sandbox, const QString& database);

    QTemporaryDir m_dir;
    QString m_database;
};

void TestSliceConflicts::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

SyncJob TestSliceConflicts::slice(SandboxFixture& sandbox, const QStringList& contacts) const {
    SyncJob named = syncJob(sandbox, false, m_database);
    named.scope.kind = SyncScope::Kind::Ids;
    named.scope.ids = contacts;
    return named;
}

void TestSliceConflicts::addTwins(SandboxFixture& sandbox, int count) {
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/ghl/settings"),
                           jsonObject(R"({"allowDuplicateContacts":true})"))
                 .status,
             200);
    SyncPlan plan;
    QVERIFY(runSyncJob(syncJob(sandbox, true, m_dir.filePath(QStringLiteral("twins.sqlite"))), &plan).ok);
    QSet<QString> phones;
    for (const PlanItem& item : plan.items) {
        // A contact's type cannot be set on create, so the twin of a customer would go to another list.
        if (item.action != PlanAction::Create || item.scopeKey.startsWith(QLatin1String("cadence:")) ||
            item.route == QLatin1String("Customers") || phones.contains(item.targetKey))
            continue;
        phones.insert(item.targetKey);
        const QJsonObject original = sandbox.probe()
                                         .ghl("GET", QStringLiteral("/contacts/") + item.sourceId)
                                         .json()
                                         .value(QLatin1String("contact"))
                                         .toObject();
        QJsonObject twin{{QStringLiteral("locationId"), sandbox.locationId()},
                         {QStringLiteral("firstName"), QStringLiteral("Twin")},
                         {QStringLiteral("phone"), item.targetKey}};
        for (const char* field : {"lastName", "tags"}) {
            if (original.contains(QLatin1String(field)))
                twin.insert(QLatin1String(field), original.value(QLatin1String(field)));
        }
        const HttpResult created = sandbox.probe().ghl("POST", QStringLiteral("/contacts/"), twin);
        QVERIFY2(created.status == 201, created.body.constData());
        if (phones.size() == count)
            return;
    }
}

QList<QPair<QString, QStringList>> TestSliceConflicts::sharedRows(SandboxFixture& sandbox,
                                                                  const QString& database) {
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(syncJob(sandbox, true, database), &plan);
    if (!outcome.ok)
        qWarning() << outcome.message;
    QList<QPair<QString, QStringList>> shared;
    QSet<QString> seen;
    for (const PlanItem& item : plan.items) {
        const QString row = item.scopeKey + QLatin1Char('/') + item.targetKey;
        if (item.action != PlanAction::Conflict ||
            item.conflict.value(QLatin1String("kind")).toString() != QLatin1String("shared") ||
            seen.contains(row))
            continue;
        seen.insert(row);
        QStringList candidates;
        for (const QJsonValue& candidate : item.conflict.value(QLatin1String("candidates")).toArray())
            candidates << candidate.toString();
        shared.append({row, candidates});
    }
    return shared;
}

void TestSliceConflicts::everySliceHoldsWhatAFullDryRunFound() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    addTwins(sandbox, 3);
    const QList<QPair<QString, QStringList>> shared = sharedRows(sandbox, m_database);
    QCOMPARE(shared.size(), 3);
    QSet<QString> heldRows;
    QStringList heldContacts;
    for (const auto& [row, candidates] : shared) {
        heldRows.insert(row);
        heldContacts += candidates;
    }

    // Each contact of a held row alone.
    for (const QString& contact : std::as_const(heldContacts)) {
        SyncPlan plan;
        const SyncOutcome outcome = runSyncJob(slice(sandbox, {contact}), &plan);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.counts.conflicts, 1);
        QCOMPARE(outcome.kixieCalls, 0);
    }
    // The first N contacts, up to and including the first held one.
    SyncPlan full;
    QVERIFY(runSyncJob(syncJob(sandbox, true, m_dir.filePath(QStringLiteral("order.sqlite"))), &full).ok);
    int firstHeld = 0;
    while (!heldContacts.contains(full.items.at(firstHeld).sourceId))
        ++firstHeld;
    SyncJob firstN = syncJob(sandbox, false, m_database);
    firstN.scope.kind = SyncScope::Kind::FirstN;
    firstN.scope.limit = firstHeld + 1;
    QVERIFY(runSyncJob(firstN).ok);
    // A tag only one contact of a held row has.
    const QString tagged = heldContacts.first();
    QCOMPARE(sandbox.probe()
                 .ghl("POST", QStringLiteral("/contacts/%1/tags").arg(tagged),
                      jsonObject(R"({"tags":["slice-me"]})"))
                 .status,
             201);
    SyncJob byTag = syncJob(sandbox, false, m_database);
    byTag.scope.kind = SyncScope::Kind::Tag;
    byTag.scope.tag = QStringLiteral("slice-me");
    SyncPlan tagPlan;
    QVERIFY(runSyncJob(byTag, &tagPlan).ok);
    QCOMPARE(tagPlan.count(PlanAction::Conflict), 1);
    // Everything else is written; then one held contact changes and --since-last reads only it.
    QVERIFY(runSyncJob(syncJob(sandbox, false, m_database)).ok);
    SyncJob sinceLast = syncJob(sandbox, false, m_database);
    sinceLast.scope.kind = SyncScope::Kind::SinceLast;
    QVERIFY(runSyncJob(sinceLast).ok); // sets nothing new: the cursor is the full run's
    QCOMPARE(sandbox.probe()
                 .ghl("PUT", QStringLiteral("/contacts/") + heldContacts.last(),
                      jsonObject(R"({"firstName":"Edited"})"))
                 .status,
             200);
    SyncPlan sincePlan;
    const SyncOutcome since = runSyncJob(sinceLast, &sincePlan);
    QVERIFY2(since.ok, qPrintable(since.message));
    QCOMPARE(sincePlan.count(PlanAction::Conflict), 1);

    // No run wrote a held row.
    QCOMPARE(powerListRows(sandbox) & heldRows, QSet<QString>());
    QVERIFY(!powerListRows(sandbox).isEmpty());
}

void TestSliceConflicts::aSliceFindsTheOtherContactWithThePhoneByItself() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    addTwins(sandbox, 1);
    // Found with another database: this one has never seen the conflict.
    const QList<QPair<QString, QStringList>> shared =
        sharedRows(sandbox, m_dir.filePath(QStringLiteral("discovery.sqlite")));
    QCOMPARE(shared.size(), 1);
    const auto& [row, candidates] = shared.first();
    const auto searches = [&sandbox] {
        const QJsonObject byRoute = at(sandbox.probe().stats(), "ghl.byRoute").toObject();
        int count = 0;
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            count += it.key().contains(QLatin1String("/contacts/search")) ? it.value().toInt() : 0;
        return count;
    };
    const int searchesBefore = searches();
    SyncPlan plan;
    const SyncOutcome outcome = runSyncJob(slice(sandbox, {candidates.first()}), &plan);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(plan.count(PlanAction::Conflict), 1);
    QCOMPARE(plan.items.size(), 1); // the other contact is looked at, never planned
    const QJsonArray found = plan.items.first().conflict.value(QLatin1String("candidates")).toArray();
    QCOMPARE(found.size(), candidates.size());
    QCOMPARE(outcome.kixieCalls, 0);
    QVERIFY(!powerListRows(sandbox).contains(row));
    const int searchesAfterFirst = searches();
    QVERIFY(searchesAfterFirst > searchesBefore);
    // The next slice holds it from what the database remembers, without searching again.
    const SyncOutcome again = runSyncJob(slice(sandbox, {candidates.first()}));
    QCOMPARE(again.counts.conflicts, 1);
    QCOMPARE(searches(), searchesAfterFirst);
}

void TestSliceConflicts::afterADecisionTheOwnerIsWrittenAndTheOtherIsNot() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    addTwins(sandbox, 1);
    const QList<QPair<QString, QStringList>> shared = sharedRows(sandbox, m_database);
    QCOMPARE(shared.size(), 1);
    const auto& [row, candidates] = shared.first();
    const QString list = row.section(QLatin1Char('/'), 0, 0);
    const QString phone = row.section(QLatin1Char('/'), 1);
    {
        store::Database database;
        QVERIFY(database.open(m_database, QStringLiteral("decide")).ok());
        store::ConflictDecisionRepository decisions(database.connection());
        QVERIFY(decisions.giveTo(SyncPlanner::direction(), list, phone, candidates.last()).ok());
    }
    SyncPlan other;
    QVERIFY(runSyncJob(slice(sandbox, {candidates.first()}), &other).ok);
    QCOMPARE(other.items.first().action, PlanAction::Skip);
    QVERIFY(!powerListRows(sandbox).contains(row));
    SyncPlan owner;
    const SyncOutcome written = runSyncJob(slice(sandbox, {candidates.last()}), &owner);
    QVERIFY2(written.ok, qPrintable(written.message));
    QCOMPARE(written.counts.created, 1);
    QVERIFY(powerListRows(sandbox).contains(row));
}

QTEST_GUILESS_MAIN(TestSliceConflicts)
#include "TestSliceConflicts.moc"
