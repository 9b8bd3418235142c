#include "app/runs/RunResultsExport.h"
#include "core/store/RunRecordQuery.h"
#include "support/RecordedRuns.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>

using namespace fieldlink;

/// A run's results exported as Data Loader does: a success file and an error file side by side, each with
/// the record, its id, the action and the mapped payload's columns by label, the errors with the reason in
/// words. Real records in a real SQLite file, written to real files.
class TestRunResultsExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void successesAndErrorsGoToTheirOwnFiles();
    void aDryRunsActionsSayWhatWouldBeDone();
    void aFolderThatCannotBeWrittenIsAFailure();

private:
    static QStringList linesOf(const QString& path);

    QTemporaryDir m_dir;
    std::unique_ptr<test::RecordedRuns> m_runs;
};

void TestRunResultsExport::init() {
    m_runs = std::make_unique<test::RecordedRuns>();
    QVERIFY(m_runs->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
}

void TestRunResultsExport::cleanup() {
    m_runs.reset();
}

QStringList TestRunResultsExport::linesOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void TestRunResultsExport::successesAndErrorsGoToTheirOwnFiles() {
    store::RunRecord created;
    created.sourceId = QStringLiteral("c1");
    created.action = QStringLiteral("create");
    created.attempts = 1;
    created.subject = QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact")},
                                  {QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                  {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
    created.payload =
        QJsonObject{{QStringLiteral("target"), QStringLiteral("+14155552671")},
                    {QStringLiteral("firstName"), QStringLiteral("Ana")},
                    {QStringLiteral("extraData"), QJsonObject{{QStringLiteral("Budget"), 5000}}}};
    store::RunRecord skipped;
    skipped.sourceId = QStringLiteral("c2");
    skipped.action = QStringLiteral("skip");
    skipped.subject = QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact")},
                                  {QStringLiteral("name"), QStringLiteral("Bo \"The Boss\" Diaz")}};
    skipped.diagnostics = QJsonArray{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("FL-MAP-032")},
                    {QStringLiteral("message"),
                     QStringLiteral("No valid phone number, so this contact cannot be a PowerList row.")}}};
    const qint64 run = m_runs->addRun({created, skipped}, QStringLiteral("run"));

    const Result<RunResultsExport::Files> files = RunResultsExport::write(m_runs->query(), run, m_dir.path());
    QVERIFY2(files.ok(), qPrintable(files.error()));
    QCOMPARE(files->successes, 1);
    QCOMPARE(files->errors, 1);
    QCOMPARE(files->successPath, m_dir.filePath(QStringLiteral("run-%1-success.csv").arg(run)));

    const QStringList success = linesOf(files->successPath);
    QCOMPARE(success.size(), 2);
    QCOMPARE(success.at(0),
             QStringLiteral("\"Record\",\"ID\",\"Action\",\"Phone number (row key)\",\"First name\","
                            "\"Budget (extra column)\""));
    QCOMPARE(success.at(1),
             QStringLiteral("\"Ana Lima · +1 415-555-2671\",\"c1\",\"Created\",\"+14155552671\","
                            "\"Ana\",\"5000\""));
    const QStringList errors = linesOf(files->errorPath);
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).endsWith(QLatin1String(",\"Reason\"")));
    // Quotes inside a field are doubled (RFC 4180); the reason is the sentence with its code after it.
    QCOMPARE(errors.at(1),
             QStringLiteral("\"Bo \"\"The Boss\"\" Diaz\",\"c2\",\"Skipped\",\"\",\"\",\"\","
                            "\"No valid phone number, so this contact cannot be a PowerList row. "
                            "(FL-MAP-032)\""));
    const QString said = RunResultsExport::savedText(*files);
    QVERIFY2(said.contains(QDir::toNativeSeparators(files->successPath)) &&
                 said.contains(QDir::toNativeSeparators(files->errorPath)),
             qPrintable(said));
}

void TestRunResultsExport::aDryRunsActionsSayWhatWouldBeDone() {
    store::RunRecord created;
    created.sourceId = QStringLiteral("c1");
    created.action = QStringLiteral("create");
    const qint64 run = m_runs->addRun({created}, QStringLiteral("dry-run"));
    const Result<RunResultsExport::Files> files = RunResultsExport::write(m_runs->query(), run, m_dir.path());
    QVERIFY2(files.ok(), qPrintable(files.error()));
    const QStringList success = linesOf(files->successPath);
    QCOMPARE(success.size(), 2);
    QCOMPARE(success.at(1), QStringLiteral("\"c1\",\"c1\",\"Would create\""));
    QCOMPARE(linesOf(files->errorPath).size(), 1); // the header only: nothing went wrong
}

void TestRunResultsExport::aFolderThatCannotBeWrittenIsAFailure() {
    const qint64 run = m_runs->addRun({}, QStringLiteral("run"));
    const Result<RunResultsExport::Files> files =
        RunResultsExport::write(m_runs->query(), run, m_dir.filePath(QStringLiteral("no/such/folder")));
    QVERIFY(!files.ok());
    QVERIFY2(files.error().contains(QLatin1String("could not be written")), qPrintable(files.error()));
}

FIELDLINK_TEST_MAIN(TestRunResultsExport, QApplication)
#include "TestRunResultsExport.moc"
