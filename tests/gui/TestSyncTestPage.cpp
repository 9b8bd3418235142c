// The Test Sync page against the built-in sandbox over HTTP, on the offscreen platform: a dry run lists the
// plan and writes nothing, the plan filters by action and shows a record's changes, a run sends and lands
// in History, a production run asks first, and a page without a connection says what to do.
#include "app/runs/RequestTraceModel.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/SandboxConnection.h"
#include "app/testsync/ContactPickerDialog.h"
#include "app/testsync/SyncTestPage.h"
#include "core/mapping/ProfileLoader.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RunLeaseRepository.h"
#include "core/store/WebhookInbox.h"
#include "core/sync/RunLease.h"
#include "support/HttpProbe.h"
#include "support/JsonHelpers.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace fieldlink;

class TestSyncTestPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void withoutAConnectionNothingCanStart();
    void aDryRunListsThePlanAndWritesNothing();
    void aRunSendsAndIsRecorded();
    void aRunRefusesWhileAScheduledRunWrites();
    void productionAsksBeforeWriting();
    void withoutADryRunProductionOffersOneFirst();
    void aNewRunClearsThePreviousRunsDetail();
    void aCancelledRunResumesToTheEnd();
    void aRecordShowsItsRequestTrace();
    void replayFailedSendsOnlyTheFailuresAfterAFaultyRun();
    void aConflictIsReviewedAndTheNextPlanFollowsTheDecision();
    void theProfileAndItsVersionAreChosenHere();
    void contactsPickedFromASearchAreTheScope();
    void callEventsFromAFileBecomeNotesOnce();
    void aSimulatedCallReachesTheListenerAndBecomesANote();
    void tabGoesThroughTheChoicesTheScopeTheButtonsAndTheResults();

private:
    void setUpSandbox();
    sync::SyncOutcome runAndWait(const char* button);
    QTableView* plan() const { return m_page->findChild<QTableView*>(QStringLiteral("planTableView")); }
    QTableView* trace() const { return m_page->findChild<QTableView*>(QStringLiteral("traceTableView")); }
    /// A sandbox contact with a US phone and no notes yet: its id and phone.
    static std::pair<QString, QString> contactWithoutNotes(test::HttpProbe& probe);
    /// Selects the first plan row with `action`; false when there is none.
    bool selectAction(const QString& action);
    QString traceCell(int row, int column) const {
        return trace()->model()->index(row, column).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SyncTestPage> m_page;
};

void TestSyncTestPage::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_page = std::make_unique<SyncTestPage>(*m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSyncTestPage::cleanup() {
    m_page.reset();
    m_context.reset();
}

void TestSyncTestPage::setUpSandbox() {
    bool ready = false;
    QString error;
    SandboxConnection::setUp(*m_context, this, [&](const QString& problem) {
        error = problem;
        ready = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 15000);
    QCOMPARE(error, QString());
    m_page->setContext(SandboxConnection::name(), true, QStringLiteral("ghl-contacts-to-kixie-powerlist"));
}

sync::SyncOutcome TestSyncTestPage::runAndWait(const char* button) {
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    if (finished.isEmpty())
        finished.wait(60000);
    return finished.isEmpty() ? sync::SyncOutcome{} : finished.at(0).at(0).value<sync::SyncOutcome>();
}

std::pair<QString, QString> TestSyncTestPage::contactWithoutNotes(test::HttpProbe& probe) {
    for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
        if (test::at(contact, "phone").toString().startsWith(QLatin1String("+1")) &&
            test::at(contact, "notes").toArray().isEmpty())
            return {test::at(contact, "id").toString(), test::at(contact, "phone").toString()};
    }
    return {};
}

bool TestSyncTestPage::selectAction(const QString& action) {
    for (int row = 0; row < plan()->model()->rowCount(); ++row) {
        const QModelIndex index = plan()->model()->index(row, RunRecordsModel::ActionColumn);
        if (index.data(RunRecordsModel::ActionRole).toString() == action) {
            plan()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TestSyncTestPage::withoutAConnectionNothingCanStart() {
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("dryRunPushButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("runPushButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->isEnabled());
}

void TestSyncTestPage::aDryRunListsThePlanAndWritesNothing() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(10);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))
                ->text()
                .contains(QLatin1String("--limit 10")));
    const sync::SyncOutcome outcome = runAndWait("dryRunPushButton");
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.kixieCalls, 0);       // a dry run writes nothing anywhere
    QVERIFY(outcome.counts.planned >= 10); // ten contacts, and a cadence enrolment per hot lead
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.planned);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QStringLiteral("%1 record(s)").arg(outcome.counts.planned)));
    // Filter by action: only the creates (every contact is new to Kixie), then only conflicts (none here).
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("actionFilterComboBox"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("create")));
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.created);
    filter->setCurrentIndex(filter->findData(QStringLiteral("conflict")));
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.conflicts);
    filter->setCurrentIndex(0);
    // A record is named by the contact, says what a run would do, and shows its fields by label; the
    // JSON only on request. The contact as HighLevel has it now is read on request too.
    QVERIFY(selectAction(QStringLiteral("create")));
    const QModelIndex chosen = plan()->currentIndex();
    const QString sourceId = chosen.data(RunRecordsModel::IdRole).toString();
    const QString name = chosen.siblingAtColumn(RunRecordsModel::SourceColumn).data().toString();
    QVERIFY2(name != sourceId && name.contains(QLatin1Char('+')), qPrintable(name)); // name · phone
    QCOMPARE(chosen.siblingAtColumn(RunRecordsModel::ActionColumn).data().toString(),
             QStringLiteral("Would create"));
    QCOMPARE(chosen.siblingAtColumn(RunRecordsModel::AttemptsColumn).data().toInt(), 0); // nothing sent
    const QString summary = m_page->findChild<QLabel*>(QStringLiteral("recordSummaryLabel"))->text();
    QVERIFY2(summary.contains(name.toHtmlEscaped()) && summary.contains(QLatin1String("Would create")),
             qPrintable(summary));
    auto* changes = m_page->findChild<QTableView*>(QStringLiteral("recordChangesTableView"));
    QStringList labels;
    for (int row = 0; row < changes->model()->rowCount(); ++row)
        labels << changes->model()->index(row, 0).data().toString();
    QVERIFY2(labels.contains(QStringLiteral("Phone number (row key)")) &&
                 !labels.contains(QStringLiteral("target")),
             qPrintable(labels.join(u',')));
    auto* json = m_page->findChild<QPlainTextEdit*>(QStringLiteral("recordPlainTextEdit"));
    QVERIFY(!json->isVisible());
    m_page->findChild<QCheckBox*>(QStringLiteral("showJsonCheckBox"))->setChecked(true);
    QVERIFY(json->isVisible());
    QVERIFY2(json->toPlainText().contains(QLatin1String("\"crmContactId\": \"") + sourceId),
             qPrintable(json->toPlainText()));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("fetchSourcePushButton")),
                      Qt::LeftButton);
    auto* source = m_page->findChild<QPlainTextEdit*>(QStringLiteral("sourcePlainTextEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(source->toPlainText().contains(QLatin1String("\"id\": \"") + sourceId), 15000);
}

