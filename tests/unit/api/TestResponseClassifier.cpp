#include "core/api/ResponseClassifier.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink::api;

Q_DECLARE_METATYPE(fieldlink::api::Service)
Q_DECLARE_METATYPE(fieldlink::api::ErrorClass)

/// Every way an answer can end, and the class and message the admin gets for it.
class TestResponseClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifiesEveryAnswer_data();
    void classifiesEveryAnswer();
    void readsRetryAfterInSeconds();
    void tellsRefreshableFromPermanent401s();
    void onlyConnectionFailuresBeforeSendingAreSafeToRepeat();
    void callerCancelIsNotATimeout();
    void agentOfflineIsAnAnswer();
};

void TestResponseClassifier::classifiesEveryAnswer_data() {
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<ErrorClass>("expected");
    QTest::addColumn<QString>("messageMentions");
    const auto ghl = Service::Ghl;
    const auto kixie = Service::Kixie;
    const auto none = QNetworkReply::NoError;
    QTest::newRow("ghl 200 json") << ghl << 200 << QByteArray(R"({"contact":{}})") << none << ErrorClass::None
                                  << QString();
    QTest::newRow("ghl 200 truncated json") << ghl << 200 << QByteArray(R"({"contacts":[{"id":)") << none
                                            << ErrorClass::Malformed << QStringLiteral("could not read");
    QTest::newRow("ghl 200 html") << ghl << 200 << QByteArray("<html>proxy</html>") << none
                                  << ErrorClass::Malformed << QStringLiteral("could not read");
    QTest::newRow("connection refused") << ghl << 0 << QByteArray() << QNetworkReply::ConnectionRefusedError
                                        << ErrorClass::Network << QStringLiteral("Could not reach HighLevel");
    QTest::newRow("connection dropped") << ghl << 0 << QByteArray() << QNetworkReply::RemoteHostClosedError
                                        << ErrorClass::Network << QStringLiteral("lost");
    QTest::newRow("transfer timeout") << ghl << 0 << QByteArray() << QNetworkReply::OperationCanceledError
                                      << ErrorClass::Timeout << QStringLiteral("in time");
    QTest::newRow("429") << ghl << 429 << QByteArray(R"({"statusCode":429,"message":"Too Many Requests"})")
                         << none << ErrorClass::RateLimited << QStringLiteral("limiting");
    QTest::newRow("401 invalid jwt") << ghl << 401
                                     << QByteArray(R"({"statusCode":401,"message":"Invalid JWT"})") << none
                                     << ErrorClass::Auth << QStringLiteral("Invalid JWT");
    QTest::newRow("401 scope")
        << ghl << 401
        << QByteArray(R"({"statusCode":401,"message":"The token is not authorized for this scope."})") << none
        << ErrorClass::Scope << QStringLiteral("scope");
    QTest::newRow("403 location")
        << ghl << 403
        << QByteArray(R"({"statusCode":403,"message":"The token does not have access to this location."})")
        << none << ErrorClass::Auth << QStringLiteral("location id");
    QTest::newRow("422 array message")
        << ghl << 422
        << QByteArray(
               R"({"statusCode":422,"message":["property locationId should not exist","title should not be empty"],"error":"Unprocessable Entity"})")
        << none << ErrorClass::Validation
        << QStringLiteral("property locationId should not exist; title should not be empty");
    QTest::newRow("400 unknown contact")
        << ghl << 400 << QByteArray(R"({"statusCode":400,"message":"Contact with id abc not found"})") << none
        << ErrorClass::NotFound << QStringLiteral("not found");
    QTest::newRow("404") << ghl << 404 << QByteArray(R"({"statusCode":404,"message":"Cannot GET /x"})")
                         << none << ErrorClass::NotFound << QStringLiteral("Cannot GET");
    QTest::newRow("400 duplicate")
        << ghl << 400
        << QByteArray(
               R"({"statusCode":400,"message":"This location does not allow duplicated contacts.","meta":{"contactId":"x"}})")
        << none << ErrorClass::Conflict << QStringLiteral("duplicated");
    QTest::newRow("500") << ghl << 500
                         << QByteArray(R"({"statusCode":500,"message":"Internal server error"})") << none
                         << ErrorClass::Server << QStringLiteral("HTTP 500");
    QTest::newRow("502 no body") << ghl << 502 << QByteArray() << none << ErrorClass::Server
                                 << QStringLiteral("HTTP 502");
    QTest::newRow("400 other") << ghl << 400
                               << QByteArray(R"({"statusCode":400,"message":"Invalid field contact_name"})")
                               << none << ErrorClass::Validation
                               << QStringLiteral("Invalid field contact_name");
    QTest::newRow("kixie success") << kixie << 200 << QByteArray(R"({"success":true})") << none
                                   << ErrorClass::None << QString();
    QTest::newRow("kixie plain text success")
        << kixie << 200 << QByteArray("OK") << none << ErrorClass::None << QString();
    QTest::newRow("kixie truncated json") << kixie << 200 << QByteArray(R"({"success":tr)") << none
                                          << ErrorClass::Malformed << QStringLiteral("Kixie");
    QTest::newRow("kixie bad key") << kixie << 200
                                   << QByteArray(R"({"success":false,"error":"Invalid API key"})") << none
                                   << ErrorClass::Auth << QStringLiteral("Integrations");
    QTest::newRow("kixie api not enabled")
        << kixie << 200
        << QByteArray(R"({"success":false,"error":"API access is not enabled for this business"})") << none
        << ErrorClass::Auth << QStringLiteral("Kixie support");
    QTest::newRow("kixie unknown event")
        << kixie << 200 << QByteArray(R"({"success":false,"error":"unknown eventname"})") << none
        << ErrorClass::Validation << QStringLiteral("unknown eventname");
    QTest::newRow("kixie over quota")
        << kixie << 429 << QByteArray(R"({"success":false,"error":"daily limit reached"})") << none
        << ErrorClass::RateLimited << QStringLiteral("Kixie");
}

