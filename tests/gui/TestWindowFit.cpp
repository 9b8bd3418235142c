// The main window on a laptop's screen: at 1366×768 and 1024×700, on every page and in the states that used
// to push it wider or squeeze it (samples fetched with many rules, a long undo label, a long printed command,
// a run's results, a run in progress, History with runs), the window keeps its size, no page needs a
// horizontal scroll bar at 1366 and the mapping editor shows ten rules and eight samples at once. The data
// is the built-in sandbox's, on a screen of 1366×768 (the offscreen platform, configured in main()).
#include "app/common/ElidedLabel.h"
#include "app/common/PageScrollArea.h"
#include "app/mapping/MappingPage.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/editors/RuleEditorPane.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/MainWindow.h"
#include "app/testsync/SyncTestPage.h"
#include "support/HttpProbe.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace fieldlink;
using namespace fieldlink::test;

namespace {

const QSize laptop(1366, 768);
const QSize smallLaptop(1024, 700);

/// How many rows of `view` are wholly visible.
int visibleRows(const QTableView* view) {
    int rows = 0;
    const int height = view->viewport()->height();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const int top = view->rowViewportPosition(row);
        if (top >= 0 && top + view->rowHeight(row) <= height)
            ++rows;
    }
    return rows;
}

} // namespace

class TestWindowFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theWindowOpensInsideTheScreen();
    void theMinimumSizeFitsASmallLaptop();
    void everyPageFitsAfterTheSandboxStarted();
    void theMappingEditorShowsTenRulesAndEightSamples();
    void aLongUndoLabelIsElidedWithTheWholeTextInItsTooltip();
    void theRuleEditorFoldsAndMovesIntoAWindow();
    void theSplittersAreRememberedAcrossWindows();
    void aLongPrintedCommandWrapsOnTestSync();
    void aRunInProgressAndItsResultsFit();
    void historyWithRunsFits();
    void aLongConnectionNameNeverWidensTheWindow();

private:
    /// Shows `page` at `size` and checks the window kept that size and, at 1366, that the page needs no
    /// horizontal scroll bar. `state` names the case in a failure.
    void checkFits(MainWindow::Page page, QSize size, const char* state);
    void checkFitsAtBothSizes(MainWindow::Page page, const char* state);
    PageScrollArea* currentScrollArea() const;
    template <typename T> T* child(const char* name) const {
        auto* found = m_window->findChild<T*>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowFit::initTestCase() {
    // Qt's test mode keeps QSettings in one place for every test: start from the layout a new admin gets.
    for (const char* group : {"mainWindow", "mapping"})
        QSettings().remove(QLatin1String(group));
    m_context = std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("fit.sqlite")));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    checkFits(MainWindow::Page::Welcome, laptop, "welcome");
    QSignalSpy ready(m_window.get(), &MainWindow::sandboxReady);
    QTest::mouseClick(child<QCommandLinkButton>("trySandboxCommandLinkButton"), Qt::LeftButton);
    QVERIFY(!ready.isEmpty() || ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toString(), QString());
}

void TestWindowFit::cleanupTestCase() {
    m_window.reset();
    m_context.reset();
}

PageScrollArea* TestWindowFit::currentScrollArea() const {
    return qobject_cast<PageScrollArea*>(child<QStackedWidget>("pagesStackedWidget")->currentWidget());
}

void TestWindowFit::checkFits(MainWindow::Page page, QSize size, const char* state) {
    m_window->showPage(page);
    m_window->resize(size);
    // Layouts settle through posted events; a page asking for more room would now have grown the window.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    m_window->layout()->activate();
    const QString where =
        QStringLiteral("%1 at %2x%3").arg(QLatin1String(state)).arg(size.width()).arg(size.height());
    QVERIFY2(m_window->size() == size, qPrintable(QStringLiteral("%1: the window is %2x%3")
                                                      .arg(where)
                                                      .arg(m_window->width())
                                                      .arg(m_window->height())));
    PageScrollArea* area = currentScrollArea();
    QVERIFY2(area, qPrintable(where + QStringLiteral(": the page is not in a scroll area")));
    if (size.width() >= laptop.width()) {
        const int overflow = area->horizontalScrollBar()->maximum();
        QVERIFY2(overflow == 0,
                 qPrintable(
                     QStringLiteral("%1: the page is %2 px wider than the window").arg(where).arg(overflow)));
    }
}

void TestWindowFit::checkFitsAtBothSizes(MainWindow::Page page, const char* state) {
    checkFits(page, smallLaptop, state);
    if (QTest::currentTestFailed())
        return;
    checkFits(page, laptop, state);
}

