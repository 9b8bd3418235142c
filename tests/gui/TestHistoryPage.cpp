// The History page on the offscreen platform over a real SQLite file: runs written the way the sync engine
// writes them (RunRepository, LedgerRepository, RequestLogRepository), listed newest first and read lazily;
// a run's records and one record's changes; the resume and replay commands; CSV and HAR exports.
#include "app/history/HistoryPage.h"
#include "app/history/RunHistoryModel.h"
#include "app/runs/RequestTraceModel.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "core/api/RequestLog.h"
#include "core/store/Database.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

using namespace fieldlink;

class TestHistoryPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void runsAreListedNewestFirstWithTheirFigures();
    void aRunShowsItsRecordsAndARecordItsChanges();
    void aRecordShowsEveryCallMadeForIt();
    void interruptedAndFailedRunsSayHowToCarryOn();
    void resultsExportAsCsvAndTheRequestLogAsHar();
    void manyRunsAreReadAsNeeded();
    void manyRecordsAreReadAsNeeded();
    void tabGoesFromTheRunsToTheRecordAndThenWhatCanBeDone();

private:
    qint64 addRun(const QString& mode, const QString& status, const QJsonObject& counts,
                  const QList<store::RunRecord>& records = {});
    QTableView* view(const char* name) const { return m_page->findChild<QTableView*>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    /// The test's own connection to the context's file: it writes records and the request log the way a
    /// run does, which the screens never do.
    store::Database m_runWriter;
    std::unique_ptr<HistoryPage> m_page;
    qint64 m_versionId = 0;
};

void TestHistoryPage::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    QVERIFY(m_runWriter.open(m_context->databasePath(), QStringLiteral("run-writer")).ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_versionId = m_context->runs()
                      .ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                            QStringLiteral("contact"), "{}")
                      .valueOr(0);
    QVERIFY(m_versionId > 0);
    m_page = std::make_unique<HistoryPage>(*m_context);
    m_page->setConnection(QStringLiteral("Acme's Roofing"));
    m_page->resize(1200, 800);
}

void TestHistoryPage::cleanup() {
    m_page.reset();
    m_context.reset();
    m_runWriter.close();
}

qint64 TestHistoryPage::addRun(const QString& mode, const QString& status, const QJsonObject& counts,
                               const QList<store::RunRecord>& records) {
    store::RunRepository& runs = m_context->runs();
    const qint64 run = runs.startRun(m_versionId, mode,
                                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("first")},
                                                 {QStringLiteral("limit"), 25}})
                           .valueOr(0);
    store::LedgerRepository ledger(m_runWriter.connection());
    QList<store::RunRecord> stamped = records;
    for (store::RunRecord& record : stamped) {
        record.runId = run;
        record.profileVersionId = m_versionId;
    }
    if (!stamped.isEmpty() && !ledger.addRecords(stamped))
        return 0;
    if (status != QLatin1String("running") && !runs.finishRun(run, status, counts, 40, 12))
        return 0;
    return run;
}

