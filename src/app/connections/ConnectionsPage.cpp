#include "app/connections/ConnectionsPage.h"

#include "app/shell/AppContext.h"
#include "app/common/CheckResultModel.h"
#include "app/connections/ConnectionTester.h"
#include "app/shell/EmbeddedSandbox.h"
#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"
#include "app/connections/OAuthConnector.h"
#include "core/auth/SecretRequests.h"
#include "app/connections/SecretStatusText.h"
#include "ui_ConnectionsPage.h"

#include <QHeaderView>

namespace fieldlink {

using store::SavedConnection;
using Service = SavedConnection::Service;

ConnectionsPage::ConnectionsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_context(context)
    , m_listModel(new ConnectionListModel(this))
    , m_ghlChecks(new CheckResultModel(this))
    , m_kixieChecks(new CheckResultModel(this))
    , m_ghlTester(new ConnectionTester(context, m_ghlChecks, this))
    , m_kixieTester(new ConnectionTester(context, m_kixieChecks, this))
    , m_oauth(new OAuthConnector(context, this)) {
    m_ui->setupUi(this);
    m_ui->connectionsTableView->setModel(m_listModel);
    m_ui->connectionsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (auto [view, model] : {std::pair{m_ui->ghlChecksListView, m_ghlChecks},
                               std::pair{m_ui->kixieChecksListView, m_kixieChecks}}) {
        view->setModel(model);
        // The report is short; show all of it rather than a scrolled box inside the scrolled page.
        const auto fit = [view] {
            // A line of slack: a detail that wraps at the view's width is taller than its size hint says.
            int height = 2 * view->frameWidth() + view->fontMetrics().lineSpacing();
            for (int row = 0; row < view->model()->rowCount(); ++row)
                height += view->sizeHintForRow(row);
            view->setFixedHeight(std::max(height, view->fontMetrics().height() * 2));
        };
        connect(model, &QAbstractItemModel::rowsInserted, view, fit);
        connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
        connect(model, &QAbstractItemModel::modelReset, view, fit);
        connect(model, &QAbstractItemModel::dataChanged, view, fit);
        fit();
    }
    m_ui->ghlBaseUrlLineEdit->setPlaceholderText(api::GhlSettings{}.baseUrl.toString());
    m_ui->kixieBaseUrlLineEdit->setPlaceholderText(api::KixieSettings{}.baseUrl.toString());
    m_ui->oauthRedirectPortSpinBox->setValue(OAuthConnector::defaultRedirectPort);

    connect(m_ui->connectionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showPair(m_listModel->pairAt(current.row()));
            });
    connect(m_ui->newConnectionPushButton, &QPushButton::clicked, this, &ConnectionsPage::newConnection);
    connect(m_ui->removeConnectionPushButton, &QPushButton::clicked, this,
            &ConnectionsPage::removeConnection);
    connect(m_ui->saveConnectionPushButton, &QPushButton::clicked, this, &ConnectionsPage::save);
    connect(m_ui->showGhlTokenToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->ghlTokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->showKixieKeyToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->kixieApiKeyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->ghlAuthComboBox, &QComboBox::currentIndexChanged, this, &ConnectionsPage::updateAuthPage);
    connect(m_ui->advancedCheckBox, &QCheckBox::toggled, this, &ConnectionsPage::updateAdvancedVisibility);
    connect(m_ui->oauthRedirectPortSpinBox, &QSpinBox::valueChanged, this, [this](int port) {
        m_ui->oauthRedirectValueLabel->setText(OAuthConnector::redirectUri(static_cast<quint16>(port)));
    });
    connect(m_ui->testGhlPushButton, &QPushButton::clicked, this, &ConnectionsPage::testGhl);
    connect(m_ui->testKixiePushButton, &QPushButton::clicked, this, &ConnectionsPage::testKixie);
    connect(m_ui->forgetGhlPushButton, &QPushButton::clicked, this, [this] { forget(Service::Ghl); });
    connect(m_ui->forgetKixiePushButton, &QPushButton::clicked, this, [this] { forget(Service::Kixie); });
    connect(m_ui->oauthConnectPushButton, &QPushButton::clicked, this, &ConnectionsPage::connectOAuth);
    connect(m_ui->oauthCancelPushButton, &QPushButton::clicked, m_oauth, &OAuthConnector::cancel);
    connect(m_oauth, &OAuthConnector::waitingForBrowser, this, [this] {
        m_ui->oauthStatusLabel->setText(
            tr("Waiting for HighLevel: approve Fieldlink in the browser window that opened."));
    });
    connect(m_oauth, &OAuthConnector::finished, this, &ConnectionsPage::onOAuthFinished);
    for (auto [tester, button, service] :
         {std::tuple{m_ghlTester, m_ui->testGhlPushButton, QStringLiteral("ghl")},
          std::tuple{m_kixieTester, m_ui->testKixiePushButton, QStringLiteral("kixie")}}) {
        connect(tester, &ConnectionTester::started, button, [button] { button->setEnabled(false); });
        connect(tester, &ConnectionTester::finished, this, [this, button, service](bool passed) {
            button->setEnabled(true);
            Q_EMIT testFinished(service, passed);
        });
    }
    connect(&m_context, &AppContext::keychainStateChanged, this, [this] {
        updateKeychainWarning();
        updateSecretStatus();
    });
    updateAuthPage();
    updateAdvancedVisibility();
    updateKeychainWarning();
    reload();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::reload(const QString& name) {
    m_listModel->setConnections(m_context.connections().all());
    int row = m_listModel->rowOf(name.isEmpty() ? m_loadedName : name);
    if (row < 0 && m_listModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_ui->connectionsTableView->selectRow(row);
        showPair(m_listModel->pairAt(row));
    } else {
        newConnection();
    }
    m_ui->removeConnectionPushButton->setEnabled(row >= 0);
}

const ConnectionPair* ConnectionsPage::loadedPair() const {
    const int row = m_listModel->rowOf(m_loadedName);
    return row >= 0 ? &m_listModel->pairAt(row) : nullptr;
}

std::optional<SavedConnection> ConnectionsPage::savedSide(Service service) const {
    const ConnectionPair* pair = loadedPair();
    if (!pair)
        return std::nullopt;
    return service == Service::Ghl ? pair->ghl : pair->kixie;
}

void ConnectionsPage::showPair(const ConnectionPair& pair) {
    if (m_oauth->isRunning())
        m_oauth->cancel();
    m_loadedName = pair.name;
    m_pendingOAuthTokens.reset();
    m_ui->nameLineEdit->setText(pair.name);
    m_ui->environmentValueLabel->setText(pair.isSandbox() ? tr("Sandbox (built-in emulator, no real data)")
                                                          : tr("Production"));
    const SavedConnection ghl = pair.ghl.value_or(SavedConnection{});
    const SavedConnection kixie = pair.kixie.value_or(SavedConnection{});
    m_ui->ghlAuthComboBox->setCurrentIndex(
        ghl.authKind == store::ConnectionAuthKind::oauth ? OAuthPage : PrivateTokenPage);
    m_ui->locationIdLineEdit->setText(ghl.accountId);
    m_ui->ghlBaseUrlLineEdit->setText(
        pair.ghl && ghl.baseUrl != api::GhlSettings{}.baseUrl ? ghl.baseUrl.toString() : QString());
    m_ui->oauthClientIdLineEdit->setText(
        ghl.settings.value(store::ConnectionSetting::oauthClientId).toString());
    m_ui->oauthRedirectPortSpinBox->setValue(ghl.settings.value(store::ConnectionSetting::oauthRedirectPort)
                                                 .toInt(OAuthConnector::defaultRedirectPort));
    m_ui->kixieBusinessIdLineEdit->setText(kixie.accountId);
    m_ui->kixieBaseUrlLineEdit->setText(
        pair.kixie && kixie.baseUrl != api::KixieSettings{}.baseUrl ? kixie.baseUrl.toString() : QString());
    // Secrets are never read back into the form; the fields only take a new one.
    for (QLineEdit* secret :
         {m_ui->ghlTokenLineEdit, m_ui->oauthClientSecretLineEdit, m_ui->kixieApiKeyLineEdit})
        secret->clear();
    m_ghlChecks->clear();
    m_kixieChecks->clear();
    m_ui->oauthStatusLabel->clear();
    m_ui->pageStatusLabel->clear();
    updateSecretStatus();
    Q_EMIT currentConnectionChanged(pair.name, pair.isSandbox());
}

void ConnectionsPage::newConnection() {
    m_ui->connectionsTableView->clearSelection();
    showPair(ConnectionPair{});
    m_ui->nameLineEdit->setFocus();
}

void ConnectionsPage::updateAuthPage() {
    const int shown = m_ui->ghlAuthComboBox->currentIndex();
    m_ui->ghlAuthStackedWidget->setCurrentIndex(shown);
    // A stacked widget is as tall as its tallest page; only the shown page should take room.
    for (int index = 0; index < m_ui->ghlAuthStackedWidget->count(); ++index) {
        const auto policy = index == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_ui->ghlAuthStackedWidget->widget(index)->setSizePolicy(policy, policy);
    }
    m_ui->ghlAuthStackedWidget->adjustSize();
    m_ui->forgetGhlPushButton->setText(shown == OAuthPage ? tr("&Disconnect") : tr("&Forget token"));
    updateSecretStatus();
}

void ConnectionsPage::updateAdvancedVisibility() {
    const bool shown = m_ui->advancedCheckBox->isChecked();
    m_ui->ghlFormLayout->setRowVisible(m_ui->ghlBaseUrlLineEdit, shown);
    m_ui->kixieFormLayout->setRowVisible(m_ui->kixieBaseUrlLineEdit, shown);
    m_ui->oauthLayout->setRowVisible(m_ui->oauthRedirectPortSpinBox, shown);
    m_ui->oauthRedirectValueLabel->setText(
        OAuthConnector::redirectUri(static_cast<quint16>(m_ui->oauthRedirectPortSpinBox->value())));
}

void ConnectionsPage::updateKeychainWarning() {
    const bool unavailable = m_context.keychainState() == AppContext::KeychainState::Unavailable;
    m_ui->keychainWarningLabel->setVisible(unavailable);
    m_ui->keychainWarningLabel->setText(m_context.keychainMessage());
    m_ui->keychainWarningLabel->setStyleSheet(
        unavailable ? QStringLiteral("background-color: #fff4d6; color: #5c3b00;") : QString());
}

void ConnectionsPage::updateSecretStatus() {
    const bool persists = m_context.keychainState() != AppContext::KeychainState::Unavailable;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto ghl = savedSide(Service::Ghl);
    const auto kixie = savedSide(Service::Kixie);
    const bool oauth = m_ui->ghlAuthComboBox->currentIndex() == OAuthPage;
    const auto ghlStatus = SecretStatusText::describe(
        oauth ? SecretStatusText::Kind::OAuth : SecretStatusText::Kind::PrivateToken,
        ghl && ghl->authKind ==
                    (oauth ? store::ConnectionAuthKind::oauth : store::ConnectionAuthKind::privateToken)
            ? ghl->secretSavedAt
            : std::nullopt,
        persists, now);
    const auto kixieStatus = SecretStatusText::describe(
        SecretStatusText::Kind::KixieApiKey, kixie ? kixie->secretSavedAt : std::nullopt, persists, now);
    const auto show = [](QLabel* label, const SecretStatusText::Status& status) {
        label->setText(status.text);
        label->setStyleSheet(status.rotationDue ? QStringLiteral("color: #8a5300; font-weight: bold;")
                                                : QString());
    };
    show(m_ui->ghlSecretStatusLabel, ghlStatus);
    show(m_ui->kixieSecretStatusLabel, kixieStatus);
    m_ui->forgetGhlPushButton->setEnabled(ghl && ghl->secretSavedAt);
    m_ui->forgetKixiePushButton->setEnabled(kixie && kixie->secretSavedAt);
}

void ConnectionsPage::showStatus(const QString& message, bool problem) {
    m_ui->pageStatusLabel->setText(message);
    m_ui->pageStatusLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace fieldlink