void TestResponseClassifier::classifiesEveryAnswer() {
    QFETCH(Service, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(ErrorClass, expected);
    QFETCH(QString, messageMentions);
    RawResponse raw;
    raw.status = status;
    raw.body = body;
    raw.networkError = networkError;
    const Classification result = ResponseClassifier::classify(service, raw);
    QCOMPARE(errorClassId(result.error), errorClassId(expected));
    if (messageMentions.isEmpty())
        QVERIFY(result.message.isEmpty());
    else
        QVERIFY2(result.message.contains(messageMentions, Qt::CaseInsensitive), qPrintable(result.message));
}

void TestResponseClassifier::readsRetryAfterInSeconds() {
    RawResponse raw;
    raw.status = 429;
    raw.retryAfterHeader = "7";
    QCOMPARE(ResponseClassifier::classify(Service::Ghl, raw).retryAfterMs, 7000);
    raw.retryAfterHeader = "soon";
    QCOMPARE(ResponseClassifier::classify(Service::Ghl, raw).retryAfterMs, -1);
}

void TestResponseClassifier::tellsRefreshableFromPermanent401s() {
    RawResponse raw;
    raw.status = 401;
    raw.body = R"({"statusCode":401,"message":"Invalid token: access token is expired"})";
    QVERIFY(ResponseClassifier::classify(Service::Ghl, raw).tokenExpired);
    raw.body = R"({"statusCode":401,"message":"The token is not authorized for this scope."})";
    QVERIFY(!ResponseClassifier::classify(Service::Ghl, raw).tokenExpired);
    raw.body = R"({"statusCode":401,"message":"version header is invalid"})";
    const Classification version = ResponseClassifier::classify(Service::Ghl, raw);
    QVERIFY(!version.tokenExpired);
    QCOMPARE(errorClassId(version.error), errorClassId(ErrorClass::Validation));
}

void TestResponseClassifier::onlyConnectionFailuresBeforeSendingAreSafeToRepeat() {
    RawResponse raw;
    raw.networkError = QNetworkReply::ConnectionRefusedError;
    QVERIFY(!ResponseClassifier::classify(Service::Ghl, raw).mayHaveReachedService);
    raw.networkError = QNetworkReply::RemoteHostClosedError;
    QVERIFY(ResponseClassifier::classify(Service::Ghl, raw).mayHaveReachedService);
    raw.networkError = QNetworkReply::OperationCanceledError;
    QVERIFY(ResponseClassifier::classify(Service::Ghl, raw).mayHaveReachedService);
}

void TestResponseClassifier::callerCancelIsNotATimeout() {
    RawResponse raw;
    raw.networkError = QNetworkReply::OperationCanceledError;
    raw.cancelledByCaller = true;
    QCOMPARE(errorClassId(ResponseClassifier::classify(Service::Ghl, raw).error),
             errorClassId(ErrorClass::Cancelled));
}

void TestResponseClassifier::agentOfflineIsAnAnswer() {
    RawResponse raw;
    raw.status = 200;
    raw.body = R"({"success":false,"result":{"onCall":0,"registered":0}})";
    raw.successFalseIsAnswer = true;
    QVERIFY(ResponseClassifier::classify(Service::Kixie, raw).error == ErrorClass::None);
    raw.successFalseIsAnswer = false;
    QVERIFY(ResponseClassifier::classify(Service::Kixie, raw).error != ErrorClass::None);
}

FIELDLINK_TEST_MAIN(TestResponseClassifier, QCoreApplication)
#include "TestResponseClassifier.moc"
