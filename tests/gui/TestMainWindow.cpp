// The main window on the offscreen platform: first run, the sandbox end to end, the environment band,
// navigation, menus and remembered geometry.
#include "app/common/CheckResultModel.h"
#include "app/mapping/MappingPage.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/MainWindow.h"
#include "app/shell/StatusBarIndicators.h"
#include "app/testsync/SyncTestPage.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/RunRepository.h"
#include "support/HttpProbe.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

using namespace fieldlink;
using namespace fieldlink::test;
using State = api::CheckLine::State;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstRunOpensOnTheWelcomePage();
    void trySandboxConnectsBothSidesAndTestsThemGreen();
    void theSandboxBandIsAStripAcrossTheWindow();
    void aProductionConnectionIsMarkedProduction();
    void testSyncChoosesTheConnectionInUse();
    void theWindowOpensOnTheLastConnectionThatWorked();
    void closingMidRunStopsTheRunBeforeClosing();
    void sidebarAndShortcutsSwitchPages();
    void connectMyAccountsOpensConnections();
    void aboutNamesTheVersions();
    void quitHasTheStandardShortcut();
    void geometryIsRememberedAcrossWindows();
    /// Last: it takes this process's D-Bus away.
    void withNoSecretServiceTheSandboxStillStartsAndSaysSoOnce();

private:
    QString bandText(const MainWindow& window) const {
        return window.findChild<QLabel*>(QStringLiteral("environmentBandLabel"))->text();
    }
    void startSandboxAndWait(MainWindow& window);
    /// Both connection reports end with every check passed.
    void waitForGreenChecks(MainWindow& window);
    /// Clicks the button with `text` on the next message box.
    void answerNextQuestion(const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestMainWindow::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    QSettings().remove(QStringLiteral("connections/lastWorking"));
    // Secrets in memory here; the keychain is TestConnectionsPage's subject.
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
}

void TestMainWindow::cleanup() {
    m_context.reset();
}

void TestMainWindow::startSandboxAndWait(MainWindow& window) {
    QSignalSpy ready(&window, &MainWindow::sandboxReady);
    auto* button = window.findChild<QCommandLinkButton*>(QStringLiteral("trySandboxCommandLinkButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!ready.isEmpty() || ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toString(), QString());
}

void TestMainWindow::waitForGreenChecks(MainWindow& window) {
    for (const char* name : {"ghlChecksListView", "kixieChecksListView"}) {
        auto* model =
            qobject_cast<CheckResultModel*>(window.findChild<QListView*>(QLatin1String(name))->model());
        QTRY_VERIFY_WITH_TIMEOUT(
            model->rowCount() >= 4 &&
                std::all_of(model->lines().cbegin(), model->lines().cend(),
                            [](const api::CheckLine& line) { return line.state == State::Passed; }),
            20000);
    }
}

void TestMainWindow::firstRunOpensOnTheWelcomePage() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), MainWindow::Page::Welcome);
    QCOMPARE(bandText(window), MainWindow::tr("Not connected"));
    QVERIFY(
        window.findChild<QCommandLinkButton*>(QStringLiteral("trySandboxCommandLinkButton"))->isVisible());
    QVERIFY(window.findChild<QCommandLinkButton*>(QStringLiteral("connectAccountsCommandLinkButton"))
                ->isVisible());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("connectionStatusLabel"))->text(),
             StatusBarIndicators::tr("No connection"));
}

