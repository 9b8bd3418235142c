#include "app/shell/MainWindow.h"

#include "app/common/PageScrollArea.h"
#include "app/common/Tones.h"
#include "app/common/UserGuideDialog.h"
#include "app/connections/ConnectionInUse.h"
#include "app/connections/ConnectionsPage.h"
#include "app/history/HistoryPage.h"
#include "app/mapping/MappingPage.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/SandboxConnection.h"
#include "app/shell/StatusBarIndicators.h"
#include "app/shell/WelcomePage.h"
#include "app/shell/WindowPlacement.h"
#include "app/testsync/SyncTestPage.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace fieldlink {
namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto defaultProfile = QStringLiteral("ghl-contacts-to-kixie-powerlist");

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context) {
    m_ui->setupUi(this);
    m_welcomePage = new WelcomePage(this);
    m_connectionsPage = new ConnectionsPage(context, this);
    m_mappingPage = new MappingPage(context, this);
    m_syncTestPage = new SyncTestPage(context, this);
    m_historyPage = new HistoryPage(context, this);
    // In the order of Page. Each page scrolls inside the window rather than growing it (a laptop's screen).
    for (QWidget* page : {static_cast<QWidget*>(m_welcomePage), static_cast<QWidget*>(m_connectionsPage),
                          static_cast<QWidget*>(m_mappingPage), static_cast<QWidget*>(m_syncTestPage),
                          static_cast<QWidget*>(m_historyPage)})
        m_ui->pagesStackedWidget->addWidget(new PageScrollArea(page));
    // A long production connection name wraps instead of widening the window.
    m_ui->environmentBandLabel->setWordWrap(true);
    m_statusBarIndicators = new StatusBarIndicators(context, statusBar());

    auto* navigation = new QActionGroup(this);
    const QList<std::pair<QAction*, Page>> pages = {{m_ui->connectionsAction, Page::Connections},
                                                    {m_ui->mappingAction, Page::Mapping},
                                                    {m_ui->testSyncAction, Page::TestSync},
                                                    {m_ui->historyAction, Page::History}};
    for (const auto& [action, page] : pages) {
        navigation->addAction(action);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, target = page] { showPage(target); });
    }
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_ui->userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->userGuideAction, &QAction::triggered, this, [this] { showUserGuide({}, {}); });
    connect(m_connectionsPage, &ConnectionsPage::userGuideRequested, this, &MainWindow::showUserGuide);
    connect(m_connectionsPage, &ConnectionsPage::startSandboxRequested, this, &MainWindow::startSandbox);
    connect(m_ui->trySandboxAction, &QAction::triggered, this, &MainWindow::startSandbox);
    connect(m_welcomePage, &WelcomePage::sandboxRequested, this, &MainWindow::startSandbox);
    connect(m_welcomePage, &WelcomePage::connectAccountsRequested, this,
            [this] { showPage(Page::Connections); });
    ConnectionInUse& inUse = m_context.connectionInUse();
    connect(&inUse, &ConnectionInUse::changed, this, &MainWindow::showEnvironment);
    connect(m_syncTestPage, &SyncTestPage::runFinished, m_historyPage, &HistoryPage::refresh);
    connect(m_syncTestPage, &SyncTestPage::runFinished, m_statusBarIndicators,
            &StatusBarIndicators::runEnded);
    connect(m_syncTestPage, &SyncTestPage::eventsRunFinished, m_statusBarIndicators,
            &StatusBarIndicators::runEnded);
    connect(m_syncTestPage, &SyncTestPage::runProgress, m_statusBarIndicators,
            &StatusBarIndicators::showRunBudgets);
    connect(m_syncTestPage, &SyncTestPage::eventsRunFinished, m_historyPage, &HistoryPage::refresh);
    // The window was closed mid-run and waits for the run to stop (closeEvent): it closes now.
    const auto closeIfWaiting = [this] {
        if (std::exchange(m_closeWhenRunStops, false)) // asked once: a later run never closes the window
            QTimer::singleShot(0, this, &QWidget::close);
    };
    connect(m_syncTestPage, &SyncTestPage::runFinished, this, closeIfWaiting);
    connect(m_syncTestPage, &SyncTestPage::eventsRunFinished, this, closeIfWaiting);
    // Resume and replay run on Test Sync, where the progress and Cancel are.
    connect(m_historyPage, &HistoryPage::resumeRequested, this, [this](qint64 runId) {
        showPage(Page::TestSync);
        m_syncTestPage->resume(runId);
    });
    connect(m_historyPage, &HistoryPage::replayRequested, this, [this](qint64 runId) {
        showPage(Page::TestSync);
        m_syncTestPage->replayFailed(runId);
    });
    connect(m_mappingPage, &MappingPage::profileOpened, this,
            [this] { m_syncTestPage->selectProfile(m_mappingPage->profileName()); });
    // Choosing a connection on Test Sync makes it the window's connection in use (band, status bar, pages).
    connect(m_syncTestPage, &SyncTestPage::connectionChosen, this, [this](const QString& name) {
        m_context.connectionInUse().use(name, ConnectionInUse::isSandbox(m_context.connections(), name));
    });
    connect(m_mappingPage, &MappingPage::modifiedChanged, this, [this](bool modified) {
        m_syncTestPage->setUnsavedEdits(m_mappingPage->profileName(), modified);
    });

    // The window opens on the last connection that worked; none is put in use otherwise, so a production
    // account is only ever worked on by the admin's choice.
    if (inUse.name().isEmpty()) {
        const QString lastWorking = ConnectionInUse::lastWorking(m_context.connections());
        if (!lastWorking.isEmpty())
            inUse.use(lastWorking, ConnectionInUse::isSandbox(m_context.connections(), lastWorking));
    }
    showEnvironment(inUse.name(), inUse.isSandbox());
    m_connectionsPage->reload(inUse.name());
    showPage(m_context.connections().all().isEmpty() ? Page::Welcome : Page::Connections);
    restoreGeometryFromSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page) {
    m_ui->pagesStackedWidget->setCurrentIndex(static_cast<int>(page));
    for (auto [action, shown] :
         {std::pair{m_ui->connectionsAction, Page::Connections},
          std::pair{m_ui->mappingAction, Page::Mapping}, std::pair{m_ui->testSyncAction, Page::TestSync},
          std::pair{m_ui->historyAction, Page::History}})
        action->setChecked(shown == page);
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_ui->pagesStackedWidget->currentIndex());
}

