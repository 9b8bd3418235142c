#include "app/connections/ConnectionsPage.h"

#include "app/common/CheckResultModel.h"
#include "app/common/Tones.h"
#include "app/connections/ConnectionInUse.h"
#include "app/connections/ConnectionSaver.h"
#include "app/connections/ConnectionTester.h"
#include "app/connections/ConnectionTests.h"
#include "app/connections/OAuthConnector.h"
#include "app/connections/SecretStatusText.h"
#include "app/connections/TokenScopesText.h"
#include "app/mapping/dialogs/KixieDirectoryDialog.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/SandboxConnection.h"
#include "core/api/GhlClient.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/api/KixieClient.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/SecretRequests.h"
#include "ui_ConnectionsPage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

#include <array>

namespace fieldlink {

using store::SavedConnection;
using Service = SavedConnection::Service;
using Side = UntestedChanges::Side;

ConnectionsPage::ConnectionsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_context(context)
    , m_listModel(new ConnectionListModel(this))
    , m_ghlChecks(new CheckResultModel(this))
    , m_kixieChecks(new CheckResultModel(this))
    , m_ghlTester(new ConnectionTester(context, m_ghlChecks, this))
    , m_kixieTester(new ConnectionTester(context, m_kixieChecks, this))
    , m_tests(new ConnectionTests(context, m_ghlTester, m_kixieTester, this))
    , m_oauth(new OAuthConnector(context, this)) {
    m_ui->setupUi(this);
    setUpViews();
    connectForm();
    connectTests();
    connect(&m_context, &AppContext::keychainStateChanged, this, [this] {
        updateKeychainWarning();
        updateSecretStatus();
    });
    connect(&m_context.connectionInUse(), &ConnectionInUse::changed, this, &ConnectionsPage::updateInUse);
    updateAuthPage();
    updateAdvancedVisibility();
    updateKeychainWarning();
    reload();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::setUpViews() {
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
    m_ui->ghlScopesLabel->setText(TokenScopesText::html());
    m_ui->taskSearchPageSizeSpinBox->setRange(api::GhlUnconfirmedSettings::minTaskSearchPageSize,
                                              api::GhlUnconfirmedSettings::maxTaskSearchPageSize);
    m_ui->taskSearchContactsSpinBox->setRange(api::GhlUnconfirmedSettings::minTaskSearchContacts,
                                              api::GhlUnconfirmedSettings::maxTaskSearchContacts);
    // A notice, not an error: the palette's tooltip colours read well in light and dark themes.
    m_ui->staleSandboxFrame->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->staleSandboxLabel->setForegroundRole(QPalette::ToolTipText);
}

void ConnectionsPage::connectForm() {
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
    connect(m_ui->kixieListsPushButton, &QPushButton::clicked, this, [this] {
        KixieDirectoryDialog dialog(m_context.kixieDirectory(),
                                    m_ui->kixieBusinessIdLineEdit->text().trimmed(),
                                    m_ui->nameLineEdit->text().trimmed(), this);
        dialog.setObjectName(QStringLiteral("kixieDirectoryDialog"));
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT m_context.kixieDirectoryChanged();
    });
    connect(m_ui->oauthConnectPushButton, &QPushButton::clicked, this, &ConnectionsPage::connectOAuth);
    connect(m_ui->useConnectionPushButton, &QPushButton::clicked, this, &ConnectionsPage::useShownConnection);
    connect(m_ui->startSandboxPushButton, &QPushButton::clicked, this,
            &ConnectionsPage::startSandboxRequested);
    connect(m_ui->ghlScopesLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        Q_EMIT userGuideRequested(url.path(), url.fragment());
    });
    connect(m_ui->oauthCancelPushButton, &QPushButton::clicked, m_oauth, &OAuthConnector::cancel);
    connect(m_oauth, &OAuthConnector::waitingForBrowser, this, [this] {
        m_ui->oauthStatusLabel->setText(
            tr("Waiting for HighLevel: approve Fieldlink in the browser window that opened."));
    });
    connect(m_oauth, &OAuthConnector::finished, this, &ConnectionsPage::onOAuthFinished);
}

void ConnectionsPage::connectTests() {
    for (auto [tester, button, side] : {std::tuple{m_ghlTester, m_ui->testGhlPushButton, Side::Ghl},
                                        std::tuple{m_kixieTester, m_ui->testKixiePushButton, Side::Kixie}}) {
        connect(tester, &ConnectionTester::started, button, [button] { button->setEnabled(false); });
        connect(tester, &ConnectionTester::finished, this, [this, button, side](bool passed) {
            button->setEnabled(true);
            onTestFinished(side, passed);
        });
    }
}

void ConnectionsPage::onTestFinished(Side side, bool passed) {
    m_untested.testFinished(side, passed);
    // Only a test of the saved values says whether the saved connection works.
    if (loadedPair() && m_untested.lastTestWasOfTheShownValues(side))
        m_context.connectionInUse().noteTestResult(
            m_loadedName, side == Side::Ghl ? ConnectionInUse::Service::Ghl : ConnectionInUse::Service::Kixie,
            passed);
    Q_EMIT testFinished(side == Side::Ghl ? QStringLiteral("ghl") : QStringLiteral("kixie"), passed);
}

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
    api::GhlSettings unconfirmed;
    api::GhlUnconfirmedSettings::read(ghl.settings, unconfirmed);
    m_ui->sendCompanyNameCheckBox->setChecked(unconfirmed.sendCompanyNameOnUpdate);
    m_ui->taskSearchPageSizeSpinBox->setValue(unconfirmed.taskSearchPageSize);
    m_ui->taskSearchContactsSpinBox->setValue(unconfirmed.taskSearchContacts);
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
    m_untested.load(formValues());
    updateInUse();
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
    // The scopes are a token's; with OAuth they are the Marketplace app's.
    m_ui->ghlScopesLabel->setVisible(shown == PrivateTokenPage);
    m_ui->forgetGhlPushButton->setText(shown == OAuthPage ? tr("&Disconnect") : tr("Forget tok&en"));
    updateSecretStatus();
}