void TestHistoryPage::runsAreListedNewestFirstWithTheirFigures() {
    addRun(QStringLiteral("dry-run"), QStringLiteral("finished"), {{QStringLiteral("created"), 20}});
    const qint64 newest = addRun(QStringLiteral("run"), QStringLiteral("finished"),
                                 {{QStringLiteral("created"), 18}, {QStringLiteral("failed"), 2}});
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QAbstractItemModel* runs = view("runTableView")->model();
    QAbstractItemModelTester tester(runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(runs->rowCount(), 2);
    QCOMPARE(runs->index(0, RunHistoryModel::RunColumn).data().toLongLong(), newest);
    QCOMPARE(runs->index(0, RunHistoryModel::ProfileColumn).data().toString(),
             QStringLiteral("Leads, version 1"));
    QCOMPARE(runs->index(0, RunHistoryModel::ModeColumn).data().toString(), QStringLiteral("Run"));
    QCOMPARE(runs->index(1, RunHistoryModel::ModeColumn).data().toString(), QStringLiteral("Dry run"));
    QCOMPARE(runs->index(0, RunHistoryModel::ScopeColumn).data().toString(), QStringLiteral("first 25"));
    QCOMPARE(runs->index(0, RunHistoryModel::StatusColumn).data().toString(), QStringLiteral("Finished"));
    QCOMPARE(runs->index(0, RunHistoryModel::CountsColumn).data().toString(),
             QStringLiteral("18 created, 2 failed"));
    // A dry run's counts say what a run would do.
    QCOMPARE(runs->index(1, RunHistoryModel::CountsColumn).data().toString(),
             QStringLiteral("20 would be created"));
    QCOMPARE(runs->index(0, RunHistoryModel::CallsColumn).data().toString(),
             QStringLiteral("HighLevel 40 · Kixie 12"));
    QVERIFY(runs->index(0, RunHistoryModel::DurationColumn).data().toString().endsWith(QLatin1String(" s")));
    // A run the CLI makes while the page is open appears on refresh (F5).
    addRun(QStringLiteral("run"), QStringLiteral("running"), {});
    view("runTableView")->setFocus();
    QTest::keyClick(view("runTableView"), Qt::Key_F5);
    QCOMPARE(runs->rowCount(), 3);
    QCOMPARE(runs->index(0, RunHistoryModel::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(runs->index(0, RunHistoryModel::DurationColumn).data().toString(), QString());
}

void TestHistoryPage::aRunShowsItsRecordsAndARecordItsChanges() {
    store::RunRecord created;
    created.sourceId = QStringLiteral("contact-1");
    created.route = QStringLiteral("Hot Leads");
    created.action = QStringLiteral("create");
    created.diff = QJsonObject{
        {QStringLiteral("firstName"), QJsonObject{{QStringLiteral("before"), QJsonValue::Null},
                                                  {QStringLiteral("after"), QStringLiteral("Ana")}}}};
    created.attempts = 1;
    store::RunRecord failed;
    failed.sourceId = QStringLiteral("contact-2");
    failed.action = QStringLiteral("failed");
    failed.error = QStringLiteral("Kixie refused the row: the phone number is not valid.");
    failed.attempts = 3;
    const qint64 run = addRun(QStringLiteral("run"), QStringLiteral("finished"),
                              {{QStringLiteral("created"), 1}}, {created, failed});
    QVERIFY(run > 0);
    m_page->show();
    m_page->selectRun(run);
    QAbstractItemModel* records = view("recordTableView")->model();
    QAbstractItemModelTester tester(records, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(records->rowCount(), 2);
    QCOMPARE(records->index(0, RunRecordsModel::SourceColumn).data().toString(), QStringLiteral("contact-1"));
    QCOMPARE(records->index(0, RunRecordsModel::RouteColumn).data().toString(), QStringLiteral("Hot Leads"));
    QCOMPARE(records->index(1, RunRecordsModel::ReasonColumn).data().toString(), failed.error);
    QCOMPARE(records->index(1, RunRecordsModel::AttemptsColumn).data().toInt(), 3);
    QCOMPARE(records->index(0, RunRecordsModel::ActionColumn).data().toString(), QStringLiteral("Created"));
    // The change as a table of labels, before and after; the reason in words; the JSON behind a toggle.
    view("recordTableView")->setCurrentIndex(records->index(0, 0));
    QAbstractItemModel* changes = view("recordChangesTableView")->model();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, 0).data().toString(), QStringLiteral("First name"));
    QCOMPARE(changes->index(0, 1).data().toString(), QString());
    QCOMPARE(changes->index(0, 2).data().toString(), QStringLiteral("Ana"));
    auto* json = m_page->findChild<QPlainTextEdit*>(QStringLiteral("recordPlainTextEdit"));
    QVERIFY(!json->isVisible());
    QVERIFY2(json->toPlainText().contains(QLatin1String("\"after\": \"Ana\"")),
             qPrintable(json->toPlainText()));
    view("recordTableView")->setCurrentIndex(records->index(1, 0));
    auto* problems = m_page->findChild<QLabel*>(QStringLiteral("recordProblemsLabel"));
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(failed.error.toHtmlEscaped()), qPrintable(problems->text()));
}

void TestHistoryPage::aRecordShowsEveryCallMadeForIt() {
    store::RunRecord failed;
    failed.sourceId = QStringLiteral("contact-2");
    failed.action = QStringLiteral("failed");
    failed.error = QStringLiteral("Kixie refused the row.");
    store::RunRecord quiet;
    quiet.sourceId = QStringLiteral("contact-3");
    quiet.action = QStringLiteral("unchanged");
    const qint64 run = addRun(QStringLiteral("run"), QStringLiteral("finished"), {}, {failed, quiet});
    store::RequestLogRepository log(m_runWriter.connection());
    log.setRunId(run);
    const auto call = [&log](const QString& subject, int attempt, int status, api::ErrorClass error,
                             const QByteArray& body) {
        api::RequestLogEntry entry;
        entry.startedAt = QDateTime::currentDateTimeUtc();
        entry.service = api::Service::Kixie;
        entry.operation = QStringLiteral("kixie.updatepowerlist");
        entry.method = "POST";
        entry.url = QStringLiteral("https://apig.kixie.com/app/event?apikey=%5BREDACTED%5D");
        entry.status = status;
        entry.error = error;
        entry.attempt = attempt;
        entry.latencyMs = 40 * attempt;
        entry.subject = subject;
        entry.requestBody = R"({"target":"+15550100"})";
        entry.responseBody = body;
        log.record(entry);
    };
    call(QStringLiteral("contact-2"), 1, 0, api::ErrorClass::Timeout, {});
    call(QStringLiteral("contact-2"), 2, 503, api::ErrorClass::Server, "<html>Bad Gateway</html>");
    call(QString(), 1, 200, api::ErrorClass::None, "{}"); // the run's own, no record's
    call(QStringLiteral("contact-2"), 3, 400, api::ErrorClass::Validation, R"({"message":"invalid phone"})");
    m_page->show();
    m_page->selectRun(run);
    QTableView* records = view("recordTableView");
    records->setCurrentIndex(records->model()->index(0, 0));
    QAbstractItemModel* trace = view("traceTableView")->model();
    QAbstractItemModelTester tester(trace, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(trace->rowCount(), 3);
    QCOMPARE(trace->index(0, RequestTraceModel::StatusColumn).data().toString(),
             QStringLiteral("no answer (timeout)"));
    QCOMPARE(trace->index(1, RequestTraceModel::StatusColumn).data().toString(), QStringLiteral("503"));
    QCOMPARE(trace->index(2, RequestTraceModel::AttemptColumn).data().toInt(), 3);
    QCOMPARE(trace->index(2, RequestTraceModel::LatencyColumn).data().toString(), QStringLiteral("120 ms"));
    QCOMPARE(trace->index(2, RequestTraceModel::OperationColumn).data().toString(),
             QStringLiteral("kixie.updatepowerlist"));
    // The last answer is selected and shown whole, JSON indented.
    const auto* detail = m_page->findChild<QPlainTextEdit*>(QStringLiteral("callPlainTextEdit"));
    QVERIFY2(detail->toPlainText().contains(QLatin1String("\"message\": \"invalid phone\"")),
             qPrintable(detail->toPlainText()));
    QVERIFY(detail->toPlainText().contains(QLatin1String("apikey=%5BREDACTED%5D")));
    view("traceTableView")->setCurrentIndex(trace->index(1, 0));
    QVERIFY(detail->toPlainText().contains(QLatin1String("<html>Bad Gateway</html>")));
    // A record no call was made for.
    records->setCurrentIndex(records->model()->index(1, 0));
    QCOMPARE(trace->rowCount(), 0);
    QCOMPARE(detail->toPlainText(), QString());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("traceLabel"))->text().contains(QLatin1String("none")));
}

