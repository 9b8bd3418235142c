#include "ApiTestSupport.h"
#include "core/api/Clock.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;
using namespace fieldlink::test;

/// KixieClient against the sandbox over real HTTP.
class TestKixieClientSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAndRemovesPowerListRows();
    void enrolsAndRemovesFromACadence();
    void managesWebhooks();
    void readsAgentStatus();
    void explainsWrongCredentialsAndADisabledApi();
    void createWithUnknownOutcomeIsNotRepeated();

private:
    QJsonObject powerListRow(const SandboxFixture& sandbox, const QString& phone) const {
        const QString list = at(sandbox.credentials(), "kixie.powerlists.0.id").toVariant().toString();
        return QJsonObject{
            {QStringLiteral("powerlistId"), list},
            {QStringLiteral("target"), phone},
            {QStringLiteral("firstName"), QStringLiteral("Ana")},
            {QStringLiteral("duplicateHandling"), QStringLiteral("merge")},
            {QStringLiteral("extraData"), QJsonObject{{QStringLiteral("ghlId"), QStringLiteral("c1")}}}};
    }
};

void TestKixieClientSandbox::writesAndRemovesPowerListRows() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const QJsonObject row = powerListRow(sandbox, QStringLiteral("+14155550123"));
    const ApiResult added = awaitResult(client.updatePowerList(row));
    QVERIFY2(added.ok(), qPrintable(added.message));
    const QString list = row.value(QLatin1String("powerlistId")).toString();
    const QJsonObject state = sandbox.probe().state();
    QVERIFY(QJsonDocument(state).toJson().contains("+14155550123") ||
            QJsonDocument(state).toJson().contains("14155550123"));
    QVERIFY(awaitResult(client.removeFromPowerList(list, {QStringLiteral("+14155550123")})).ok());
    QVERIFY(awaitResult(client.removeFromAllPowerLists({QStringLiteral("+14155550123")})).ok());
    QCOMPARE(client.queue().localQuota().used(SystemClock::instance()->wallClockMs()), 3);
    const ApiResult unknownList = awaitResult(
        client.updatePowerList(QJsonObject{{QStringLiteral("powerlistId"), QStringLiteral("999999")},
                                           {QStringLiteral("target"), QStringLiteral("+14155550123")}}));
    QVERIFY(!unknownList.ok());
    QVERIFY(!unknownList.message.isEmpty());
}

void TestKixieClientSandbox::enrolsAndRemovesFromACadence() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const QString cadence = at(sandbox.credentials(), "kixie.cadences.0.id").toVariant().toString();
    const ApiResult added =
        awaitResult(client.addToCadence(cadence, QStringLiteral("+14155550124"), QStringLiteral("Ana")));
    QVERIFY2(added.ok(), qPrintable(added.message));
    QVERIFY(awaitResult(client.removeFromCadence(cadence, QStringLiteral("+14155550124"))).ok());
    QCOMPARE(at(sandbox.probe().stats(), "kixie.byEvent.cadence").toInt(), 2);
}

void TestKixieClientSandbox::managesWebhooks() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const ApiResult created = awaitResult(client.createWebhook(
        QJsonObject{{QStringLiteral("eventname"), QStringLiteral("endcall")},
                    {QStringLiteral("location"), QStringLiteral("http://127.0.0.1:9/hook")},
                    {QStringLiteral("name"), QStringLiteral("Fieldlink")}}));
    QVERIFY2(created.ok(), qPrintable(created.message));
    const QString id = at(created.json, "webhookid").toVariant().toString();
    QVERIFY(!id.isEmpty());
    const ApiResult listed = awaitResult(client.listWebhooks());
    QVERIFY(listed.ok());
    QCOMPARE(at(listed.json, "webhooks").toArray().size(), 1);
    QVERIFY(awaitResult(client.deleteWebhook(id)).ok());
    QCOMPARE(at(awaitResult(client.listWebhooks()).json, "webhooks").toArray().size(), 0);
}

void TestKixieClientSandbox::readsAgentStatus() {
    SandboxFixture sandbox;
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const QString agent = at(sandbox.credentials(), "kixie.agents.0.email").toString();
    const ApiResult status = awaitResult(client.agentStatus(agent));
    QVERIFY2(status.ok(), qPrintable(status.message));
    QVERIFY(at(status.json, "result").isObject());
    // An unknown agent is offline, which is an answer, not an error.
    QVERIFY(awaitResult(client.agentStatus(QStringLiteral("nobody@example.com"))).ok());
}

void TestKixieClientSandbox::explainsWrongCredentialsAndADisabledApi() {
    SandboxFixture sandbox;
    KixieClient wrong(sandboxKixieSettings(sandbox),
                      {QStringLiteral("not-the-key-0000"), sandbox.kixieBusinessId()}, sandbox.network(),
                      SystemClock::instance(), nullptr);
    const ApiResult refused =
        awaitResult(wrong.updatePowerList(powerListRow(sandbox, QStringLiteral("+14155550125"))));
    QCOMPARE(errorClassId(refused.error), errorClassId(ErrorClass::Auth));
    QVERIFY2(refused.message.contains(QLatin1String("Integrations")), qPrintable(refused.message));
    QCOMPARE(refused.attempts, 1);

    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/kixie/account"), jsonObject(R"({"apiEnabled":false})"))
                 .status,
             200);
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const ApiResult disabled =
        awaitResult(client.updatePowerList(powerListRow(sandbox, QStringLiteral("+14155550125"))));
    QCOMPARE(errorClassId(disabled.error), errorClassId(ErrorClass::Auth));
    QVERIFY2(disabled.message.contains(QLatin1String("Kixie support")), qPrintable(disabled.message));
}

void TestKixieClientSandbox::createWithUnknownOutcomeIsNotRepeated() {
    sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.drop = 1.0;
    SandboxFixture sandbox(options);
    KixieClient client(sandboxKixieSettings(sandbox), sandboxKixieCredentials(sandbox), sandbox.network(),
                       SystemClock::instance(), nullptr);
    const QString cadence = at(sandbox.credentials(), "kixie.cadences.0.id").toVariant().toString();
    const ApiResult result = awaitResult(client.addToCadence(cadence, QStringLiteral("+14155550126")));
    QVERIFY(!result.ok());
    QVERIFY(result.outcomeUnknown);
    QCOMPARE(result.attempts, 1);
    // The drop happened after the sandbox acted: the enrolment exists although the client saw no answer —
    // exactly why it must not be sent again blindly.
    QCOMPARE(at(sandbox.probe().stats(), "kixie.byEvent.cadence").toInt(), 1);
}

FIELDLINK_TEST_MAIN(TestKixieClientSandbox, QCoreApplication)
#include "TestKixieClientSandbox.moc"
