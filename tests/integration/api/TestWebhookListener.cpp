#include "core/api/WebhookListener.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;

/// The Kixie webhook listener over real HTTP on loopback.
class TestWebhookListener : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsAJsonDeliveryWithTheRequiredHeader();
    void refusesDeliveriesWithoutTheHeaderOrNotJson_data();
    void refusesDeliveriesWithoutTheHeaderOrNotJson();
    void explainsAPortInUse();

private:
    int post(const QUrl& url, const QByteArray& body, const QByteArray& header = {},
             const QByteArray& value = {});
    QNetworkAccessManager m_network;
};

int TestWebhookListener::post(const QUrl& url, const QByteArray& body, const QByteArray& header,
                              const QByteArray& value) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!header.isEmpty())
        request.setRawHeader(header, value);
    QNetworkReply* reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestWebhookListener::acceptsAJsonDeliveryWithTheRequiredHeader() {
    WebhookListener listener;
    WebhookListenerSettings settings;
    settings.requiredHeader = "X-Fieldlink-Token";
    settings.requiredValue = "s3cret";
    const Result<> listening = listener.listen(settings);
    QVERIFY2(listening, qPrintable(listening.error()));
    QCOMPARE(listener.url().host(), QStringLiteral("127.0.0.1"));
    QSignalSpy received(&listener, &WebhookListener::eventReceived);
    QCOMPARE(post(listener.url(), R"({"data":{"hookevent":"endcall","externalid":"x1"}})",
                  "X-Fieldlink-Token", "s3cret"),
             200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0)
                 .at(0)
                 .toJsonObject()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("externalid"))
                 .toString(),
             QStringLiteral("x1"));
}

void TestWebhookListener::refusesDeliveriesWithoutTheHeaderOrNotJson_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<int>("status");
    QTest::newRow("no header") << QByteArray(R"({"data":{}})") << QByteArray() << 401;
    QTest::newRow("wrong header") << QByteArray(R"({"data":{}})") << QByteArray("guess") << 401;
    QTest::newRow("not JSON") << QByteArray("hookevent=endcall") << QByteArray("s3cret") << 400;
    QTest::newRow("a JSON array") << QByteArray("[1,2]") << QByteArray("s3cret") << 400;
}

void TestWebhookListener::refusesDeliveriesWithoutTheHeaderOrNotJson() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, headerValue);
    QFETCH(int, status);
    WebhookListener listener;
    WebhookListenerSettings settings;
    settings.requiredHeader = "X-Fieldlink-Token";
    settings.requiredValue = "s3cret";
    QVERIFY(listener.listen(settings));
    QSignalSpy received(&listener, &WebhookListener::eventReceived);
    QSignalSpy rejected(&listener, &WebhookListener::deliveryRejected);
    QCOMPARE(post(listener.url(), body,
                  headerValue.isEmpty() ? QByteArray() : QByteArray("X-Fieldlink-Token"), headerValue),
             status);
    QCOMPARE(received.count(), 0);
    QCOMPARE(rejected.count(), 1);
}

void TestWebhookListener::explainsAPortInUse() {
    WebhookListener first;
    QVERIFY(first.listen({}));
    WebhookListener second;
    WebhookListenerSettings settings;
    settings.port = first.port();
    const Result<> listening = second.listen(settings);
    QVERIFY(!listening);
    QVERIFY2(listening.error().contains(QString::number(first.port())), qPrintable(listening.error()));
}

FIELDLINK_TEST_MAIN(TestWebhookListener, QCoreApplication)
#include "TestWebhookListener.moc"
