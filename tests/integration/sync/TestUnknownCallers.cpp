// Calls from numbers no GHL contact has: skipped with the reason by default, or the caller created once
// when the profile's unknownCallers says so.
#include "EventRuns.h"
#include "core/sync/CallNoteWriter.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

namespace {

const QString strangerPhone = QStringLiteral("+12025550177");

/// A call event from a number Kixie knows no CRM contact for, with the caller's name from its PowerList row.
QJsonObject strangerCall(const QString& call, const QString& event) {
    QJsonObject payload = kixieCallEvent(call, event, {}, strangerPhone, QStringLiteral("Not Interested"));
    QJsonObject data = payload.value(QLatin1String("data")).toObject();
    data.insert(QStringLiteral("powerlistContactDetails"),
                QJsonObject{{QStringLiteral("result"),
                             QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Dana")},
                                         {QStringLiteral("lastName"), QStringLiteral("Walker")}}}});
    payload.insert(QStringLiteral("data"), data);
    return payload;
}

QJsonArray contactsWithPhone(SandboxFixture& sandbox, const QString& phone) {
    QJsonArray found;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString() == phone)
            found.append(contact);
    }
    return found;
}

} // namespace

class TestUnknownCallers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void areSkippedWithTheReasonByDefault();
    void aLookupThatFailsIsAFailureNotAnUnknownCaller();
    void areCreatedOnceWhenTheProfileSaysSo();
    void aDryRunPlansTheCallerWithoutCreatingIt();

private:
    QString profileCreatingCallers();
    QTemporaryDir m_dir;
    QString m_database;
};

void TestUnknownCallers::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

QString TestUnknownCallers::profileCreatingCallers() {
    QFile resource(QStringLiteral(":/profiles/kixie-calls-to-ghl.json"));
    if (!resource.open(QIODevice::ReadOnly))
        return {};
    QJsonObject profile = QJsonDocument::fromJson(resource.readAll()).object();
    profile.insert(QStringLiteral("name"), QStringLiteral("Kixie calls, callers created"));
    profile.insert(QStringLiteral("unknownCallers"),
                   QJsonObject{{QStringLiteral("action"), QStringLiteral("create")},
                               {QStringLiteral("tag"), QStringLiteral("walk-in")}});
    const QString path = m_dir.filePath(QStringLiteral("create-callers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0)
        return {};
    return path;
}

void TestUnknownCallers::areSkippedWithTheReasonByDefault() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const qsizetype contactsBefore = at(sandbox.probe().state(), "ghl.contacts").toArray().size();
    const EventOutcome outcome =
        runEventJob(eventJob(sandbox, m_database,
                             {strangerCall(QStringLiteral("stranger-01"), QStringLiteral("endcall")),
                              strangerCall(QStringLiteral("stranger-01"), QStringLiteral("disposition"))}));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.skipped, 2);
    QCOMPARE(outcome.counts.failed, 0);
    QCOMPARE(outcome.counts.contactsCreated, 0);
    QCOMPARE(at(sandbox.probe().state(), "ghl.contacts").toArray().size(), contactsBefore);
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("records"));
        database.setDatabaseName(m_database);
        QVERIFY(database.open());
        QSqlQuery query(QStringLiteral("SELECT action, error FROM run_records"), database);
        int skips = 0;
        while (query.next()) {
            QCOMPARE(query.value(0).toString(), QStringLiteral("skip"));
            QVERIFY2(query.value(1).toString().contains(strangerPhone),
                     qPrintable(query.value(1).toString()));
            ++skips;
        }
        QCOMPARE(skips, 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("records"));
}

void TestUnknownCallers::aLookupThatFailsIsAFailureNotAnUnknownCaller() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           QJsonObject{{QStringLiteral("5xx"), 1.0},
                                       {QStringLiteral("service"), QStringLiteral("ghl")}})
                 .status,
             200);
    // Without a contact update, the lookup is the run's first GHL request (no custom fields to read).
    const QString profile = profileWithoutContactUpdate(m_dir.filePath(QStringLiteral("notes-only.json")));
    QVERIFY(!profile.isEmpty());
    EventJob job =
        eventJob(sandbox, m_database,
                 {strangerCall(QStringLiteral("stranger-02"), QStringLiteral("endcall"))}, profile);
    job.ghl.retry.maxAttempts = 2;
    const EventOutcome outcome = runEventJob(job);
    QCOMPARE(outcome.counts.failed, 1);
    QCOMPARE(outcome.counts.skipped, 0);
}

void TestUnknownCallers::areCreatedOnceWhenTheProfileSaysSo() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString profile = profileCreatingCallers();
    QVERIFY(!profile.isEmpty());
    QVERIFY(contactsWithPhone(sandbox, strangerPhone).isEmpty());
    const QString call = QStringLiteral("stranger-03");
    QList<QJsonObject> events; // every delivery twice
    for (const char* event : {"disposition", "disposition", "endcall", "endcall"})
        events << strangerCall(call, QLatin1String(event));
    const EventOutcome first = runEventJob(eventJob(sandbox, m_database, events, profile));
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.counts.contactsCreated, 1);
    QCOMPARE(first.counts.skipped + first.counts.failed, 0);
    const QJsonArray created = contactsWithPhone(sandbox, strangerPhone);
    QCOMPARE(created.size(), 1);
    QCOMPARE(at(created.at(0), "firstName").toString(), QStringLiteral("Dana"));
    QCOMPARE(at(created.at(0), "lastName").toString(), QStringLiteral("Walker"));
    QVERIFY(at(created.at(0), "tags").toArray().contains(QStringLiteral("walk-in")));
    const QString contactId = at(created.at(0), "id").toString();
    const QJsonArray notes = notesOf(sandbox, contactId);
    QCOMPARE(notes.size(), 1); // the disposition's and the endcall's parts in one note
    QVERIFY(at(notes.at(0), "body")
                .toString()
                .contains(CallNoteWriter::referenceLine(call, QStringLiteral("endcall"))));

    const EventOutcome replay = runEventJob(eventJob(sandbox, m_database, events, profile));
    QVERIFY(replay.ok);
    QCOMPARE(replay.counts.contactsCreated, 0);
    QCOMPARE(contactsWithPhone(sandbox, strangerPhone).size(), 1);
    QCOMPARE(notesOf(sandbox, contactId).size(), 1);
}

void TestUnknownCallers::aDryRunPlansTheCallerWithoutCreatingIt() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString profile = profileCreatingCallers();
    QVERIFY(!profile.isEmpty());
    EventJob job =
        eventJob(sandbox, m_database,
                 {strangerCall(QStringLiteral("stranger-04"), QStringLiteral("endcall"))}, profile);
    job.dryRun = true;
    const EventOutcome outcome = runEventJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.counts.planned, 2); // the contact, then the note on it
    QCOMPARE(outcome.counts.contactsCreated, 0);
    QVERIFY(contactsWithPhone(sandbox, strangerPhone).isEmpty());
}

FIELDLINK_TEST_MAIN(TestUnknownCallers, QCoreApplication)
#include "TestUnknownCallers.moc"
