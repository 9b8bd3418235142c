// Kixie webhooks out of the sandbox, received by a real HTTP listener
// (docs/api.md, "Kixie: webhook deliveries").
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <httplib.h>

#include <mutex>
#include <thread>

using namespace fieldlink::test;

namespace {

/// A webhook receiver on a free loopback port that records every POST it gets.
class WebhookReceiver {
public:
    struct Delivery {
        QString path;
        QJsonObject body;
        QByteArray secretHeader;
    };

    WebhookReceiver() {
        m_server.Post(R"(/hooks/(.+))", [this](const httplib::Request& request, httplib::Response& response) {
            std::lock_guard lock(m_mutex);
            m_deliveries.push_back(
                {QString::fromStdString(request.path),
                 QJsonDocument::fromJson(QByteArray::fromStdString(request.body)).object(),
                 QByteArray::fromStdString(request.get_header_value("X-Fieldlink-Secret"))});
            response.status = 200;
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~WebhookReceiver() {
        m_server.stop();
        m_thread.join();
    }
    QString url(const char* name) const {
        return QStringLiteral("http://127.0.0.1:%1/hooks/%2").arg(m_port).arg(text(name));
    }
    std::vector<Delivery> deliveries() const {
        std::lock_guard lock(m_mutex);
        return m_deliveries;
    }
    int count() const { return static_cast<int>(deliveries().size()); }

private:
    httplib::Server m_server;
    mutable std::mutex m_mutex;
    std::vector<Delivery> m_deliveries;
    int m_port = 0;
    std::thread m_thread;
};

} // namespace

class TestSandboxWebhooks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answeredCallDeliversEveryEventInOrder();
    void missedCallSkipsAnsweredAndHonoursFilters();
    void callEventThroughTheApiDeliversToo();
};

void TestSandboxWebhooks::answeredCallDeliversEveryEventInOrder() {
    SandboxFixture sandbox;
    WebhookReceiver receiver;
    HttpProbe probe = sandbox.probe();
    for (const char* event : {"startcall", "answeredcall", "endcall", "disposition", "scheduledactivity"}) {
        const HttpResult reply = probe.kixie(QStringLiteral("/app/v1/api/postwebhook"),
                                             sandbox.withKixieCredentials(jsonObject(
                                                 R"({"call":"postWebhook","eventname":"%1","location":"%2",
                "headers":"[{\"name\":\"X-Fieldlink-Secret\",\"value\":\"s3cret\"}]"})",
                                                 {text(event), receiver.url(event)})));
        QCOMPARE(at(reply.json(), "success").toBool(), true);
    }
    probe.kixieEvent(sandbox.withKixieCredentials(jsonObject(
        R"({"eventname":"updatepowerlist","powerlistId":"1969","target":"+14155550142","crmContactId":"ghlContact123",
            "firstName":"Pat"})")));
    const HttpResult call = probe.postJson(
        QStringLiteral("/__sandbox/kixie/calls"),
        jsonObject(
            R"({"phone":"(415) 555-0142","outcome":"answered","disposition":"Call Back","durationSeconds":125,
            "note":"Call me Tuesday","scheduleActivity":true})"));
    QCOMPARE(call.status, 201);
    QCOMPARE(at(call.json(), "contactid").toString(), text("ghlContact123"));

    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 5, 10000);
    const auto deliveries = receiver.deliveries();
    QStringList order;
    for (const auto& delivery : deliveries) {
        order << delivery.path.section(QLatin1Char('/'), -1);
        QCOMPARE(delivery.secretHeader, QByteArray("s3cret"));
        QCOMPARE(at(delivery.body, "data.externalid").toString().isEmpty()
                     ? at(delivery.body, "data.callDetails.externalid").toString()
                     : at(delivery.body, "data.externalid").toString(),
                 at(call.json(), "externalid").toString());
    }
    QCOMPARE(order, QStringList({text("startcall"), text("answeredcall"), text("endcall"),
                                 text("disposition"), text("scheduledactivity")}));

    const QJsonObject endcall = deliveries[2].body;
    QCOMPARE(at(endcall, "data.hookevent").toString(), text("endcall"));
    QCOMPARE(at(endcall, "data.callDetails.tonumber164").toString(), text("+14155550142"));
    QVERIFY(at(endcall, "data.callDetails.fromnumber164").toString().startsWith(QLatin1String("+1415")));
    QCOMPARE(at(endcall, "data.callDetails.duration").toInt(), 125);
    QCOMPARE(at(endcall, "data.callDetails.callstatus").toString(), text("answered"));
    QCOMPARE(at(endcall, "data.callDetails.contactid").toString(), text("ghlContact123"));
    QCOMPARE(at(endcall, "data.callDetails.email").toString(),
             at(sandbox.credentials(), "kixie.agents.0.email").toString());
    QCOMPARE(at(endcall, "data.callDetails.crmlink").toString(),
             QString()); // blanks are empty strings, not null
    QVERIFY(at(endcall, "data.callDetails.crmlink").isString());
    QCOMPARE(at(endcall, "data.callDetails.powerlistid").toString(), text("1969"));
    QCOMPARE(at(endcall, "data.webhookurl").toString(), receiver.url("endcall"));
    QVERIFY(at(endcall, "data.callDetails.recordingurl")
                .toString()
                .startsWith(QLatin1String("https://calls.kixie.com/")));

