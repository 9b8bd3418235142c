#include "ApiTestSupport.h"
#include "core/api/Clock.h"
#include "core/api/RequestLog.h"
#include "core/auth/OAuthLoginFlow.h"
#include "core/auth/OAuthSession.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/SecretStore.h"
#include "core/store/Database.h"
#include "core/store/RequestLogRepository.h"
#include "support/JsonHelpers.h"
#include "support/OAuthBrowser.h"
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;
using namespace fieldlink::test;

namespace {

QStringList g_logLines;

void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message) {
    g_logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

} // namespace

/// OAuth against the sandbox: the browser flow, refresh during a run, a dead refresh token, and a scan for
/// secrets in every place they must not be.
class TestOAuthSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectsThroughTheBrowserWithStateAndPkce();
    void refusesAnAnswerWithTheWrongState();
    void refreshesATokenThatExpiresMidRunAndCarriesOn();
    void aUsedRefreshTokenAsksTheAdminToReconnect();
    void leavesNoSecretInLogsSettingsOrTheRequestLog();
};

void TestOAuthSandbox::connectsThroughTheBrowserWithStateAndPkce() {
    SandboxFixture sandbox;
    auth::OAuthTokenClient tokenClient(sandboxOAuthConfig(sandbox), sandbox.network(),
                                       SystemClock::instance(), nullptr);
    auth::OAuthLoginFlow flow(&tokenClient, SystemClock::instance());
    QSignalSpy finished(&flow, &auth::OAuthLoginFlow::finished);
    QVERIFY(flow.start());
    QVERIFY(flow.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
    const QUrlQuery query(flow.authorizationUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                .contains(QLatin1String("contacts.write")));
    QVERIFY(approveInBrowser(sandbox.network(), flow.authorizationUrl()));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const auto tokens = finished.at(0).at(1).value<auth::OAuthTokens>();
    QVERIFY(!tokens.accessToken.isEmpty() && !tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.locationId, sandbox.locationId());
    QVERIFY(tokens.scopes.contains(QStringLiteral("contacts.write")));
    QVERIFY(tokens.expiresAtMs > SystemClock::instance()->wallClockMs() + 86000 * 1000LL);
}

void TestOAuthSandbox::refusesAnAnswerWithTheWrongState() {
    SandboxFixture sandbox;
    auth::OAuthTokenClient tokenClient(sandboxOAuthConfig(sandbox), sandbox.network(),
                                       SystemClock::instance(), nullptr);
    auth::OAuthLoginFlow flow(&tokenClient, SystemClock::instance());
    QSignalSpy finished(&flow, &auth::OAuthLoginFlow::finished);
    QVERIFY(flow.start());
    QVERIFY(approveInBrowser(sandbox.network(), flow.authorizationUrl(), QStringLiteral("forged-state")));
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Auth));
    QVERIFY(result.message.contains(QLatin1String("state")));
    QVERIFY(!finished.at(0).at(1).value<auth::OAuthTokens>().isValid());
}

void TestOAuthSandbox::refreshesATokenThatExpiresMidRunAndCarriesOn() {
    SandboxFixture sandbox;
    auth::OAuthTokenClient tokenClient(sandboxOAuthConfig(sandbox), sandbox.network(),
                                       SystemClock::instance(), nullptr);
    const auth::OAuthTokens tokens = connectOAuthAccount(sandbox, tokenClient);
    QVERIFY(tokens.isValid());
    auth::MemorySecretStore secrets;
    auth::OAuthSession session(tokens, &tokenClient, SystemClock::instance(), &secrets,
                               QStringLiteral("ghl"));
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    client.setTokenSource(&session);
    int ok = 0;
    int failed = 0;
    const auto count = [&](const ApiResult& result) {
        result.ok() ? ++ok : ++failed;
    };
    for (int i = 0; i < 20; ++i)
        connect(client.listContacts(5), &ApiRequest::finished, this, count);
    QTRY_COMPARE_WITH_TIMEOUT(ok, 20, 30000);
    // GHL says the token expired while the run goes on.
    QCOMPARE(
        at(sandbox.probe().postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"), {}).json(), "expired")
            .toInt(),
        1);
    QSignalSpy saved(&secrets, &auth::SecretStore::writeFinished);
    for (int i = 0; i < 20; ++i)
        connect(client.listContacts(5), &ApiRequest::finished, this, count);
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 40, 30000);
    QCOMPARE(failed, 0);
    QVERIFY(session.tokens().accessToken != tokens.accessToken);
    QVERIFY(session.tokens().refreshToken != tokens.refreshToken);
    QTRY_COMPARE(saved.count(), 1);
}