void TestSyncTestPage::aRunSendsAndIsRecorded() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(5);
    const sync::SyncOutcome outcome = runAndWait("runPushButton"); // the sandbox needs no confirmation
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.kixieCalls > 0);
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.planned);
    const auto run = m_context->runs().run(m_page->shownRun());
    QVERIFY(run);
    QCOMPARE(run->mode, QStringLiteral("run"));
    QCOMPARE(run->status, QStringLiteral("finished"));
    // Each row written took one request, and says so.
    QVERIFY(selectAction(QStringLiteral("create")));
    QCOMPARE(plan()->currentIndex().siblingAtColumn(RunRecordsModel::AttemptsColumn).data().toInt(), 1);
    QCOMPARE(plan()->currentIndex().siblingAtColumn(RunRecordsModel::ActionColumn).data().toString(),
             QStringLiteral("Created"));
    // The results and the run's calls, exported from here as from History: a success file and an error
    // file, and the page says where they went.
    auto* exports = m_page->findChild<RunExportButtons*>();
    QVERIFY(exports->exportResults(m_dir.path()));
    const QString successPath = m_dir.filePath(QStringLiteral("run-%1-success.csv").arg(outcome.runId));
    const QString errorPath = m_dir.filePath(QStringLiteral("run-%1-error.csv").arg(outcome.runId));
    QFile success(successPath);
    QVERIFY(success.open(QIODevice::ReadOnly));
    QFile errors(errorPath);
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QList<QByteArray> successLines = success.readAll().trimmed().split('\n');
    QCOMPARE(successLines.size() - 1 + errors.readAll().trimmed().split('\n').size() - 1,
             outcome.counts.planned); // a header each, one line per record
    QVERIFY2(successLines.first().contains("\"Phone number (row key)\""), successLines.first().constData());
    const QString status = m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))->text();
    QVERIFY2(status.contains(QDir::toNativeSeparators(successPath)) &&
                 status.contains(QDir::toNativeSeparators(errorPath)),
             qPrintable(status));
    const QString harPath = m_dir.filePath(QStringLiteral("run.har"));
    QVERIFY(exports->exportRequestLog(harPath));
    QFile har(harPath);
    QVERIFY(har.open(QIODevice::ReadOnly));
    QCOMPARE(test::at(QJsonDocument::fromJson(har.readAll()).object(), "log.entries").toArray().size(),
             outcome.ghlCalls + outcome.kixieCalls);
    // Again: the same slice is unchanged and costs no Kixie call.
    const sync::SyncOutcome again = runAndWait("runPushButton");
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.kixieCalls, 0);
}

