// The decisions behind the Test Sync page, with no widget: the scope a choice means, the job a run starts,
// the production question (quoting only the dry run of the same choices), the command that runs the same
// from a terminal — which the command line parses back into the same scope — and what an outcome reads as.
#include "app/testsync/SyncTestController.h"
#include "core/sync/SyncScope.h"
#include "support/TestEnvironment.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace fieldlink;
using Scope = SyncTestChoices::Scope;

Q_DECLARE_METATYPE(fieldlink::SyncTestChoices::Scope)

class TestSyncTestController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachChoiceMeansItsScope_data();
    void eachChoiceMeansItsScope();
    void thePrintedCommandRunsTheSameScope_data();
    void thePrintedCommandRunsTheSameScope();
    void pickedContactsMustBePickedFirst();
    void aJobCarriesTheProfileAndItsVersion();
    void resumeAndReplayCarryTheRun();
    void onlyProductionWritesAsk();
    void theQuestionQuotesOnlyADryRunOfTheSameChoices();
    void theQuestionCountsTheKixieBudget();
    void callEventsComeFromTheFileOrTheListener();
    void theCommandNamesConnectionProfileVersionAndDatabase();
    void withoutAConnectionThereIsNoCommand();
    void outcomesReadAsThePageShowsThem();

private:
    static SyncTestChoices choices(Scope scope = Scope::FirstN);
    static sync::SyncOutcome dryRunOutcome();
};

SyncTestChoices TestSyncTestController::choices(Scope scope) {
    SyncTestChoices choices;
    choices.connection = QStringLiteral("Acme");
    choices.profile = QStringLiteral("ghl-contacts-to-kixie-powerlist");
    choices.scope = scope;
    return choices;
}

sync::SyncOutcome TestSyncTestController::dryRunOutcome() {
    sync::SyncOutcome outcome;
    outcome.ok = true;
    outcome.runId = 4;
    outcome.counts.planned = 7;
    outcome.counts.created = 2;
    outcome.counts.updated = 1;
    outcome.counts.unchanged = 3;
    outcome.counts.skipped = 1;
    outcome.counts.enrolled = 1;
    return outcome;
}

void TestSyncTestController::eachChoiceMeansItsScope_data() {
    QTest::addColumn<Scope>("choice");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("the first 25") << Scope::FirstN
                                  << QJsonObject{{QStringLiteral("kind"), QStringLiteral("first")},
                                                 {QStringLiteral("limit"), 25}};
    QTest::newRow("a tag, trimmed") << Scope::Tag
                                    << QJsonObject{{QStringLiteral("kind"), QStringLiteral("tag")},
                                                   {QStringLiteral("tag"), QStringLiteral("hot lead")}};
    QTest::newRow("a search, trimmed") << Scope::Search
                                       << QJsonObject{{QStringLiteral("kind"), QStringLiteral("query")},
                                                      {QStringLiteral("query"), QStringLiteral("hot lead")}};
    QTest::newRow("picked contacts") << Scope::Picked
                                     << QJsonObject{{QStringLiteral("kind"), QStringLiteral("ids")},
                                                    {QStringLiteral("ids"),
                                                     QJsonArray{QStringLiteral("c1"), QStringLiteral("c2")}}};
    QTest::newRow("changed since the last run")
        << Scope::SinceLast
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("since-last")},
                       {QStringLiteral("fullReconcile"), false}}; // only what changed is read again
    QTest::newRow("all contacts") << Scope::All
                                  << QJsonObject{{QStringLiteral("kind"), QStringLiteral("all")}};
}

void TestSyncTestController::eachChoiceMeansItsScope() {
    QFETCH(Scope, choice);
    QFETCH(QJsonObject, expected);
    SyncTestChoices chosen = choices(choice);
    chosen.scopeText = QStringLiteral("  hot lead ");
    chosen.pickedIds = {QStringLiteral("c1"), QStringLiteral("c2")};
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);
    QCOMPARE(controller.scope().toJson(), expected);
}

void TestSyncTestController::thePrintedCommandRunsTheSameScope_data() {
    eachChoiceMeansItsScope_data();
}

void TestSyncTestController::thePrintedCommandRunsTheSameScope() {
    QFETCH(Scope, choice);
    SyncTestChoices chosen = choices(choice);
    chosen.limit = 40;
    chosen.scopeText = QStringLiteral("hot lead");
    chosen.pickedIds = {QStringLiteral("c1"), QStringLiteral("c2")};
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);

    QCommandLineParser parser;
    parser.addOptions(sync::SyncScope::commandLineOptions());
    parser.addOptions({{QStringLiteral("connection"), QString(), QStringLiteral("NAME")},
                       {QStringLiteral("profile"), QString(), QStringLiteral("NAME")},
                       {QStringLiteral("db"), QString(), QStringLiteral("FILE")}});
    const QStringList words = controller.scheduleWords();
    QCOMPARE(words.mid(0, 2), (QStringList{QStringLiteral("fieldlink-cli"), QStringLiteral("sync")}));
    // The command line takes the words after the command, as a shell hands them over.
    QVERIFY2(parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + words.mid(2)),
             qPrintable(parser.errorText()));
    const Result<sync::SyncScope> parsed = sync::SyncScope::fromCommandLine(parser);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->toJson(), controller.scope().toJson());
}