void ConnectionsPage::updateAdvancedVisibility() {
    const bool shown = m_ui->advancedCheckBox->isChecked();
    m_ui->ghlFormLayout->setRowVisible(m_ui->ghlBaseUrlLineEdit, shown);
    m_ui->kixieFormLayout->setRowVisible(m_ui->kixieBaseUrlLineEdit, shown);
    m_ui->oauthLayout->setRowVisible(m_ui->oauthRedirectPortSpinBox, shown);
    // For when HighLevel behaves other than Fieldlink assumes: out of the way with the other advanced
    // settings.
    m_ui->ghlAdvancedWidget->setVisible(shown);
    m_ui->oauthRedirectValueLabel->setText(
        OAuthConnector::redirectUri(static_cast<quint16>(m_ui->oauthRedirectPortSpinBox->value())));
}

void ConnectionsPage::updateKeychainWarning() {
    const bool unavailable = m_context.keychainState() == AppContext::KeychainState::Unavailable;
    m_ui->keychainWarningLabel->setVisible(unavailable);
    m_ui->keychainWarningLabel->setText(m_context.keychainMessage());
    m_ui->keychainWarningLabel->setStyleSheet(
        unavailable ? Tones::bandStyleSheet(Tones::Tone::Warning, palette()) : QString());
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
    const auto show = [this](QLabel* label, const SecretStatusText::Status& status) {
        label->setText(status.text);
        label->setStyleSheet(status.rotationDue ? Tones::textStyleSheet(Tones::Tone::Warning, palette()) +
                                                      QStringLiteral(" font-weight: bold;")
                                                : QString());
    };
    show(m_ui->ghlSecretStatusLabel, ghlStatus);
    show(m_ui->kixieSecretStatusLabel, kixieStatus);
    m_ui->forgetGhlPushButton->setEnabled(ghl && ghl->secretSavedAt);
    m_ui->forgetKixiePushButton->setEnabled(kixie && kixie->secretSavedAt);
}

void ConnectionsPage::showStatus(const QString& message, bool problem) {
    m_ui->pageStatusLabel->setText(message);
    m_ui->pageStatusLabel->setStyleSheet(problem ? Tones::textStyleSheet(Tones::Tone::Danger, palette())
                                                 : QString());
}

