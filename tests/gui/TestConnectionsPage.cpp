// The Connections page on the offscreen platform, driving real widgets against the sandbox over HTTP, with
// secrets in a real Secret Service (gnome-keyring in a private D-Bus session: scripts/with-keyring.sh).
#include "app/common/CheckResultModel.h"
#include "app/connections/ConnectionInUse.h"
#include "app/connections/ConnectionsPage.h"
#include "app/connections/SecretStatusText.h"
#include "app/mapping/dialogs/KixieDirectoryDialog.h"
#include "app/mapping/models/KixieDirectoryModel.h"
#include "app/shell/AppContext.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretRequests.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QToolButton>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::test;
using State = api::CheckLine::State;

namespace {

/// Stands in for the system browser: follows HighLevel's consent redirect to the app's loopback listener, as
/// a browser would once the admin approves.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
    bool approves = true; ///< false: the admin never answers in the browser

public Q_SLOTS:
    void open(const QUrl& url) {
        opened << url;
        if (!approves)
            return;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* consent = m_network.get(request);
        connect(consent, &QNetworkReply::finished, this, [this, consent] {
            consent->deleteLater();
            const QUrl redirect(QString::fromUtf8(consent->rawHeader("Location")));
            QNetworkReply* callback = m_network.get(QNetworkRequest(redirect));
            connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
        });
    }

private:
    QNetworkAccessManager m_network;
};

quint16 freePort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