void TestSyncTestPage::aRunRefusesWhileAScheduledRunWrites() {
    setUpSandbox();
    const auto ghl =
        m_context->connections().find(SandboxConnection::name(), store::SavedConnection::Service::Ghl);
    const auto kixie =
        m_context->connections().find(SandboxConnection::name(), store::SavedConnection::Service::Kixie);
    QVERIFY(ghl && kixie);
    // A scheduled fieldlink-cli on another machine holds the accounts' lease, alive (fresh heartbeat).
    store::Database other;
    QVERIFY(other.open(m_context->databasePath(), QStringLiteral("cron")).ok());
    store::RunLeaseRepository leases(other.connection());
    store::RunLeaseHolder cron;
    cron.direction = QStringLiteral("ghl_to_kixie");
    cron.leaseKey = sync::RunLease::keyFor(cron.direction, ghl->accountId, kixie->accountId);
    cron.runId = 4242;
    cron.owner = store::RunLeaseHolder::Owner::Cli;
    cron.host = QStringLiteral("cron-host");
    cron.pid = 4321;
    cron.token = QStringLiteral("cron");
    cron.startedAt = cron.heartbeatAt = QDateTime::currentDateTimeUtc();
    QVERIFY(leases.acquire(cron, [](const store::RunLeaseHolder&) { return false; })->acquired);
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(5);
    const sync::SyncOutcome refused = runAndWait("runPushButton");
    QVERIFY(!refused.ok);
    QCOMPARE(refused.kixieCalls, 0);
    const QString status = m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("Another run is already writing to Kixie")) &&
                 status.contains(QLatin1String("run 4242")) &&
                 status.contains(QLatin1String("fieldlink-cli on cron-host")),
             qPrintable(status));
    // A dry run writes nothing and may run beside it.
    const sync::SyncOutcome dry = runAndWait("dryRunPushButton");
    QVERIFY2(dry.ok, qPrintable(dry.message));
    // Once the scheduled run is done, the run goes ahead.
    QVERIFY(leases.release(cron.leaseKey, cron.token).ok());
    const sync::SyncOutcome run = runAndWait("runPushButton");
    QVERIFY2(run.ok, qPrintable(run.message));
    QVERIFY(run.kixieCalls > 0);
}

void TestSyncTestPage::productionAsksBeforeWriting() {
    setUpSandbox();
    // The same accounts, marked production: the page must ask, and Cancel must send nothing.
    m_page->setContext(SandboxConnection::name(), false, QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    QString question;
    const auto cancelTheQuestion = [this, &question] {
        QTimer::singleShot(0, this, [&question] {
            // Runs inside the question's own event loop.
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
    };
    cancelTheQuestion();
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runPushButton")), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("real Kixie account")), qPrintable(question));
    QVERIFY(question.contains(QLatin1String("No dry run")));
    QVERIFY(question.contains(QLatin1String("left today")));
    QVERIFY(finished.isEmpty());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("runPushButton"))->isEnabled()); // nothing started
    // After a dry run of the same scope, the question quotes its plan.
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    const sync::SyncOutcome dryRun = runAndWait("dryRunPushButton"); // a dry run writes nothing: no question
    QVERIFY2(dryRun.ok, qPrintable(dryRun.message));
    question.clear();
    cancelTheQuestion();
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runPushButton")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("The dry run planned %1 record(s)").arg(dryRun.counts.planned)),
             qPrintable(question));
}

void TestSyncTestPage::withoutADryRunProductionOffersOneFirst() {
    setUpSandbox();
    m_page->setContext(SandboxConnection::name(), false, QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    QString question;
    bool offered = false;
    QTimer::singleShot(0, this, [&question, &offered] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        auto* dryRunFirst = box->findChild<QPushButton*>(QStringLiteral("dryRunFirstPushButton"));
        offered = dryRunFirst && box->defaultButton() == dryRunFirst;
        if (dryRunFirst)
            dryRunFirst->click();
    });
    // "Dry Run First" plans the same choices and sends nothing; the cost was said to be unknown.
    const sync::SyncOutcome outcome = runAndWait("runPushButton");
    QVERIFY2(question.contains(QLatin1String("cost is unknown")), qPrintable(question));
    QVERIFY(offered);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(m_context->runs().run(outcome.runId)->mode, QStringLiteral("dry-run"));
    QCOMPARE(outcome.kixieCalls, 0);
}

void TestSyncTestPage::aNewRunClearsThePreviousRunsDetail() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    QVERIFY(runAndWait("dryRunPushButton").ok);
    QVERIFY(selectAction(QStringLiteral("create")));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("recordSummaryLabel"));
    auto* changes = m_page->findChild<QTableView*>(QStringLiteral("recordChangesTableView"));
    QVERIFY(changes->model()->rowCount() > 0);
    const QString shown = summary->text();
    // The moment the next run starts, neither the old records nor the old record's detail remain.
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("dryRunPushButton")), Qt::LeftButton);
    QCOMPARE(plan()->model()->rowCount(), 0);
    QVERIFY(summary->text() != shown);
    QCOMPARE(changes->model()->rowCount(), 0);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QCOMPARE(changes->model()->rowCount(), 0); // nothing chosen in the new run yet
}

