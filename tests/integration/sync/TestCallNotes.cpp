// One note per call: a call's later events add to the note its first event made, exactly once, through
// duplicated deliveries and a database that fails mid-run.
#include "EventRuns.h"
#include "core/sync/CallNoteWriter.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

namespace {

const QString endcall = QStringLiteral("endcall");
const QString disposition = QStringLiteral("disposition");

/// Holds the database's write lock from a second connection while it lives, as another program could.
class WriteLock {
public:
    explicit WriteLock(const QString& path) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_held = database.open() && QSqlQuery(database).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock() {
        {
            QSqlDatabase database = QSqlDatabase::database(name, false);
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    bool held() const { return m_held; }

private:
    static inline const QString name = QStringLiteral("test-write-lock");
    bool m_held = false;
};

int occurrences(const QString& text, const QString& part) {
    return static_cast<int>(text.count(part));
}

QStringList runStatuses(const QString& path) {
    QStringList statuses;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("runs"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(QStringLiteral("SELECT status FROM runs ORDER BY id"), database);
            while (query.next())
                statuses << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("runs"));
    return statuses;
}

} // namespace

class TestCallNotes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aCallHasOneNoteWhateverTheOrder_data();
    void aCallHasOneNoteWhateverTheOrder();
    void aNoteWithoutItsIdInTheLedgerIsFoundByItsReferenceLine();
    void aDatabaseThatFailsBeforeSendingStopsTheRun();
    void aDatabaseThatFailsAfterSendingStopsTheRun();

private:
    /// The one note of `call` on the contact holds each event's part exactly once.
    void verifyOneNote(SandboxFixture& sandbox, const QString& contactId, const QString& call);
    QTemporaryDir m_dir;
    QString m_database;
};

void TestCallNotes::init() {
    m_database =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_database);
}

void TestCallNotes::verifyOneNote(SandboxFixture& sandbox, const QString& contactId, const QString& call) {
    const QJsonArray notes = notesOf(sandbox, contactId);
    QCOMPARE(notes.size(), 1);
    const QString body = at(notes.at(0), "body").toString();
    QCOMPARE(occurrences(body, CallNoteWriter::referenceLine(call, endcall)), 1);
    QCOMPARE(occurrences(body, CallNoteWriter::referenceLine(call, disposition)), 1);
    QCOMPARE(occurrences(body, QStringLiteral("Kixie call (")), 2); // each event's text, once
}

void TestCallNotes::aCallHasOneNoteWhateverTheOrder_data() {
    QTest::addColumn<QStringList>("order");
    QTest::newRow("endcall, then its disposition") << QStringList{endcall, endcall, disposition, disposition};
    QTest::newRow("the disposition arrives first") << QStringList{disposition, endcall, disposition, endcall};
}

void TestCallNotes::aCallHasOneNoteWhateverTheOrder() {
    QFETCH(QStringList, order);
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = contactsWithoutNotes(sandbox, 1).value(0);
    QVERIFY(!contactId.isEmpty());
    const QString call = QStringLiteral("one-note-call-0001");
    QList<QJsonObject> events;
    for (const QString& event : order) // every delivery twice
        events << kixieCallEvent(call, event, contactId, phone, QStringLiteral("Not Interested"));
    const EventOutcome first = runEventJob(eventJob(sandbox, m_database, events));
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.counts.notes, 1);
    QCOMPARE(first.counts.noteUpdates, 1);
    QCOMPARE(first.counts.failed, 0);
    verifyOneNote(sandbox, contactId, call);

    const EventOutcome replay = runEventJob(eventJob(sandbox, m_database, events));
    QVERIFY(replay.ok);
    QCOMPARE(replay.counts.notes + replay.counts.noteUpdates, 0);
    verifyOneNote(sandbox, contactId, call);
}

void TestCallNotes::aNoteWithoutItsIdInTheLedgerIsFoundByItsReferenceLine() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto [contactId, phone] = contactsWithoutNotes(sandbox, 1).value(0);
    const QString call = QStringLiteral("older-version-call-01");
    QVERIFY(runEventJob(eventJob(sandbox, m_database, {kixieCallEvent(call, endcall, contactId, phone)})).ok);
    {
        // As an older Fieldlink left it: the entry of the note it created, without the note's id.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        database.setDatabaseName(m_database);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("UPDATE ledger SET payload = json_remove(payload, '$.noteId')")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const EventOutcome later = runEventJob(
        eventJob(sandbox, m_database,
                 {kixieCallEvent(call, disposition, contactId, phone, QStringLiteral("Not Interested"))}));
    QVERIFY2(later.ok, qPrintable(later.message));
    QCOMPARE(later.counts.noteUpdates, 1);
    verifyOneNote(sandbox, contactId, call);
}