/// Reads one keychain account straight from the Secret Service, past the app.
auth::SecretError readKeychain(const QString& account, QJsonObject* secret = nullptr) {
    auth::KeychainSecretStore store;
    QSignalSpy spy(&store, &auth::SecretStore::readFinished);
    store.read(account);
    if (!spy.wait(10000))
        return {auth::SecretError::Kind::Other, QStringLiteral("no answer")};
    if (secret)
        *secret = spy.at(0).at(1).toJsonObject();
    return spy.at(0).at(2).value<auth::SecretError>();
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConnectionsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savingATokenPutsItInTheKeychainOnly();
    void theSavedTokenIsTestedGreenWithoutRetyping();
    void aBadTokenShowsTheSpecificError();
    void aWrongKixieKeySaysWhereToFindTheRightOne();
    void forgetRemovesTheSecretFromTheKeychain();
    void showRevealsTheTokenAndHidesItAgain();
    void oauthConnectsInTheBrowserAndSavesTheGrant();
    void oauthCanBeCancelledWhileWaitingForTheBrowser();
    void anOldTokenGetsARotationReminder();
    void removingAConnectionDeletesItsSecrets();
    void incompleteFormsAreExplainedNotSaved();
    void withoutAKeychainThePageSaysSo();
    void savingAnUntestedConnectionAsksFirst();
    void savingAfterAFailedTestAsksAndAfterAGreenOneDoesNot();
    void savingOrTestingNeverSwitchesTheConnectionInUse();
    void aConnectionThatWorkedInUseIsTheOneTheAppOpensOn();
    void renamingTheConnectionInUseKeepsItInUse();
    void aSandboxConnectionWhoseSandboxIsGoneOffersToStartIt();
    void theFormListsTheScopesATokenNeeds();
    void kixieListsAreNamedForTheFormsBusinessId();
    void advancedGhlSettingsAreSavedAndReloaded();

private:
    template <typename T> T* child(const char* name) const {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void fillSandboxConnection(const QString& token, const QString& kixieKey);
    /// Clicks Save; a "Save anyway?" question is answered Save Anyway (its text in `question`).
    bool saveAndWait(QString* question = nullptr);
    /// Clicks Save and expects no question at all.
    bool saveWithoutQuestion();
    /// Clicks the button named `button` on the next message box, keeping its text.
    void answerNextBox(const QString& button, QString* text = nullptr);
    CheckResultModel* checks(const char* view) const {
        return qobject_cast<CheckResultModel*>(child<QListView>(view)->model());
    }
    /// Clicks a test button and waits for that service's report to finish.
    bool runTest(const char* button, const QString& service);
    QString savedAccount(store::SavedConnection::Service service) const {
        return m_context->connections().find(QStringLiteral("Acme"), service)->secretAccount;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ConnectionsPage> m_page;
};

void TestConnectionsPage::init() {
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session -- scripts/with-keyring.sh (scripts/test.sh does)");
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::fastOptions());
    QVERIFY(m_sandbox->started());
    QSettings().remove(QStringLiteral("connections/lastWorking"));
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    QSignalSpy keychain(m_context.get(), &AppContext::keychainStateChanged);
    m_context->probeKeychain();
    QVERIFY(keychain.wait(10000));
    QCOMPARE(m_context->keychainState(), AppContext::KeychainState::Available);
    m_page = std::make_unique<ConnectionsPage>(*m_context);
    m_page->resize(1100, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestConnectionsPage::cleanup() {
    m_page.reset();
    m_context.reset();
    m_sandbox.reset();
}

void TestConnectionsPage::fillSandboxConnection(const QString& token, const QString& kixieKey) {
    child<QPushButton>("newConnectionPushButton")->click();
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Acme"));
    child<QCheckBox>("advancedCheckBox")->setChecked(true);
    QVERIFY(child<QLineEdit>("ghlBaseUrlLineEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>("ghlBaseUrlLineEdit"), m_sandbox->baseUrl());
    QTest::keyClicks(child<QLineEdit>("kixieBaseUrlLineEdit"), m_sandbox->baseUrl());
    QTest::keyClicks(child<QLineEdit>("ghlTokenLineEdit"), token);
    QTest::keyClicks(child<QLineEdit>("locationIdLineEdit"), m_sandbox->locationId());
    QTest::keyClicks(child<QLineEdit>("kixieApiKeyLineEdit"), kixieKey);
    QTest::keyClicks(child<QLineEdit>("kixieBusinessIdLineEdit"), m_sandbox->kixieBusinessId());
}

void TestConnectionsPage::answerNextBox(const QString& button, QString* text) {
    QTimer::singleShot(0, this, [button, text] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (text)
            *text = box->text();
        for (QAbstractButton* candidate : box->buttons())
            if (candidate->text() == button)
                return candidate->click();
        QFAIL(qPrintable(QStringLiteral("no button %1 on \"%2\"").arg(button, box->text())));
    });
}

bool TestConnectionsPage::saveAndWait(QString* question) {
    QSignalSpy saved(m_page.get(), &ConnectionsPage::saved);
    answerNextBox(ConnectionsPage::tr("Save &Anyway"), question);
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    return (!saved.isEmpty() || saved.wait(10000)) && saved.constLast().at(0).toBool();
}

bool TestConnectionsPage::saveWithoutQuestion() {
    QSignalSpy saved(m_page.get(), &ConnectionsPage::saved);
    // A guard, not a wait: a question would block the click below until someone answers it.
    bool asked = false;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, this, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    guard.start(3000);
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    return !asked && (!saved.isEmpty() || saved.wait(10000)) && saved.constLast().at(0).toBool();
}

bool TestConnectionsPage::runTest(const char* button, const QString& service) {
    QSignalSpy finished(m_page.get(), &ConnectionsPage::testFinished);
    QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    for (int round = 0; round < 2; ++round) {
        for (const QList<QVariant>& arguments : std::as_const(finished))
            if (arguments.at(0).toString() == service)
                return true;
        if (!finished.wait(30000))
            return false;
    }
    return !finished.isEmpty() && finished.constLast().at(0).toString() == service;
}

void TestConnectionsPage::savingATokenPutsItInTheKeychainOnly() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    // The fields are emptied: a secret is on screen only while it is typed.
    QVERIFY(child<QLineEdit>("ghlTokenLineEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("kixieApiKeyLineEdit")->text().isEmpty());
    QCOMPARE(child<QTableView>("connectionsTableView")->model()->rowCount(), 1);
    QVERIFY2(child<QLabel>("ghlSecretStatusLabel")->text().contains(QLatin1String("system keychain")),
             qPrintable(child<QLabel>("ghlSecretStatusLabel")->text()));

    QJsonObject ghlSecret;
    QVERIFY(readKeychain(savedAccount(store::SavedConnection::Service::Ghl), &ghlSecret).ok());
    QCOMPARE(ghlSecret.value(auth::SecretKey::privateToken).toString(), m_sandbox->ghlToken());
    QJsonObject kixieSecret;
    QVERIFY(readKeychain(savedAccount(store::SavedConnection::Service::Kixie), &kixieSecret).ok());
    QCOMPARE(kixieSecret.value(auth::SecretKey::apiKey).toString(), m_sandbox->kixieApiKey());
    QVERIFY(m_context->connections()
                .find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl)
                ->secretSavedAt);

    // Nowhere else: not the database (nor its WAL), not QSettings.
    const QString database = m_context->databasePath();
    QSettings().sync();
    for (const QString& path :
         QStringList{database, database + QStringLiteral("-wal"), QSettings().fileName()}) {
        const QByteArray bytes = fileBytes(path);
        QVERIFY2(!bytes.contains(m_sandbox->ghlToken().toUtf8()), qPrintable(path));
        QVERIFY2(!bytes.contains(m_sandbox->kixieApiKey().toUtf8()), qPrintable(path));
    }
}

void TestConnectionsPage::theSavedTokenIsTestedGreenWithoutRetyping() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    for (const char* view : {"ghlChecksListView", "kixieChecksListView"}) {
        const CheckResultModel* model = checks(view);
        QVERIFY(model->rowCount() >= 4);
        for (const api::CheckLine& line : model->lines())
            QVERIFY2(line.state == State::Passed, qPrintable(line.title + QLatin1String(": ") + line.detail));
    }
    QVERIFY(child<QPushButton>("testGhlPushButton")->isEnabled());
}

void TestConnectionsPage::aBadTokenShowsTheSpecificError() {
    fillSandboxConnection(QStringLiteral("pit-wrong-token"), m_sandbox->kixieApiKey());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    const CheckResultModel* model = checks("ghlChecksListView");
    const auto authenticated =
        std::find_if(model->lines().cbegin(), model->lines().cend(),
                     [](const auto& line) { return line.id == QLatin1String("authenticated"); });
    QVERIFY(authenticated != model->lines().cend());
    QCOMPARE(authenticated->state, State::Failed);
    QVERIFY2(authenticated->detail.contains(QLatin1String("did not accept the credentials")),
             qPrintable(authenticated->detail));
    // What the list view shows is the same message, with the failed icon's words for screen readers.
    const int row = static_cast<int>(std::distance(model->lines().cbegin(), authenticated));
    QVERIFY(model->index(row).data().toString().contains(authenticated->detail));
    QCOMPARE(model->index(row).data(Qt::ToolTipRole).toString(), CheckResultModel::stateText(State::Failed));
}

void TestConnectionsPage::aWrongKixieKeySaysWhereToFindTheRightOne() {
    fillSandboxConnection(m_sandbox->ghlToken(), QStringLiteral("not-the-key"));
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    const CheckResultModel* model = checks("kixieChecksListView");
    bool found = false;
    for (const api::CheckLine& line : model->lines()) {
        if (line.id == QLatin1String("credentials")) {
            found = true;
            QCOMPARE(line.state, State::Failed);
            QVERIFY2(line.detail.contains(QLatin1String("Integrations")), qPrintable(line.detail));
        }
    }
    QVERIFY(found);
}

void TestConnectionsPage::forgetRemovesTheSecretFromTheKeychain() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    const QString account = savedAccount(store::SavedConnection::Service::Ghl);
    QVERIFY(readKeychain(account).ok());
    auto* forget = child<QPushButton>("forgetGhlPushButton");
    QVERIFY(forget->isEnabled());
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_context->connections()
                                  .find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl)
                                  ->secretSavedAt,
                             10000);
    QCOMPARE(readKeychain(account).kind, auth::SecretError::Kind::NotFound);
    // The Kixie side is untouched.
    QVERIFY(readKeychain(savedAccount(store::SavedConnection::Service::Kixie)).ok());
    QCOMPARE(child<QLabel>("ghlSecretStatusLabel")->text(), SecretStatusText::tr("No token saved."));
    QVERIFY(!child<QPushButton>("forgetGhlPushButton")->isEnabled());
    // A test now says what is missing instead of sending anything.
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QCOMPARE(checks("ghlChecksListView")->lines().size(), 1);
    QCOMPARE(checks("ghlChecksListView")->lines().at(0).state, State::Failed);
}

