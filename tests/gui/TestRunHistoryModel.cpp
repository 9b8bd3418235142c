#include "app/history/RunHistoryModel.h"
#include "core/store/Database.h"
#include "core/store/RunHistoryQuery.h"
#include "core/store/RunRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace fieldlink;

/// The run list of History over a real SQLite file: newest first, a page at a time, read again on refresh.
class TestRunHistoryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runsAreReadAPageAtATimeNewestFirst();
    void aRunsRolesAndTextsComeFromItsRow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::RunRepository> m_runs;
    std::unique_ptr<store::RunHistoryQuery> m_query;
    qint64 m_versionId = 0;
};

void TestRunHistoryModel::init() {
    m_database = std::make_unique<store::Database>();
    QVERIFY(m_database
                ->open(m_dir.filePath(
                           QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
                       QStringLiteral("history"))
                .ok());
    m_runs = std::make_unique<store::RunRepository>(m_database->connection());
    m_query = std::make_unique<store::RunHistoryQuery>(m_database->connection());
    m_versionId = m_runs
                      ->ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                             QStringLiteral("contact"), "{}")
                      .valueOr(0);
}

void TestRunHistoryModel::cleanup() {
    m_query.reset();
    m_runs.reset();
    m_database.reset();
}

void TestRunHistoryModel::runsAreReadAPageAtATimeNewestFirst() {
    for (int i = 0; i < 300; ++i)
        QVERIFY(m_runs->startRun(m_versionId, QStringLiteral("dry-run"), {}));
    RunHistoryModel model(*m_query);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 300);
    QCOMPARE(model.index(0, 0).data(RunHistoryModel::RunIdRole).toLongLong(), 300);
    {
        // Made once the first page is read, and gone before the next reset: Qt 6.4's tester runs its checks
        // on modelReset before it counts the reset as done, and its checks fetch more rows, which it would
        // then take for rows inserted mid-reset.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore())
            model.fetchMore();
    }
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.index(299, RunHistoryModel::RunColumn).data().toLongLong(), 1);
    QVERIFY(m_runs->startRun(m_versionId, QStringLiteral("run"), {}));
    model.refresh();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.index(0, 0).data(RunHistoryModel::RunIdRole).toLongLong(), 301);
}

void TestRunHistoryModel::aRunsRolesAndTextsComeFromItsRow() {
    const qint64 run = m_runs
                           ->startRun(m_versionId, QStringLiteral("replay"),
                                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("events")}})
                           .valueOr(0);
    QVERIFY(m_runs->finishRun(run, QStringLiteral("interrupted"),
                              {{QStringLiteral("created"), 3}, {QStringLiteral("failed"), 2}}, 7, 5));
    RunHistoryModel model(*m_query);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(RunHistoryModel::StatusRole).toString(), QStringLiteral("interrupted"));
    QCOMPARE(row.data(RunHistoryModel::ModeRole).toString(), QStringLiteral("replay"));
    QVERIFY(row.data(RunHistoryModel::IsEventsRole).toBool());
    QCOMPARE(row.data(RunHistoryModel::FailedRole).toInt(), 2);
    QCOMPARE(model.index(0, RunHistoryModel::ModeColumn).data().toString(),
             QStringLiteral("Replay of failures"));
    QCOMPARE(model.index(0, RunHistoryModel::ScopeColumn).data().toString(), QStringLiteral("call events"));
    QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("Interrupted (resumable)"));
    QCOMPARE(model.index(0, RunHistoryModel::CountsColumn).data().toString(),
             QStringLiteral("created 3, 2 failed"));
    QCOMPARE(model.index(0, RunHistoryModel::CallsColumn).data().toString(),
             QStringLiteral("HighLevel 7 · Kixie 5"));
}

FIELDLINK_TEST_MAIN(TestRunHistoryModel, QApplication)
#include "TestRunHistoryModel.moc"
