// Kixie's command API, webhook management and agent status (docs/api.md, the Kixie sections).
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::test;

class TestSandboxKixie : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void updatePowerListAddsARowKeyedByPhone();
    void duplicateHandlingModes();
    void omittedDuplicateHandlingUsesTheSetting();
    void credentialsInQueryOrBody();
    void wrongCredentialsAreBusinessErrors();
    void removeFromOneListOrAll();
    void cadenceEnrolmentAndRemoval();
    void otherEventsAndUnknownOnes();
    void webhookManagementBothSpellings();
    void agentStatusReportsPresence();
    void disabledApiAndDailyQuota();
    void theDirectoryListsListsCadencesAndAgentsByName();

private:
    QJsonObject rowsOf(const QString& powerlistId, HttpProbe& probe);
    SandboxFixture m_sandbox;
};

QJsonObject TestSandboxKixie::rowsOf(const QString& powerlistId, HttpProbe& probe) {
    QJsonObject rows;
    for (const QJsonValue& list : at(probe.state(), "kixie.powerlists").toArray()) {
        if (at(list, "id").toString() == powerlistId) {
            for (const QJsonValue& row : at(list, "rows").toArray())
                rows.insert(at(row, "target").toString(), row);
        }
    }
    return rows;
}

void TestSandboxKixie::updatePowerListAddsARowKeyedByPhone() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult reply = probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550101","firstName":"José",
            "lastName":"Núñez","crmContactId":"abc123","extraData":{"Budget":"1200"}})")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), jsonObject(R"({"success":true})"));
    const QJsonObject rows = rowsOf(QStringLiteral("1969"), probe);
    QCOMPARE(at(rows, "+14155550101.firstName").toString(), text("José"));
    QCOMPARE(at(rows, "+14155550101.crmContactId").toString(), text("abc123"));
    QCOMPARE(at(rows, "+14155550101.extraData.Budget").toString(), text("1200"));
    // The same number in another format is the same row.
    probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"(415) 555-0101","title":"CEO"})")));
    const QJsonObject after = rowsOf(QStringLiteral("1969"), probe);
    QCOMPARE(after.size(), rows.size());
    QCOMPARE(at(after, "(415) 555-0101.title").toString(), text("CEO"));
    QCOMPARE(at(after, "(415) 555-0101.firstName").toString(), text("José"));
    const HttpResult unknownList = probe.kixieEvent(m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"updatepowerlist","powerlistId":"1","target":"+14155550101"})")));
    QCOMPARE(unknownList.status, 200);
    QCOMPARE(at(unknownList.json(), "success").toBool(), false);
}

void TestSandboxKixie::duplicateHandlingModes() {
    HttpProbe probe = m_sandbox.probe();
    auto send = [&](const char* body) {
        return probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(body)));
    };
    send(
        R"({"eventname":"updatepowerlist","powerlistId":"2044","target":"+447700900111","firstName":"Ann","lastName":"Lee",
             "extraData":{"A":"1","B":"2"}})");
    send(R"({"eventname":"updatepowerlist","powerlistId":"2044","target":"+447700900111","firstName":"Anne",
             "duplicateHandling":"merge","extraData":{"B":"3"}})");
    QJsonObject row = at(rowsOf(QStringLiteral("2044"), probe), "+447700900111").toObject();
    QCOMPARE(at(row, "firstName").toString(), text("Anne"));
    QCOMPARE(at(row, "lastName").toString(), text("Lee"));
    QCOMPARE(at(row, "extraData").toObject(), jsonObject(R"({"A":"1","B":"3"})"));

    send(
        R"({"eventname":"updatepowerlist","powerlistId":"2044","target":"+447700900111","firstName":"Ignored",
             "duplicateHandling":"ignore"})");
    row = at(rowsOf(QStringLiteral("2044"), probe), "+447700900111").toObject();
    QCOMPARE(at(row, "firstName").toString(), text("Anne"));

    send(R"({"eventname":"updatepowerlist","powerlistId":"2044","target":"+447700900111","firstName":"Over",
             "duplicateHandling":"overwrite"})");
    row = at(rowsOf(QStringLiteral("2044"), probe), "+447700900111").toObject();
    QCOMPARE(at(row, "firstName").toString(), text("Over"));
    QVERIFY(at(row, "lastName").isNull()); // overwrite empties what it does not send
    QCOMPARE(at(row, "extraData").toObject(), QJsonObject());

    const HttpResult bad =
        send(R"({"eventname":"updatepowerlist","powerlistId":"2044","target":"+447700900111",
                                    "duplicateHandling":"replace"})");
    QCOMPARE(at(bad.json(), "success").toBool(), false);
}