void TestConnectionsPage::showRevealsTheTokenAndHidesItAgain() {
    auto* token = child<QLineEdit>("ghlTokenLineEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>("showGhlTokenToolButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("showGhlTokenToolButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>("kixieApiKeyLineEdit")->echoMode(), QLineEdit::Password);
}

void TestConnectionsPage::oauthConnectsInTheBrowserAndSavesTheGrant() {
    FakeBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    child<QPushButton>("newConnectionPushButton")->click();
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Acme"));
    child<QComboBox>("ghlAuthComboBox")->setCurrentIndex(1);
    QVERIFY(child<QPushButton>("oauthConnectPushButton")->isVisible());
    QVERIFY(!child<QLineEdit>("ghlTokenLineEdit")->isVisible());
    child<QCheckBox>("advancedCheckBox")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>("ghlBaseUrlLineEdit"), m_sandbox->baseUrl());
    const QJsonObject ghl = m_sandbox->credentials().value(QLatin1String("ghl")).toObject();
    QTest::keyClicks(child<QLineEdit>("oauthClientIdLineEdit"),
                     ghl.value(QLatin1String("oauthClientId")).toString());
    const QString clientSecret = ghl.value(QLatin1String("oauthClientSecret")).toString();
    QTest::keyClicks(child<QLineEdit>("oauthClientSecretLineEdit"), clientSecret);
    const quint16 port = freePort();
    child<QSpinBox>("oauthRedirectPortSpinBox")->setValue(port);
    QCOMPARE(child<QLabel>("oauthRedirectValueLabel")->text(),
             QStringLiteral("http://127.0.0.1:%1/oauth/callback").arg(port));

    QTest::mouseClick(child<QPushButton>("oauthConnectPushButton"), Qt::LeftButton);
    QVERIFY(child<QProgressBar>("oauthProgressBar")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>("locationIdLineEdit")->text() == m_sandbox->locationId(),
                             15000);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(browser.opened.size(), 1);
    QVERIFY(browser.opened.at(0).toString().startsWith(m_sandbox->baseUrl() +
                                                       QStringLiteral("/oauth/chooselocation")));
    QVERIFY(!child<QProgressBar>("oauthProgressBar")->isVisible());

    QVERIFY(saveAndWait());
    QJsonObject secret;
    QVERIFY(readKeychain(savedAccount(store::SavedConnection::Service::Ghl), &secret).ok());
    const auth::OAuthTokens tokens = auth::OAuthTokens::fromSecret(secret);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(secret.value(auth::SecretKey::clientSecret).toString(), clientSecret);
    const auto saved =
        m_context->connections().find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl);
    QCOMPARE(saved->authKind, store::ConnectionAuthKind::oauth);
    QCOMPARE(saved->settings.value(store::ConnectionSetting::oauthRedirectPort).toInt(), int(port));
    QVERIFY(!fileBytes(m_context->databasePath() + QStringLiteral("-wal"))
                 .contains(tokens.refreshToken.toUtf8()));
    QVERIFY(!fileBytes(m_context->databasePath() + QStringLiteral("-wal")).contains(clientSecret.toUtf8()));

    // Tested from the keychain, as after a restart.
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    for (const api::CheckLine& line : checks("ghlChecksListView")->lines())
        QVERIFY2(line.state == State::Passed, qPrintable(line.title + QLatin1String(": ") + line.detail));
}

