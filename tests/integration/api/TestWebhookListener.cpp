#include "core/api/SecretCompare.h"
#include "core/api/WebhookListener.h"
#include "core/store/Database.h"
#include "core/store/WebhookInbox.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
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
    void comparesTheSecretWholly_data();
    void comparesTheSecretWholly();
    void storesADeliveryBeforeAnsweringIt();
    void refusesAnOversizedBodyWithoutStoringIt();
    void cutsAHugeBodyBeforeBufferingIt();
    void keepsMalformedDeliveriesForInspection_data();
    void keepsMalformedDeliveriesForInspection();
    void answers503WhenTheDeliveryCannotBeStored();

private:
    /// A listener storing into a fresh inbox in `m_dir`.
    struct Stored {
        store::Database database;
        std::unique_ptr<store::WebhookInbox> inbox;
        std::unique_ptr<WebhookListener> listener;
    };
    void listenWithInbox(Stored& stored, const QString& name, WebhookListenerSettings settings = {});
    QTemporaryDir m_dir;
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
    Stored stored;
    WebhookListenerSettings settings;
    settings.requiredHeader = "X-Fieldlink-Token";
    settings.requiredValue = "s3cret";
    listenWithInbox(stored, QStringLiteral("accepts"), settings);
    QCOMPARE(stored.listener->url().host(), QStringLiteral("127.0.0.1"));
    QSignalSpy storedSpy(stored.listener.get(), &WebhookListener::deliveryStored);
    QCOMPARE(post(stored.listener->url(), R"({"data":{"hookevent":"endcall","externalid":"x1"}})",
                  "X-Fieldlink-Token", "s3cret"),
             200);
    QCOMPARE(storedSpy.count(), 1);
    const Result<QList<store::InboxDelivery>> pending = stored.inbox->pending(0, 10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), qsizetype(1));
    QVERIFY(pending->at(0).body.contains("x1"));
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
    Stored stored;
    WebhookListenerSettings settings;
    settings.requiredHeader = "X-Fieldlink-Token";
    settings.requiredValue = "s3cret";
    listenWithInbox(stored, QStringLiteral("refuses"), settings);
    QSignalSpy storedSpy(stored.listener.get(), &WebhookListener::deliveryStored);
    QSignalSpy rejected(stored.listener.get(), &WebhookListener::deliveryRejected);
    QCOMPARE(post(stored.listener->url(), body,
                  headerValue.isEmpty() ? QByteArray() : QByteArray("X-Fieldlink-Token"), headerValue),
             status);
    QCOMPARE(storedSpy.count(), 0); // never pending: nothing to process
    QCOMPARE(rejected.count(), 1);
}

void TestWebhookListener::explainsAPortInUse() {
    Stored first;
    listenWithInbox(first, QStringLiteral("first"));
    store::Database database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("second.sqlite")), QStringLiteral("second")));
    store::WebhookInbox inbox(database.connection());
    WebhookListener second(inbox);
    WebhookListenerSettings settings;
    settings.port = first.listener->port();
    const Result<> listening = second.listen(settings);
    QVERIFY(!listening);
    QVERIFY2(listening.error().contains(QString::number(first.listener->port())),
             qPrintable(listening.error()));
}

void TestWebhookListener::listenWithInbox(Stored& stored, const QString& name,
                                          WebhookListenerSettings settings) {
    const Result<> opened = stored.database.open(m_dir.filePath(name + QStringLiteral(".sqlite")), name);
    QVERIFY2(opened, qPrintable(opened.error()));
    stored.inbox = std::make_unique<store::WebhookInbox>(stored.database.connection());
    stored.listener = std::make_unique<WebhookListener>(*stored.inbox);
    QVERIFY(stored.listener->listen(settings));
}

void TestWebhookListener::comparesTheSecretWholly_data() {
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<bool>("equal");
    QTest::newRow("the secret") << QByteArray("hook-secret-123") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("a prefix") << QByteArray("hook-secret-12") << false;
    QTest::newRow("the secret repeated") << QByteArray("hook-secret-123hook-secret-123") << false;
    QTest::newRow("last byte differs") << QByteArray("hook-secret-124") << false;
    QTest::newRow("first byte differs") << QByteArray("Hook-secret-123") << false;
}

void TestWebhookListener::comparesTheSecretWholly() {
    QFETCH(QByteArray, given);
    QFETCH(bool, equal);
    QCOMPARE(equalInConstantTime(given, "hook-secret-123"), equal);
}