ConnectionDraft ConnectionsPage::formValues() const {
    ConnectionDraft form;
    form.name = m_ui->nameLineEdit->text().trimmed();
    form.sandbox = loadedPair() && loadedPair()->isSandbox();
    form.oauth = m_ui->ghlAuthComboBox->currentIndex() == OAuthPage;
    form.ghlToken = m_ui->ghlTokenLineEdit->text().trimmed();
    form.locationId = m_ui->locationIdLineEdit->text().trimmed();
    form.ghlBaseUrl = m_ui->ghlBaseUrlLineEdit->text().trimmed();
    form.oauthClientId = m_ui->oauthClientIdLineEdit->text().trimmed();
    form.oauthClientSecret = m_ui->oauthClientSecretLineEdit->text();
    form.oauthRedirectPort = m_ui->oauthRedirectPortSpinBox->value();
    form.pendingOAuth = m_pendingOAuthTokens;
    form.sendCompanyName = m_ui->sendCompanyNameCheckBox->isChecked();
    form.taskSearchPageSize = m_ui->taskSearchPageSizeSpinBox->value();
    form.taskSearchContacts = m_ui->taskSearchContactsSpinBox->value();
    form.kixieApiKey = m_ui->kixieApiKeyLineEdit->text().trimmed();
    form.kixieBusinessId = m_ui->kixieBusinessIdLineEdit->text().trimmed();
    form.kixieBaseUrl = m_ui->kixieBaseUrlLineEdit->text().trimmed();
    return form;
}

void ConnectionsPage::save() {
    const ConnectionDraft form = formValues();
    if (const Result<> savable = form.check(form.name != m_loadedName && m_listModel->rowOf(form.name) >= 0);
        !savable)
        return showStatus(savable.error(), true);
    if (const QString question = m_untested.saveQuestion(form); !question.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Save connection"), question, QMessageBox::NoButton, this);
        QPushButton* saveAnyway = box.addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != saveAnyway)
            return showStatus(tr("Not saved. Test the connection, then save it."));
    }
    saveForm(form);
}

void ConnectionsPage::saveForm(const ConnectionDraft& form) {
    // How each side's test went with exactly these values: once saved, that is how the saved connection did.
    const std::array<UntestedChanges::State, 2> tested = {m_untested.state(Side::Ghl, form),
                                                          m_untested.state(Side::Kixie, form)};
    const QString previousName = m_loadedName;
    showStatus(tr("Saving…"));
    m_ui->saveConnectionPushButton->setEnabled(false);
    auto* saver = new ConnectionSaver(m_context, this);
    connect(
        saver, &ConnectionSaver::finished, this,
        [this, saver, form, tested, previousName](const QStringList& problems) {
            saver->deleteLater();
            m_ui->saveConnectionPushButton->setEnabled(true);
            m_loadedName = form.name;
            reload(form.name);
            // Renaming the connection in use keeps it in use (once the rename is saved); saving never makes
            // another one the one in use.
            if (m_listModel->rowOf(form.name) >= 0)
                m_context.connectionInUse().renamed(previousName, form.name);
            if (problems.isEmpty()) {
                for (const auto& [side, service] :
                     {std::pair{Side::Ghl, ConnectionInUse::Service::Ghl},
                      std::pair{Side::Kixie, ConnectionInUse::Service::Kixie}}) {
                    const auto state = tested.at(static_cast<std::size_t>(side));
                    if (state == UntestedChanges::State::Passed || state == UntestedChanges::State::Failed)
                        m_context.connectionInUse().noteTestResult(form.name, service,
                                                                   state == UntestedChanges::State::Passed);
                }
                showStatus(m_context.connectionInUse().name() == form.name
                               ? tr("Saved.")
                               : tr("Saved. Click Use this connection to work on it."));
            } else {
                // Whatever was typed goes back on the form, so nothing is lost and Save can be tried again.
                m_ui->ghlTokenLineEdit->setText(form.ghlToken);
                m_ui->oauthClientSecretLineEdit->setText(form.oauthClientSecret);
                m_ui->kixieApiKeyLineEdit->setText(form.kixieApiKey);
                m_pendingOAuthTokens = form.pendingOAuth;
                showStatus(tr("Not everything was saved: %1").arg(problems.join(QLatin1Char(' '))), true);
            }
            Q_EMIT saved(problems.isEmpty());
        });
    saver->save(form.sides(savedSide(Service::Ghl), savedSide(Service::Kixie)), m_loadedName);
}