void TestMainWindow::trySandboxConnectsBothSidesAndTestsThemGreen() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    startSandboxAndWait(window);
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    auto* table = window.findChild<QTableView*>(QStringLiteral("connectionsTableView"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Sandbox"));
    const QJsonObject credentials = m_context->sandbox()->credentials();
    QCOMPARE(
        table->model()->index(0, 2).data().toString(),
        credentials.value(QLatin1String("ghl")).toObject().value(QLatin1String("locationId")).toString());
    // Both reports go green on their own: the point of trying the sandbox.
    waitForGreenChecks(window);
    QVERIFY(bandText(window).startsWith(QLatin1String("SANDBOX")));
    QVERIFY(window.windowTitle().contains(QLatin1String("Sandbox")));
    // The budgets are the ones the tests just learned.
    const QString ghlBudget = window.findChild<QLabel*>(QStringLiteral("ghlBudgetLabel"))->text();
    QVERIFY2(ghlBudget.contains(QLocale().toString(100)) && ghlBudget.contains(QLatin1String("left today")),
             qPrintable(ghlBudget));
    const QString kixieBudget = window.findChild<QLabel*>(QStringLiteral("kixieBudgetLabel"))->text();
    QVERIFY2(kixieBudget.contains(QLocale().toString(9999)), qPrintable(kixieBudget));
    // Kixie's figure follows every run of the day, also one this window never saw (a scheduled CLI run):
    // each counts its calls in the database, which the status bar reads every few seconds.
    const auto kixie =
        m_context->connections().find(QStringLiteral("Sandbox"), store::SavedConnection::Service::Kixie);
    QVERIFY(kixie);
    QVERIFY(m_context->runs()
                .setDailyCalls(QStringLiteral("kixie"), kixie->accountId,
                               QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), 123)
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("kixieBudgetLabel"))
                                 ->text()
                                 .contains(QLocale().toString(10000 - 123)),
                             10000);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionStatusLabel"))
                ->text()
                .contains(QLatin1String("Sandbox")));
    // The default profile is open on the Mapping page.
    QCOMPARE(window.findChild<MappingPage*>()->profileName(),
             QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    QVERIFY(window.statusBar()->currentMessage().contains(m_context->sandbox()->baseUrl()));
    // Saved like any connection, secrets aside.
    const auto ghl =
        m_context->connections().find(QStringLiteral("Sandbox"), store::SavedConnection::Service::Ghl);
    QVERIFY(ghl && ghl->secretSavedAt);
    QCOMPARE(ghl->environment, store::SavedConnection::Environment::Sandbox);
}

void TestMainWindow::theSandboxBandIsAStripAcrossTheWindow() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    startSandboxAndWait(window);
    auto* band = window.findChild<QLabel*>(QStringLiteral("environmentBandLabel"));
    QVERIFY(band->isVisible());
    QVERIFY(band->width() >= window.centralWidget()->width() - 1); // the whole width of the window
    // A strip, not half the window: a couple of text lines high whatever the window's size.
    window.resize(1000, 700);
    window.layout()->activate();
    window.centralWidget()->layout()->activate();
    QVERIFY(window.centralWidget()->height() > 400);
    QVERIFY2(band->height() <= 3 * band->fontMetrics().height() + 2 * band->margin(),
             qPrintable(QString::number(band->height())));
    QVERIFY(band->height() >= band->fontMetrics().height());
    QVERIFY(band->styleSheet().contains(QLatin1String("#f5a623")));
}

void TestMainWindow::aProductionConnectionIsMarkedProduction() {
    store::SavedConnection ghl;
    ghl.name = QStringLiteral("Acme's Roofing");
    ghl.baseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    ghl.accountId = QStringLiteral("loc1");
    ghl.authKind = store::ConnectionAuthKind::privateToken;
    QVERIFY(m_context->connections().save(ghl));
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Something is saved: straight to Connections, not the welcome page.
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    // A production account is worked on only by the admin's choice: shown, not in use.
    QCOMPARE(bandText(window), MainWindow::tr("Not connected"));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("useConnectionPushButton")),
                      Qt::LeftButton);
    QVERIFY2(bandText(window).startsWith(QLatin1String("PRODUCTION")), qPrintable(bandText(window)));
    QVERIFY(bandText(window).contains(QLatin1String("Acme's Roofing")));
    // The commands on the Test Sync page paste into a shell as they are, quotes and all.
    window.showPage(MainWindow::Page::TestSync);
    const QString guide = window.findChild<QLabel*>(QStringLiteral("scheduleLabel"))->text();
    QVERIFY2(guide.contains(QStringLiteral("--connection 'Acme'\\''s Roofing'").toHtmlEscaped()),
             qPrintable(guide));
    QVERIFY(guide.contains(QStringLiteral("--db ") + m_context->databasePath()));
    QVERIFY(guide.contains(QLatin1String("--limit 25")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("environmentBandLabel"))
                ->styleSheet()
                .contains(QLatin1String("#b3261e")));
    QVERIFY(window.windowTitle().contains(QLatin1String("Production")));
}

