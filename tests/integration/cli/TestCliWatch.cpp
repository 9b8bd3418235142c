// `fieldlink-cli watch` as a real process against the sandbox: an edit made through the GHL API reaches its
// Kixie row, SIGTERM mid-run leaves the run resumable and the next watch finishes it, an outage is said once
// and its end too, and the heartbeat row follows the process.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "support/WebhookSenders.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink::test;

namespace {

/// A running watch, its stderr and stdout gathered as they come.
struct WatchProcess {
    QProcess process;
    QByteArray errors;
    QByteArray output;

    void start(SandboxFixture& sandbox, const QString& db, const QStringList& extra = {},
               const QProcessEnvironment& environment = {}) {
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { errors += process.readAllStandardError(); });
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { output += process.readAllStandardOutput(); });
        process.setProcessEnvironment(environment.isEmpty() ? sandbox.cliEnvironment() : environment);
        process.start(QStringLiteral(CLI_EXECUTABLE),
                      QStringList{QStringLiteral("watch"), QStringLiteral("--profile"),
                                  QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                                  QStringLiteral("--interval"), QStringLiteral("5"), QStringLiteral("--db"),
                                  db, QStringLiteral("--json")} +
                          extra);
    }
    /// Polls reported so far (one JSON line each on stdout).
    int polls() const { return int(output.count("\"poll\":")); }
    bool stop() {
        process.terminate(); // SIGTERM
        return process.waitForFinished(30000);
    }
};

/// One value of the database, read by a connection of its own (the watch writes meanwhile).
QVariant scalar(const QString& db, const QString& sql) {
    QVariant value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        database.setDatabaseName(db);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

/// The Kixie PowerList row of a GHL contact, as the sandbox holds it.
/// The GHL contact behind the first row of the first PowerList.
QString firstRowContactId(SandboxFixture& sandbox) {
    return at(at(sandbox.probe().state(), "kixie.powerlists").toArray().first(), "rows")
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("crmContactId"))
        .toString();
}

QJsonObject kixieRowOf(SandboxFixture& sandbox, const QString& contactId) {
    for (const QJsonValue& list : at(sandbox.probe().state(), "kixie.powerlists").toArray())
        for (const QJsonValue& row : at(list, "rows").toArray())
            if (at(row, "crmContactId").toString() == contactId)
                return row.toObject();
    return {};
}

} // namespace

class TestCliWatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anEditReachesItsKixieRowAndTheHeartbeatFollows();
    void sigtermMidRunLeavesItResumableForTheNextWatch();
    void anOutageIsSaidOnceAndItsEndToo();
    void aKixieOutageIsSaidOnceAndTheEditArrivesAfter();
    void theFullReconcileCatchesANoteTheIntervalPollsCannotSee();
    void callEventsArriveThroughTheInboxInTheSameProcess();
    void anotherWriterIsWaitedForAndSaidOnce();
    void badOptionsAreRefused();

private:
    QTemporaryDir m_dir;
};

