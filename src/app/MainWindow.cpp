#include "MainWindow.h"

#include "EmbeddedSandbox.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QJsonArray>
#include <QMessageBox>
#include <QSettings>

namespace fieldlink {
namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>()) {
    m_ui->setupUi(this);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    showNotConnected();
    restoreGeometryFromSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::showNotConnected() {
    m_ui->environmentBandLabel->setText(tr("Not connected"));
    m_ui->environmentBandLabel->setStyleSheet(
        QStringLiteral("background-color: palette(mid); color: palette(bright-text); font-weight: bold;"));
    m_ui->summaryLabel->setText(
        tr("No account is connected yet. Start Fieldlink with --sandbox to try it on the built-in sandbox."));
}

void MainWindow::useSandbox(EmbeddedSandbox* sandbox) {
    // Amber, bold and full width: nobody should mistake the sandbox for production, or the reverse.
    m_ui->environmentBandLabel->setText(tr("SANDBOX - built-in emulator, no real data"));
    m_ui->environmentBandLabel->setStyleSheet(
        QStringLiteral("background-color: #f5a623; color: #1d1d1d; font-weight: bold;"));
    const QJsonObject credentials = sandbox->credentials();
    const QJsonObject ghl = credentials.value(QStringLiteral("ghl")).toObject();
    const QJsonObject kixie = credentials.value(QStringLiteral("kixie")).toObject();
    m_ui->summaryLabel->setText(
        tr("Connected to the built-in sandbox at %1.\n\nHighLevel location: %2\nKixie business ID: %3\n"
           "Kixie PowerLists: %n\n",
           nullptr, kixie.value(QStringLiteral("powerlists")).toArray().size())
            .arg(sandbox->baseUrl(), ghl.value(QStringLiteral("locationId")).toString(),
                 kixie.value(QStringLiteral("businessId")).toString()));
    statusBar()->showMessage(tr("Sandbox running at %1").arg(sandbox->baseUrl()));
    setWindowTitle(tr("Fieldlink - Sandbox"));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Fieldlink"),
        tr("<h3>Fieldlink %1</h3><p>Connects a HighLevel sub-account to a Kixie dialer: field "
           "mapping, test syncs and scheduled runs.</p><p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(FIELDLINK_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::restoreGeometryFromSettings() {
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace fieldlink
