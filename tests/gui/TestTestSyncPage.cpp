// The Test Sync page against the built-in sandbox over HTTP, on the offscreen platform: a dry run lists the
// plan and writes nothing, the plan filters by action and shows a record's changes, a run sends and lands
// in History, a production run asks first, and a page without a connection says what to do.
#include "AppContext.h"
#include "ConnectionRepository.h"
#include "EmbeddedSandbox.h"
#include "HttpProbe.h"
#include "JsonHelpers.h"
#include "KixieEvents.h"
#include "RunRecordsModel.h"
#include "SandboxConnection.h"
#include "TestEnvironment.h"
#include "TestSyncPage.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace fieldlink;

class TestTestSyncPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void withoutAConnectionNothingCanStart();
    void aDryRunListsThePlanAndWritesNothing();
    void aRunSendsAndIsRecorded();
    void productionAsksBeforeWriting();
    void aCancelledRunResumesToTheEnd();
    void callEventsFromAFileBecomeNotesOnce();

private:
    void setUpSandbox();
    sync::SyncOutcome runAndWait(const char* button);
    QTableView* plan() const { return m_page->findChild<QTableView*>(QStringLiteral("planTableView")); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<TestSyncPage> m_page;
};

void TestTestSyncPage::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QCOMPARE(m_context->open(), QString());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_page = std::make_unique<TestSyncPage>(*m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTestSyncPage::cleanup() {
    m_page.reset();
    m_context.reset();
}

void TestTestSyncPage::setUpSandbox() {
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

sync::SyncOutcome TestTestSyncPage::runAndWait(const char* button) {
    QSignalSpy finished(m_page.get(), &TestSyncPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
    if (finished.isEmpty())
        finished.wait(60000);
    return finished.isEmpty() ? sync::SyncOutcome{} : finished.at(0).at(0).value<sync::SyncOutcome>();
}

void TestTestSyncPage::withoutAConnectionNothingCanStart() {
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("dryRunButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("cancelButton"))->isEnabled());
}

void TestTestSyncPage::aDryRunListsThePlanAndWritesNothing() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(10);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("scheduleLabel"))
                ->text()
                .contains(QLatin1String("--limit 10")));
    const sync::SyncOutcome outcome = runAndWait("dryRunButton");
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.kixieCalls, 0);       // a dry run writes nothing anywhere
    QVERIFY(outcome.counts.planned >= 10); // ten contacts, and a cadence enrolment per hot lead
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.planned);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QStringLiteral("%1 records").arg(outcome.counts.planned)));
    // Filter by action: only the creates (every contact is new to Kixie), then only conflicts (none here).
    auto* filter = m_page->findChild<QComboBox*>(QStringLiteral("actionFilterComboBox"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("create")));
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.created);
    filter->setCurrentIndex(filter->findData(QStringLiteral("conflict")));
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.conflicts);
    filter->setCurrentIndex(0);
    plan()->setCurrentIndex(plan()->model()->index(0, 0));
    const QString detail = m_page->findChild<QPlainTextEdit*>(QStringLiteral("planDetail"))->toPlainText();
    QVERIFY2(detail.startsWith(QLatin1String("Record ")), qPrintable(detail));
}

void TestTestSyncPage::aRunSendsAndIsRecorded() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(5);
    const sync::SyncOutcome outcome = runAndWait("runButton"); // the sandbox needs no confirmation
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.kixieCalls > 0);
    QCOMPARE(plan()->model()->rowCount(), outcome.counts.planned);
    const auto run = m_context->runs().run(m_page->shownRun());
    QVERIFY(run);
    QCOMPARE(run->mode, QStringLiteral("run"));
    QCOMPARE(run->status, QStringLiteral("finished"));
    // Again: the same slice is unchanged and costs no Kixie call.
    const sync::SyncOutcome again = runAndWait("runButton");
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.kixieCalls, 0);
}

void TestTestSyncPage::productionAsksBeforeWriting() {
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
    QSignalSpy finished(m_page.get(), &TestSyncPage::runFinished);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("real Kixie account")), qPrintable(question));
    QVERIFY(question.contains(QLatin1String("No dry run")));
    QVERIFY(question.contains(QLatin1String("left today")));
    QVERIFY(finished.isEmpty());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled()); // nothing started
    // After a dry run of the same scope, the question quotes its plan.
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(3);
    const sync::SyncOutcome dryRun = runAndWait("dryRunButton"); // a dry run writes nothing: no question
    QVERIFY2(dryRun.ok, qPrintable(dryRun.message));
    question.clear();
    cancelTheQuestion();
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("The dry run planned %1 records").arg(dryRun.counts.planned)),
             qPrintable(question));
}

void TestTestSyncPage::aCancelledRunResumesToTheEnd() {
    setUpSandbox();
    m_page->findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(40);
    // Cancel once the run is under way (it has a total): it stops after the writes in flight.
    bool asked = false;
    connect(m_page.get(), &TestSyncPage::runProgress, this,
            [this, &asked](const sync::RunProgress& progress) {
                if (!asked && progress.total > 0) {
                    asked = true;
                    m_page->cancel();
                }
            });
    const sync::SyncOutcome cancelled = runAndWait("runButton");
    QVERIFY2(cancelled.cancelled, qPrintable(cancelled.message));
    QCOMPARE(m_context->runs().run(cancelled.runId)->status, QStringLiteral("interrupted"));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("can be resumed")));
    QVERIFY(cancelled.counts.planned > 0);
    QSignalSpy finished(m_page.get(), &TestSyncPage::runFinished);
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

void TestTestSyncPage::callEventsFromAFileBecomeNotesOnce() {
    setUpSandbox();
    test::HttpProbe probe(m_context->sandbox()->baseUrl());
    QString contactId;
    QString phone;
    for (const QJsonValue& contact : test::at(probe.state(), "ghl.contacts").toArray()) {
        if (test::at(contact, "phone").toString().startsWith(QLatin1String("+1")) &&
            test::at(contact, "notes").toArray().isEmpty()) {
            contactId = test::at(contact, "id").toString();
            phone = test::at(contact, "phone").toString();
            break;
        }
    }
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
        QSignalSpy finished(m_page.get(), &TestSyncPage::eventsRunFinished);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QLatin1String(button)), Qt::LeftButton);
        if (finished.isEmpty())
            finished.wait(60000);
        return finished.isEmpty() ? sync::EventOutcome{} : finished.at(0).at(0).value<sync::EventOutcome>();
    };
    const sync::EventOutcome dryRun = runEvents("dryRunButton");
    QVERIFY2(dryRun.ok, qPrintable(dryRun.message));
    QCOMPARE(dryRun.counts.notes, 0); // planned, not written
    QVERIFY(dryRun.counts.planned > 0);
    QVERIFY(test::at(probe.state(), "ghl.contacts").toArray().size() > 0);
    const sync::EventOutcome run = runEvents("runButton");
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(run.counts.notes, 1);
    QVERIFY(plan()->model()->rowCount() > 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("runStatusLabel"))
                ->text()
                .contains(QLatin1String("1 notes")));
    // The same file again: the call's note exists, nothing is written twice.
    const sync::EventOutcome again = runEvents("runButton");
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.counts.notes, 0);
    QVERIFY(again.counts.duplicates > 0);
}

FIELDLINK_TEST_MAIN(TestTestSyncPage, QApplication)
#include "TestTestSyncPage.moc"