void TestWebhookListener::storesADeliveryBeforeAnsweringIt() {
    Stored stored;
    listenWithInbox(stored, QStringLiteral("stored"));
    // What the process would keep if it died right after answering: the row, seen through another connection.
    store::Database observer;
    QVERIFY(observer.open(m_dir.filePath(QStringLiteral("stored.sqlite")), QStringLiteral("observer")));
    store::WebhookInbox seen(observer.connection());
    QSignalSpy storedSpy(stored.listener.get(), &WebhookListener::deliveryStored);
    const QByteArray body = R"({"data":{"hookevent":"endcall","externalid":"x1"}})";
    QCOMPARE(post(stored.listener->url(), body), 200);
    QCOMPARE(storedSpy.count(), 1);
    const Result<QList<store::InboxDelivery>> pending = seen.pending(0, 10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), qsizetype(1));
    QCOMPARE(pending->at(0).id, storedSpy.at(0).at(0).toLongLong());
    QCOMPARE(pending->at(0).body, body);
    QCOMPARE(pending->at(0).state, QStringLiteral("pending"));
}

void TestWebhookListener::refusesAnOversizedBodyWithoutStoringIt() {
    Stored stored;
    WebhookListenerSettings settings;
    settings.maxBodyBytes = 1024;
    listenWithInbox(stored, QStringLiteral("oversized"), settings);
    QSignalSpy rejected(stored.listener.get(), &WebhookListener::deliveryRejected);
    const QByteArray padding(2000, 'x');
    QCOMPARE(post(stored.listener->url(), R"({"data":{"note":")" + padding + R"("}})"), 413);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("1024")));
    // At the limit it is still accepted.
    const QByteArray fits = R"({"n":")" + QByteArray(1024 - 8, 'y') + R"("})";
    QCOMPARE(fits.size(), qsizetype(1024));
    QCOMPARE(post(stored.listener->url(), fits), 200);
    const Result<store::InboxCounts> counts = stored.inbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->pending, 1);
    QCOMPARE(counts->malformed, 0);
}

void TestWebhookListener::cutsAHugeBodyBeforeBufferingIt() {
    Stored stored;
    WebhookListenerSettings settings;
    settings.maxBodyBytes = 1024;
    listenWithInbox(stored, QStringLiteral("huge"), settings);
    QSignalSpy rejected(stored.listener.get(), &WebhookListener::deliveryRejected);
    // Far past the limit and the header allowance: cut off at the socket, whatever the client then sees.
    const int status = post(stored.listener->url(), QByteArray(8 * 1024 * 1024, ' '));
    QVERIFY2(status == 413 || status == 0, qPrintable(QString::number(status)));
    QTRY_COMPARE(rejected.count(), 1);
    QVERIFY2(rejected.at(0).at(0).toString().contains(QStringLiteral("cut off")),
             qPrintable(rejected.at(0).at(0).toString()));
    const Result<store::InboxCounts> counts = stored.inbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->pending + counts->malformed, 0);
    // The listener still serves the next delivery.
    QCOMPARE(post(stored.listener->url(), R"({"data":{"externalid":"after"}})"), 200);
}

void TestWebhookListener::keepsMalformedDeliveriesForInspection_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("form-encoded") << QByteArray("hookevent=endcall&externalid=x1")
                                  << QStringLiteral("not JSON");
    QTest::newRow("cut short") << QByteArray(R"({"data":{"hookevent":"endc)") << QStringLiteral("not JSON");
    QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("not an object");
}

void TestWebhookListener::keepsMalformedDeliveriesForInspection() {
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    Stored stored;
    listenWithInbox(stored,
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QSignalSpy storedSpy(stored.listener.get(), &WebhookListener::deliveryStored);
    QCOMPARE(post(stored.listener->url(), body), 400);
    QCOMPARE(storedSpy.count(), 0); // never processed
    const Result<QList<store::InboxDelivery>> kept = stored.inbox->malformed(10);
    QVERIFY(kept);
    QCOMPARE(kept->size(), qsizetype(1));
    QCOMPARE(kept->at(0).body, body);
    QVERIFY2(kept->at(0).error.contains(reason), qPrintable(kept->at(0).error));
    QVERIFY(kept->at(0).receivedAt.isValid());
    QVERIFY(stored.inbox->pending(0, 10)->isEmpty());
}

void TestWebhookListener::answers503WhenTheDeliveryCannotBeStored() {
    Stored stored;
    listenWithInbox(stored, QStringLiteral("locked"));
    // Another process holds the database's write lock for longer than the listener waits (its busy timeout).
    store::Database other;
    QVERIFY(other.open(m_dir.filePath(QStringLiteral("locked.sqlite")), QStringLiteral("other-process")));
    QSqlQuery lock(other.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSignalSpy rejected(stored.listener.get(), &WebhookListener::deliveryRejected);
    QSignalSpy storedSpy(stored.listener.get(), &WebhookListener::deliveryStored);
    QNetworkRequest request(stored.listener->url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QByteArrayLiteral(R"({"data":{"externalid":"x2"}})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    const QString answer =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toString();
    QVERIFY2(answer.contains(QStringLiteral("locked")), qPrintable(answer)); // says why
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(storedSpy.count(), 0);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(post(stored.listener->url(), R"({"data":{"externalid":"x3"}})"), 200);
    QCOMPARE(stored.inbox->pending(0, 10)->size(), qsizetype(1));
}

FIELDLINK_TEST_MAIN(TestWebhookListener, QCoreApplication)
#include "TestWebhookListener.moc"
