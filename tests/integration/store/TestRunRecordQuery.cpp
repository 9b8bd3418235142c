#include "core/store/Database.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RunRecordQuery.h"
#include "core/store/RunRepository.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// A run's records read back from a real SQLite file the way the screens read them: by pages, streamed
/// whole, and a run's conflicts; their JSON parsed; another run's records never among them.
class TestRunRecordQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesFollowTheOrderRecordedAndEndShort();
    void aFilterKeepsOneAction();
    void everyRecordIsStreamedWithItsJsonParsed();
    void conflictsAreTheRunsOwn();
    void aDryRunIsToldFromARun();
    void aClosedDatabaseIsAFailureWithAMessage();

private:
    qint64 addRun(const QList<RunRecord>& records);
    static RunRecord record(const QString& sourceId, const QString& action);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RunRecordQuery> m_query;
    qint64 m_versionId = 0;
};

void TestRunRecordQuery::init() {
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened = m_database->open(path, QStringLiteral("records"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_query = std::make_unique<RunRecordQuery>(m_database->connection());
    m_versionId = RunRepository(m_database->connection())
                      .ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                            QStringLiteral("contact"), "{}")
                      .valueOr(0);
    QVERIFY(m_versionId > 0);
}

void TestRunRecordQuery::cleanup() {
    m_query.reset();
    m_database.reset();
}

RunRecord TestRunRecordQuery::record(const QString& sourceId, const QString& action) {
    RunRecord record;
    record.sourceId = sourceId;
    record.action = action;
    return record;
}

qint64 TestRunRecordQuery::addRun(const QList<RunRecord>& records) {
    const qint64 run =
        RunRepository(m_database->connection()).startRun(m_versionId, QStringLiteral("run"), {}).valueOr(0);
    QList<RunRecord> stamped = records;
    for (RunRecord& record : stamped) {
        record.runId = run;
        record.profileVersionId = m_versionId;
    }
    return LedgerRepository(m_database->connection()).addRecords(stamped) ? run : 0;
}

void TestRunRecordQuery::pagesFollowTheOrderRecordedAndEndShort() {
    QList<RunRecord> records;
    for (int i = 0; i < 25; ++i)
        records << record(QStringLiteral("contact-%1").arg(i), QStringLiteral("create"));
    addRun({record(QStringLiteral("other"), QStringLiteral("create"))});
    const qint64 run = addRun(records);
    QVERIFY(run > 0);
    const Result<QList<RunRecord>> first = m_query->page({run, {}}, 0, 10);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->size(), 10);
    QCOMPARE(first->first().sourceId, QStringLiteral("contact-0"));
    QCOMPARE(first->first().runId, run);
    const Result<QList<RunRecord>> last = m_query->page({run, {}}, 20, 10);
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 5);
    QCOMPARE(last->last().sourceId, QStringLiteral("contact-24"));
    QVERIFY(m_query->page({run, {}}, 25, 10)->isEmpty());
    QVERIFY(m_query->page({0, {}}, 0, 10)->isEmpty());
}

void TestRunRecordQuery::aFilterKeepsOneAction() {
    const qint64 run = addRun({record(QStringLiteral("a"), QStringLiteral("create")),
                               record(QStringLiteral("b"), QStringLiteral("failed")),
                               record(QStringLiteral("c"), QStringLiteral("create")),
                               record(QStringLiteral("d"), QStringLiteral("failed"))});
    const Result<QList<RunRecord>> failed = m_query->page({run, QStringLiteral("failed")}, 0, 10);
    QVERIFY(failed.ok());
    QCOMPARE(failed->size(), 2);
    QCOMPARE(failed->at(0).sourceId, QStringLiteral("b"));
    QCOMPARE(failed->at(1).sourceId, QStringLiteral("d"));
    // The offset counts within the filter.
    QCOMPARE(m_query->page({run, QStringLiteral("failed")}, 1, 10)->first().sourceId, QStringLiteral("d"));
}

