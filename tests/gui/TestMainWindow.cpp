// The main window on the offscreen platform: the environment band, sandbox mode, remembered geometry.
#include "EmbeddedSandbox.h"
#include "JsonHelpers.h"
#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace fieldlink;
using namespace fieldlink::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutAccountsTheBandSaysNotConnected();
    void sandboxModeIsImpossibleToMiss();
    void quitHasTheStandardShortcut();
    void geometryIsRememberedAcrossWindows();
};

void TestMainWindow::withoutAccountsTheBandSaysNotConnected() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* band = window.findChild<QLabel*>(QStringLiteral("environmentBandLabel"));
    QVERIFY(band);
    QCOMPARE(band->text(), MainWindow::tr("Not connected"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("--sandbox")));
}

void TestMainWindow::sandboxModeIsImpossibleToMiss() {
    EmbeddedSandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QVERIFY(sandbox.baseUrl().startsWith(QLatin1String("http://127.0.0.1:")));
    MainWindow window;
    window.useSandbox(&sandbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* band = window.findChild<QLabel*>(QStringLiteral("environmentBandLabel"));
    QVERIFY(band->text().startsWith(QLatin1String("SANDBOX")));
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
    const QString summary = window.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY(summary.contains(at(sandbox.credentials(), "ghl.locationId").toString()));
    QVERIFY(summary.contains(at(sandbox.credentials(), "kixie.businessId").toString()));
    QVERIFY(!summary.contains(at(sandbox.credentials(), "ghl.token").toString())); // secrets are never shown
    QVERIFY(window.windowTitle().contains(QLatin1String("Sandbox")));
    QVERIFY(window.statusBar()->currentMessage().contains(sandbox.baseUrl()));
}

void TestMainWindow::quitHasTheStandardShortcut() {
    MainWindow window;
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
        MainWindow window;
        window.resize(777, 555);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow reopened;
    QCOMPARE(reopened.size(), QSize(777, 555));
}

FIELDLINK_TEST_MAIN(TestMainWindow, QApplication)
#include "TestMainWindow.moc"
