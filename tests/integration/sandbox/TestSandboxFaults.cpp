// Fault injection: every kind, switched at start and at run time, deterministic under the seed.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QTcpSocket>

using namespace fieldlink::test;

class TestSandboxFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverErrorsAnswerBeforeProcessing();
    void faultsCanBeLimitedToOneService();
    void injected429CarriesRetryAfter();
    void malformedBodiesAreTruncatedJson();
    void droppedConnectionsStillTakeEffect();
    void slowRepliesOutlastTheClientTimeout();
    void emptyObjectTurnsFaultsOff();
    void sameSeedGivesTheSameFaults();
    void controlRoutesAreNeverFaultedNorCounted();
    void invalidFaultSettingsAreRejected();

private:
    static QJsonObject createBody(const SandboxFixture& sandbox, const char* name);
    static bool contactExists(HttpProbe& probe, const char* firstName);
};

QJsonObject TestSandboxFaults::createBody(const SandboxFixture& sandbox, const char* name) {
    return jsonObject(R"({"locationId":"%1","firstName":"%2"})", {sandbox.locationId(), text(name)});
}

bool TestSandboxFaults::contactExists(HttpProbe& probe, const char* firstName) {
    for (const QJsonValue& contact : at(probe.state(), "ghl.contacts").toArray())
        if (at(contact, "firstName").toString() == text(firstName))
            return true;
    return false;
}

void TestSandboxFaults::serverErrorsAnswerBeforeProcessing() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    QCOMPARE(probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"5xx":1})")).status, 200);
    const HttpResult reply = probe.ghl("POST", QStringLiteral("/contacts/"), createBody(sandbox, "Never"));
    QVERIFY2(reply.status == 500 || reply.status == 502 || reply.status == 503,
             qPrintable(QString::number(reply.status)));
    const HttpResult kixie =
        probe.kixieEvent(sandbox.withKixieCredentials(jsonObject(R"({"eventname":"updatepowerlist"})")));
    QVERIFY(kixie.status >= 500);
    QVERIFY(!kixie.isJson()); // Kixie's gateway answers HTML
    probe.postJson(QStringLiteral("/__sandbox/faults"), QJsonObject());
    QVERIFY(!contactExists(probe, "Never"));
    QCOMPARE(at(probe.stats(), "faults.5xx").toInt(), 2);
}

void TestSandboxFaults::faultsCanBeLimitedToOneService() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    const HttpResult set =
        probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"5xx":1,"service":"kixie"})"));
    QCOMPARE(set.status, 200);
    QCOMPARE(at(set.json(), "service").toString(), text("kixie"));
    // HighLevel answers; every Kixie request fails.
    QCOMPARE(probe.ghl("POST", QStringLiteral("/contacts/"), createBody(sandbox, "Answered")).status, 201);
    const HttpResult kixie =
        probe.kixieEvent(sandbox.withKixieCredentials(jsonObject(R"({"eventname":"updatepowerlist"})")));
    QVERIFY2(kixie.status >= 500, qPrintable(QString::number(kixie.status)));
    QCOMPARE(at(probe.stats(), "faults.5xx").toInt(), 1);
    const HttpResult wrong =
        probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"5xx":1,"service":"zoho"})"));
    QCOMPARE(wrong.status, 400);
    QVERIFY(at(wrong.json(), "error").toString().contains(QLatin1String("zoho")));
}

void TestSandboxFaults::injected429CarriesRetryAfter() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"429":1})"));
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/x"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
}

void TestSandboxFaults::malformedBodiesAreTruncatedJson() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"malformed":1})"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), sandbox.locationId());
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/"), {}, query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(!reply.isJson());
}

