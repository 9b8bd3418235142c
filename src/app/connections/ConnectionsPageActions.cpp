// ConnectionsPage's actions that reach the keychain or the network: save, remove, forget, test, OAuth.
#include "core/auth/AccessTokenSource.h"
#include "app/shell/AppContext.h"
#include "app/common/CheckResultModel.h"
#include "app/connections/ConnectionSaver.h"
#include "app/connections/ConnectionTester.h"
#include "app/connections/ConnectionsPage.h"
#include "core/api/GhlClient.h"
#include "core/auth/GhlCredential.h"
#include "core/api/KixieClient.h"
#include "app/connections/OAuthConnector.h"
#include "core/auth/SecretRequests.h"
#include "ui_ConnectionsPage.h"

#include <QMessageBox>

namespace fieldlink {

using store::SavedConnection;
using Service = SavedConnection::Service;

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
    form.kixieApiKey = m_ui->kixieApiKeyLineEdit->text().trimmed();
    form.kixieBusinessId = m_ui->kixieBusinessIdLineEdit->text().trimmed();
    form.kixieBaseUrl = m_ui->kixieBaseUrlLineEdit->text().trimmed();
    return form;
}

void ConnectionsPage::save() {
    const ConnectionDraft form = formValues();
    if (const QString problem = form.problem(form.name != m_loadedName && m_listModel->rowOf(form.name) >= 0);
        !problem.isEmpty())
        return showStatus(problem, true);
    showStatus(tr("Saving…"));
    m_ui->saveConnectionPushButton->setEnabled(false);
    auto* saver = new ConnectionSaver(m_context, this);
    connect(saver, &ConnectionSaver::finished, this, [this, saver, form](const QStringList& problems) {
        saver->deleteLater();
        m_ui->saveConnectionPushButton->setEnabled(true);
        m_loadedName = form.name;
        reload(form.name);
        if (problems.isEmpty()) {
            showStatus(tr("Saved."));
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
        m_context.connections().remove(side->id);
    }
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
            m_context.connections().clearSecretSaved(id);
            reload(m_loadedName);
            showStatus(service == Service::Ghl ? tr("The HighLevel secret was removed from the keychain.")
                                               : tr("The Kixie API key was removed from the keychain."));
        });
}

void ConnectionsPage::testGhl() {
    api::GhlSettings settings;
    settings.baseUrl = formValues().ghlApiUrl();
    settings.locationId = m_ui->locationIdLineEdit->text().trimmed();
    if (settings.locationId.isEmpty())
        return m_ghlTester->showProblem(tr("No location ID"), tr("Enter the HighLevel location ID first."));
    const bool oauth = m_ui->ghlAuthComboBox->currentIndex() == OAuthPage;
    const QString authKind =
        oauth ? store::ConnectionAuthKind::oauth : store::ConnectionAuthKind::privateToken;
    const QString clientId = m_ui->oauthClientIdLineEdit->text().trimmed();
    // An OAuth test may refresh the access token; a saved grant's rotated pair is written back at once
    // (GHL refresh tokens are single-use), an unsaved one has nowhere to go yet.
    const auto testWith = [this, settings, authKind, clientId](const QJsonObject& secret,
                                                               const QString& account) {
        const auto credential =
            auth::GhlCredential::fromSecret(authKind, secret, settings.baseUrl, clientId, account);
        m_ghlTester->testGhl(settings,
                             credential.makeTokenSource(m_context.network(), m_context.clock(),
                                                        m_context.requestLog(), m_context.secrets().store()));
    };
    const QString typedToken = m_ui->ghlTokenLineEdit->text().trimmed();
    if (!oauth && !typedToken.isEmpty())
        return testWith({{auth::SecretKey::privateToken, typedToken}}, {});
    if (oauth && m_pendingOAuthTokens)
        return testWith(auth::oauthSecret(*m_pendingOAuthTokens, m_ui->oauthClientSecretLineEdit->text()),
                        {});
    const auto side = savedSide(Service::Ghl);
    if (!side || !side->secretSavedAt || side->authKind != authKind)
        return m_ghlTester->showProblem(oauth ? tr("Not connected") : tr("No token"),
                                        oauth ? tr("Click \"Connect in the browser…\" first.")
                                              : tr("Paste the Private Integration Token first."));
    const QString account = side->secretAccount;
    m_context.secrets().read(
        account, this, [this, testWith, account](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return m_ghlTester->showProblem(tr("The saved secret could not be read"), error.message);
            testWith(secret, account);
        });
}

void ConnectionsPage::testKixie() {
    api::KixieSettings settings;
    settings.baseUrl = formValues().kixieApiUrl();
    api::KixieCredentials credentials{m_ui->kixieApiKeyLineEdit->text().trimmed(),
                                      m_ui->kixieBusinessIdLineEdit->text().trimmed()};
    if (credentials.businessId.isEmpty())
        return m_kixieTester->showProblem(tr("No Business ID"), tr("Enter the Kixie Business ID first."));
    if (!credentials.apiKey.isEmpty())
        return m_kixieTester->testKixie(settings, credentials);
    const auto side = savedSide(Service::Kixie);
    if (!side || !side->secretSavedAt)
        return m_kixieTester->showProblem(tr("No API key"), tr("Paste the Kixie API key first."));
    m_context.secrets().read(
        side->secretAccount, this,
        [this, settings, credentials](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return m_kixieTester->showProblem(tr("The saved API key could not be read"), error.message);
            api::KixieCredentials saved = credentials;
            saved.apiKey = secret.value(auth::SecretKey::apiKey).toString();
            m_kixieTester->testKixie(settings, saved);
        });
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