void MainWindow::startSandbox() {
    m_welcomePage->showStatus(tr("Starting the built-in sandbox…"));
    SandboxConnection::setUp(m_context, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            m_welcomePage->showStatus(error);
            QMessageBox::warning(this, tr("Sandbox"), error);
            Q_EMIT sandboxReady(error);
            return;
        }
        m_welcomePage->showStatus({});
        // Trying the sandbox is choosing it.
        m_context.connectionInUse().use(SandboxConnection::name(), true);
        m_connectionsPage->reload(SandboxConnection::name());
        m_mappingPage->openProfile(defaultProfile);
        showPage(Page::Connections);
        // Seeing both sides go green is the point of trying the sandbox.
        m_connectionsPage->testBoth();
        statusBar()->showMessage(tr("Sandbox running at %1").arg(m_context.sandbox()->baseUrl()));
        Q_EMIT sandboxReady({});
    });
}

void MainWindow::showEnvironment(const QString& connectionName, bool sandbox) {
    QLabel* band = m_ui->environmentBandLabel;
    // Full width above every page, bold, and coloured: nobody should mistake the sandbox for production,
    // or the reverse.
    if (connectionName.isEmpty()) {
        band->setText(tr("Not connected"));
        band->setStyleSheet(Tones::bandStyleSheet(Tones::Tone::Neutral, palette()));
        setWindowTitle(tr("Fieldlink"));
    } else if (sandbox) {
        band->setText(tr("SANDBOX - built-in emulator, no real data"));
        band->setStyleSheet(Tones::bandStyleSheet(Tones::Tone::Warning, palette()));
        setWindowTitle(tr("Fieldlink - %1 (Sandbox)").arg(connectionName));
    } else {
        band->setText(
            tr("PRODUCTION - %1: changes reach real HighLevel and Kixie accounts").arg(connectionName));
        band->setStyleSheet(Tones::bandStyleSheet(Tones::Tone::Danger, palette()));
        setWindowTitle(tr("Fieldlink - %1 (Production)").arg(connectionName));
    }
    m_statusBarIndicators->setConnection(connectionName, sandbox);
    m_connectionName = connectionName;
    m_mappingPage->setConnection(connectionName);
    m_connectionIsSandbox = sandbox;
    m_syncTestPage->setConnection(connectionName, sandbox);
    m_historyPage->setConnection(connectionName);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Fieldlink"),
        tr("<h3>Fieldlink %1</h3><p>Connects a HighLevel sub-account to a Kixie dialer: field "
           "mapping, test syncs and scheduled runs.</p><p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(FIELDLINK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::showUserGuide(const QString& document, const QString& anchor) {
    UserGuideDialog::showGuide(this, document.isEmpty() ? UserGuideDialog::userGuide() : document, anchor);
}

void MainWindow::restoreGeometryFromSettings() {
    QSettings settings;
    if (restoreGeometry(settings.value(geometryKey).toByteArray()))
        WindowPlacement::keepOnScreen(this);
    else
        WindowPlacement::placeNew(this);
    restoreState(settings.value(stateKey).toByteArray());
}

bool MainWindow::confirmStoppingTheRun() {
    QMessageBox box(QMessageBox::Question, tr("A run is in progress"),
                    tr("Stop the run and close Fieldlink? The run stops after the calls already sent and can "
                       "be resumed from History."),
                    QMessageBox::NoButton, this);
    QPushButton* stop = box.addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing mid-run would end the run's thread before the run recorded how far it got. It is stopped as
    // Cancel stops it (after the calls already sent, resumable from History) and the window closes when it
    // has. Closing again while it stops closes at once.
    if (m_syncTestPage->isRunning() && !m_closeWhenRunStops) {
        if (!confirmStoppingTheRun()) {
            showPage(Page::TestSync);
            return event->ignore();
        }
        if (m_syncTestPage->isRunning()) { // it may have ended while the question was open
            m_closeWhenRunStops = true;
            m_syncTestPage->cancel();
            statusBar()->showMessage(
                tr("Stopping the run: Fieldlink closes once the calls already sent are answered. Close "
                   "again to quit at once."));
            showPage(Page::TestSync);
            return event->ignore();
        }
    }
    // Unsaved mapping edits are the admin's work: closing asks before dropping them.
    if (!m_mappingPage->maybeDiscard()) {
        showPage(Page::Mapping);
        return event->ignore();
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace fieldlink