void TestCliWatch::anEditReachesItsKixieRowAndTheHeartbeatFollows() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("edit.sqlite"));
    WatchProcess watch;
    watch.start(sandbox, db);
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 30000); // the first run: everything
    const QString contactId = firstRowContactId(sandbox);
    QVERIFY(!contactId.isEmpty());
    QVERIFY(at(kixieRowOf(sandbox, contactId), "firstName").toString() != QLatin1String("Watched"));

    // Idle polls cost one GHL call each.
    const int pollsBefore = watch.polls();
    QTRY_VERIFY_WITH_TIMEOUT(watch.polls() >= pollsBefore + 1, 20000);
    QVERIFY2(watch.output.contains("\"changed\":false,\"ghlCalls\":1"), watch.output.constData());

    const HttpResult edited =
        sandbox.probe().ghl("PUT", QStringLiteral("/contacts/%1").arg(contactId),
                            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Watched")}});
    QCOMPARE(edited.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(at(kixieRowOf(sandbox, contactId), "firstName").toString(),
                              QStringLiteral("Watched"), 20000);

    const qint64 pid = watch.process.processId();
    QTRY_VERIFY_WITH_TIMEOUT(!scalar(db, QStringLiteral("SELECT last_change_at FROM watchers")).isNull(),
                             10000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT pid FROM watchers")).toLongLong(), pid);
    QVERIFY(!scalar(db, QStringLiteral("SELECT last_poll_at FROM watchers")).isNull());
    QVERIFY(scalar(db, QStringLiteral("SELECT stopped_at FROM watchers")).isNull());

    QVERIFY(watch.stop());
    QCOMPARE(watch.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.process.exitCode(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM watchers")).toString(), QStringLiteral("stopped"));
    QVERIFY(!scalar(db, QStringLiteral("SELECT stopped_at FROM watchers")).isNull());
    QVERIFY2(watch.errors.contains("Stopped."), watch.errors.constData());
}

void TestCliWatch::sigtermMidRunLeavesItResumableForTheNextWatch() {
    SandboxFixture sandbox(SandboxFixture::slowOptions(15)); // every answer slow: the first run takes a while
    const QString db = m_dir.filePath(QStringLiteral("sigterm.sqlite"));
    {
        WatchProcess watch;
        watch.start(sandbox, db);
        QTRY_VERIFY_WITH_TIMEOUT(at(sandbox.probe().stats(), "kixie.requests").toInt() >= 5, 60000);
        QVERIFY(watch.stop());
        QCOMPARE(watch.process.exitCode(), 0);
        QVERIFY2(watch.errors.contains("Run 1 stopped"), watch.errors.constData());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM runs WHERE id = 1")).toString(),
             QStringLiteral("interrupted"));
    const int kixieAfterStop = at(sandbox.probe().stats(), "kixie.requests").toInt();

    WatchProcess next;
    next.start(sandbox, db);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT status FROM runs WHERE id = 1")).toString(),
                              QStringLiteral("finished"), 60000);
    QVERIFY2(next.errors.contains("Finishing run 1"), next.errors.constData());
    QVERIFY(next.stop());
    // Resumed, not started again: one run, and no more Kixie writes than the rows and enrolments left over.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);
    QVERIFY(at(sandbox.probe().stats(), "kixie.requests").toInt() > kixieAfterStop);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM watchers")).toInt(), 2);
}

void TestCliWatch::anOutageIsSaidOnceAndItsEndToo() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("outage.sqlite"));
    WatchProcess watch;
    watch.start(sandbox, db);
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 30000);
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           QJsonObject{{QStringLiteral("5xx"), 1.0},
                                       {QStringLiteral("service"), QStringLiteral("ghl")}})
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("HighLevel unreachable since"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT state FROM watchers")).toString(),
                              QStringLiteral("outage"), 10000);
    // Several failed polls go by (5 s, then 10 s apart) before the service is back.
    const int pollsInOutage = watch.polls();
    QTRY_VERIFY_WITH_TIMEOUT(watch.polls() >= pollsInOutage + 1, 30000);
    QCOMPARE(sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), QJsonObject{}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("HighLevel back after"), 60000);
    QCOMPARE(watch.errors.count("HighLevel unreachable"), 1);
    QCOMPARE(watch.errors.count("HighLevel back after"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT state FROM watchers")).toString(),
                              QStringLiteral("idle"), 10000);
    QVERIFY(watch.stop());
    QCOMPARE(watch.process.exitCode(), 0);
}

void TestCliWatch::aKixieOutageIsSaidOnceAndTheEditArrivesAfter() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("kixie-outage.sqlite"));
    WatchProcess watch;
    watch.start(sandbox, db);
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 30000);
    const QString contactId = firstRowContactId(sandbox);
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           QJsonObject{{QStringLiteral("5xx"), 1.0},
                                       {QStringLiteral("service"), QStringLiteral("kixie")}})
                 .status,
             200);
    QCOMPARE(sandbox.probe()
                 .ghl("PUT", QStringLiteral("/contacts/%1").arg(contactId),
                      QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Patient")}})
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("Kixie refused every write since"), 60000);
    // Retried while Kixie is out (5 s, then 10 s later), without a word per retry.
    const int runsInOutage = scalar(db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt() > runsInOutage,
                             30000);
    QCOMPARE(sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), QJsonObject{}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(at(kixieRowOf(sandbox, contactId), "firstName").toString(),
                              QStringLiteral("Patient"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("Kixie back after"), 10000);
    QCOMPARE(watch.errors.count("Kixie refused every write"), 1);
    QCOMPARE(watch.errors.count("1 failed."), 1); // the first failing run is reported, its retries are not
    QVERIFY(watch.stop());
}

void TestCliWatch::theFullReconcileCatchesANoteTheIntervalPollsCannotSee() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("full.sqlite"));
    // The next whole minute, with time enough for the first run and an idle poll before it.
    const QDateTime now = QDateTime::currentDateTime();
    const QTime fullAt =
        QTime(now.time().hour(), now.time().minute()).addSecs(now.time().second() < 40 ? 60 : 120);
    WatchProcess watch;
    watch.start(sandbox, db, {QStringLiteral("--full-at"), fullAt.toString(QStringLiteral("HH:mm"))});
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 30000);
    const QString contactId = firstRowContactId(sandbox);
    // A note does not change the contact's dateUpdated (as in HighLevel): the interval polls cannot see it.
    QCOMPARE(
        sandbox.probe()
            .ghl("POST", QStringLiteral("/contacts/%1/notes").arg(contactId),
                 QJsonObject{{QStringLiteral("body"), QStringLiteral("Caught by the nightly reconcile")}})
            .status,
        201);
    const int pollsBefore = watch.polls();
    QTRY_VERIFY_WITH_TIMEOUT(watch.polls() > pollsBefore, 20000);
    const auto refresherHasTheNote = [&sandbox, &contactId] {
        return at(kixieRowOf(sandbox, contactId), "nextCallRefresher")
            .toString()
            .contains(QLatin1String("Caught by the nightly reconcile"));
    };
    if (!watch.errors.contains("Full reconcile")) // the idle poll did not sync it
        QVERIFY(!refresherHasTheNote());
    QTRY_VERIFY_WITH_TIMEOUT(refresherHasTheNote(), 150000);
    QCOMPARE(watch.errors.count("Full reconcile: reading every contact."), 1);
    // The next one is tomorrow's.
    QTRY_VERIFY_WITH_TIMEOUT(
        QDateTime::fromString(scalar(db, QStringLiteral("SELECT next_full_at FROM watchers")).toString(),
                              Qt::ISODateWithMs)
                .secsTo(QDateTime::currentDateTimeUtc()) < -23 * 3600,
        10000);
    QVERIFY(watch.stop());
}

