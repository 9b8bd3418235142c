#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace fieldlink {

class EmbeddedSandbox;

/// The application window. Shows, above everything, which environment the admin is working in.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Connects the window to a running in-process sandbox.
    void useSandbox(EmbeddedSandbox* sandbox);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showNotConnected();
    void showAbout();
    void restoreGeometryFromSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace fieldlink