void TestSandboxKixie::omittedDuplicateHandlingUsesTheSetting() {
    auto options = SandboxFixture::defaultOptions();
    options.kixie.defaultDuplicateHandling = "overwrite";
    SandboxFixture sandbox(options);
    HttpProbe probe = sandbox.probe();
    probe.kixieEvent(sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550111","firstName":"A","lastName":"B"})")));
    probe.kixieEvent(sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550111","firstName":"C"})")));
    QVERIFY(at(rowsOf(QStringLiteral("1969"), probe), "+14155550111.lastName").isNull());
}

void TestSandboxKixie::credentialsInQueryOrBody() {
    HttpProbe probe = m_sandbox.probe();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), m_sandbox.kixieApiKey());
    query.addQueryItem(QStringLiteral("businessid"), m_sandbox.kixieBusinessId());
    const HttpResult viaQuery = probe.kixieEvent(
        jsonObject(R"({"eventname":"updatepowerlist","powerlistId":"2101","target":"+14155550122"})"), query);
    QCOMPARE(at(viaQuery.json(), "success").toBool(), true);
    QJsonObject numericBusiness = m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"updatepowerlist","powerlistId":"2101","target":"+14155550123"})"));
    numericBusiness[QStringLiteral("businessid")] =
        m_sandbox.kixieBusinessId().toInt(); // examples send a number
    QCOMPARE(at(probe.kixieEvent(numericBusiness).json(), "success").toBool(), true);
}

void TestSandboxKixie::wrongCredentialsAreBusinessErrors() {
    HttpProbe probe = m_sandbox.probe();
    QJsonObject body = m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550199"})"));
    body[QStringLiteral("apikey")] = QStringLiteral("00000000-0000-0000-0000-000000000000");
    const HttpResult reply = probe.kixieEvent(body);
    QCOMPARE(reply.status, 200); // HTTP 200 with success:false, as integrators observe
    QCOMPARE(at(reply.json(), "success").toBool(), false);
    QVERIFY(!at(reply.json(), "error").toString().isEmpty());
    QVERIFY(!rowsOf(QStringLiteral("1969"), probe).contains(QStringLiteral("+14155550199")));
}

void TestSandboxKixie::removeFromOneListOrAll() {
    HttpProbe probe = m_sandbox.probe();
    for (const char* list : {"1969", "2044", "2150"})
        probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
            R"({"eventname":"updatepowerlist","powerlistId":"%1","target":"+14155550177"})", {text(list)})));
    probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"removefrompowerlist","action":"removefrompowerlist","powerlistId":"1969","target":"+14155550177"})")));
    QVERIFY(!rowsOf(QStringLiteral("1969"), probe).contains(QStringLiteral("+14155550177")));
    QVERIFY(rowsOf(QStringLiteral("2044"), probe).contains(QStringLiteral("+14155550177")));
    const HttpResult all = probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"removefrompowerlist","action":"removefromallpowerlists","target":["14155550177"]})")));
    QCOMPARE(at(all.json(), "success").toBool(), true);
    QVERIFY(!rowsOf(QStringLiteral("2044"), probe).contains(QStringLiteral("+14155550177")));
    QVERIFY(!rowsOf(QStringLiteral("2150"), probe).contains(QStringLiteral("+14155550177")));
}

void TestSandboxKixie::cadenceEnrolmentAndRemoval() {
    HttpProbe probe = m_sandbox.probe();
    auto enrolled = [&] {
        for (const QJsonValue& cadence : at(probe.state(), "kixie.cadences").toArray())
            if (at(cadence, "id").toString() == QLatin1String("311"))
                return at(cadence, "enrolled").toArray();
        return QJsonArray();
    };
    probe.kixieEvent(m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"cadence","cadenceid":"311","target":"+14155550188"})")));
    QVERIFY(enrolled().contains(text("14155550188")));
    probe.kixieEvent(m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"cadence","action":"remove","cadenceid":"311","target":"4155550188"})")));
    QVERIFY(!enrolled().contains(text("14155550188")));
    const HttpResult unknown = probe.kixieEvent(m_sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"cadence","cadenceid":"9","target":"+14155550188"})")));
    QCOMPARE(at(unknown.json(), "success").toBool(), false);
}

