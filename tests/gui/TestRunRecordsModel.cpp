#include "app/runs/RecordChangesModel.h"
#include "app/runs/RunRecordsModel.h"
#include "core/store/RunRecordQuery.h"
#include "support/RecordedRuns.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace fieldlink;

/// A run's records as the Test Sync and History tables show them, over a real SQLite file: a page at a
/// time, each record's roles from the row read once, the reason from the error or the diagnostics.
class TestRunRecordsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aRunIsShownAPageAtATime();
    void aRecordsRolesComeFromItsRow();
    void anActionFilterShowsThoseRecordsOnly();
    void aRecordIsNamedByWhoItIsAbout();
    void aDryRunSaysWhatARunWouldDo();
    void aChangeIsATableOfLabelsBeforeAndAfter();
    void aSkipSaysItsReasonOnceWithItsCode();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::RecordedRuns> m_runs;
};

void TestRunRecordsModel::init() {
    m_runs = std::make_unique<test::RecordedRuns>();
    QVERIFY(m_runs->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
}

void TestRunRecordsModel::cleanup() {
    m_runs.reset();
}

void TestRunRecordsModel::aRunIsShownAPageAtATime() {
    QList<store::RunRecord> records;
    for (int i = 0; i < 600; ++i) {
        store::RunRecord record;
        record.sourceId = QStringLiteral("contact-%1").arg(i);
        record.action = i % 2 ? QStringLiteral("create") : QStringLiteral("unchanged");
        records << record;
    }
    const qint64 run = m_runs->addRun(records);
    RunRecordsModel model(m_runs->query());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    model.setRun(run);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.run(), run);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 600);
    QVERIFY(inserted.isEmpty());
    // Made once the first page is read: Qt 6.4's tester runs its checks on modelReset before it counts the
    // reset as done, and its checks fetch more rows, which it would then take for rows inserted mid-reset.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore())
        model.fetchMore();
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.index(599, RunRecordsModel::SourceColumn).data().toString(),
             QStringLiteral("contact-599"));
    model.setRun(0);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestRunRecordsModel::aRecordsRolesComeFromItsRow() {
    store::RunRecord failed;
    failed.sourceId = QStringLiteral("contact-2");
    failed.route = QStringLiteral("Hot Leads");
    failed.action = QStringLiteral("failed");
    failed.attempts = 2;
    failed.diagnostics = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("phone")},
                                                {QStringLiteral("message"), QStringLiteral("not valid")}},
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("email")},
                                                {QStringLiteral("message"), QStringLiteral("missing")}}};
    failed.payload = QJsonObject{{QStringLiteral("phone"), QStringLiteral("+15550100")}};
    RunRecordsModel model(m_runs->query());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(m_runs->addRun({failed}));
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(RunRecordsModel::ActionRole).toString(), QStringLiteral("failed"));
    QCOMPARE(row.data(RunRecordsModel::DiagnosticsRole).toJsonArray(), failed.diagnostics);
    QCOMPARE(row.data(RunRecordsModel::PayloadRole).toJsonObject(), failed.payload);
    QVERIFY(row.data(RunRecordsModel::ConflictRole).toJsonObject().isEmpty());
    QCOMPARE(model.index(0, RunRecordsModel::RouteColumn).data().toString(), failed.route);
    QCOMPARE(model.index(0, RunRecordsModel::AttemptsColumn).data().toInt(), 2);
    // Without an error, the reason is the diagnostics' sentences, each code after it: the first in the cell,
    // all in its tooltip.
    const QModelIndex reason = model.index(0, RunRecordsModel::ReasonColumn);
    QCOMPARE(reason.data().toString(), QStringLiteral("not valid (phone)"));
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), QStringLiteral("not valid (phone)\nmissing (email)"));
    // The stored JSON is there for whoever asks for it.
    const QJsonObject json = QJsonDocument::fromJson(RunRecordsModel::recordJson(row).toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("payload")).toObject(), failed.payload);
    QCOMPARE(json.value(QLatin1String("id")).toString(), failed.sourceId);
}

void TestRunRecordsModel::anActionFilterShowsThoseRecordsOnly() {
    store::RunRecord created;
    created.sourceId = QStringLiteral("a");
    created.action = QStringLiteral("create");
    store::RunRecord skipped = created;
    skipped.sourceId = QStringLiteral("b");
    skipped.action = QStringLiteral("skip");
    RunRecordsModel model(m_runs->query());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(m_runs->addRun({created, skipped, created}), QStringLiteral("skip"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RunRecordsModel::SourceColumn).data().toString(), QStringLiteral("b"));
}