void TestMainWindow::testSyncChoosesTheConnectionInUse() {
    for (const auto& [name, environment] :
         {std::pair{QStringLiteral("Acme"), store::SavedConnection::Environment::Production},
          std::pair{QStringLiteral("Staging"), store::SavedConnection::Environment::Sandbox}}) {
        store::SavedConnection ghl;
        ghl.name = name;
        ghl.environment = environment;
        ghl.baseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
        ghl.accountId = QStringLiteral("loc-") + name;
        ghl.authKind = store::ConnectionAuthKind::privateToken;
        QVERIFY(m_context->connections().save(ghl));
    }
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::TestSync);
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("connectionComboBox"));
    QCOMPARE(combo->count(), 2);
    // Nothing is in use until the admin chooses one.
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(bandText(window), MainWindow::tr("Not connected"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString first = combo->currentData().toString();
    QVERIFY(!first.isEmpty());
    auto* schedule = window.findChild<QLabel*>(QStringLiteral("scheduleLabel"));
    QTRY_VERIFY2(schedule->text().contains(QStringLiteral("--connection ") + first),
                 qPrintable(schedule->text()));
    // The other one, by keyboard: the whole window follows (band, title, Test Sync's command).
    const QString other = first == QLatin1String("Acme") ? QStringLiteral("Staging") : QStringLiteral("Acme");
    combo->setFocus();
    QTest::keyClick(combo, combo->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentData().toString(), other);
    QTRY_VERIFY2(schedule->text().contains(QStringLiteral("--connection ") + other),
                 qPrintable(schedule->text()));
    const QString band = bandText(window);
    QVERIFY2(other == QLatin1String("Acme")
                 ? band.startsWith(QLatin1String("PRODUCTION")) && band.contains(other)
                 : band.startsWith(QLatin1String("SANDBOX")),
             qPrintable(band));
}

void TestMainWindow::theWindowOpensOnTheLastConnectionThatWorked() {
    const QString database = m_context->databasePath();
    {
        MainWindow window(*m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        startSandboxAndWait(window);
        waitForGreenChecks(window);
    }
    // A production connection saved since, never used: the next start does not open on it.
    store::SavedConnection production;
    production.name = QStringLiteral("Acme");
    production.baseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    production.accountId = QStringLiteral("loc1");
    production.authKind = store::ConnectionAuthKind::privateToken;
    QVERIFY(m_context->connections().save(production));
    // The next start: a new process, so the sandbox that connection points at is gone.
    m_context = std::make_unique<AppContext>(database);
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    QVERIFY2(bandText(window).startsWith(QLatin1String("SANDBOX")), qPrintable(bandText(window)));
    QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Sandbox"));
    // … and offers to start it again, which brings the connection back to life.
    auto* banner = window.findChild<QWidget*>(QStringLiteral("staleSandboxFrame"));
    QVERIFY(banner->isVisible());
    QSignalSpy ready(&window, &MainWindow::sandboxReady);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("startSandboxPushButton")),
                      Qt::LeftButton);
    QVERIFY(!ready.isEmpty() || ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toString(), QString());
    QVERIFY(!banner->isVisible());
    waitForGreenChecks(window);
}

void TestMainWindow::answerNextQuestion(const QString& text) {
    QTimer::singleShot(0, this, [text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        for (QAbstractButton* button : box->buttons())
            if (button->text() == text)
                return button->click();
        QFAIL(qPrintable(QStringLiteral("no button %1 on \"%2\"").arg(text, box->text())));
    });
}