void ConnectionsPage::removeConnection() {
    const ConnectionPair* pair = loadedPair();
    if (!pair)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove connection"),
        tr("Remove the connection \"%1\" and delete its secrets from the keychain?").arg(pair->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (const auto& side : {pair->ghl, pair->kixie}) {
        if (!side)
            continue;
        // Rows go at once; a keychain entry that cannot be deleted is reported, not kept silently.
        m_context.secrets().remove(side->secretAccount, this, [this](const auth::SecretError& error) {
            if (!error.ok() && error.kind != auth::SecretError::Kind::NotFound)
                showStatus(tr("The keychain entry could not be deleted: %1").arg(error.message), true);
        });
        if (const Result<> removed = m_context.connections().remove(side->id); !removed)
            showStatus(tr("The connection could not be deleted: %1").arg(removed.error()), true);
    }
    m_context.connectionInUse().removed(pair->name);
    m_loadedName.clear();
    reload();
}

void ConnectionsPage::forget(Service service) {
    const auto side = savedSide(service);
    if (!side)
        return;
    const qint64 id = side->id;
    m_context.secrets().remove(
        side->secretAccount, this, [this, id, service](const auth::SecretError& error) {
            if (!error.ok() && error.kind != auth::SecretError::Kind::NotFound)
                return showStatus(tr("The keychain entry could not be deleted: %1").arg(error.message), true);
            if (const Result<> cleared = m_context.connections().clearSecretSaved(id); !cleared)
                return showStatus(tr("The connection could not be updated: %1").arg(cleared.error()), true);
            reload(m_loadedName);
            showStatus(service == Service::Ghl ? tr("The HighLevel secret was removed from the keychain.")
                                               : tr("The Kixie API key was removed from the keychain."));
        });
}

void ConnectionsPage::testGhl() {
    const ConnectionDraft form = formValues();
    m_untested.testStarted(Side::Ghl, form);
    m_tests->testGhl(form, savedSide(Service::Ghl));
}

void ConnectionsPage::testKixie() {
    const ConnectionDraft form = formValues();
    m_untested.testStarted(Side::Kixie, form);
    m_tests->testKixie(form, savedSide(Service::Kixie));
}

void ConnectionsPage::useShownConnection() {
    if (const ConnectionPair* pair = loadedPair())
        m_context.connectionInUse().use(pair->name, pair->isSandbox());
}

void ConnectionsPage::updateInUse() {
    const ConnectionInUse& inUse = m_context.connectionInUse();
    const ConnectionPair* shown = loadedPair();
    if (inUse.name().isEmpty())
        m_ui->inUseLabel->setText(
            tr("<b>No connection is in use.</b> Choose one in the list and click Use this connection."));
    else if (shown && shown->name == inUse.name())
        m_ui->inUseLabel->setText(
            tr("<b>In use: %1</b> (this connection)").arg(inUse.name().toHtmlEscaped()));
    else
        m_ui->inUseLabel->setText(
            tr("<b>In use: %1</b>. Saving or testing the connection below does not change that.")
                .arg(inUse.name().toHtmlEscaped()));
    m_ui->useConnectionPushButton->setEnabled(shown && shown->name != inUse.name());
    // The built-in sandbox lives in the app's process; its saved connection outlives it.
    const auto isBuiltInSandbox = [](const QString& name, bool sandbox) {
        return sandbox && name == SandboxConnection::name();
    };
    const bool sandboxRunning = m_context.sandbox() && m_context.sandbox()->isRunning();
    m_ui->staleSandboxFrame->setVisible(!sandboxRunning &&
                                        ((shown && isBuiltInSandbox(shown->name, shown->isSandbox())) ||
                                         isBuiltInSandbox(inUse.name(), inUse.isSandbox())));
}

void ConnectionsPage::testBoth() {
    testGhl();
    testKixie();
}

void ConnectionsPage::connectOAuth() {
    const QString clientId = m_ui->oauthClientIdLineEdit->text().trimmed();
    const QString clientSecret = m_ui->oauthClientSecretLineEdit->text();
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        m_ui->oauthStatusLabel->setText(
            tr("Enter the Client ID and Client secret of your Marketplace app (Marketplace → My Apps → "
               "Auth) first."));
        return;
    }
    m_ui->oauthConnectPushButton->setEnabled(false);
    m_ui->oauthCancelPushButton->setVisible(true);
    m_ui->oauthProgressBar->setVisible(true);
    m_oauth->start(auth::oauthClientConfigFor(formValues().ghlApiUrl(), clientId, clientSecret),
                   static_cast<quint16>(m_ui->oauthRedirectPortSpinBox->value()));
}

void ConnectionsPage::onOAuthFinished(const api::ApiResult& result, const auth::OAuthTokens& tokens) {
    m_ui->oauthConnectPushButton->setEnabled(true);
    m_ui->oauthCancelPushButton->setVisible(false);
    m_ui->oauthProgressBar->setVisible(false);
    if (!result.ok()) {
        m_ui->oauthStatusLabel->setText(result.message);
        return;
    }
    m_pendingOAuthTokens = tokens;
    if (!tokens.locationId.isEmpty())
        m_ui->locationIdLineEdit->setText(tokens.locationId);
    m_ui->oauthStatusLabel->setText(tr("Connected to location %1. Save to keep it.").arg(tokens.locationId));
}

} // namespace fieldlink