void TestConnectionsPage::oauthCanBeCancelledWhileWaitingForTheBrowser() {
    FakeBrowser browser;
    browser.approves = false;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    child<QPushButton>("newConnectionPushButton")->click();
    child<QComboBox>("ghlAuthComboBox")->setCurrentIndex(1);
    child<QCheckBox>("advancedCheckBox")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>("ghlBaseUrlLineEdit"), m_sandbox->baseUrl());
    QTest::keyClicks(child<QLineEdit>("oauthClientIdLineEdit"), QStringLiteral("client"));
    QTest::keyClicks(child<QLineEdit>("oauthClientSecretLineEdit"), QStringLiteral("secret"));
    const quint16 port = freePort();
    child<QSpinBox>("oauthRedirectPortSpinBox")->setValue(port);
    QTest::mouseClick(child<QPushButton>("oauthConnectPushButton"), Qt::LeftButton);
    QCOMPARE(browser.opened.size(), 1);
    QVERIFY(child<QProgressBar>("oauthProgressBar")->isVisible());
    auto* cancel = child<QPushButton>("oauthCancelPushButton");
    QVERIFY(cancel->isVisible());
    QVERIFY(!child<QPushButton>("oauthConnectPushButton")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QVERIFY(!child<QProgressBar>("oauthProgressBar")->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>("oauthConnectPushButton")->isEnabled());
    QVERIFY2(child<QLabel>("oauthStatusLabel")->text().contains(QLatin1String("cancelled")),
             qPrintable(child<QLabel>("oauthStatusLabel")->text()));
    // The loopback listener is gone: the port can be taken again.
    QTRY_VERIFY([port] {
        QTcpServer server;
        return server.listen(QHostAddress::LocalHost, port);
    }());
    QVERIFY(m_context->connections().all().isEmpty());
}

