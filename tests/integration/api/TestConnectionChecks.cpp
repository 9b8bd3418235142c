// "Test connection" against the sandbox over real HTTP: every line of both reports, for a working account and
// for each way an account can be wrong.
#include "ApiTestSupport.h"
#include "core/api/Clock.h"
#include "core/api/ConnectionCheck.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QTcpServer>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;
using namespace fieldlink::test;
using State = CheckLine::State;

namespace {

/// Runs a check to its end and returns its lines by id.
QHash<QString, CheckLine> runToEnd(ConnectionCheck& check) {
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    check.start();
    if (!finished.wait(30000))
        return {};
    QHash<QString, CheckLine> lines;
    for (const CheckLine& line : check.lines())
        lines.insert(line.id, line);
    return lines;
}

/// A loopback port nobody listens on.
quint16 closedPort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestConnectionChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ghlReportsEveryLineGreenForAFullToken();
    void ghlLinesAppearBeforeTheAnswers();
    void ghlWrongTokenFailsAuthentication();
    void ghlWrongLocationFailsTheLocationLine();
    void ghlReadonlyTokenNamesTheMissingScopeAndWhereToAddIt();
    void ghlUnreachableServiceSaysSo();
    void kixieReportsEveryLineGreenAndCountsTheTestCall();
    void kixieWrongKeyFailsCredentials();
    void kixieDisabledApiAsksForKixieSupport();
};

void TestConnectionChecks::ghlReportsEveryLineGreenForAFullToken() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    const QJsonObject before = sandbox.probe().state();
    GhlConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QVERIFY(check.passed());
    QCOMPARE(lines.size(), 8);
    for (const CheckLine& line : lines)
        QVERIFY2(line.state == State::Passed, qPrintable(line.id + QLatin1String(": ") + line.detail));
    // The count the sandbox itself gives, read past the client.
    const int customFieldCount = static_cast<int>(
        sandbox.probe()
            .ghl("GET", QStringLiteral("/locations/%1/customFields").arg(sandbox.locationId()))
            .json()
            .value(QLatin1String("customFields"))
            .toArray()
            .size());
    QVERIFY(customFieldCount > 0);
    QCOMPARE(lines.value(QStringLiteral("custom-fields")).detail,
             GhlConnectionCheck::tr("%n custom contact field(s) found.", nullptr, customFieldCount));
    // The budget comes from the sandbox's X-RateLimit-* headers, not from the defaults alone.
    QVERIFY2(lines.value(QStringLiteral("budget")).detail.contains(QLatin1String("left today")),
             qPrintable(lines.value(QStringLiteral("budget")).detail));
    // Nothing was written: the write probe aimed at a contact that cannot exist.
    QCOMPARE(sandbox.probe().state(), before);
}

void TestConnectionChecks::ghlLinesAppearBeforeTheAnswers() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    GhlConnectionCheck check(&client);
    check.start();
    // Every line is there at once, running, so the admin sees what is being checked.
    QCOMPARE(check.lines().size(), 8);
    for (const CheckLine& line : check.lines())
        QCOMPARE(line.state, State::Running);
    QVERIFY(!check.isFinished());
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

void TestConnectionChecks::ghlWrongTokenFailsAuthentication() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(QStringLiteral("pit-not-a-real-token"));
    client.setTokenSource(&token);
    GhlConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QVERIFY(!check.passed());
    QCOMPARE(lines.value(QStringLiteral("reachable")).state, State::Passed);
    const CheckLine authenticated = lines.value(QStringLiteral("authenticated"));
    QCOMPARE(authenticated.state, State::Failed);
    QVERIFY2(authenticated.detail.contains(QLatin1String("did not accept the credentials")),
             qPrintable(authenticated.detail));
    QVERIFY(!authenticated.detail.contains(QLatin1String("pit-not-a-real-token")));
    QCOMPARE(lines.value(QStringLiteral("scope:contacts.write")).state, State::NotChecked);
}