void TestWindowFit::theWindowOpensInsideTheScreen() {
    QSettings().remove(QStringLiteral("mainWindow"));
    MainWindow fresh(*m_context);
    const QRect available = fresh.screen()->availableGeometry();
    QCOMPARE(available.size(), laptop); // the screen main() configured
    QVERIFY(fresh.width() <= 1280 && fresh.height() <= 800);
    QVERIFY2(available.contains(fresh.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                  .arg(fresh.x())
                                                                  .arg(fresh.y())
                                                                  .arg(fresh.width())
                                                                  .arg(fresh.height())));
}

void TestWindowFit::theMinimumSizeFitsASmallLaptop() {
    for (auto page : {MainWindow::Page::Welcome, MainWindow::Page::Connections, MainWindow::Page::Mapping,
                      MainWindow::Page::TestSync, MainWindow::Page::History}) {
        m_window->showPage(page);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                 qPrintable(QStringLiteral("page %1: %2x%3")
                                .arg(static_cast<int>(page))
                                .arg(minimum.width())
                                .arg(minimum.height())));
    }
}

void TestWindowFit::everyPageFitsAfterTheSandboxStarted() {
    checkFitsAtBothSizes(MainWindow::Page::Connections, "connections, both sides tested");
    checkFitsAtBothSizes(MainWindow::Page::Mapping, "mapping, no samples");
    checkFitsAtBothSizes(MainWindow::Page::TestSync, "test sync, nothing run");
    checkFitsAtBothSizes(MainWindow::Page::History, "history, no runs");
}

void TestWindowFit::theMappingEditorShowsTenRulesAndEightSamples() {
    auto* page = m_window->findChild<MappingPage*>();
    m_window->showPage(MainWindow::Page::Mapping);
    QSignalSpy fetched(page, &MappingPage::samplesFetched);
    QTest::mouseClick(child<QPushButton>("fetchSamplesPushButton"), Qt::LeftButton);
    QVERIFY(fetched.wait(20000));
    QCOMPARE(fetched.at(0).at(0).toString(), QString());
    // At least a dozen rules, so that ten visible is the view's doing, not the profile's size.
    for (int extra = page->document()->ruleCount(); extra < 12; ++extra)
        page->document()->insertRule(page->document()->ruleCount(),
                                     QJsonObject{{QStringLiteral("target"), QStringLiteral("notes")},
                                                 {QStringLiteral("source"), QStringLiteral("email")}});
    auto* rules = child<QTableView>("rulesTableView");
    auto* preview = child<QTableView>("previewTableView");
    QVERIFY(preview->model()->rowCount() >= 8);
    checkFitsAtBothSizes(MainWindow::Page::Mapping, "mapping with samples and 12 rules");
    QVERIFY(!QTest::currentTestFailed());
    // On a 768-pixel screen the rule editor starts folded (its header stays, one click opens it), so the
    // rules and the preview have the room: ten rules and eight samples, with no vertical scrolling either.
    auto* pane = m_window->findChild<RuleEditorPane*>();
    QVERIFY(pane->isFolded() && !pane->isDetached());
    QCOMPARE(currentScrollArea()->verticalScrollBar()->maximum(), 0);
    QVERIFY2(visibleRows(rules) >= 10, qPrintable(QString::number(visibleRows(rules))));
    QVERIFY2(visibleRows(preview) >= 8, qPrintable(QString::number(visibleRows(preview))));
    // At 1024×700 with the rule editor open, every editor stays usable: the rules, the transforms and the
    // preview each show a useful part, and the window still does not grow.
    pane->setFolded(false);
    checkFits(MainWindow::Page::Mapping, smallLaptop, "mapping at the smaller size, rule editor open");
    QVERIFY(!QTest::currentTestFailed());
    auto* editor = child<QTabWidget>("ruleDetailTabWidget");
    QTRY_VERIFY(editor->isVisible());
    QVERIFY2(visibleRows(rules) >= 3, qPrintable(QString::number(visibleRows(rules))));
    QVERIFY2(visibleRows(preview) >= 3, qPrintable(QString::number(visibleRows(preview))));
    QVERIFY2(editor->height() >= 120, qPrintable(QString::number(editor->height())));
    pane->setFolded(true);
    checkFits(MainWindow::Page::Mapping, laptop, "mapping back at 1366");
    QVERIFY2(visibleRows(rules) >= 10, qPrintable(QString::number(visibleRows(rules))));
}