void TestRunRecordsModel::aRecordIsNamedByWhoItIsAbout() {
    store::RunRecord named;
    named.sourceId = QStringLiteral("ghl-contact-1");
    named.action = QStringLiteral("create");
    named.subject = QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact")},
                                {QStringLiteral("name"), QStringLiteral("Ana Lima")},
                                {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
    store::RunRecord old = named; // stored before subjects were kept
    old.sourceId = QStringLiteral("ghl-contact-2");
    old.subject = {};
    RunRecordsModel model(m_runs->query());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(m_runs->addRun({named, old}));
    const QModelIndex first = model.index(0, RunRecordsModel::SourceColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Ana Lima · +1 415-555-2671"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("ghl-contact-1")));
    QCOMPARE(first.data(RunRecordsModel::IdRole).toString(), QStringLiteral("ghl-contact-1"));
    QCOMPARE(model.index(1, RunRecordsModel::SourceColumn).data().toString(),
             QStringLiteral("ghl-contact-2"));
}

void TestRunRecordsModel::aDryRunSaysWhatARunWouldDo() {
    store::RunRecord created;
    created.sourceId = QStringLiteral("a");
    created.action = QStringLiteral("create");
    store::RunRecord skipped = created;
    skipped.action = QStringLiteral("skip");
    RunRecordsModel model(m_runs->query());
    model.setRun(m_runs->addRun({created, skipped}, QStringLiteral("dry-run")));
    QVERIFY(model.isDryRun());
    QCOMPARE(model.index(0, RunRecordsModel::ActionColumn).data().toString(), QStringLiteral("Would create"));
    QCOMPARE(model.index(0, RunRecordsModel::ActionColumn).data(RunRecordsModel::ActionRole).toString(),
             QStringLiteral("create"));
    QCOMPARE(model.index(1, RunRecordsModel::ActionColumn).data().toString(), QStringLiteral("Skipped"));
    model.setRun(m_runs->addRun({created}));
    QVERIFY(!model.isDryRun());
    QCOMPARE(model.index(0, RunRecordsModel::ActionColumn).data().toString(), QStringLiteral("Created"));
}

void TestRunRecordsModel::aChangeIsATableOfLabelsBeforeAndAfter() {
    RecordChangesModel changes;
    QAbstractItemModelTester tester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&changes, &QAbstractItemModel::modelReset);
    const auto change = [](const QJsonValue& before, const QJsonValue& after) {
        return QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    };
    changes.setRecord(
        QJsonObject{{QStringLiteral("firstName"), change(QStringLiteral("Ana"), QStringLiteral("Anna"))},
                    {QStringLiteral("target"), change(QJsonValue::Null, QStringLiteral("+14155552671"))},
                    {QStringLiteral("extraData.Budget"), change(100, 200)}},
        {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(changes.rowCount(), 3);
    // In the catalog's order, by label, the payload key in the tooltip.
    QCOMPARE(changes.index(0, RecordChangesModel::FieldColumn).data().toString(),
             QStringLiteral("Phone number (row key)"));
    QVERIFY(changes.index(0, RecordChangesModel::FieldColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("target")));
    QCOMPARE(changes.index(0, RecordChangesModel::BeforeColumn).data().toString(), QString());
    QCOMPARE(changes.index(0, RecordChangesModel::AfterColumn).data().toString(),
             QStringLiteral("+14155552671"));
    QCOMPARE(changes.index(1, RecordChangesModel::FieldColumn).data().toString(),
             QStringLiteral("First name"));
    QCOMPARE(changes.index(1, RecordChangesModel::BeforeColumn).data().toString(), QStringLiteral("Ana"));
    QCOMPARE(changes.index(2, RecordChangesModel::FieldColumn).data().toString(),
             QStringLiteral("Budget (extra column)"));
    QCOMPARE(changes.index(2, RecordChangesModel::AfterColumn).data().toString(), QStringLiteral("200"));
    // Without a change, what the record maps to.
    changes.setRecord({}, QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@example.com")}});
    QCOMPARE(changes.rowCount(), 1);
    QCOMPARE(changes.index(0, RecordChangesModel::FieldColumn).data().toString(), QStringLiteral("Email"));
    QCOMPARE(changes.index(0, RecordChangesModel::AfterColumn).data().toString(),
             QStringLiteral("ana@example.com"));
}

void TestRunRecordsModel::aSkipSaysItsReasonOnceWithItsCode() {
    // The planner keeps a skip's first problem as its error too: the sentence is said once, code after.
    store::RunRecord skipped;
    skipped.sourceId = QStringLiteral("a");
    skipped.action = QStringLiteral("skip");
    skipped.error = QStringLiteral("No valid phone number, so this contact cannot be a PowerList row.");
    skipped.diagnostics = QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("FL-MAP-032")},
                                                 {QStringLiteral("message"), skipped.error}}};
    QCOMPARE(RunRecordsModel::reasonOf(skipped), skipped.error + QStringLiteral(" (FL-MAP-032)"));
    // An error of its own (Kixie refused the row) comes first, the problems after it.
    skipped.error = QStringLiteral("Kixie refused the row.");
    QCOMPARE(RunRecordsModel::reasonOf(skipped),
             QStringLiteral("Kixie refused the row.\nNo valid phone number, so this contact cannot be a "
                            "PowerList row. (FL-MAP-032)"));
}

FIELDLINK_TEST_MAIN(TestRunRecordsModel, QApplication)
#include "TestRunRecordsModel.moc"