void TestConnectionsPage::anOldTokenGetsARotationReminder() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    QVERIFY(!child<QLabel>("ghlSecretStatusLabel")->text().contains(QLatin1String("90")));
    const auto ghl =
        m_context->connections().find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl);
    QVERIFY(m_context->connections().markSecretSaved(ghl->id, QDateTime::currentDateTimeUtc().addDays(-120)));
    m_page->reload(QStringLiteral("Acme"));
    const QString status = child<QLabel>("ghlSecretStatusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("120")) && status.contains(QLatin1String("every 90 days")),
             qPrintable(status));
}

void TestConnectionsPage::removingAConnectionDeletesItsSecrets() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    const QString ghlAccount = savedAccount(store::SavedConnection::Service::Ghl);
    const QString kixieAccount = savedAccount(store::SavedConnection::Service::Kixie);
    // The confirmation is modal; answer it once it is up.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>("removeConnectionPushButton"), Qt::LeftButton);
    QVERIFY(m_context->connections().all().isEmpty());
    QCOMPARE(child<QTableView>("connectionsTableView")->model()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(ghlAccount).kind, auth::SecretError::Kind::NotFound, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(readKeychain(kixieAccount).kind, auth::SecretError::Kind::NotFound, 10000);
}

void TestConnectionsPage::kixieListsAreNamedForTheFormsBusinessId() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QSignalSpy changed(m_context.get(), &AppContext::kixieDirectoryChanged);
    // The dialog is modal; name one PowerList once it is up, and save.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<KixieDirectoryDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<KixieDirectoryDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Acme")));
        KixieDirectoryModel* lists = dialog->currentModel();
        lists->insertRows(0, 1);
        lists->setData(lists->index(0, KixieDirectoryModel::NameColumn), QStringLiteral("VIP leads"));
        lists->setData(lists->index(0, KixieDirectoryModel::IdColumn), QStringLiteral("77"));
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("dialogButtonBox"))
            ->button(QDialogButtonBox::Save)
            ->click();
    });
    QTest::mouseClick(child<QPushButton>("kixieListsPushButton"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    const auto saved = m_context->kixieDirectory().list(m_sandbox->kixieBusinessId(),
                                                        store::KixieDirectoryEntry::Kind::PowerList);
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->at(0).name, QStringLiteral("VIP leads"));
}

void TestConnectionsPage::incompleteFormsAreExplainedNotSaved() {
    child<QPushButton>("newConnectionPushButton")->click();
    QTest::keyClicks(child<QLineEdit>("ghlTokenLineEdit"), QStringLiteral("pit-abc"));
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("pageStatusLabel")->text(), ConnectionsPage::tr("Give the connection a name."));
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Acme"));
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("pageStatusLabel")->text(),
             ConnectionsPage::tr("Enter a HighLevel location ID, a Kixie Business ID, or both."));
    QTest::keyClicks(child<QLineEdit>("kixieBusinessIdLineEdit"), QStringLiteral("42"));
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("pageStatusLabel")->text(),
             ConnectionsPage::tr("Enter the HighLevel location ID the token belongs to."));
    QVERIFY(m_context->connections().all().isEmpty());
    // The token is still there to finish the form with.
    QCOMPARE(child<QLineEdit>("ghlTokenLineEdit")->text(), QStringLiteral("pit-abc"));
}