void TestHistoryPage::interruptedAndFailedRunsSayHowToCarryOn() {
    const qint64 interrupted =
        addRun(QStringLiteral("run"), QStringLiteral("interrupted"), {{QStringLiteral("created"), 4}});
    const qint64 failedSome =
        addRun(QStringLiteral("run"), QStringLiteral("finished"), {{QStringLiteral("failed"), 2}});
    const qint64 clean =
        addRun(QStringLiteral("dry-run"), QStringLiteral("finished"), {{QStringLiteral("created"), 4}});
    m_page->show();
    auto* next = m_page->findChild<QLabel*>(QStringLiteral("nextStepLabel"));
    m_page->selectRun(interrupted);
    QVERIFY2(next->text().contains(QStringLiteral("--resume %1").arg(interrupted)), qPrintable(next->text()));
    QVERIFY(next->text().contains(QStringLiteral("--connection 'Acme'\\''s Roofing'").toHtmlEscaped()));
    m_page->selectRun(failedSome);
    QVERIFY(next->text().contains(QStringLiteral("--replay-failed %1").arg(failedSome)));
    m_page->selectRun(clean);
    QCOMPARE(next->text(), QString());
    QCOMPARE(m_page->selectedRun(), clean);
}

void TestHistoryPage::resultsExportAsCsvAndTheRequestLogAsHar() {
    store::RunRecord record;
    record.sourceId = QStringLiteral("contact \"1\"");
    record.action = QStringLiteral("failed");
    record.error = QStringLiteral("line one, with a comma");
    const qint64 run = addRun(QStringLiteral("run"), QStringLiteral("finished"), {}, {record});
    store::RequestLogRepository log(m_runWriter.connection());
    log.setRunId(run);
    api::RequestLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.operation = QStringLiteral("contacts.search");
    entry.method = "POST";
    entry.url = QStringLiteral("https://services.leadconnectorhq.com/contacts/search");
    entry.status = 200;
    entry.latencyMs = 120;
    entry.requestHeaders = {{"Authorization", "Bearer [redacted]"}};
    log.record(entry);
    log.record(entry);
    m_page->show();
    m_page->selectRun(run);
    // As Data Loader: a success file and an error file in the folder chosen; the page says where.
    QVERIFY(m_page->exportResults(m_dir.path()));
    QFile success(m_dir.filePath(QStringLiteral("run-%1-success.csv").arg(run)));
    QVERIFY(success.open(QIODevice::ReadOnly));
    QCOMPARE(success.readAll(), QByteArray("\"Record\",\"ID\",\"Action\"\r\n"));
    QFile errors(m_dir.filePath(QStringLiteral("run-%1-error.csv").arg(run)));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    QCOMPARE(
        errors.readAll(),
        QByteArray("\"Record\",\"ID\",\"Action\",\"Reason\"\r\n"
                   "\"contact \"\"1\"\"\",\"contact \"\"1\"\"\",\"Failed\",\"line one, with a comma\"\r\n"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("nextStepLabel"))
                ->text()
                .contains(QDir::toNativeSeparators(errors.fileName())));
    const QString harPath = m_dir.filePath(QStringLiteral("run.har"));
    QVERIFY(m_page->exportRequestLog(harPath));
    QFile har(harPath);
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(har.readAll()).object();
    QCOMPARE(document.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray().size(),
             2);
}