void TestSandboxKixie::otherEventsAndUnknownOnes() {
    HttpProbe probe = m_sandbox.probe();
    const QString agent = at(m_sandbox.credentials(), "kixie.agents.0.email").toString();
    QCOMPARE(
        at(probe
               .kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
                   R"({"eventname":"sms","email":"%1","target":"+14155550100","message":"Hola"})", {agent})))
               .json(),
           "success")
            .toBool(),
        true);
    QCOMPARE(at(probe
                    .kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
                        R"({"eventname":"bizsms","id":12345,"target":"+14155550100","message":"Hi"})")))
                    .json(),
                "success")
                 .toBool(),
             true);
    QCOMPARE(at(probe
                    .kixieEvent(m_sandbox.withKixieCredentials(jsonObject(
                        R"({"eventname":"queue","email":"%1","target":"+14155550100","id":"501"})", {agent})))
                    .json(),
                "success")
                 .toBool(),
             true);
    QCOMPARE(at(probe.state(), "kixie.messages").toArray().size(), 2);
    const HttpResult invented =
        probe.kixieEvent(m_sandbox.withKixieCredentials(jsonObject(R"({"eventname":"addToPowerlist"})")));
    QCOMPARE(at(invented.json(), "success").toBool(), false);
    QCOMPARE(at(invented.json(), "error").toString(), text("Unknown eventname addToPowerlist"));
    const QJsonObject stats = probe.stats();
    QCOMPARE(at(stats, "kixie.byEvent.addToPowerlist").toInt(), 1);
    QVERIFY(at(stats, "kixie.byEvent.sms").toInt() >= 1);
}