void TestSyncTestPage::aCancelledRunResumesToTheEnd() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(40);
    // Cancel once the run is under way (it has a total): it stops after the writes in flight.
    bool asked = false;
    connect(m_page.get(), &SyncTestPage::runProgress, this,
            [this, &asked](const sync::RunProgress& progress) {
                if (!asked && progress.total > 0) {
                    asked = true;
                    m_page->cancel();
                }
            });
    const sync::SyncOutcome cancelled = runAndWait("runPushButton");
    QVERIFY2(cancelled.cancelled, qPrintable(cancelled.message));
    QCOMPARE(m_context->runs().run(cancelled.runId)->status, QStringLiteral("interrupted"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("can be resumed")));
    QVERIFY(cancelled.counts.planned > 0);
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    m_page->resume(cancelled.runId);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    const auto resumed = finished.at(0).at(0).value<sync::SyncOutcome>();
    QVERIFY2(resumed.ok, qPrintable(resumed.message));
    QCOMPARE(resumed.runId, cancelled.runId); // the same run, carried on
    QCOMPARE(m_context->runs().run(cancelled.runId)->status, QStringLiteral("finished"));
    const QJsonObject counts = m_context->runs().recordCounts(cancelled.runId);
    int recorded = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        recorded += it.value().toInt();
    // Every record the run first planned is recorded exactly once, across the cancel and the resume.
    QCOMPARE(recorded, cancelled.counts.planned);
    QCOMPARE(counts.value(QLatin1String("create")).toInt(), resumed.counts.created);
}

void TestSyncTestPage::aRecordShowsItsRequestTrace() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    const sync::SyncOutcome outcome = runAndWait("runPushButton");
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(selectAction(QStringLiteral("create")));
    // The created row's own call, and only calls made for this record.
    QVERIFY(trace()->model()->rowCount() >= 1);
    QStringList operations;
    for (int row = 0; row < trace()->model()->rowCount(); ++row)
        operations << traceCell(row, RequestTraceModel::OperationColumn);
    QVERIFY2(operations.contains(QStringLiteral("kixie.updatepowerlist")), qPrintable(operations.join(u',')));
    QVERIFY(!operations.contains(QStringLiteral("contacts.search"))); // the run's listing is no record's
    // The row's own call (a hot lead's cadence enrolment may be logged before or after it).
    const int rowCall = int(operations.indexOf(QStringLiteral("kixie.updatepowerlist")));
    QCOMPARE(traceCell(rowCall, RequestTraceModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(traceCell(rowCall, RequestTraceModel::AttemptColumn), QStringLiteral("1"));
    const QString sourceId = plan()->currentIndex().data(RunRecordsModel::IdRole).toString();
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("traceLabel"))->text().contains(sourceId));
    trace()->setCurrentIndex(trace()->model()->index(rowCall, 0));
    // The selected call whole: the body sent names the contact; the Kixie key was redacted before logging.
    const QString call =
        m_page->findChild<QPlainTextEdit*>(QStringLiteral("callPlainTextEdit"))->toPlainText();
    QVERIFY2(call.contains(QLatin1String("Request body:")) && call.contains(sourceId), qPrintable(call));
    const QString apiKey = test::at(test::HttpProbe(m_context->sandbox()->baseUrl())
                                        .get(QStringLiteral("/__sandbox/credentials"))
                                        .json(),
                                    "kixie.apiKey")
                               .toString();
    QVERIFY(!apiKey.isEmpty());
    QVERIFY2(!call.contains(apiKey), qPrintable(call));
    // A dry run reads the record's notes from HighLevel (the profile maps them) and writes nothing to Kixie.
    const sync::SyncOutcome dryRun = runAndWait("dryRunPushButton");
    QVERIFY(dryRun.ok);
    plan()->setCurrentIndex(plan()->model()->index(0, 0));
    QVERIFY(trace()->model()->rowCount() > 0);
    for (int row = 0; row < trace()->model()->rowCount(); ++row) {
        QCOMPARE(traceCell(row, RequestTraceModel::ServiceColumn), QStringLiteral("HighLevel"));
        QCOMPARE(traceCell(row, RequestTraceModel::StatusColumn), QStringLiteral("200"));
    }
}

