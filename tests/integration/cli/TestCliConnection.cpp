// fieldlink-cli with `--connection NAME`: a connection saved the way the app saves it (a row in the database,
// the secret in a real Secret Service), used by a separate process with no FIELDLINK_* variables set.
#include "core/api/Clock.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/SecretRequests.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"
#include "support/JsonHelpers.h"
#include "support/OAuthBrowser.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QProcess>

using namespace fieldlink;
using namespace fieldlink::test;
using store::SavedConnection;

class TestCliConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void syncRunsOnASavedConnection();
    void anOAuthConnectionRefreshesAndKeepsItsSecretWhole();
    void anUnknownNameIsExplained();
    void aForgottenSecretIsExplained();
    void theSavedContactsPerTaskSearchIsHonoured();

private:
    /// Saves both sides of `name` for the sandbox; the secrets only when `withSecrets`.
    void saveConnection(SandboxFixture& sandbox, const QString& name, const QJsonObject& ghlSecret,
                        const QString& ghlAuthKind, bool withSecrets);
    QJsonObject keychain(const QString& account);
    bool writeKeychain(const QString& account, const QJsonObject& secret);
    int run(const QStringList& arguments, QByteArray* output, QByteArray* errors);

    QTemporaryDir m_dir;
    QString m_database;
};

void TestCliConnection::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session -- scripts/with-keyring.sh (scripts/test.sh does)");
    m_database = m_dir.filePath(QStringLiteral("app.sqlite"));
}

bool TestCliConnection::writeKeychain(const QString& account, const QJsonObject& secret) {
    auth::KeychainSecretStore store;
    QSignalSpy written(&store, &auth::SecretStore::writeFinished);
    store.write(account, secret);
    return written.wait(10000) && written.at(0).at(1).value<auth::SecretError>().ok();
}

QJsonObject TestCliConnection::keychain(const QString& account) {
    auth::KeychainSecretStore store;
    QSignalSpy read(&store, &auth::SecretStore::readFinished);
    store.read(account);
    return read.wait(10000) ? read.at(0).at(1).toJsonObject() : QJsonObject{};
}

void TestCliConnection::saveConnection(SandboxFixture& sandbox, const QString& name,
                                       const QJsonObject& ghlSecret, const QString& ghlAuthKind,
                                       bool withSecrets) {
    store::Database database;
    QVERIFY(database.open(m_database, QStringLiteral("setup")).ok());
    store::ConnectionRepository repository(database.connection());
    SavedConnection ghl;
    ghl.service = SavedConnection::Service::Ghl;
    ghl.name = name;
    ghl.environment = SavedConnection::Environment::Sandbox;
    ghl.baseUrl = QUrl(sandbox.baseUrl());
    ghl.accountId = sandbox.locationId();
    ghl.authKind = ghlAuthKind;
    ghl.settings = {{store::ConnectionSetting::oauthClientId, sandboxOAuthConfig(sandbox).clientId}};
    SavedConnection kixie = ghl;
    kixie.service = SavedConnection::Service::Kixie;
    kixie.accountId = sandbox.kixieBusinessId();
    kixie.authKind = store::ConnectionAuthKind::apiKey;
    kixie.settings = {};
    QVERIFY(repository.save(ghl) && repository.save(kixie));
    if (withSecrets) {
        QVERIFY(writeKeychain(ghl.secretAccount, ghlSecret));
        QVERIFY(writeKeychain(kixie.secretAccount, {{auth::SecretKey::apiKey, sandbox.kixieApiKey()}}));
    }
}

int TestCliConnection::run(const QStringList& arguments, QByteArray* output, QByteArray* errors) {
    QProcess process;
    // Nothing from the environment: the connection must come from the database and the keychain.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys())
        if (name.startsWith(QLatin1String("FIELDLINK_")))
            env.remove(name);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  arguments + QStringList{QStringLiteral("--db"), m_database});
    if (!process.waitForFinished(120000))
        return -1;
    *output = process.readAllStandardOutput();
    *errors = process.readAllStandardError();
    return process.exitCode();
}

void TestCliConnection::syncRunsOnASavedConnection() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    saveConnection(sandbox, QStringLiteral("Acme"), {{auth::SecretKey::privateToken, sandbox.ghlToken()}},
                   store::ConnectionAuthKind::privateToken, true);
    QByteArray output;
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("Acme"),
                  QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                  QStringLiteral("--limit"), QStringLiteral("10"), QStringLiteral("--json")},
                 &output, &errors),
             0);
    const QJsonObject summary = QJsonDocument::fromJson(output.trimmed().split('\n').constLast()).object();
    QVERIFY2(at(summary, "created").toInt() > 0, output.constData());
    QVERIFY(at(summary, "apiCalls.kixie").toInt() > 0);
    // The rows reached the sandbox's Kixie through the saved API key.
    QVERIFY(at(sandbox.probe().stats(), "kixie.requests").toInt() >= at(summary, "created").toInt());
}