void TestHistoryPage::manyRunsAreReadAsNeeded() {
    const qint64 oldest = addRun(QStringLiteral("dry-run"), QStringLiteral("finished"), {});
    for (int i = 0; i < 600; ++i)
        QVERIFY(m_context->runs().startRun(m_versionId, QStringLiteral("dry-run"), {}));
    m_page->show();
    QAbstractItemModel* runs = view("runTableView")->model();
    // Counting ahead would cost a read of them all: the model reads a page and more as the view scrolls.
    QVERIFY2(runs->rowCount() < 601, qPrintable(QString::number(runs->rowCount())));
    QVERIFY(runs->canFetchMore({}));
    // Made after the count above: the tester fetches more rows itself.
    QAbstractItemModelTester tester(runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->selectRun(oldest); // reads on until the run is found
    QCOMPARE(m_page->selectedRun(), oldest);
    QCOMPARE(runs->rowCount(), 601);
}

void TestHistoryPage::manyRecordsAreReadAsNeeded() {
    QList<store::RunRecord> records;
    for (int i = 0; i < 1000; ++i) {
        store::RunRecord record;
        record.sourceId = QStringLiteral("contact-%1").arg(i);
        record.action = QStringLiteral("create");
        records << record;
    }
    const qint64 run = addRun(QStringLiteral("run"), QStringLiteral("finished"), {}, records);
    QVERIFY(run > 0);
    m_page->show();
    m_page->selectRun(run);
    QAbstractItemModel* model = view("recordTableView")->model();
    QVERIFY2(model->rowCount() < 1000, qPrintable(QString::number(model->rowCount())));
    QVERIFY(model->canFetchMore({}));
    // Made after the count above: the tester fetches more rows itself.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->index(999, RunRecordsModel::SourceColumn).data().toString(),
             QStringLiteral("contact-999"));
}

void TestHistoryPage::tabGoesFromTheRunsToTheRecordAndThenWhatCanBeDone() {
    QStringList chain;
    for (QWidget* widget = m_page->nextInFocusChain(); widget != m_page.get();
         widget = widget->nextInFocusChain()) {
        // A widget with a focus proxy (a tab widget) is no stop of its own: Tab stops at the proxy.
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain << widget->objectName();
    }
    // Qt's own parts of a tab bar have no name of ours (its scroll buttons are shown only when tabs
    // overflow).
    chain.removeIf([](const QString& name) {
        return name.startsWith(QLatin1String("qt_")) || name.startsWith(QLatin1String("Scroll"));
    });
    // Refresh first: it sits above the runs.
    const QStringList expected{QStringLiteral("refreshPushButton"),
                               QStringLiteral("runTableView"),
                               QStringLiteral("recordTableView"),
                               QStringLiteral("recordChangesTableView"),
                               QStringLiteral("showJsonCheckBox"),
                               QStringLiteral("recordPlainTextEdit"),
                               QStringLiteral("conflictCandidatesListWidget"),
                               QStringLiteral("traceTableView"),
                               QStringLiteral("callPlainTextEdit"),
                               QStringLiteral("fetchSourcePushButton"),
                               QStringLiteral("exportCsvPushButton"),
                               QStringLiteral("resumePushButton"),
                               QStringLiteral("replayPushButton")};
    // The chain is a ring; where a page shown on its own enters it depends on the order its widgets were
    // made.
    const qsizetype start = chain.indexOf(expected.first());
    QVERIFY(start >= 0);
    chain = chain.mid(start) + chain.first(start);
    qsizetype at = 0;
    for (const QString& name : expected) {
        const qsizetype found = chain.indexOf(name, at);
        QVERIFY2(found >= at,
                 qPrintable(name + QStringLiteral(" out of order: ") + chain.join(QLatin1Char(' '))));
        at = found;
    }
}

FIELDLINK_TEST_MAIN(TestHistoryPage, QApplication)
#include "TestHistoryPage.moc"