void TestSyncTestPage::replayFailedSendsOnlyTheFailuresAfterAFaultyRun() {
    setUpSandbox();
    test::HttpProbe probe(m_context->sandbox()->baseUrl());
    // Kixie's gateway fails every request; HighLevel answers.
    QCOMPARE(
        probe
            .postJson(QStringLiteral("/__sandbox/faults"), test::jsonObject(R"({"5xx":1,"service":"kixie"})"))
            .status,
        200);
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    const sync::SyncOutcome faulty = runAndWait("runPushButton");
    QVERIFY2(faulty.ok, qPrintable(faulty.message));
    QVERIFY(faulty.counts.failed > 0);
    QCOMPARE(faulty.counts.created + faulty.counts.updated, 0);
    // A failed record's trace: its notes read from HighLevel, then every Kixie attempt, each a server error.
    // A record routed to a cadence makes two Kixie operations, each numbering its own attempts: the row is
    // retried before giving up; the enrolment, not idempotent, is sent once and never again.
    QVERIFY(selectAction(QStringLiteral("failed")));
    QHash<QString, int> kixieAttempts;
    for (int row = 0; row < trace()->model()->rowCount(); ++row) {
        if (traceCell(row, RequestTraceModel::ServiceColumn) != QLatin1String("Kixie"))
            continue;
        const int attempt = ++kixieAttempts[traceCell(row, RequestTraceModel::OperationColumn)];
        QVERIFY(traceCell(row, RequestTraceModel::StatusColumn).startsWith(u'5'));
        QCOMPARE(traceCell(row, RequestTraceModel::AttemptColumn), QString::number(attempt));
    }
    QVERIFY(kixieAttempts.value(QStringLiteral("kixie.updatepowerlist")) > 1);
    QVERIFY(kixieAttempts.value(QStringLiteral("kixie.cadence.add")) <= 1);
    QSet<QString> failedSources;
    for (int row = 0; row < plan()->model()->rowCount(); ++row) {
        if (plan()
                ->model()
                ->index(row, RunRecordsModel::ActionColumn)
                .data(RunRecordsModel::ActionRole)
                .toString() == QLatin1String("failed"))
            failedSources.insert(plan()
                                     ->model()
                                     ->index(row, RunRecordsModel::SourceColumn)
                                     .data(RunRecordsModel::IdRole)
                                     .toString());
    }

    // Kixie is back; Replay failed (History's button) sends those records and no others.
    QCOMPARE(probe.postJson(QStringLiteral("/__sandbox/faults"), QJsonObject()).status, 200);
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    m_page->replayFailed(faulty.runId);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    const auto replayed = finished.at(0).at(0).value<sync::SyncOutcome>();
    QVERIFY2(replayed.ok, qPrintable(replayed.message));
    QVERIFY(replayed.runId != faulty.runId);
    QCOMPARE(replayed.counts.failed, 0);
    QVERIFY(replayed.kixieCalls > 0);
    QSet<QString> replayedSources;
    for (int row = 0; row < plan()->model()->rowCount(); ++row)
        replayedSources.insert(plan()
                                   ->model()
                                   ->index(row, RunRecordsModel::SourceColumn)
                                   .data(RunRecordsModel::IdRole)
                                   .toString());
    QCOMPARE(replayedSources, failedSources);
    QCOMPARE(m_context->runs().run(replayed.runId)->mode, QStringLiteral("replay"));
}

void TestSyncTestPage::aConflictIsReviewedAndTheNextPlanFollowsTheDecision() {
    setUpSandbox();
    test::HttpProbe probe(m_context->sandbox()->baseUrl());
    // A second contact with the first one's phone and tags (the location allows duplicates): one PowerList
    // row, two contacts.
    QJsonObject first;
    for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
        // Not a customer: the twin (a new contact has no type) takes the same route.
        if (test::at(contact, "phone").toString().startsWith(QLatin1String("+1")) &&
            test::at(contact, "type").toString() != QLatin1String("customer")) {
            first = contact.toObject();
            break;
        }
    }
    const QString phone = first.value(QLatin1String("phone")).toString();
    QVERIFY(!phone.isEmpty());
    QCOMPARE(probe
                 .postJson(QStringLiteral("/__sandbox/ghl/settings"),
                           test::jsonObject(R"({"allowDuplicateContacts":true})"))
                 .status,
             200);
    const QJsonObject credentials = probe.get(QStringLiteral("/__sandbox/credentials")).json();
    probe.setGhlToken(test::at(credentials, "ghl.token").toString());
    const QJsonObject twinBody{
        {QStringLiteral("locationId"), test::at(credentials, "ghl.locationId").toString()},
        {QStringLiteral("firstName"), QStringLiteral("Twin")},
        {QStringLiteral("lastName"), first.value(QLatin1String("lastName"))},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("tags"), first.value(QLatin1String("tags"))}};
    const test::HttpResult created = probe.ghl("POST", QStringLiteral("/contacts/"), twinBody);
    QCOMPARE(created.status, 201);
    const QString twinId = test::at(created.json(), "contact.id").toString();
    const QString firstId = first.value(QLatin1String("id")).toString();

    m_page->findChild<QComboBox*>(QStringLiteral("scopeComboBox"))->setCurrentIndex(2); // a search
    // The sandbox keeps the phone as written: the two are found by their shared last name.
    m_page->findChild<QLineEdit*>(QStringLiteral("scopeValueLineEdit"))
        ->setText(first.value(QLatin1String("lastName")).toString());
    const sync::SyncOutcome held = runAndWait("dryRunPushButton");
    QVERIFY2(held.ok, qPrintable(held.message));
    QCOMPARE(held.counts.conflicts, 2);
    auto* panel = m_page->findChild<QWidget*>(QStringLiteral("conflictReviewPanel"));
    QVERIFY(selectAction(QStringLiteral("conflict")));
    QTRY_VERIFY(panel->isVisible());
    auto* candidates = m_page->findChild<QListWidget*>(QStringLiteral("conflictCandidatesListWidget"));
    QCOMPARE(candidates->count(), 2);
    QListWidgetItem* twin = nullptr;
    for (int row = 0; row < candidates->count(); ++row) {
        if (candidates->item(row)->data(Qt::UserRole).toString() == twinId)
            twin = candidates->item(row);
    }
    QVERIFY(twin);
    QVERIFY2(twin->text().contains(QLatin1String("Twin")), qPrintable(twin->text()));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("conflictQuestionLabel"))
                ->text()
                .contains(QLatin1String("PowerList")));
    // The row goes to the twin; nothing is sent, the next dry run plans it so.
    candidates->setCurrentItem(twin);
    const int kixieBefore = test::at(probe.stats(), "kixie.requests").toInt();
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("giveRowPushButton")), Qt::LeftButton);
    // Said by the contact's name, as the list shows it.
    QVERIFY2(
        m_page->findChild<QLabel*>(QStringLiteral("conflictOutcomeLabel"))->text().contains(twin->text()),
        qPrintable(m_page->findChild<QLabel*>(QStringLiteral("conflictOutcomeLabel"))->text()));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("dry run")));
    QCOMPARE(test::at(probe.stats(), "kixie.requests").toInt(), kixieBefore);
    const sync::SyncOutcome decided = runAndWait("dryRunPushButton");
    QVERIFY2(decided.ok, qPrintable(decided.message));
    QCOMPARE(decided.counts.conflicts, 0);
    QString twinAction;
    QString firstAction;
    QString firstReason;
    for (int row = 0; row < plan()->model()->rowCount(); ++row) {
        const QString source = plan()
                                   ->model()
                                   ->index(row, RunRecordsModel::SourceColumn)
                                   .data(RunRecordsModel::IdRole)
                                   .toString();
        const QString action = plan()
                                   ->model()
                                   ->index(row, RunRecordsModel::ActionColumn)
                                   .data(RunRecordsModel::ActionRole)
                                   .toString();
        if (source == twinId && action != QLatin1String("enrol"))
            twinAction = action;
        if (source == firstId) {
            firstAction = action;
            firstReason = plan()->model()->index(row, RunRecordsModel::ReasonColumn).data().toString();
        }
    }
    QCOMPARE(twinAction, QStringLiteral("create"));
    QCOMPARE(firstAction, QStringLiteral("skip"));
    QVERIFY2(firstReason.contains(twinId), qPrintable(firstReason));
    // A record that is no conflict has no review.
    QVERIFY(selectAction(QStringLiteral("skip")));
    QTRY_VERIFY(!panel->isVisible());
}