void TestRunRecordQuery::everyRecordIsStreamedWithItsJsonParsed() {
    RunRecord failed = record(QStringLiteral("contact-2"), QStringLiteral("failed"));
    failed.route = QStringLiteral("Hot Leads");
    failed.error = QStringLiteral("Kixie refused the row.");
    failed.attempts = 3;
    failed.diff = QJsonObject{
        {QStringLiteral("firstName"), QJsonObject{{QStringLiteral("before"), QJsonValue::Null},
                                                  {QStringLiteral("after"), QStringLiteral("Ana")}}}};
    failed.diagnostics = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("phone")},
                                                {QStringLiteral("message"), QStringLiteral("not valid")}}};
    failed.payload = QJsonObject{{QStringLiteral("phone"), QStringLiteral("+15550100")}};
    failed.subject = QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact")},
                                 {QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                 {QStringLiteral("phone"), QStringLiteral("+15550100")}};
    const qint64 run = addRun({record(QStringLiteral("contact-1"), QStringLiteral("create")), failed});
    QList<RunRecord> seen;
    const Result<void> read = m_query->forEach({run, {}}, [&seen](const RunRecord& each) { seen << each; });
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(seen.size(), 2);
    const RunRecord& back = seen.at(1);
    QCOMPARE(back.sourceId, failed.sourceId);
    QCOMPARE(back.route, failed.route);
    QCOMPARE(back.error, failed.error);
    QCOMPARE(back.attempts, 3);
    QCOMPARE(back.diff, failed.diff);
    QCOMPARE(back.diagnostics, failed.diagnostics);
    QCOMPARE(back.payload, failed.payload);
    QCOMPARE(back.subject, failed.subject);
    QVERIFY(seen.at(0).subject.isEmpty()); // a record stored without one reads as none
    QCOMPARE(back.profileVersionId, m_versionId);
}

void TestRunRecordQuery::conflictsAreTheRunsOwn() {
    RunRecord shared = record(QStringLiteral("c1"), QStringLiteral("conflict"));
    shared.conflict = QJsonObject{{QStringLiteral("kind"), QStringLiteral("shared")},
                                  {QStringLiteral("scopeKey"), QStringLiteral("1969")},
                                  {QStringLiteral("targetKey"), QStringLiteral("+15550000001")}};
    RunRecord twin = shared;
    twin.sourceId = QStringLiteral("c2");
    addRun({shared});
    const qint64 run = addRun({shared, record(QStringLiteral("c3"), QStringLiteral("create")), twin});
    const Result<QList<RunRecord>> conflicts = m_query->conflicts(run);
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), 2);
    QCOMPARE(conflicts->at(0).sourceId, QStringLiteral("c1"));
    QCOMPARE(conflicts->at(1).sourceId, QStringLiteral("c2"));
    QCOMPARE(conflicts->at(1).conflict, shared.conflict);
}

void TestRunRecordQuery::aDryRunIsToldFromARun() {
    const qint64 run = addRun({record(QStringLiteral("a"), QStringLiteral("create"))});
    const qint64 dryRun = RunRepository(m_database->connection())
                              .startRun(m_versionId, QStringLiteral("dry-run"), {})
                              .valueOr(0);
    QVERIFY(dryRun > 0);
    QVERIFY(m_query->isDryRun(dryRun));
    QVERIFY(!m_query->isDryRun(run));
    QVERIFY(!m_query->isDryRun(dryRun + 100)); // no such run
}

void TestRunRecordQuery::aClosedDatabaseIsAFailureWithAMessage() {
    const qint64 run = addRun({record(QStringLiteral("a"), QStringLiteral("create"))});
    m_database->connection().close();
    const Result<QList<RunRecord>> page = m_query->page({run, {}}, 0, 10);
    QVERIFY(!page.ok());
    QVERIFY2(page.error().startsWith(QLatin1String("Could not read the run's records")),
             qPrintable(page.error()));
    QVERIFY(!m_query->forEach({run, {}}, [](const RunRecord&) {}).ok());
}

FIELDLINK_TEST_MAIN(TestRunRecordQuery, QCoreApplication)
#include "TestRunRecordQuery.moc"