void TestSyncTestController::pickedContactsMustBePickedFirst() {
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(choices(Scope::Picked));
    const Result<sync::SyncJob> job = controller.syncJob(true);
    QVERIFY(!job.ok());
    QCOMPARE(job.error(), QStringLiteral("Pick the contacts first (Pick contacts…)."));
}

void TestSyncTestController::aJobCarriesTheProfileAndItsVersion() {
    SyncTestChoices chosen = choices(Scope::FirstN);
    chosen.profileVersion = 3;
    chosen.limit = 5;
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);
    for (const bool dryRun : {true, false}) {
        const Result<sync::SyncJob> job = controller.syncJob(dryRun);
        QVERIFY(job.ok());
        QCOMPARE(job->profile, chosen.profile);
        QCOMPARE(job->profileVersion, 3);
        QCOMPARE(job->dryRun, dryRun);
        QCOMPARE(job->scope.limit, 5);
        QCOMPARE(job->resumeRunId, 0);
        QCOMPARE(job->replayRunId, 0);
    }
}

void TestSyncTestController::resumeAndReplayCarryTheRun() {
    SyncTestChoices chosen = choices();
    chosen.profileVersion = 2;
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);
    const sync::SyncJob resume = SyncTestController::resumeJob(12);
    QCOMPARE(resume.resumeRunId, 12);
    QVERIFY(!resume.dryRun);
    QVERIFY(resume.profile.isEmpty()); // the run's own profile version and scope
    const sync::SyncJob replay = controller.replayJob(12);
    QCOMPARE(replay.replayRunId, 12);
    QVERIFY(!replay.dryRun);
    QCOMPARE(replay.profile, chosen.profile);
    QCOMPARE(replay.profileVersion, 2);
}

void TestSyncTestController::onlyProductionWritesAsk() {
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    SyncTestChoices chosen = choices();
    controller.setChoices(chosen);
    QVERIFY(controller.needsConfirmation(false));
    QVERIFY(!controller.needsConfirmation(true));
    chosen.sandbox = true;
    controller.setChoices(chosen);
    QVERIFY(!controller.needsConfirmation(false));
}

void TestSyncTestController::theQuestionQuotesOnlyADryRunOfTheSameChoices() {
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(choices());
    QVERIFY(
        controller.productionQuestion(10000, 10000).contains(QLatin1String("No dry run of this scope yet")));

    controller.runStarted(true);
    controller.runFinished(dryRunOutcome());
    QVERIFY(controller.hasDryRun());
    const QString quoted = controller.productionQuestion(10000, 10000);
    // The dry run's counts as a dry run says them, the enrolment too.
    QVERIFY2(quoted.contains(
                 QLatin1String("The dry run planned 7 record(s): 2 would be created, 1 would be updated, "
                               "1 would be enrolled in a cadence, 3 unchanged, 1 skipped.")),
             qPrintable(quoted));
    QVERIFY2(quoted.contains(QLatin1String("About 4 Kixie calls")), qPrintable(quoted)); // with the enrolment

    // Other choices (even the same ones handed over again) were not planned by that dry run.
    controller.setChoices(choices());
    QVERIFY(!controller.hasDryRun());
    QVERIFY(controller.productionQuestion(10000, 10000).contains(QLatin1String("No dry run")));

    // Neither a failed dry run nor a real run is a plan to quote.
    sync::SyncOutcome failed = dryRunOutcome();
    failed.ok = false;
    controller.runStarted(true);
    controller.runFinished(failed);
    QVERIFY(!controller.hasDryRun());
    controller.runStarted(false);
    controller.runFinished(dryRunOutcome());
    QVERIFY(!controller.hasDryRun());
}

void TestSyncTestController::theQuestionCountsTheKixieBudget() {
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(choices());
    const QString question = controller.productionQuestion(9875, 10000);
    // Without a dry run the cost is unknown, and said to be: no made-up "0 calls".
    QCOMPARE(question,
             QStringLiteral("This writes to the real Kixie account of \"Acme\".\n\nNo dry run of this "
                            "scope yet: nobody has seen what it will change, and its cost is unknown (each "
                            "row created, updated or removed and each cadence enrolment is one Kixie call). "
                            "%1 of %2 Kixie calls are left today.\n\nA dry run first shows both and sends "
                            "nothing. Continue without one?")
                 .arg(QLocale().toString(9875), QLocale().toString(10000)));
}