void TestOAuthSandbox::aUsedRefreshTokenAsksTheAdminToReconnect() {
    SandboxFixture sandbox;
    auth::OAuthTokenClient tokenClient(sandboxOAuthConfig(sandbox), sandbox.network(),
                                       SystemClock::instance(), nullptr);
    const auth::OAuthTokens tokens = connectOAuthAccount(sandbox, tokenClient);
    QVERIFY(tokens.isValid());
    // Someone else (another copy of the app) refreshes first: our refresh token is now used up.
    QVERIFY(awaitResult(tokenClient.refresh(tokens.refreshToken)).ok());
    QVERIFY(at(sandbox.probe().postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"), {}).json(), "expired")
                .toInt() >= 1);
    auth::OAuthSession session(tokens, &tokenClient, SystemClock::instance(), nullptr, {});
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    client.setTokenSource(&session);
    const ApiResult result = awaitResult(client.listContacts(1));
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Auth));
    QVERIFY2(result.message.contains(QLatin1String("Reconnect HighLevel")), qPrintable(result.message));
}

void TestOAuthSandbox::leavesNoSecretInLogsSettingsOrTheRequestLog() {
    QLoggingCategory::setFilterRules(QStringLiteral("fieldlink.*=true"));
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    SandboxFixture sandbox;
    // The request log goes to a real database file under the isolated home, like the app's.
    store::Database database;
    const QString databasePath =
        isolateUserEnvironment().path() + QStringLiteral("/xdg_data_home/fieldlink.sqlite");
    QVERIFY(database.open(databasePath, QStringLiteral("scan")).ok());
    store::RequestLogRepository storedLog(database.connection());
    RequestLog log;
    log.setSink(&storedLog);
    auth::OAuthTokenClient tokenClient(sandboxOAuthConfig(sandbox), sandbox.network(),
                                       SystemClock::instance(), &log);
    const auth::OAuthTokens tokens = connectOAuthAccount(sandbox, tokenClient);
    auth::OAuthSession session(tokens, &tokenClient, SystemClock::instance(), nullptr, {});
    GhlClient ghl(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), &log);
    ghl.setTokenSource(&session);
    awaitResult(ghl.listContacts(2));
    sandbox.probe().postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"), {});
    awaitResult(ghl.listContacts(2)); // refreshes: old and new tokens both pass through
    auth::PrivateIntegrationToken pit(sandbox.ghlToken());
    ghl.setTokenSource(&pit);
    awaitResult(ghl.getContact(QStringLiteral("x")));
    KixieClient kixie(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                      SystemClock::instance(), &log);
    awaitResult(kixie.listWebhooks());
    awaitResult(kixie.agentStatus(QStringLiteral("agent@example.com")));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QTemporaryDir dir;
    const fieldlink::Result<> written =
        HarExporter::write(dir.filePath(QStringLiteral("run.har")), log.entries());
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(log.entries().size() >= 7);
    QCOMPARE(storedLog.entries(0).size(), log.entries().size());
    QVERIFY(!g_logLines.isEmpty());

    const QStringList secrets = {tokens.accessToken,
                                 tokens.refreshToken,
                                 session.tokens().accessToken,
                                 session.tokens().refreshToken,
                                 sandbox.ghlToken(),
                                 sandbox.kixieApiKey(),
                                 sandboxOAuthConfig(sandbox).clientSecret};
    QByteArrayList haystacks;
    haystacks << g_logLines.join(QLatin1Char('\n')).toUtf8();
    // Everything written under the isolated home (settings, data, cache) and the HAR.
    for (const QString& root : {isolateUserEnvironment().path(), dir.path()}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            haystacks << file.readAll();
        }
    }
    QSettings settings;
    for (const QString& key : settings.allKeys())
        haystacks << settings.value(key).toString().toUtf8();
    // The scan reads what was written: the stored request log is in there, redacted.
    QVERIFY(std::any_of(haystacks.begin(), haystacks.end(),
                        [](const QByteArray& haystack) { return haystack.contains("Bearer [REDACTED]"); }));
    QVERIFY(std::any_of(haystacks.begin(), haystacks.end(),
                        [](const QByteArray& haystack) { return haystack.startsWith("SQLite format 3"); }));
    for (const QString& secret : secrets) {
        QVERIFY(secret.size() >= 8);
        for (const QByteArray& haystack : haystacks) {
            QVERIFY2(!haystack.contains(secret.toUtf8()), qPrintable(secret.left(4) + QStringLiteral("…")));
            QVERIFY(!haystack.contains(QUrl::toPercentEncoding(secret)));
        }
    }
}

FIELDLINK_TEST_MAIN(TestOAuthSandbox, QCoreApplication)
#include "TestOAuthSandbox.moc"
