#include "EventRuns.h"
#include "core/store/Database.h"
#include "core/store/RunRecordQuery.h"
#include "core/sync/EventSource.h"
#include "core/sync/RecordSubject.h"
#include "support/JsonHelpers.h"
#include "support/KixieEvents.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

namespace {

/// The payload every test here sends (tests/support/KixieEvents.h).
QJsonObject callEvent(const QString& externalId, const QString& event, const QString& contactId,
                      const QString& phone, const QString& disposition = QStringLiteral("Call Back")) {
    return kixieCallEvent(externalId, event, contactId, phone, disposition);
}

} // namespace

/// Kixie call events into GHL, exactly once per call, event and action.
class TestEventsSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void duplicatedAndReplayedWebhooksMakeOneNote();
    void findsTheContactByPhoneWhenKixieSendsNoId();
    void aNoteWhoseAnswerWasLostIsFoundNotSentTwice();
    void aDryRunWritesNothing();
    void readsCapturedEventsAsArrayOrJsonLines();

private:
    EventOutcome run(SandboxFixture& sandbox, const QList<QJsonObject>& events, bool dryRun = false,
                     const QString& profile = QStringLiteral("kixie-calls-to-ghl"));
    QJsonArray notes(SandboxFixture& sandbox, const QString& contactId);
    std::pair<QString, QString> firstContactWithPhone(SandboxFixture& sandbox);

    QTemporaryDir m_dir;
    QString m_database;
};

void TestEventsSandbox::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

EventOutcome TestEventsSandbox::run(SandboxFixture& sandbox, const QList<QJsonObject>& events, bool dryRun,
                                    const QString& profile) {
    EventJob job = eventJob(sandbox, m_database, events, profile);
    job.dryRun = dryRun;
    return runEventJob(job);
}

QJsonArray TestEventsSandbox::notes(SandboxFixture& sandbox, const QString& contactId) {
    return at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/%1/notes").arg(contactId)).json(), "notes")
        .toArray();
}

std::pair<QString, QString> TestEventsSandbox::firstContactWithPhone(SandboxFixture& sandbox) {
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        const QString phone = at(contact, "phone").toString();
        if (phone.startsWith(QLatin1String("+1")) && at(contact, "notes").toArray().isEmpty())
            return {at(contact, "id").toString(), phone};
    }
    return {};
}

void TestEventsSandbox::duplicatedAndReplayedWebhooksMakeOneNote() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = firstContactWithPhone(sandbox);
    QVERIFY(!contactId.isEmpty());
    const QString call = QStringLiteral("a1b2c3d4-0000-4000-8000-00000000beef");
    const QList<QJsonObject> events = {callEvent(call, QStringLiteral("endcall"), contactId, phone),
                                       callEvent(call, QStringLiteral("disposition"), contactId, phone),
                                       callEvent(call, QStringLiteral("disposition"), contactId, phone)};
    const EventOutcome first = run(sandbox, events);
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.counts.notes, 1);       // the ended call's note…
    QCOMPARE(first.counts.noteUpdates, 1); // …which its disposition adds to
    QCOMPARE(first.counts.tasks, 1);
    QCOMPARE(first.counts.tags, 1);
    QCOMPARE(first.counts.duplicates, 4); // the repeated disposition's note, task, tags and contact update
    QCOMPARE(notes(sandbox, contactId).size(), 1);
    // Each record names the call by its number (ids stay in the detail), and a write its one request.
    store::Database database;
    QVERIFY(database.open(m_database, QStringLiteral("check")).ok());
    QList<store::RunRecord> records;
    QVERIFY(store::RunRecordQuery(database.connection())
                .forEach({first.runId, QStringLiteral("note")},
                         [&records](const store::RunRecord& record) { records << record; })
                .ok());
    QCOMPARE(records.size(), 2); // the ended call's note, and its disposition's part added to it
    for (const store::RunRecord& record : std::as_const(records)) {
        const RecordSubject subject = RecordSubject::fromJson(record.subject);
        QCOMPARE(subject.kind, RecordSubject::Kind::Call);
        QCOMPARE(subject.phone, phone);
        QCOMPARE(record.attempts, 1);
    }
    const QJsonObject contact =
        at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/") + contactId).json(), "contact").toObject();
    QVERIFY(at(contact, "tags").toArray().contains(QStringLiteral("kixie-callback")));

    const EventOutcome replay = run(sandbox, events);
    QVERIFY(replay.ok);
    QCOMPARE(replay.counts.notes + replay.counts.noteUpdates + replay.counts.tasks + replay.counts.tags, 0);
    QCOMPARE(notes(sandbox, contactId).size(), 1);
}