void TestSyncTestController::callEventsComeFromTheFileOrTheListener() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"callid":"a1","event":"endcall"})"
               "\n"
               R"({"callid":"a2","event":"endcall"})"
               "\n");
    file.close();

    SyncTestChoices chosen = choices();
    chosen.events = true;
    chosen.eventsFile = dir.filePath(QStringLiteral("missing.jsonl"));
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);
    QVERIFY(!controller.eventFileJob(true).ok());

    chosen.eventsFile = path;
    controller.setChoices(chosen);
    const Result<sync::EventJob> job = controller.eventFileJob(false);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QCOMPARE(job->events.size(), 2);
    QVERIFY(!job->dryRun);
    QVERIFY(!job->fromInbox);
    QCOMPARE(
        controller.eventsProductionQuestion(2),
        QStringLiteral("This writes notes, tasks and tags for 2 call event(s) to the real HighLevel location "
                       "of \"Acme\". Continue?"));

    const sync::EventJob listening = controller.listeningJob(true);
    QVERIFY(listening.fromInbox);
    QVERIFY(listening.events.isEmpty());
    QVERIFY(listening.dryRun);
    QVERIFY(controller.listeningProductionQuestion().contains(QLatin1String("until you stop listening")));
}

void TestSyncTestController::theCommandNamesConnectionProfileVersionAndDatabase() {
    SyncTestChoices chosen = choices(Scope::Tag);
    chosen.scopeText = QStringLiteral("hot");
    chosen.profileVersion = 2;
    SyncTestController controller(QStringLiteral("/data/fieldlink.sqlite"));
    controller.setChoices(chosen);
    QCOMPARE(controller.scheduleWords(),
             (QStringList{QStringLiteral("fieldlink-cli"), QStringLiteral("sync"),
                          QStringLiteral("--connection"), QStringLiteral("Acme"), QStringLiteral("--profile"),
                          chosen.profile, QStringLiteral("--db"), QStringLiteral("/data/fieldlink.sqlite"),
                          QStringLiteral("--profile-version"), QStringLiteral("2"), QStringLiteral("--tag"),
                          QStringLiteral("hot")}));
    QVERIFY(controller.scheduleText().startsWith(
        QLatin1String("The same from a terminal, cron or a systemd timer:")));

    chosen.events = true;
    chosen.profileVersion = 0;
    chosen.eventsWords = {QStringLiteral("--listen"), QStringLiteral("0")};
    chosen.listening = true;
    controller.setChoices(chosen);
    const QStringList words = controller.scheduleWords();
    QCOMPARE(words.at(1), QStringLiteral("events"));
    QVERIFY(!words.contains(QStringLiteral("--profile-version")));
    QCOMPARE(words.mid(words.size() - 2), chosen.eventsWords);
    QVERIFY(controller.scheduleText().contains(QLatin1String("add --register URL")));
}

void TestSyncTestController::withoutAConnectionThereIsNoCommand() {
    SyncTestChoices chosen = choices();
    chosen.connection.clear();
    SyncTestController controller(QStringLiteral("/tmp/fieldlink.sqlite"));
    controller.setChoices(chosen);
    QVERIFY(controller.scheduleWords().isEmpty());
    QVERIFY(controller.scheduleText().isEmpty());
}

void TestSyncTestController::outcomesReadAsThePageShowsThem() {
    sync::SyncOutcome done = dryRunOutcome();
    done.ghlCalls = 3;
    done.kixieCalls = 4;
    QCOMPARE(SyncTestController::outcomeText(done, false),
             QStringLiteral("Run 4 done. 7 record(s): 2 created, 1 updated, 1 enrolled in a cadence, 3 "
                            "unchanged, 1 skipped; HighLevel 3 calls, Kixie 4 calls."));
    // A dry run says what a run would do.
    QCOMPARE(
        SyncTestController::outcomeText(done, true),
        QStringLiteral("Run 4 done. 7 record(s): 2 would be created, 1 would be updated, 1 would be "
                       "enrolled in a cadence, 3 unchanged, 1 skipped; HighLevel 3 calls, Kixie 4 calls."));
    sync::SyncOutcome cancelled = done;
    cancelled.ok = false;
    cancelled.cancelled = true;
    QVERIFY(SyncTestController::outcomeText(cancelled, false)
                .startsWith(QLatin1String("Cancelled; run 4 can be resumed.")));
    sync::SyncOutcome failed;
    QCOMPARE(SyncTestController::outcomeText(failed, false), QStringLiteral("The run failed."));
    failed.message = QStringLiteral("The token was refused.");
    QCOMPARE(SyncTestController::outcomeText(failed, false), failed.message);

    sync::EventOutcome events;
    events.ok = true;
    events.runId = 9;
    events.counts.events = 2;
    events.counts.notes = 2;
    events.ghlCalls = 5;
    QCOMPARE(SyncTestController::outcomeText(events, false),
             QStringLiteral("Run 9 done: 2 call event(s), 2 note(s) written; HighLevel 5 calls."));
}

FIELDLINK_TEST_MAIN(TestSyncTestController, QCoreApplication)
#include "TestSyncTestController.moc"