void TestWindowFit::aLongUndoLabelIsElidedWithTheWholeTextInItsTooltip() {
    auto* page = m_window->findChild<MappingPage*>();
    const QString longEdit =
        QStringLiteral("Map the contact's assigned agency account manager's preferred callback window to "
                       "the PowerList row's notes, through three transforms and a value map");
    QUndoStack* stack = page->document()->undoStack();
    stack->beginMacro(longEdit);
    page->document()->insertRule(page->document()->ruleCount(),
                                 QJsonObject{{QStringLiteral("target"), QStringLiteral("notes")}});
    stack->endMacro();
    auto* undo = child<QToolButton>("undoToolButton");
    QVERIFY(undo->toolTip().contains(longEdit));
    QVERIFY(undo->text().endsWith(QChar(0x2026))); // "…"
    QVERIFY(undo->sizeHint().width() < 400);
    checkFitsAtBothSizes(MainWindow::Page::Mapping, "mapping with a long undo label");
    stack->undo();
}

void TestWindowFit::theRuleEditorFoldsAndMovesIntoAWindow() {
    checkFits(MainWindow::Page::Mapping, laptop, "mapping");
    auto* pane = m_window->findChild<RuleEditorPane*>();
    auto* rules = child<QTableView>("rulesTableView");
    auto* editor = child<QTabWidget>("ruleDetailTabWidget");
    // Open: the editor takes room from the rules.
    QVERIFY(pane->isFolded());
    QTest::mouseClick(child<QToolButton>("foldToolButton"), Qt::LeftButton);
    QVERIFY(!pane->isFolded());
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(!QSettings().value(QStringLiteral("mapping/ruleEditor/folded")).toBool());
    const int openRows = visibleRows(rules);
    // Folded: the rules take the editor's room.
    QTest::mouseClick(child<QToolButton>("foldToolButton"), Qt::LeftButton);
    QVERIFY(pane->isFolded());
    QTRY_VERIFY(!editor->isVisible());
    QTRY_VERIFY2(visibleRows(rules) > openRows, qPrintable(QString::number(visibleRows(rules))));
    QVERIFY(QSettings().value(QStringLiteral("mapping/ruleEditor/folded")).toBool());
    // Open again: the editor has its room back.
    QTest::mouseClick(child<QToolButton>("foldToolButton"), Qt::LeftButton);
    QTRY_VERIFY(editor->isVisible());
    QTRY_COMPARE(visibleRows(rules), openRows);
    // In a window of its own: the page keeps the header, the editor lives in the window.
    QTest::mouseClick(child<QToolButton>("detachToolButton"), Qt::LeftButton);
    QVERIFY(pane->isDetached());
    QWidget* window = pane->detachedWindow();
    QVERIFY(window && window->isWindow());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(editor->window(), window);
    QTRY_VERIFY(visibleRows(rules) > openRows);
    QVERIFY(QSettings().value(QStringLiteral("mapping/ruleEditor/detached")).toBool());
    // Closing the window puts the editor back.
    window->close();
    QVERIFY(!pane->isDetached());
    QCOMPARE(editor->window(), m_window.get());
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(!QSettings().value(QStringLiteral("mapping/ruleEditor/detached")).toBool());
    pane->setFolded(true); // as the later checks expect it
}

void TestWindowFit::theSplittersAreRememberedAcrossWindows() {
    checkFits(MainWindow::Page::Mapping, laptop, "mapping");
    auto* splitter = child<QSplitter>("paneSplitter");
    QList<int> sizes = splitter->sizes();
    sizes[0] += 60; // the source fields wider, as an admin would drag them
    sizes[1] -= 60;
    splitter->setSizes(sizes);
    Q_EMIT splitter->splitterMoved(sizes[0], 1); // what dragging the handle announces
    const QList<int> dragged = splitter->sizes();
    MainWindow reopened(*m_context);
    reopened.resize(laptop);
    reopened.showPage(MainWindow::Page::Mapping);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    const QList<int> restored = reopened.findChild<QSplitter*>(QStringLiteral("paneSplitter"))->sizes();
    QCOMPARE(restored.size(), dragged.size());
    for (qsizetype pane = 0; pane < restored.size(); ++pane) // within a pixel or two of rounding
        QVERIFY2(std::abs(restored.at(pane) - dragged.at(pane)) <= 2,
                 qPrintable(QStringLiteral("pane %1: %2, was %3")
                                .arg(pane)
                                .arg(restored.at(pane))
                                .arg(dragged.at(pane))));
}