void TestConnectionChecks::ghlWrongLocationFailsTheLocationLine() {
    SandboxFixture sandbox;
    GhlSettings settings = sandboxGhlSettings(sandbox);
    settings.locationId = QStringLiteral("someOtherLocation123");
    GhlClient client(settings, sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    GhlConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QCOMPARE(lines.value(QStringLiteral("authenticated")).state, State::Passed);
    const CheckLine location = lines.value(QStringLiteral("location"));
    QCOMPARE(location.state, State::Failed);
    QVERIFY2(location.title.contains(QLatin1String("someOtherLocation123")), qPrintable(location.title));
    QVERIFY2(location.detail.contains(QLatin1String("location id")), qPrintable(location.detail));
}

void TestConnectionChecks::ghlReadonlyTokenNamesTheMissingScopeAndWhereToAddIt() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.readonlyToken());
    client.setTokenSource(&token);
    GhlConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QVERIFY(!check.passed());
    QCOMPARE(lines.value(QStringLiteral("scope:contacts.readonly")).state, State::Passed);
    const CheckLine write = lines.value(QStringLiteral("scope:contacts.write"));
    QCOMPARE(write.state, State::Failed);
    QVERIFY2(write.detail.contains(QLatin1String("contacts.write")) &&
                 write.detail.contains(QLatin1String("Private Integrations")),
             qPrintable(write.detail));
}

void TestConnectionChecks::ghlUnreachableServiceSaysSo() {
    GhlSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    settings.locationId = QStringLiteral("anyLocation");
    settings.retry.maxAttempts = 1;
    QNetworkAccessManager network;
    GhlClient client(settings, &network, SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(QStringLiteral("pit-any"));
    client.setTokenSource(&token);
    GhlConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    const CheckLine reachable = lines.value(QStringLiteral("reachable"));
    QCOMPARE(reachable.state, State::Failed);
    QVERIFY2(!reachable.detail.isEmpty() && !reachable.detail.contains(QLatin1String("QNetworkReply")),
             qPrintable(reachable.detail));
    QCOMPARE(lines.value(QStringLiteral("authenticated")).state, State::NotChecked);
}

void TestConnectionChecks::kixieReportsEveryLineGreenAndCountsTheTestCall() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    KixieConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QVERIFY(check.passed());
    QCOMPARE(lines.size(), 4);
    for (const CheckLine& line : lines)
        QVERIFY2(line.state == State::Passed, qPrintable(line.id + QLatin1String(": ") + line.detail));
    QCOMPARE(client.queue().localQuota().used(SystemClock::instance()->wallClockMs()), 1);
    QVERIFY2(lines.value(QStringLiteral("budget")).detail.startsWith(QLocale().toString(9999)),
             qPrintable(lines.value(QStringLiteral("budget")).detail));
}

void TestConnectionChecks::kixieWrongKeyFailsCredentials() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox),
                       {QStringLiteral("wrong-key"), sandbox.kixieBusinessId()}, sandbox.network(),
                       SystemClock::instance(), nullptr);
    KixieConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    QVERIFY(!check.passed());
    const CheckLine credentials = lines.value(QStringLiteral("credentials"));
    QCOMPARE(credentials.state, State::Failed);
    QVERIFY2(credentials.detail.contains(QLatin1String("Integrations")), qPrintable(credentials.detail));
    QVERIFY(!credentials.detail.contains(QLatin1String("wrong-key")));
    QCOMPARE(lines.value(QStringLiteral("api-enabled")).state, State::NotChecked);
}

void TestConnectionChecks::kixieDisabledApiAsksForKixieSupport() {
    SandboxFixture sandbox;
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/kixie/account"), jsonObject(R"({"apiEnabled":false})"))
                 .status,
             200);
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    KixieConnectionCheck check(&client);
    const auto lines = runToEnd(check);
    const CheckLine enabled = lines.value(QStringLiteral("api-enabled"));
    QCOMPARE(enabled.state, State::Failed);
    QVERIFY2(enabled.detail.contains(QLatin1String("Kixie support")), qPrintable(enabled.detail));
    QCOMPARE(lines.value(QStringLiteral("credentials")).state, State::NotChecked);
}

FIELDLINK_TEST_MAIN(TestConnectionChecks, QCoreApplication)
#include "TestConnectionChecks.moc"
