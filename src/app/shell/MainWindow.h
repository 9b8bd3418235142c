#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace fieldlink {

class AppContext;
class ConnectionsPage;
class MappingPage;
class StatusBarIndicators;
class WelcomePage;
class SyncTestPage;
class HistoryPage;

/// The application window: a sidebar to Connections, Mapping, Test Sync and History, a band that says which
/// environment is in use above everything, and the budgets in the status bar. A first launch with nothing
/// connected opens on the welcome page.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class Page { Welcome, Connections, Mapping, TestSync, History };
    void showPage(Page page);
    Page currentPage() const;

    /// Starts the built-in sandbox, saves it as a connection, shows it on Connections and tests both sides.
    void startSandbox();

Q_SIGNALS:
    /// The sandbox is set up (or could not be: `error` says why).
    void sandboxReady(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showEnvironment(const QString& connectionName, bool sandbox);
    void showAbout();
    /// Help → User Guide (F1), or a link to a section of the guide (`document` empty: the user guide).
    void showUserGuide(const QString& document, const QString& anchor);
    void restoreGeometryFromSettings();
    /// Asks whether to stop the run in progress and close; true to stop.
    bool confirmStoppingTheRun();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext& m_context;
    WelcomePage* m_welcomePage;
    ConnectionsPage* m_connectionsPage;
    QString m_connectionName; ///< the connection in use
    bool m_connectionIsSandbox = false;
    MappingPage* m_mappingPage;
    SyncTestPage* m_syncTestPage;
    HistoryPage* m_historyPage;
    StatusBarIndicators* m_statusBarIndicators;
    bool m_closeWhenRunStops = false; ///< the admin closed the window mid-run and chose to stop it
};

} // namespace fieldlink