void TestMainWindow::closingMidRunStopsTheRunBeforeClosing() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    startSandboxAndWait(window);
    // Every Kixie write takes 400 ms, so the run is still sending while the window is closed.
    HttpProbe probe(m_context->sandbox()->baseUrl());
    QCOMPARE(probe
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           jsonObject(R"({"slow":1,"slowMs":400,"service":"kixie"})"))
                 .status,
             200);
    window.showPage(MainWindow::Page::TestSync);
    auto* page = window.findChild<SyncTestPage*>();
    window.findChild<QSpinBox*>(QStringLiteral("limitSpinBox"))->setValue(30);
    QSignalSpy finished(page, &SyncTestPage::runFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("runPushButton")), Qt::LeftButton);
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("runProgressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() > 0 && progress->value() > 0, 20000); // writes under way

    // Keep Running: nothing changes.
    answerNextQuestion(QStringLiteral("Keep Running"));
    window.close();
    QVERIFY(window.isVisible());
    QVERIFY(page->isRunning());
    QCOMPARE(window.currentPage(), MainWindow::Page::TestSync);

    // Stop and Close: the window waits for the run to stop as Cancel stops it, then closes.
    answerNextQuestion(QStringLiteral("Stop and Close"));
    window.close();
    QVERIFY(window.isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Stopping the run")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<sync::SyncOutcome>();
    QVERIFY2(outcome.cancelled, qPrintable(outcome.message));
    // Stopped part-way and recorded so, which History offers to resume.
    QCOMPARE(m_context->runs().run(outcome.runId)->status, QStringLiteral("interrupted"));
    const QJsonObject recorded = m_context->runs().recordCounts(outcome.runId);
    int done = 0;
    for (auto it = recorded.begin(); it != recorded.end(); ++it)
        done += it.value().toInt();
    QVERIFY2(done > 0 && done < outcome.counts.planned,
             qPrintable(QStringLiteral("%1 of %2").arg(done).arg(outcome.counts.planned)));
    QVERIFY(!page->isRunning());
}

void TestMainWindow::sidebarAndShortcutsSwitchPages() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* sidebar = window.findChild<QToolBar*>(QStringLiteral("navigationToolBar"));
    QCOMPARE(window.toolBarArea(sidebar), Qt::LeftToolBarArea);
    const QList<std::tuple<const char*, QKeySequence, MainWindow::Page>> pages = {
        {"mappingAction", QKeySequence(Qt::CTRL | Qt::Key_2), MainWindow::Page::Mapping},
        {"testSyncAction", QKeySequence(Qt::CTRL | Qt::Key_3), MainWindow::Page::TestSync},
        {"historyAction", QKeySequence(Qt::CTRL | Qt::Key_4), MainWindow::Page::History},
        {"connectionsAction", QKeySequence(Qt::CTRL | Qt::Key_1), MainWindow::Page::Connections}};
    for (const auto& [name, shortcut, page] : pages) {
        auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY(!action->icon().isNull());
        QVERIFY(sidebar->actions().contains(action));
        QTest::keySequence(&window, shortcut);
        QCOMPARE(window.currentPage(), page);
        QVERIFY(action->isChecked());
    }
    // A click on the sidebar does the same.
    auto* mapping = window.findChild<QAction*>(QStringLiteral("mappingAction"));
    QTest::mouseClick(sidebar->widgetForAction(mapping), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Mapping);
}

void TestMainWindow::connectMyAccountsOpensConnections() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(
        window.findChild<QCommandLinkButton*>(QStringLiteral("connectAccountsCommandLinkButton")),
        Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Connections);
    QVERIFY(window.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->isVisible());
}

void TestMainWindow::aboutNamesTheVersions() {
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    QTimer::singleShot(0, this, [&text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        text = box->text();
        box->accept();
    });
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(text.contains(QLatin1String(FIELDLINK_VERSION)));
    QVERIFY(text.contains(QLatin1String(qVersion())));
}

void TestMainWindow::quitHasTheStandardShortcut() {
    MainWindow window(*m_context);
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quit->trigger();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::geometryIsRememberedAcrossWindows() {
    {
        MainWindow window(*m_context);
        // Inside the offscreen platform's 800x600 screen: a remembered size that does not fit is shrunk to it
        // (TestWindowFit), one that fits is kept.
        window.resize(781, 541);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow reopened(*m_context);
    QCOMPARE(reopened.size(), QSize(781, 541));
}

void TestMainWindow::withNoSecretServiceTheSandboxStillStartsAndSaysSoOnce() {
    // A desktop with no secret service at all: the keychain probe fails while the sandbox is starting, as
    // `fieldlink --sandbox` does on its first run.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    AppContext context(m_dir.filePath(QStringLiteral("no-secret-service.sqlite")));
    QVERIFY(context.open().ok());
    QSignalSpy keychain(&context, &AppContext::keychainStateChanged);
    context.probeKeychain();
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    startSandboxAndWait(window);
    QCOMPARE(keychain.count(), 1);
    QCOMPARE(context.keychainState(), AppContext::KeychainState::Unavailable);
    QVERIFY2(keychain.at(0).at(1).toString().contains(QLatin1String("this session only")),
             qPrintable(keychain.at(0).at(1).toString()));
    // The secrets, kept in memory, work: both sides test green.
    waitForGreenChecks(window);
    QCOMPARE(keychain.count(), 1);
}

FIELDLINK_TEST_MAIN(TestMainWindow, QApplication)
#include "TestMainWindow.moc"