void TestCliConnection::anOAuthConnectionRefreshesAndKeepsItsSecretWhole() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auth::OAuthClientConfig config = sandboxOAuthConfig(sandbox);
    auth::OAuthTokenClient tokenClient(config, sandbox.network(), api::SystemClock::instance(), nullptr);
    const auth::OAuthTokens tokens = connectOAuthAccount(sandbox, tokenClient);
    QVERIFY(tokens.isValid());
    saveConnection(sandbox, QStringLiteral("Acme OAuth"), auth::oauthSecret(tokens, config.clientSecret),
                   store::ConnectionAuthKind::oauth, true);
    // The access token dies before the run: the run must refresh it and save the rotated pair.
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"),
                           QJsonObject{{QStringLiteral("token"), tokens.accessToken}})
                 .status,
             200);
    QByteArray output;
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("Acme OAuth"),
                  QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                  QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--dry-run")},
                 &output, &errors),
             0);
    store::Database database;
    QVERIFY(database.open(m_database, QStringLiteral("check")).ok());
    const auto ghl = store::ConnectionRepository(database.connection())
                         .find(QStringLiteral("Acme OAuth"), SavedConnection::Service::Ghl);
    const QJsonObject saved = keychain(ghl->secretAccount);
    const auth::OAuthTokens rotated = auth::OAuthTokens::fromSecret(saved);
    QVERIFY(!rotated.refreshToken.isEmpty());
    QVERIFY(rotated.refreshToken != tokens.refreshToken); // the used one is dead; the new one was saved
    QVERIFY(rotated.accessToken != tokens.accessToken);
    // The client secret is still beside the grant, or the next refresh could not happen.
    QCOMPARE(saved.value(auth::SecretKey::clientSecret).toString(), config.clientSecret);
    QVERIFY(!errors.contains(rotated.accessToken.toUtf8()));
}

void TestCliConnection::anUnknownNameIsExplained() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    saveConnection(sandbox, QStringLiteral("Known"), {{auth::SecretKey::privateToken, sandbox.ghlToken()}},
                   store::ConnectionAuthKind::privateToken, true);
    QByteArray output;
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("Nope"),
                  QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist")},
                 &output, &errors),
             2);
    QVERIFY2(errors.contains("no connection named \"Nope\""), errors.constData());
    QCOMPARE(run({QStringLiteral("events"), QStringLiteral("--connection"), QStringLiteral("Nope"),
                  QStringLiteral("--profile"), QStringLiteral("kixie-calls-to-ghl"), QStringLiteral("--file"),
                  m_dir.filePath(QStringLiteral("none.jsonl"))},
                 &output, &errors),
             2);
    QVERIFY2(errors.contains("no connection named \"Nope\""), errors.constData());
}

void TestCliConnection::aForgottenSecretIsExplained() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    saveConnection(sandbox, QStringLiteral("Forgotten"), {}, store::ConnectionAuthKind::privateToken, false);
    QByteArray output;
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("Forgotten"),
                  QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                  QStringLiteral("--dry-run")},
                 &output, &errors),
             2);
    QVERIFY2(errors.contains("not in the system keychain") && errors.contains("Connections"),
             errors.constData());
    const QJsonObject stats = sandbox.probe().stats();
    QVERIFY(at(stats, "ghl.requests").isDouble());
    QCOMPARE(at(stats, "ghl.requests").toInt(), 0); // nothing was sent without a token
}

void TestCliConnection::theSavedContactsPerTaskSearchIsHonoured() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QJsonObject token{{auth::SecretKey::privateToken, sandbox.ghlToken()}};
    saveConnection(sandbox, QStringLiteral("Wide"), token, store::ConnectionAuthKind::privateToken, true);
    saveConnection(sandbox, QStringLiteral("Narrow"), token, store::ConnectionAuthKind::privateToken, true);
    {
        store::Database database;
        QVERIFY(database.open(m_database, QStringLiteral("narrow")).ok());
        store::ConnectionRepository repository(database.connection());
        auto narrow = repository.find(QStringLiteral("Narrow"), SavedConnection::Service::Ghl);
        QVERIFY(narrow);
        api::GhlSettings settings;
        settings.taskSearchContacts = 5;
        api::GhlUnconfirmedSettings::write(settings, narrow->settings);
        QVERIFY(repository.save(*narrow));
    }
    const auto taskSearches = [&sandbox] {
        const QJsonObject byRoute = at(sandbox.probe().stats(), "ghl.byRoute").toObject();
        int count = 0;
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            count += it.key().contains(QLatin1String("/tasks/search")) ? it.value().toInt() : 0;
        return count;
    };
    QByteArray output;
    QByteArray errors;
    const auto dryRun = [&](const QString& connection) {
        return run({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--connection"),
                    connection, QStringLiteral("--profile"),
                    QStringLiteral("ghl-contacts-to-kixie-powerlist")},
                   &output, &errors);
    };
    QCOMPARE(dryRun(QStringLiteral("Wide")), 0);
    const int wide = taskSearches();
    QCOMPARE(dryRun(QStringLiteral("Narrow")), 0);
    const int narrow = taskSearches() - wide;
    QVERIFY2(wide > 0 && narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
}

FIELDLINK_TEST_MAIN(TestCliConnection, QCoreApplication)
#include "TestCliConnection.moc"