void TestSyncTestPage::theProfileAndItsVersionAreChosenHere() {
    // Two versions saved on the Mapping page: the second renames the default route.
    const QByteArray shipped =
        mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist")).text;
    const QString name = QJsonDocument::fromJson(shipped).object().value(QLatin1String("name")).toString();
    QByteArray renamed = shipped;
    renamed.replace("\"New Leads\"", "\"Fresh Leads\"");
    store::ProfileRepository& profiles = m_context->profiles();
    QCOMPARE(profiles
                 .saveVersion(name, QStringLiteral("ghl_to_kixie"), QStringLiteral("contact"), shipped,
                              QStringLiteral("as shipped"))
                 .valueOr(0),
             1);
    QCOMPARE(profiles
                 .saveVersion(name, QStringLiteral("ghl_to_kixie"), QStringLiteral("contact"), renamed,
                              QStringLiteral("renamed"))
                 .valueOr(0),
             2);
    setUpSandbox();
    m_page->setContext(SandboxConnection::name(), true, name);
    auto* profileCombo = m_page->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    auto* versionCombo = m_page->findChild<QComboBox*>(QStringLiteral("versionComboBox"));
    QCOMPARE(m_page->profile(), name);
    QVERIFY(profileCombo->currentText().contains(QLatin1String("version 2")));
    QCOMPARE(profileCombo->findData(QStringLiteral("kixie-calls-to-ghl")), -1); // contacts: GHL → Kixie only
    QCOMPARE(versionCombo->count(), 3); // the newest, then each version
    QCOMPARE(m_page->profileVersion(), 0);
    const auto routesOf = [this](const sync::SyncOutcome& outcome) {
        QStringList routes;
        for (int row = 0; row < plan()->model()->rowCount(); ++row)
            routes << plan()->model()->index(row, RunRecordsModel::RouteColumn).data().toString();
        return outcome.ok ? routes : QStringList{outcome.message};
    };
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(30);
    QVERIFY(routesOf(runAndWait("dryRunPushButton")).contains(QStringLiteral("Fresh Leads")));
    // Version 1 again: the schedule names it, the plan follows it, the run records it (no copy is saved).
    versionCombo->setCurrentIndex(versionCombo->findData(1));
    QCOMPARE(m_page->profileVersion(), 1);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))
                ->text()
                .contains(QLatin1String("--profile-version 1")));
    const sync::SyncOutcome older = runAndWait("dryRunPushButton");
    const QStringList olderRoutes = routesOf(older);
    QVERIFY2(olderRoutes.contains(QStringLiteral("New Leads")) &&
                 !olderRoutes.contains(QStringLiteral("Fresh Leads")),
             qPrintable(olderRoutes.join(u',')));
    QCOMPARE(m_context->runs().run(older.runId)->profileVersionId, profiles.versions(name).constLast().id);
    QCOMPARE(profiles.versions(name).size(), 2);
    // Unsaved edits on the Mapping page are said to be untested.
    auto* note = m_page->findChild<QLabel*>(QStringLiteral("profileNoteLabel"));
    m_page->setUnsavedEdits(name, true);
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("unsaved")));
    m_page->setUnsavedEdits(name, false);
    QTRY_VERIFY(!note->isVisible());
    // A Kixie → GHL profile switches the page to call events, with that direction's profiles.
    m_page->setContext(SandboxConnection::name(), true, QStringLiteral("kixie-calls-to-ghl"));
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("recordsComboBox"))->currentIndex(), 1);
    QCOMPARE(m_page->profile(), QStringLiteral("kixie-calls-to-ghl"));
    QCOMPARE(profileCombo->findData(name), -1);
    QCOMPARE(versionCombo->currentText(), QStringLiteral("As shipped"));
}