    const QJsonObject disposition = deliveries[3].body;
    QCOMPARE(at(disposition, "data.disposition").toString(), text("Call Back"));
    QCOMPARE(at(disposition, "data.note").toString(), text("Call me Tuesday"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+$"))
                .match(at(disposition, "data.callid").toString())
                .hasMatch());
    QCOMPARE(at(disposition, "data.contactid").toString(), text("ghlContact123"));
    QCOMPARE(at(disposition, "data.powerlistContactDetails.result.firstName").toString(), text("Pat"));
    QVERIFY(at(disposition, "data.powerlistContactDetails.result.ssData").isString());

    const QJsonObject activity = deliveries[4].body;
    QCOMPARE(at(activity, "data.callid").toString(), at(disposition, "data.callid").toString());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{1,2} [A-Z][a-z]{2}, \\d{4}$"))
                .match(at(activity, "data.date").toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                .match(at(activity, "data.dateformat").toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{1,2}:\\d{2} (am|pm)$"))
                .match(at(activity, "data.time").toString())
                .hasMatch());

    // The sandbox logs a delivery once the receiver's answer is back, which can be after the receiver has the
    // event (seen on a loaded machine): wait for the log rather than read it once.
    QJsonArray log;
    QTRY_COMPARE_WITH_TIMEOUT(
        (log = at(probe.get(QStringLiteral("/__sandbox/kixie/deliveries")).json(), "deliveries").toArray())
            .size(),
        5, 10000);
    for (const QJsonValue& entry : log)
        QCOMPARE(at(entry, "status").toInt(), 200);
}

void TestSandboxWebhooks::missedCallSkipsAnsweredAndHonoursFilters() {
    SandboxFixture sandbox;
    WebhookReceiver receiver;
    HttpProbe probe = sandbox.probe();
    probe.kixie(QStringLiteral("/app/v1/api/postwebhook"),
                sandbox.withKixieCredentials(jsonObject(
                    R"({"call":"postWebhook","eventname":"endcall","location":"%1","callresult":"all"})",
                    {receiver.url("all")})));
    probe.kixie(QStringLiteral("/app/v1/api/postwebhook"),
                sandbox.withKixieCredentials(jsonObject(
                    R"({"call":"postWebhook","eventname":"endcall","location":"%1","callresult":"answered"})",
                    {receiver.url("answered")})));
    probe.kixie(QStringLiteral("/app/v1/api/postwebhook"),
                sandbox.withKixieCredentials(
                    jsonObject(R"({"call":"postWebhook","eventname":"answeredcall","location":"%1"})",
                               {receiver.url("answeredcall")})));
    probe.kixie(
        QStringLiteral("/app/v1/api/postwebhook"),
        sandbox.withKixieCredentials(jsonObject(
            R"({"call":"postWebhook","eventname":"disposition","location":"%1","direction":"incoming"})",
            {receiver.url("incoming")})));
    const HttpResult call = probe.postJson(QStringLiteral("/__sandbox/kixie/calls"),
                                           jsonObject(R"({"phone":"+447700900123","outcome":"missed"})"));
    QCOMPARE(call.status, 201);
    QCOMPARE(at(call.json(), "events").toArray(),
             QJsonArray({text("startcall"), text("endcall"), text("disposition")}));
    QTRY_COMPARE_WITH_TIMEOUT(
        at(probe.get(QStringLiteral("/__sandbox/kixie/deliveries")).json(), "pending").toInt(), 0, 10000);
    const auto deliveries = receiver.deliveries();
    QCOMPARE(deliveries.size(), std::size_t(1)); // only the unfiltered endcall hook
    QCOMPARE(deliveries[0].path, text("/hooks/all"));
    QCOMPARE(at(deliveries[0].body, "data.callDetails.callstatus").toString(), text("missed"));
    QCOMPARE(at(deliveries[0].body, "data.callDetails.duration").toInt(), 0);
    QCOMPARE(at(deliveries[0].body, "data.callDetails.contactid").toString(),
             QString()); // not on any PowerList
}

void TestSandboxWebhooks::callEventThroughTheApiDeliversToo() {
    SandboxFixture sandbox;
    WebhookReceiver receiver;
    HttpProbe probe = sandbox.probe();
    probe.kixie(
        QStringLiteral("/app/v1/api/postWebhook"),
        sandbox.withKixieCredentials(jsonObject(
            R"({"call":"postWebhook","eventname":"disposition","location":"%1"})", {receiver.url("d")})));
    const HttpResult reply = probe.kixieEvent(sandbox.withKixieCredentials(
        jsonObject(R"({"eventname":"call","email":"%1","target":"+14155550143"})",
                   {at(sandbox.credentials(), "kixie.agents.1.email").toString()})));
    QCOMPARE(at(reply.json(), "success").toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 1, 10000);
    QCOMPARE(at(receiver.deliveries()[0].body, "data.phone").toString(), text("+14155550143"));
}

FIELDLINK_TEST_MAIN(TestSandboxWebhooks, QCoreApplication)
#include "TestSandboxWebhooks.moc"