void TestSandboxKixie::webhookManagementBothSpellings() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult lower = probe.kixie(
        QStringLiteral("/app/v1/api/postwebhook"),
        m_sandbox.withKixieCredentials(jsonObject(
            R"({"call":"postWebhook","eventname":"endcall","location":"http://127.0.0.1:9/hook","name":"a","direction":"all",
            "callresult":"all","disposition":"all","runtime":"realtime","headers":false})")));
    QCOMPARE(at(lower.json(), "success").toBool(), true);
    const HttpResult camel = probe.kixie(
        QStringLiteral("/app/v1/api/postWebhook"),
        m_sandbox.withKixieCredentials(jsonObject(
            R"({"call":"postWebhook","eventname":"disposition","location":"http://127.0.0.1:9/hook2","name":"b"})")));
    QCOMPARE(at(camel.json(), "success").toBool(), true);
    const HttpResult listed =
        probe.kixie(QStringLiteral("/app/v1/api/getWebhooks"),
                    m_sandbox.withKixieCredentials(jsonObject(R"({"call":"getWebhooks"})")));
    const QJsonArray hooks = at(listed.json(), "webhooks").toArray();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(at(hooks, "0.eventname").toString(), text("endcall"));
    const QString id = QString::number(at(lower.json(), "webhookid").toInteger());
    const HttpResult wrongCall = probe.kixie(
        QStringLiteral("/app/v1/api/deleteWebhooks"),
        m_sandbox.withKixieCredentials(jsonObject(R"({"call":"deleteWebhook","webhookid":"%1"})", {id})));
    QCOMPARE(at(wrongCall.json(), "error").toString(), text("function does not exist"));
    QCOMPARE(at(probe
                    .kixie(QStringLiteral("/app/v1/api/deleteWebhooks"),
                           m_sandbox.withKixieCredentials(
                               jsonObject(R"({"call":"removeWebhook","webhookid":"%1"})", {id})))
                    .json(),
                "success")
                 .toBool(),
             true);
    QCOMPARE(at(probe.state(), "kixie.webhooks").toArray().size(), 1);
    const HttpResult badEvent = probe.kixie(
        QStringLiteral("/app/v1/api/postwebhook"),
        m_sandbox.withKixieCredentials(jsonObject(
            R"({"call":"postWebhook","eventname":"dialattempt","location":"http://127.0.0.1:9/x"})")));
    QCOMPARE(at(badEvent.json(), "success").toBool(), false);
}

void TestSandboxKixie::agentStatusReportsPresence() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray agents = at(m_sandbox.credentials(), "kixie.agents").toArray();
    auto status = [&](const QString& key, const QString& email) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("apiKey"), key);
        query.addQueryItem(QStringLiteral("email"), email);
        return probe.send("GET", probe.url(QStringLiteral("/www/agent/status"), query), {}, {}).json();
    };
    const QJsonObject online = status(m_sandbox.kixieApiKey(), at(agents, "0.email").toString());
    QCOMPARE(at(online, "success").toBool(), true);
    QCOMPARE(at(online, "result.registered").toInt(), 1);
    QCOMPARE(at(online, "result.onCall").toInt(), 0);
    const QJsonObject offline = status(m_sandbox.kixieApiKey(), at(agents, "2.email").toString());
    QCOMPARE(at(offline, "success").toBool(), false);
    QCOMPARE(at(offline, "result.registered").toInt(), 0);
    QCOMPARE(at(status(QStringLiteral("wrong"), at(agents, "0.email").toString()), "success").toBool(),
             false);
}

void TestSandboxKixie::theDirectoryListsListsCadencesAndAgentsByName() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult reply =
        probe.send("GET", probe.url(QStringLiteral("/__sandbox/kixie/directory")), {}, {});
    QCOMPARE(reply.status, 200);
    const QJsonObject directory = reply.json();
    QCOMPARE(at(directory, "businessId").toString(),
             at(m_sandbox.credentials(), "kixie.businessId").toString());
    // The seeded lists, each with an id and a name, the same as the world state holds.
    const QJsonArray seeded = at(probe.state(), "kixie.powerlists").toArray();
    const QJsonArray powerlists = at(directory, "powerlists").toArray();
    QCOMPARE(powerlists.size(), seeded.size());
    QVERIFY(!powerlists.isEmpty());
    bool found1969 = false;
    for (const QJsonValue& list : powerlists) {
        QVERIFY(!at(list, "name").toString().isEmpty());
        found1969 = found1969 || at(list, "id").toString() == QLatin1String("1969");
    }
    QVERIFY(found1969);
    QVERIFY(!at(directory, "cadences").toArray().isEmpty());
    QVERIFY(!at(directory, "cadences.0.name").toString().isEmpty());
    const QJsonArray agents = at(directory, "agents").toArray();
    QCOMPARE(agents.size(), at(m_sandbox.credentials(), "kixie.agents").toArray().size());
    QCOMPARE(at(agents, "0.email").toString(),
             at(m_sandbox.credentials(), "kixie.agents.0.email").toString());
    QVERIFY(at(agents, "0.name").toString().contains(QLatin1Char(' ')));
    QVERIFY(!at(agents, "0.id").toString().isEmpty());
}

void TestSandboxKixie::disabledApiAndDailyQuota() {
    auto options = SandboxFixture::defaultOptions();
    options.kixie.dailyLimit = 3;
    SandboxFixture sandbox(options);
    HttpProbe probe = sandbox.probe();
    const QJsonObject body = sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550155"})"));
    probe.postJson(QStringLiteral("/__sandbox/kixie/account"), jsonObject(R"({"apiEnabled":false})"));
    const HttpResult disabled = probe.kixieEvent(body);
    QCOMPARE(at(disabled.json(), "success").toBool(), false);
    QVERIFY(at(disabled.json(), "error").toString().contains(QLatin1String("Kixie support")));
    probe.postJson(QStringLiteral("/__sandbox/kixie/account"), jsonObject(R"({"apiEnabled":true})"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(at(probe.kixieEvent(body).json(), "success").toBool(), true);
    const HttpResult over = probe.kixieEvent(body);
    QCOMPARE(over.status, 429);
    QCOMPARE(at(over.json(), "success").toBool(), false);
}

FIELDLINK_TEST_MAIN(TestSandboxKixie, QCoreApplication)
#include "TestSandboxKixie.moc"