void TestSyncTestPage::contactsPickedFromASearchAreTheScope() {
    setUpSandbox();
    auto* scopeCombo = m_page->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    scopeCombo->setCurrentIndex(3); // picked from a list
    // Nothing picked: nothing starts.
    QSignalSpy finished(m_page.get(), &SyncTestPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("dryRunPushButton")), Qt::LeftButton);
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))->text().contains(QLatin1String("Pick")));
    QVERIFY(finished.isEmpty());
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("pickContactsPushButton")),
                      Qt::LeftButton);
    auto* dialog = m_page->findChild<ContactPickerDialog*>(QStringLiteral("contactPickerDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A search by a word every seeded e-mail address has; tick two, untick one, tick another.
    QSignalSpy searched(dialog, &ContactPickerDialog::searched);
    auto* query = dialog->findChild<QLineEdit*>(QStringLiteral("contactSearchLineEdit"));
    query->setText(QStringLiteral("example"));
    QTest::keyClick(query, Qt::Key_Return);
    QVERIFY(!searched.isEmpty() || searched.wait(15000));
    QCOMPARE(searched.at(0).at(0).toString(), QString());
    auto* results = dialog->findChild<QListWidget*>(QStringLiteral("contactResultsListWidget"));
    auto* picked = dialog->findChild<QListWidget*>(QStringLiteral("pickedContactsListWidget"));
    QVERIFY(results->count() >= 3);
    for (int row : {0, 1, 2})
        results->item(row)->setCheckState(Qt::Checked);
    results->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(picked->count(), 2);
    const QStringList ids{results->item(0)->data(Qt::UserRole).toString(),
                          results->item(2)->data(Qt::UserRole).toString()};
    QCOMPARE(dialog->pickedIds(), ids);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->text().contains(QLatin1String("2")));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("pickedContactsLabel"))
                ->text()
                .contains(QLatin1String("2")));
    const QString schedule = m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))->text();
    for (const QString& id : ids)
        QVERIFY2(schedule.contains(QStringLiteral("--contact ") + id), qPrintable(schedule));
    // The dry run plans exactly those contacts.
    const sync::SyncOutcome outcome = runAndWait("dryRunPushButton");
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QSet<QString> planned;
    for (int row = 0; row < plan()->model()->rowCount(); ++row)
        planned.insert(plan()
                           ->model()
                           ->index(row, RunRecordsModel::SourceColumn)
                           .data(RunRecordsModel::IdRole)
                           .toString());
    QCOMPARE(planned, QSet<QString>(ids.begin(), ids.end()));
}

void TestSyncTestPage::callEventsFromAFileBecomeNotesOnce() {
    setUpSandbox();
    test::HttpProbe probe(m_context->sandbox()->baseUrl());
    const auto [contactId, phone] = contactWithoutNotes(probe);
    QVERIFY(!contactId.isEmpty());
    // One ended call, as Kixie's webhook sends it, captured in a JSON Lines file.
    const QJsonObject event =
        test::kixieCallEvent(QStringLiteral("call-1"), QStringLiteral("endcall"), contactId, phone);
    const QString path = m_dir.filePath(QStringLiteral("calls.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
    file.close();

    m_page->setContext(SandboxConnection::name(), true, QStringLiteral("kixie-calls-to-ghl"));
    m_page->findChild<QComboBox*>(QStringLiteral("recordsComboBox"))->setCurrentIndex(1);
    m_page->findChild<QLineEdit*>(QStringLiteral("eventsFileLineEdit"))->setText(path);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))
                ->text()
                .contains(QLatin1String("events --connection")));
    const auto runEvents = [this](const char* button) {
        QSignalSpy finished(m_page.get(), &SyncTestPage::eventsRunFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
        if (finished.isEmpty())
            finished.wait(60000);
        return finished.isEmpty() ? sync::EventOutcome{} : finished.at(0).at(0).value<sync::EventOutcome>();
    };
    const sync::EventOutcome dryRun = runEvents("dryRunPushButton");
    QVERIFY2(dryRun.ok, qPrintable(dryRun.message));
    QCOMPARE(dryRun.counts.notes, 0); // planned, not written
    QVERIFY(dryRun.counts.planned > 0);
    QVERIFY(test::at(probe.state(), "ghl.contacts").toArray().size() > 0);
    const sync::EventOutcome run = runEvents("runPushButton");
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(run.counts.notes, 1);
    QVERIFY(plan()->model()->rowCount() > 0);
    // The note's record shows the call that created it.
    QVERIFY(selectAction(QStringLiteral("note")));
    QStringList calls;
    for (int row = 0; row < trace()->model()->rowCount(); ++row)
        calls << traceCell(row, RequestTraceModel::OperationColumn) + QLatin1Char(' ') +
                     traceCell(row, RequestTraceModel::StatusColumn);
    QVERIFY2(calls.contains(QStringLiteral("notes.create 201")), qPrintable(calls.join(u',')));
    // A call event is no HighLevel contact to read.
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("fetchSourcePushButton"))->isEnabled());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("1 note(s) written")));
    // The same file again: the call's note exists, nothing is written twice.
    const sync::EventOutcome again = runEvents("runPushButton");
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.counts.notes, 0);
    QVERIFY(again.counts.duplicates > 0);
}

