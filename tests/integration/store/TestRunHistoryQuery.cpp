#include "core/store/Database.h"
#include "core/store/RunHistoryQuery.h"
#include "core/store/RunRepository.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// The runs read back from a real SQLite file the way the history lists them: newest first, with the
/// profile version they used, a page at a time, a run started between two pages neither repeated nor lost.
class TestRunHistoryQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runsComeNewestFirstWithTheirProfileVersion();
    void pagesFollowTheLastRunSeen();
    void aClosedDatabaseIsAFailureWithAMessage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RunRepository> m_runs;
    std::unique_ptr<RunHistoryQuery> m_query;
    qint64 m_versionId = 0;
};

void TestRunHistoryQuery::init() {
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened = m_database->open(path, QStringLiteral("history"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_runs = std::make_unique<RunRepository>(m_database->connection());
    m_query = std::make_unique<RunHistoryQuery>(m_database->connection());
    m_versionId = m_runs
                      ->ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                             QStringLiteral("contact"), "{}")
                      .valueOr(0);
    QVERIFY(m_versionId > 0);
}

void TestRunHistoryQuery::cleanup() {
    m_query.reset();
    m_runs.reset();
    m_database.reset();
}

void TestRunHistoryQuery::runsComeNewestFirstWithTheirProfileVersion() {
    const qint64 older = m_runs
                             ->startRun(m_versionId, QStringLiteral("dry-run"),
                                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("first")},
                                                    {QStringLiteral("limit"), 25}})
                             .valueOr(0);
    QVERIFY(m_runs->finishRun(older, QStringLiteral("finished"), {{QStringLiteral("create"), 20}}, 40, 12));
    const qint64 second = m_runs
                              ->ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                                     QStringLiteral("contact"), R"({"v":2})")
                              .valueOr(0);
    const qint64 newer = m_runs->startRun(second, QStringLiteral("run"), {}).valueOr(0);
    const Result<QList<RunHistoryEntry>> runs = m_query->page(0, 10);
    QVERIFY2(runs.ok(), qPrintable(runs.error()));
    QCOMPARE(runs->size(), 2);
    QCOMPARE(runs->at(0).run.id, newer);
    QCOMPARE(runs->at(0).profileVersion, 2);
    QCOMPARE(runs->at(0).run.status, QStringLiteral("running"));
    QVERIFY(!runs->at(0).run.finishedAt.isValid());
    const RunHistoryEntry& done = runs->at(1);
    QCOMPARE(done.run.id, older);
    QCOMPARE(done.profileName, QStringLiteral("Leads"));
    QCOMPARE(done.profileVersion, 1);
    QCOMPARE(done.run.mode, QStringLiteral("dry-run"));
    QCOMPARE(done.run.scope.value(QLatin1String("limit")).toInt(), 25);
    QCOMPARE(done.run.counts.value(QLatin1String("create")).toInt(), 20);
    QCOMPARE(done.run.ghlCalls, 40);
    QCOMPARE(done.run.kixieCalls, 12);
    QVERIFY(done.run.startedAt.isValid());
    QVERIFY(done.run.finishedAt.isValid());
}

void TestRunHistoryQuery::pagesFollowTheLastRunSeen() {
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.prepend(m_runs->startRun(m_versionId, QStringLiteral("dry-run"), {}).valueOr(0));
    const Result<QList<RunHistoryEntry>> first = m_query->page(0, 3);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->first().run.id, ids.at(0));
    // The CLI starts a run while the first page is on screen: the next page carries on from the last seen.
    QVERIFY(m_runs->startRun(m_versionId, QStringLiteral("run"), {}));
    const Result<QList<RunHistoryEntry>> second = m_query->page(first->last().run.id, 3);
    QVERIFY(second.ok());
    QCOMPARE(second->first().run.id, ids.at(3));
    const Result<QList<RunHistoryEntry>> last = m_query->page(second->last().run.id, 3);
    QCOMPARE(last->size(), 1);
    QCOMPARE(last->first().run.id, ids.at(6));
}

void TestRunHistoryQuery::aClosedDatabaseIsAFailureWithAMessage() {
    m_database->connection().close();
    const Result<QList<RunHistoryEntry>> runs = m_query->page(0, 10);
    QVERIFY(!runs.ok());
    QVERIFY2(runs.error().startsWith(QLatin1String("Could not read the runs")), qPrintable(runs.error()));
}

FIELDLINK_TEST_MAIN(TestRunHistoryQuery, QCoreApplication)
#include "TestRunHistoryQuery.moc"