void TestCliWatch::callEventsArriveThroughTheInboxInTheSameProcess() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("listen.sqlite"));
    QProcessEnvironment environment = sandbox.cliEnvironment();
    environment.insert(QStringLiteral("FIELDLINK_WEBHOOK_HEADER"), QStringLiteral("X-Fieldlink-Token"));
    environment.insert(QStringLiteral("FIELDLINK_WEBHOOK_SECRET"), QStringLiteral("watch-secret"));
    WatchProcess watch;
    watch.start(sandbox, db,
                {QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--events-profile"),
                 QStringLiteral("kixie-calls-to-ghl")},
                environment);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("Listening for Kixie webhooks on "), 30000);
    const QByteArray said = "Listening for Kixie webhooks on ";
    const qsizetype from = watch.errors.indexOf(said) + said.size();
    const QUrl url(QString::fromLatin1(watch.errors.mid(from, watch.errors.indexOf('\n', from) - from)));
    QVERIFY2(url.isValid() && url.port() > 0, watch.errors.constData());
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 30000); // contacts sync beside the events

    const QList<std::pair<QString, QString>> contacts = sandbox.northAmericanContacts(1);
    QCOMPARE(contacts.size(), 1);
    const HttpResult delivered = sandbox.probe().send(
        "POST", url, {{"X-Fieldlink-Token", "watch-secret"}, {"Content-Type", "application/json"}},
        endcallDelivery(QStringLiteral("watch-call-1"), contacts.first().first, contacts.first().second));
    QVERIFY2(delivered.status == 200,
             qPrintable(url.toString() + QLatin1Char(' ') + QString::fromUtf8(delivered.body)));
    QTRY_COMPARE_WITH_TIMEOUT(
        notesByCallEvent(sandbox.probe().state()).value(QStringLiteral("watch-call-1|endcall")), 1, 30000);
    QVERIFY(watch.stop());
    QCOMPARE(watch.process.exitCode(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE state = 'done'")).toInt(),
             1);
}

void TestCliWatch::anotherWriterIsWaitedForAndSaidOnce() {
    SandboxFixture sandbox(SandboxFixture::slowOptions(15));
    const QString db = m_dir.filePath(QStringLiteral("lease.sqlite"));
    QProcess holder; // a cron sync writing to the same accounts
    holder.setProcessEnvironment(sandbox.cliEnvironment());
    holder.start(QStringLiteral(CLI_EXECUTABLE),
                 {QStringLiteral("sync"), QStringLiteral("--profile"),
                  QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"), db});
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(db, QStringLiteral("SELECT run_id FROM run_leases WHERE pid = %1").arg(holder.processId()))
                .toLongLong() > 0,
        30000);
    WatchProcess watch;
    watch.start(sandbox, db);
    QTRY_VERIFY_WITH_TIMEOUT(watch.errors.contains("Waiting for run 1 ("), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT state FROM watchers")).toString(),
                              QStringLiteral("waiting"), 10000);
    QVERIFY(holder.waitForFinished(120000));
    QCOMPARE(holder.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(watch.output.contains("\"sync\""), 60000); // its turn came
    QCOMPARE(watch.errors.count("Waiting for run"), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'finished'")).toInt(), 2);
    QVERIFY(watch.stop());
}

void TestCliWatch::badOptionsAreRefused() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    for (const QStringList& extra : {QStringList{QStringLiteral("--interval"), QStringLiteral("1")},
                                     QStringList{QStringLiteral("--full-at"), QStringLiteral("25:00")},
                                     QStringList{QStringLiteral("--listen"), QStringLiteral("0")}}) {
        WatchProcess watch;
        watch.start(sandbox, db, extra);
        QVERIFY(watch.process.waitForFinished(30000));
        QCOMPARE(watch.process.exitCode(), 2);
        QVERIFY2(watch.errors.contains("fieldlink-cli: --"), watch.errors.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliWatch)
#include "TestCliWatch.moc"