void TestSyncTestPage::aSimulatedCallReachesTheListenerAndBecomesANote() {
    setUpSandbox();
    test::HttpProbe probe(m_context->sandbox()->baseUrl());
    const auto [contactId, phone] = contactWithoutNotes(probe);
    QVERIFY(!contactId.isEmpty());
    m_page->setContext(SandboxConnection::name(), true, QStringLiteral("kixie-calls-to-ghl"));
    m_page->findChild<QComboBox*>(QStringLiteral("eventsSourceComboBox"))->setCurrentIndex(1);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))
                ->text()
                .contains(QLatin1String("--listen")));
    auto* simulate = m_page->findChild<QPushButton*>(QStringLiteral("simulateCallPushButton"));
    QTRY_VERIFY(simulate->isVisible());
    QVERIFY(!simulate->isEnabled()); // nothing listens yet
    // Run: the listener opens and registers itself with the sandbox's Kixie.
    QSignalSpy finished(m_page.get(), &SyncTestPage::eventsRunFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runPushButton")), Qt::LeftButton);
    auto* status = m_page->findChild<QLabel*>(QStringLiteral("listenerStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Listening on http://127.0.0.1:")),
                             15000);
    QVERIFY(simulate->isEnabled());
    // A call in the sandbox: Kixie's webhooks reach the listener, and the note is written while it listens.
    m_page->findChild<QLineEdit*>(QStringLiteral("callPhoneLineEdit"))->setText(phone);
    QTest::mouseClick(simulate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("endcall")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(selectAction(QStringLiteral("note")), 15000);
    QVERIFY(finished.isEmpty()); // still listening
    // The call's events (its end, and the disposition the agent chose) each became a note on the contact.
    const auto notesOfContact = [&probe, &contactId] {
        for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
            if (test::at(contact, "id").toString() == contactId)
                return test::at(contact, "notes").toArray();
        }
        return QJsonArray();
    };
    QTRY_VERIFY(!notesOfContact().isEmpty());
    // Cancel stops listening; the run ends with what it wrote. The notes are counted once it has ended: the
    // disposition's note may still have been on its way when the first one appeared.
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cancelPushButton")), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
    const auto outcome = finished.at(0).at(0).value<sync::EventOutcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const QJsonArray notes = notesOfContact();
    for (const QJsonValue& note : notes)
        QVERIFY(test::at(note, "body").toString().contains(QLatin1String("[Fieldlink: Kixie call")));
    QCOMPARE(outcome.counts.notes, notes.size());
    QCOMPARE(status->text(), QStringLiteral("Not listening."));
    // Each delivery went through the webhook inbox: stored before it was answered, done once handled.
    const Result<store::InboxCounts> inbox = m_context->webhookInbox().counts();
    QVERIFY(inbox.ok());
    QVERIFY(inbox->done >= 1);
    QCOMPARE(inbox->done, outcome.counts.events);
    QCOMPARE(inbox->malformed, 0);
}

void TestSyncTestPage::tabGoesThroughTheChoicesTheScopeTheButtonsAndTheResults() {
    QStringList chain;
    for (QWidget* widget = m_page->nextInFocusChain(); widget != m_page.get();
         widget = widget->nextInFocusChain()) {
        // A widget with a focus proxy (a tab widget) is no stop of its own: Tab stops at the proxy.
        if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain << widget->objectName();
    }
    // Qt's own parts of a spin box or tab bar have no name of ours.
    chain.removeIf([](const QString& name) {
        return name.startsWith(QLatin1String("qt_")) || name.startsWith(QLatin1String("Scroll"));
    });
    const QStringList expected =
        QStringLiteral(
            "connectionComboBox recordsComboBox profileComboBox versionComboBox eventsSourceComboBox "
            "eventsFileLineEdit listenPortSpinBox callPhoneLineEdit callOutcomeComboBox "
            "callDispositionLineEdit "
            "simulateCallPushButton browsePushButton exportCsvPushButton exportHarPushButton scopeComboBox "
            "limitSpinBox scopeValueLineEdit pickContactsPushButton dryRunPushButton runPushButton "
            "cancelPushButton keepInSyncPushButton actionFilterComboBox planTableView recordChangesTableView "
            "showJsonCheckBox "
            "recordPlainTextEdit "
            "conflictCandidatesListWidget "
            "giveRowPushButton forgetDecisionPushButton enrolledPushButton notEnrolledPushButton "
            "traceTableView "
            "callPlainTextEdit fetchSourcePushButton sourcePlainTextEdit")
            .split(QLatin1Char(' '));
    QCOMPARE(chain, expected);
}

FIELDLINK_TEST_MAIN(TestSyncTestPage, QApplication)
#include "TestSyncTestPage.moc"