void TestEventsSandbox::findsTheContactByPhoneWhenKixieSendsNoId() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = firstContactWithPhone(sandbox);
    const EventOutcome outcome =
        run(sandbox, {callEvent(QStringLiteral("call-by-phone-0001"), QStringLiteral("endcall"), {}, phone),
                      callEvent(QStringLiteral("call-by-phone-0002"), QStringLiteral("endcall"), {},
                                QStringLiteral("+12025550199"))});
    QCOMPARE(outcome.counts.notes, 1);
    QCOMPARE(outcome.counts.failed, 0);
    QCOMPARE(outcome.counts.skipped, 1); // nobody has the second number: skipped, not failed
    QCOMPARE(notes(sandbox, contactId).size(), 1);
}

void TestEventsSandbox::aNoteWhoseAnswerWasLostIsFoundNotSentTwice() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = firstContactWithPhone(sandbox);
    const QList<QJsonObject> events = {
        callEvent(QStringLiteral("call-lost-answer-01"), QStringLiteral("endcall"), contactId, phone)};
    // Every answer is dropped: no custom fields read at the start, so that the note's is the one lost.
    const QString profile = profileWithoutContactUpdate(m_dir.filePath(QStringLiteral("notes-only.json")));
    QVERIFY(!profile.isEmpty());
    // GHL creates the note, then the connection drops before the answer arrives.
    QCOMPARE(
        sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"drop":1.0})")).status,
        200);
    const EventOutcome lost = run(sandbox, events, false, profile);
    QCOMPARE(lost.counts.failed, 1);
    QCOMPARE(lost.counts.notes, 0);
    QCOMPARE(sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), QJsonObject{}).status, 200);
    QCOMPARE(notes(sandbox, contactId).size(), 1); // it did get there
    const EventOutcome again = run(sandbox, events, false, profile);
    QVERIFY(again.ok);
    QCOMPARE(again.counts.reconciled, 1);
    QCOMPARE(again.counts.notes, 0);
    QCOMPARE(notes(sandbox, contactId).size(), 1);
}

void TestEventsSandbox::aDryRunWritesNothing() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = firstContactWithPhone(sandbox);
    const QByteArray before = QJsonDocument(sandbox.probe().state()).toJson();
    const EventOutcome outcome = run(
        sandbox,
        {callEvent(QStringLiteral("dry-call-0001"), QStringLiteral("disposition"), contactId, phone)}, true);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.counts.planned, 4); // note, task, tags and the contact update
    QCOMPARE(QJsonDocument(sandbox.probe().state()).toJson(), before);
}

void TestEventsSandbox::readsCapturedEventsAsArrayOrJsonLines() {
    QCOMPARE(EventFile::parse(R"([{"data":{"hookevent":"endcall"}},{"data":{}}])").events.size(), 2);
    const auto lines = EventFile::parse("{\"data\":{}}\n\n{\"data\":{\"x\":1}}\n");
    QCOMPARE(lines.events.size(), 2);
    const auto broken = EventFile::parse("{\"data\":{}}\n{\"data\":\n");
    QVERIFY(broken.error.contains(QLatin1String("line 2")));
    QVERIFY(!EventFile::parse(R"([{"data":{}}, 3])").error.isEmpty());
}

FIELDLINK_TEST_MAIN(TestEventsSandbox, QCoreApplication)
#include "TestEventsSandbox.moc"