void TestWindowFit::aLongPrintedCommandWrapsOnTestSync() {
    m_window->showPage(MainWindow::Page::TestSync);
    auto* scope = child<QComboBox>("scopeComboBox");
    scope->setCurrentIndex(1); // contacts with a tag
    const QString tag = QStringLiteral("spring open house at the downtown office, asked about the premium "
                                       "plan, call back after the fifteenth, owner prefers mornings");
    child<QLineEdit>("scopeValueLineEdit")->setText(tag);
    auto* schedule = child<QLabel>("scheduleLabel");
    QTRY_VERIFY(schedule->text().contains(QLatin1String("spring open house")));
    checkFitsAtBothSizes(MainWindow::Page::TestSync, "test sync with a long printed command");
    QVERIFY(!QTest::currentTestFailed());
    // It wraps: more than one line high, and no wider than the page.
    const int lineHeight = schedule->fontMetrics().height();
    QVERIFY2(schedule->height() > 2 * lineHeight, qPrintable(QString::number(schedule->height())));
    QVERIFY(schedule->width() <= currentScrollArea()->viewport()->width());
    scope->setCurrentIndex(0);
}

void TestWindowFit::aRunInProgressAndItsResultsFit() {
    m_window->showPage(MainWindow::Page::TestSync);
    auto* page = m_window->findChild<SyncTestPage*>();
    child<QSpinBox>("limitSpinBox")->setValue(20);
    // A dry run's results.
    QSignalSpy finished(page, &SyncTestPage::runFinished);
    QTest::mouseClick(child<QPushButton>("dryRunPushButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(child<QTableView>("planTableView")->model()->rowCount() >= 20);
    child<QTableView>("planTableView")->selectRow(0); // a record's detail shown too
    checkFitsAtBothSizes(MainWindow::Page::TestSync, "test sync after a dry run");
    QVERIFY(!QTest::currentTestFailed());
    // A run in progress: every Kixie write takes 400 ms, so it is still sending while the window is checked.
    HttpProbe probe(m_context->sandbox()->baseUrl());
    QCOMPARE(probe
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           jsonObject(R"({"slow":1,"slowMs":400,"service":"kixie"})"))
                 .status,
             200);
    QTest::mouseClick(child<QPushButton>("runPushButton"), Qt::LeftButton);
    auto* progress = child<QProgressBar>("runProgressBar");
    QTRY_VERIFY_WITH_TIMEOUT(page->isRunning() && progress->maximum() > 0 && progress->value() > 0, 20000);
    checkFitsAtBothSizes(MainWindow::Page::TestSync, "test sync, a run in progress");
    QVERIFY(!QTest::currentTestFailed());
    QTest::mouseClick(child<QPushButton>("cancelPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QCOMPARE(probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"slow":0})")).status, 200);
    checkFitsAtBothSizes(MainWindow::Page::TestSync, "test sync after a cancelled run");
}

void TestWindowFit::historyWithRunsFits() {
    m_window->showPage(MainWindow::Page::History);
    auto* runs = child<QTableView>("runTableView");
    QTRY_VERIFY(runs->model()->rowCount() >= 2);
    runs->selectRow(0);
    checkFitsAtBothSizes(MainWindow::Page::History, "history with a run selected");
}

void TestWindowFit::aLongConnectionNameNeverWidensTheWindow() {
    // The status bar and the band name the connection; a long name elides (status bar) or wraps (band).
    auto* status = qobject_cast<ElidedLabel*>(child<QLabel>("connectionStatusLabel"));
    QVERIFY(status);
    const QString longName =
        QStringLiteral("Northwind Realty Group - Downtown and Riverside offices - inbound leads (new CRM)");
    status->setText(longName + longName);
    checkFits(MainWindow::Page::Connections, smallLaptop, "a long connection name in the status bar");
    QVERIFY(status->isElided());
    QCOMPARE(status->text(), longName + longName); // the whole name is still the label's text
}

int main(int argc, char** argv) {
    // A laptop's screen for the offscreen platform: the window's placement is checked against it.
    fieldlink::test::isolateUserEnvironment();
    QTemporaryDir screenDir;
    QFile screens(screenDir.filePath(QStringLiteral("screens.json")));
    if (!screens.open(QIODevice::WriteOnly))
        return 1;
    screens.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    screens.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.fileName().toLocal8Bit());
    QApplication application(argc, argv);
    application.setAttribute(Qt::AA_Use96Dpi, true);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWindowFit.moc"