void TestConnectionsPage::withoutAKeychainThePageSaysSo() {
    auto* warning = child<QLabel>("keychainWarningLabel");
    QVERIFY(!warning->isVisible());
    m_context->useSessionOnlySecrets(QStringLiteral("no Secret Service"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("this session only")), qPrintable(warning->text()));
    // Saving still works, for the session, and says so.
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    QVERIFY2(child<QLabel>("ghlSecretStatusLabel")->text().contains(QLatin1String("for this session only")),
             qPrintable(child<QLabel>("ghlSecretStatusLabel")->text()));
    QCOMPARE(readKeychain(savedAccount(store::SavedConnection::Service::Ghl)).kind,
             auth::SecretError::Kind::NotFound);
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QCOMPARE(checks("ghlChecksListView")->lines().constFirst().state, State::Passed);
}

void TestConnectionsPage::savingAnUntestedConnectionAsksFirst() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QString question;
    answerNextBox(QStringLiteral("Cancel"), &question);
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("HighLevel was changed and has not been tested")) &&
                 question.contains(QLatin1String("Kixie was changed")) &&
                 question.contains(QLatin1String("Save anyway?")),
             qPrintable(question));
    // Cancel: nothing saved, and the typed secrets are still there.
    QVERIFY(m_context->connections().all().isEmpty());
    QCOMPARE(child<QLineEdit>("ghlTokenLineEdit")->text(), m_sandbox->ghlToken());
    // Save Anyway: saved.
    QVERIFY(saveAndWait(&question));
    QCOMPARE(child<QTableView>("connectionsTableView")->model()->rowCount(), 1);
    // Saved and unchanged since: a second save has nothing to ask.
    QVERIFY(saveWithoutQuestion());
}

void TestConnectionsPage::savingAfterAFailedTestAsksAndAfterAGreenOneDoesNot() {
    fillSandboxConnection(QStringLiteral("pit-wrong-token"), m_sandbox->kixieApiKey());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    QString question;
    answerNextBox(QStringLiteral("Cancel"), &question);
    QTest::mouseClick(child<QPushButton>("saveConnectionPushButton"), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("The HighLevel test failed.")), qPrintable(question));
    QVERIFY2(!question.contains(QLatin1String("Kixie")), qPrintable(question)); // Kixie passed
    QVERIFY(m_context->connections().all().isEmpty());
    // The right token, tested green: Save saves without a question.
    child<QLineEdit>("ghlTokenLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("ghlTokenLineEdit"), m_sandbox->ghlToken());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QVERIFY(saveWithoutQuestion());
    QVERIFY(m_context->connections().find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl));
    // An edit after the green test is untested again.
    QTest::keyClicks(child<QLineEdit>("kixieBusinessIdLineEdit"), QStringLiteral("9"));
    QVERIFY(saveAndWait(&question));
    QVERIFY2(question.contains(QLatin1String("Kixie was changed")) &&
                 !question.contains(QLatin1String("HighLevel")),
             qPrintable(question));
}