void TestSandboxFaults::droppedConnectionsStillTakeEffect() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"drop":1})"));
    // A raw socket, not QNetworkAccessManager: Qt's HTTP channel re-sends a request by itself after an
    // unexpected EOF, which would make this test about Qt's retry heuristics instead of the sandbox.
    QTcpSocket socket;
    const QUrl base(sandbox.baseUrl());
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = QJsonDocument(createBody(sandbox, "Dropped")).toJson(QJsonDocument::Compact);
    socket.write(
        "POST /contacts/ HTTP/1.1\r\nHost: 127.0.0.1\r\nVersion: 2021-07-28\r\nAuthorization: Bearer " +
        sandbox.ghlToken().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        received += socket.readAll();
    received += socket.readAll();
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    QVERIFY2(headerEnd > 0, received.constData());
    QVERIFY(received.startsWith("HTTP/1.1 201"));
    const QByteArray headers = received.left(headerEnd).toLower();
    const qsizetype lengthAt = headers.indexOf("content-length: ") + 16;
    const qsizetype declared =
        headers.mid(lengthAt, headers.indexOf("\r\n", lengthAt) - lengthAt).toLongLong();
    const qsizetype delivered = received.size() - headerEnd - 4;
    QVERIFY2(delivered < declared, qPrintable(QStringLiteral("%1 of %2 bytes").arg(delivered).arg(declared)));
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState); // the server closed it half-way
    probe.postJson(QStringLiteral("/__sandbox/faults"), QJsonObject());
    // The outcome is unknown to the client, but the write happened: the case a client must reconcile.
    QVERIFY(contactExists(probe, "Dropped"));
}

void TestSandboxFaults::slowRepliesOutlastTheClientTimeout() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"slow":1,"slowMs":1500})"));
    probe.setTransferTimeoutMs(300);
    const HttpResult reply = probe.ghl("POST", QStringLiteral("/contacts/"), createBody(sandbox, "Slowpoke"));
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    probe.setTransferTimeoutMs(15000);
    probe.postJson(QStringLiteral("/__sandbox/faults"), QJsonObject());
    QTRY_VERIFY_WITH_TIMEOUT(contactExists(probe, "Slowpoke"), 10000);
}

void TestSandboxFaults::emptyObjectTurnsFaultsOff() {
    auto options = SandboxFixture::defaultOptions();
    std::string error;
    options.faults = *fieldlink::sandbox::parseFaultSpec("5xx=1", &error);
    SandboxFixture sandbox(options);
    HttpProbe probe = sandbox.probe();
    QVERIFY(probe.ghl("GET", QStringLiteral("/contacts/x")).status >= 500);
    const HttpResult off = probe.postJson(QStringLiteral("/__sandbox/faults"), QJsonObject());
    QCOMPARE(at(off.json(), "5xx").toDouble(), 0.0);
    QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/x")).status, 400);
}

void TestSandboxFaults::sameSeedGivesTheSameFaults() {
    auto options = SandboxFixture::defaultOptions();
    std::string error;
    options.faults = *fieldlink::sandbox::parseFaultSpec("5xx=0.3,429=0.2", &error);
    auto statuses = [&](std::uint64_t seed) {
        auto seeded = options;
        seeded.seed = seed;
        SandboxFixture sandbox(seeded);
        HttpProbe probe = sandbox.probe();
        QList<int> out;
        for (int i = 0; i < 40; ++i)
            out << probe.ghl("GET", QStringLiteral("/contacts/x")).status;
        return out;
    };
    const QList<int> first = statuses(7);
    QCOMPARE(statuses(7), first);
    QVERIFY(first.contains(400) && first.contains(429) &&
            (first.contains(500) || first.contains(502) || first.contains(503)));
    QVERIFY(statuses(8) != first);
}

void TestSandboxFaults::controlRoutesAreNeverFaultedNorCounted() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"5xx":0.5,"drop":0.5})"));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(probe.get(QStringLiteral("/__sandbox/credentials")).status, 200);
    QCOMPARE(at(probe.stats(), "ghl.requests").toInt(), 0);
    QCOMPARE(at(probe.stats(), "kixie.requests").toInt(), 0);
}

void TestSandboxFaults::invalidFaultSettingsAreRejected() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    const HttpResult tooHigh =
        probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"5xx":0.7,"drop":0.6})"));
    QCOMPARE(tooHigh.status, 400);
    QCOMPARE(at(tooHigh.json(), "error").toString(), text("fault rates add up to more than 1"));
    const HttpResult unknown =
        probe.postJson(QStringLiteral("/__sandbox/faults"), jsonObject(R"({"teapot":0.1})"));
    QCOMPARE(unknown.status, 400);
    QVERIFY(at(unknown.json(), "error").toString().contains(QLatin1String("teapot")));
}

FIELDLINK_TEST_MAIN(TestSandboxFaults, QCoreApplication)
#include "TestSandboxFaults.moc"