void TestCallNotes::aDatabaseThatFailsBeforeSendingStopsTheRun() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto contacts = contactsWithoutNotes(sandbox, 3);
    QCOMPARE(contacts.size(), 3);
    QList<QJsonObject> events;
    for (const QString& event : {endcall, disposition}) {
        for (qsizetype i = 0; i < contacts.size(); ++i)
            events << kixieCallEvent(QStringLiteral("locked-call-%1").arg(i), event, contacts.at(i).first,
                                     contacts.at(i).second, QStringLiteral("Not Interested"));
    }
    // Another program takes the write lock once the first event is done, and keeps it past the busy timeout.
    std::unique_ptr<WriteLock> lock;
    const EventOutcome stopped = runEventJob(eventJob(sandbox, m_database, events), [&](EventWorker& worker) {
        connect(&worker, &EventWorker::progress, &worker, [&] {
            if (!lock)
                lock = std::make_unique<WriteLock>(m_database);
        });
    });
    QVERIFY(lock && lock->held());
    QVERIFY(!stopped.ok);
    QVERIFY2(stopped.message.contains(QLatin1String("locked")), qPrintable(stopped.message));
    QVERIFY2(stopped.message.contains(QLatin1String("resume")), qPrintable(stopped.message));
    QCOMPARE(stopped.counts.notes, 1); // the second call's note was never sent
    QCOMPARE(notesOf(sandbox, contacts.at(1).first).size(), 0);
    lock.reset();

    EventJob resume = eventJob(sandbox, m_database, events);
    resume.resumeRunId = -1;
    const EventOutcome resumed = runEventJob(resume);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    QCOMPARE(resumed.runId, stopped.runId);
    for (qsizetype i = 0; i < contacts.size(); ++i)
        verifyOneNote(sandbox, contacts.at(i).first, QStringLiteral("locked-call-%1").arg(i));
    QCOMPARE(runStatuses(m_database), QStringList{QStringLiteral("finished")});
}

void TestCallNotes::aDatabaseThatFailsAfterSendingStopsTheRun() {
    sandbox::SandboxOptions options = SandboxFixture::fastOptions();
    options.faults.slow = 1.0; // a window between sending the note and learning that it arrived
    options.faults.slowDelayMs = 1500;
    SandboxFixture sandbox(options);
    const auto [contactId, phone] = contactsWithoutNotes(sandbox, 1).value(0);
    const QString call = QStringLiteral("lost-outcome-call-01");
    const QList<QJsonObject> events = {
        kixieCallEvent(call, endcall, contactId, phone),
        kixieCallEvent(call, disposition, contactId, phone, QStringLiteral("Not Interested"))};
    std::unique_ptr<WriteLock> lock;
    EventOutcome stopped;
    {
        EventWorker worker(eventJob(sandbox, m_database, events));
        QSignalSpy finished(&worker, &EventWorker::finished);
        worker.start();
        // The note's creation is on its way to GHL (the contact id needs no lookup; the request before it
        // read the location's custom fields for the contact update): lock the database.
        QTRY_VERIFY_WITH_TIMEOUT(at(sandbox.probe().stats(), "ghl.requests").toInt() >= 2, 20000);
        lock = std::make_unique<WriteLock>(m_database);
        QVERIFY(lock->held());
        QVERIFY(finished.wait(60000));
        stopped = finished.at(0).at(0).value<EventOutcome>();
    }
    QVERIFY(!stopped.ok);
    QVERIFY2(stopped.message.contains(QLatin1String("locked")), qPrintable(stopped.message));
    QCOMPARE(notesOf(sandbox, contactId).size(), 1); // it got there; the ledger could not say so
    lock.reset();
    QCOMPARE(sandbox.probe().postJson(QStringLiteral("/__sandbox/faults"), QJsonObject{}).status, 200);

    EventJob resume = eventJob(sandbox, m_database, events);
    resume.resumeRunId = -1;
    const EventOutcome resumed = runEventJob(resume);
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    QCOMPARE(resumed.counts.reconciled, 1); // found in GHL, not sent again
    QCOMPARE(resumed.counts.notes, 0);
    QCOMPARE(resumed.counts.noteUpdates, 1);
    verifyOneNote(sandbox, contactId, call);
}

FIELDLINK_TEST_MAIN(TestCallNotes, QCoreApplication)
#include "TestCallNotes.moc"