void TestConnectionsPage::savingOrTestingNeverSwitchesTheConnectionInUse() {
    ConnectionInUse& inUse = m_context->connectionInUse();
    inUse.use(QStringLiteral("Staging"), true);
    QSignalSpy changed(&inUse, &ConnectionInUse::changed);
    auto* line = child<QLabel>("inUseLabel");
    auto* use = child<QPushButton>("useConnectionPushButton");
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    QVERIFY(saveWithoutQuestion());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    // Shown, saved, tested green: still not in use.
    QCOMPARE(inUse.name(), QStringLiteral("Staging"));
    QVERIFY(changed.isEmpty());
    QVERIFY2(line->isVisible() && line->text().contains(QLatin1String("In use: Staging")),
             qPrintable(line->text()));
    QVERIFY2(child<QLabel>("pageStatusLabel")->text().contains(QLatin1String("Use this connection")),
             qPrintable(child<QLabel>("pageStatusLabel")->text()));
    // The admin's choice, by keyboard.
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(use->isEnabled());
    QVERIFY(!use->text().isEmpty());
    // A mnemonic "animates" the click: it lands a moment later.
    QTest::keySequence(m_page->windowHandle(), QKeySequence(Qt::ALT | Qt::Key_U));
    QTRY_COMPARE(inUse.name(), QStringLiteral("Acme"));
    QCOMPARE(inUse.isSandbox(), false);
    QCOMPARE(changed.size(), 1);
    QVERIFY2(line->text().contains(QLatin1String("In use: Acme")) &&
                 line->text().contains(QLatin1String("this connection")),
             qPrintable(line->text()));
    QVERIFY(!use->isEnabled());
}

