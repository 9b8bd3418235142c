#include "core/store/Database.h"
#include "core/store/RunRepository.h"
#include "core/store/WebhookInbox.h"
#include "core/sync/EventWorker.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "support/WebhookSenders.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

/// The events worker reading the webhook inbox, in process, against the sandbox.
class TestInboxFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void processesWhatADeadProcessLeftInOrderThenNewDeliveries();
    void aDryRunLeavesDeliveriesPending();

private:
    EventJob job(SandboxFixture& sandbox, bool dryRun = false) const;

    QTemporaryDir m_dir;
    QString m_database;
};

void TestInboxFeed::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

EventJob TestInboxFeed::job(SandboxFixture& sandbox, bool dryRun) const {
    EventJob job;
    job.profile = QStringLiteral("kixie-calls-to-ghl");
    job.fromInbox = true;
    job.dryRun = dryRun;
    job.ghl.baseUrl = QUrl(sandbox.baseUrl());
    job.ghl.locationId = sandbox.locationId();
    job.ghlCredential = auth::GhlCredential::fromPrivateToken(sandbox.ghlToken());
    job.databasePath = m_database;
    return job;
}

void TestInboxFeed::processesWhatADeadProcessLeftInOrderThenNewDeliveries() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto people = sandbox.northAmericanContacts(3);
    QCOMPARE(people.size(), qsizetype(3));
    store::Database database;
    QVERIFY(database.open(m_database, QStringLiteral("test")));
    store::WebhookInbox inbox(database.connection());
    // Left by a process that died: one never taken, one taken by its run (still marked running).
    QVERIFY(inbox.add(endcallDelivery(QStringLiteral("left-1"), people[0].first, people[0].second)));
    const Result<qint64> taken =
        inbox.add(endcallDelivery(QStringLiteral("left-2"), people[1].first, people[1].second));
    QVERIFY(taken);
    store::RunRepository runs(database.connection());
    const Result<qint64> version = runs.ensureProfileVersion(
        QStringLiteral("dead"), QStringLiteral("kixie_to_ghl"), QStringLiteral("call_event"), "{}");
    QVERIFY(version);
    const Result<qint64> deadRun = runs.startRun(*version, QStringLiteral("run"), {});
    QVERIFY(deadRun);
    QCOMPARE(inbox.claim(*taken, *deadRun).valueOr(false), true);

    EventWorker worker(job(sandbox));
    QSignalSpy finished(&worker, &EventWorker::finished);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(inbox.counts()->done, 2, 20000);
    // A new delivery while it listens.
    QVERIFY(inbox.add(endcallDelivery(QStringLiteral("new-3"), people[2].first, people[2].second)));
    worker.inboxChanged();
    QTRY_COMPARE_WITH_TIMEOUT(inbox.counts()->done, 3, 20000);
    worker.cancel();
    QTRY_COMPARE(finished.count(), 1);
    const EventOutcome outcome = finished.at(0).at(0).value<EventOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.notes, 3);

    // Marked done by the new run, in the order they arrived.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT run_id, processed_at FROM webhook_inbox ORDER BY id")));
    QString previous;
    while (query.next()) {
        QCOMPARE(query.value(0).toLongLong(), outcome.runId);
        QVERIFY(query.value(1).toString() >= previous);
        previous = query.value(1).toString();
    }
    const QHash<QString, int> notes = notesByCallEvent(sandbox.probe().state());
    for (const char* call : {"left-1|endcall", "left-2|endcall", "new-3|endcall"})
        QCOMPARE(notes.value(QLatin1String(call)), 1);
}

void TestInboxFeed::aDryRunLeavesDeliveriesPending() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto people = sandbox.northAmericanContacts(1);
    store::Database database;
    QVERIFY(database.open(m_database, QStringLiteral("test")));
    store::WebhookInbox inbox(database.connection());
    QVERIFY(inbox.add(endcallDelivery(QStringLiteral("dry-1"), people[0].first, people[0].second)));
    EventWorker worker(job(sandbox, true));
    QSignalSpy progress(&worker, &EventWorker::progress);
    QSignalSpy finished(&worker, &EventWorker::finished);
    worker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
    worker.cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<EventOutcome>().counts.planned, 1);
    QCOMPARE(inbox.counts()->pending, 1); // a real run still writes it
    QVERIFY(notesByCallEvent(sandbox.probe().state()).isEmpty());
}

FIELDLINK_TEST_MAIN(TestInboxFeed, QCoreApplication)
#include "TestInboxFeed.moc"