void TestConnectionsPage::aConnectionThatWorkedInUseIsTheOneTheAppOpensOn() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    QTest::mouseClick(child<QPushButton>("useConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(m_context->connectionInUse().name(), QStringLiteral("Acme"));
    // In use but never tested: not remembered yet.
    QCOMPARE(ConnectionInUse::lastWorking(m_context->connections()), QString());
    QVERIFY(runTest("testGhlPushButton", QStringLiteral("ghl")));
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    QCOMPARE(ConnectionInUse::lastWorking(m_context->connections()), QStringLiteral("Acme"));
    // By name only.
    QCOMPARE(QSettings().value(QStringLiteral("connections/lastWorking")).toString(), QStringLiteral("Acme"));
    // A connection that no longer works is not the one to open on… but the last one that did stays.
    fillSandboxConnection(m_sandbox->ghlToken(), QStringLiteral("not-the-key"));
    child<QLineEdit>("nameLineEdit")->setText(QStringLiteral("Broken"));
    QVERIFY(saveAndWait());
    QTest::mouseClick(child<QPushButton>("useConnectionPushButton"), Qt::LeftButton);
    QVERIFY(runTest("testKixiePushButton", QStringLiteral("kixie")));
    QCOMPARE(ConnectionInUse::lastWorking(m_context->connections()), QStringLiteral("Acme"));
}

void TestConnectionsPage::renamingTheConnectionInUseKeepsItInUse() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    QVERIFY(saveAndWait());
    QTest::mouseClick(child<QPushButton>("useConnectionPushButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>("nameLineEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Acme Roofing"));
    QVERIFY(saveWithoutQuestion()); // a new name needs no new test
    QCOMPARE(m_context->connectionInUse().name(), QStringLiteral("Acme Roofing"));
    // Removing it leaves nothing in use.
    answerNextBox(QStringLiteral("&Yes"));
    QTest::mouseClick(child<QPushButton>("removeConnectionPushButton"), Qt::LeftButton);
    QCOMPARE(m_context->connectionInUse().name(), QString());
    QVERIFY2(child<QLabel>("inUseLabel")->text().contains(QLatin1String("No connection is in use")),
             qPrintable(child<QLabel>("inUseLabel")->text()));
}

void TestConnectionsPage::aSandboxConnectionWhoseSandboxIsGoneOffersToStartIt() {
    // What a sandbox connection from an earlier session looks like: its sandbox went with that session.
    for (const auto service :
         {store::SavedConnection::Service::Ghl, store::SavedConnection::Service::Kixie}) {
        store::SavedConnection side;
        side.name = QStringLiteral("Sandbox");
        side.service = service;
        side.environment = store::SavedConnection::Environment::Sandbox;
        side.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        side.accountId = QStringLiteral("gone");
        side.authKind = service == store::SavedConnection::Service::Ghl
                            ? store::ConnectionAuthKind::privateToken
                            : store::ConnectionAuthKind::apiKey;
        side.secretAccount = store::SavedConnection::newSecretAccount(service);
        QVERIFY(m_context->connections().save(side));
    }
    auto* banner = child<QFrame>("staleSandboxFrame");
    QVERIFY(!banner->isVisible());
    m_page->reload(QStringLiteral("Sandbox"));
    QVERIFY(banner->isVisible());
    auto* start = child<QPushButton>("startSandboxPushButton");
    QSignalSpy requested(m_page.get(), &ConnectionsPage::startSandboxRequested);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    // Once this session's sandbox runs, the banner goes.
    QVERIFY(m_context->startSandbox().ok());
    m_page->reload(QStringLiteral("Sandbox"));
    QVERIFY(!banner->isVisible());
}

void TestConnectionsPage::theFormListsTheScopesATokenNeeds() {
    child<QPushButton>("newConnectionPushButton")->click();
    auto* scopes = child<QLabel>("ghlScopesLabel");
    QVERIFY(scopes->isVisible());
    for (const char* scope : {"contacts.readonly", "contacts.write", "locations/customFields.readonly",
                              "locations/tags.readonly", "locations/tasks.readonly"})
        QVERIFY2(scopes->text().contains(QLatin1String(scope)), qPrintable(scopes->text()));
    QSignalSpy guide(m_page.get(), &ConnectionsPage::userGuideRequested);
    const QString link = scopes->text().section(QLatin1String("href=\""), 1).section(QLatin1Char('"'), 0, 0);
    Q_EMIT scopes->linkActivated(link);
    QCOMPARE(guide.size(), 1);
    QCOMPARE(guide.at(0).at(0).toString(), QStringLiteral("api.md"));
    QCOMPARE(guide.at(0).at(1).toString(),
             QStringLiteral("where-a-private-integration-tokens-scopes-are-set"));
    // With OAuth the scopes are the Marketplace app's: the list goes with the token field.
    child<QComboBox>("ghlAuthComboBox")->setCurrentIndex(1);
    QVERIFY(!scopes->isVisible());
}

void TestConnectionsPage::advancedGhlSettingsAreSavedAndReloaded() {
    fillSandboxConnection(m_sandbox->ghlToken(), m_sandbox->kixieApiKey());
    auto* advanced = child<QCheckBox>("advancedCheckBox");
    auto* contacts = child<QSpinBox>("taskSearchContactsSpinBox");
    auto* pageSize = child<QSpinBox>("taskSearchPageSizeSpinBox");
    auto* companyName = child<QCheckBox>("sendCompanyNameCheckBox");
    // Shown with the other advanced settings only (the sandbox's address is one of them), with HighLevel's
    // documented-or-assumed values.
    advanced->setChecked(false);
    QVERIFY(!contacts->isVisible());
    QCOMPARE(contacts->value(), api::GhlSettings{}.taskSearchContacts);
    QCOMPARE(pageSize->value(), api::GhlSettings{}.taskSearchPageSize);
    QVERIFY(!companyName->isChecked());
    advanced->click();
    QVERIFY(contacts->isVisible() && pageSize->isVisible() && companyName->isVisible());
    contacts->setValue(10);
    pageSize->setValue(250);
    companyName->setChecked(true);
    QVERIFY(saveAndWait());

    const auto saved =
        m_context->connections().find(QStringLiteral("Acme"), store::SavedConnection::Service::Ghl);
    QVERIFY(saved);
    api::GhlSettings stored;
    api::GhlUnconfirmedSettings::read(saved->settings, stored);
    QCOMPARE(stored.taskSearchContacts, 10);
    QCOMPARE(stored.taskSearchPageSize, 250);
    QVERIFY(stored.sendCompanyNameOnUpdate);

    // An unsaved change is undone by showing the connection again: the form shows what is saved.
    contacts->setValue(77);
    companyName->setChecked(false);
    child<QPushButton>("newConnectionPushButton")->click();
    QCOMPARE(contacts->value(), api::GhlSettings{}.taskSearchContacts);
    QVERIFY(!companyName->isChecked());
    auto* list = child<QTableView>("connectionsTableView");
    list->setCurrentIndex(QModelIndex());
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Acme"));
    QCOMPARE(contacts->value(), 10);
    QCOMPARE(pageSize->value(), 250);
    QVERIFY(companyName->isChecked());
}

FIELDLINK_TEST_MAIN(TestConnectionsPage, QApplication)
#include "TestConnectionsPage.moc"
