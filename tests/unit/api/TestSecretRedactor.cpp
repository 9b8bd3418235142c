#include "core/api/RequestLog.h"
#include "core/api/SecretRedactor.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QtTest>

using namespace fieldlink::api;

/// What the request log may keep: never a token, key, code or client secret, wherever it appears.
class TestSecretRedactor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactsSecretQueryParameters();
    void redactsAuthorizationButKeepsTheScheme();
    void redactsSecretJsonFieldsAtAnyDepth();
    void redactsFormBodies();
    void redactsKnownValuesAnywhere();
    void keepsOrdinaryContent();
    void writesHarThatBrowsersImport();
};

void TestSecretRedactor::redactsSecretQueryParameters() {
    SecretRedactor redactor;
    const QString url = redactor.redactUrl(
        QUrl(QStringLiteral("https://apig.kixie.com/app/event?apikey=abc-123&businessid=42")));
    QVERIFY(!url.contains(QLatin1String("abc-123")));
    QVERIFY(url.contains(QLatin1String("businessid=42")));
    QVERIFY(url.contains(QLatin1String("apikey=%5BREDACTED%5D")) ||
            url.contains(QLatin1String("apikey=[REDACTED]")));
    QVERIFY(
        !redactor.redactUrl(QUrl(QStringLiteral("https://x.test/www/agent/status?apiKey=k-9&email=a@b.c")))
             .contains(QLatin1String("k-9")));
}

void TestSecretRedactor::redactsAuthorizationButKeepsTheScheme() {
    SecretRedactor redactor;
    QCOMPARE(redactor.redactHeader("Authorization", "Bearer pit-abcdef"), QByteArray("Bearer [REDACTED]"));
    QCOMPARE(redactor.redactHeader("Version", "2021-07-28"), QByteArray("2021-07-28"));
}

void TestSecretRedactor::redactsSecretJsonFieldsAtAnyDepth() {
    SecretRedactor redactor;
    const QByteArray body = redactor.redactBody(
        R"({"apikey":"k1","target":"+15551234567","nested":[{"access_token":"t1","refresh_token":"r1"}]})");
    for (const char* secret : {"k1", "t1", "r1"})
        QVERIFY2(!body.contains(QByteArray(QByteArray("\"") + secret + "\"")), body.constData());
    QVERIFY(body.contains("+15551234567"));
}

void TestSecretRedactor::redactsFormBodies() {
    SecretRedactor redactor;
    const QByteArray body = redactor.redactBody(
        "grant_type=refresh_token&refresh_token=r-secret&client_id=cid&client_secret=s-secret");
    QVERIFY(!body.contains("r-secret"));
    QVERIFY(!body.contains("s-secret"));
    QVERIFY(body.contains("client_id=cid"));
    QVERIFY(body.contains("grant_type=refresh_token"));
}

void TestSecretRedactor::redactsKnownValuesAnywhere() {
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("pit-1234567890"));
    QVERIFY(!redactor.redactBody("error: token pit-1234567890 rejected").contains("pit-1234567890"));
    QVERIFY(!redactor.redactBody(R"({"message":"bad pit-1234567890"})").contains("pit-1234567890"));
    QVERIFY(!redactor.redactUrl(QUrl(QStringLiteral("https://x.test/p?q=pit-1234567890")))
                 .contains(QLatin1String("pit-1234567890")));
}

void TestSecretRedactor::keepsOrdinaryContent() {
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("abc")); // too short to be a real secret; would mangle text
    const QByteArray body = R"({"contact":{"firstName":"Abcde","tags":["vip"]}})";
    QCOMPARE(QJsonDocument::fromJson(redactor.redactBody(body)), QJsonDocument::fromJson(body));
}

void TestSecretRedactor::writesHarThatBrowsersImport() {
    RequestLogEntry entry;
    entry.startedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    entry.method = "POST";
    entry.url = QStringLiteral("https://services.leadconnectorhq.com/contacts/search?x=1");
    entry.status = 200;
    entry.latencyMs = 42;
    entry.requestHeaders = {{"Authorization", "Bearer [REDACTED]"}, {"Content-Type", "application/json"}};
    entry.requestBody = R"({"pageLimit":1})";
    entry.responseBody = R"({"contacts":[]})";
    entry.responseContentType = "application/json";
    entry.traceId = QStringLiteral("trace-1");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.har"));
    const fieldlink::Result<> written = HarExporter::write(path, {entry});
    QVERIFY2(written, qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("log")).toObject();
    const QJsonObject har = log.value(QLatin1String("entries")).toArray().at(0).toObject();
    // The fields HAR 1.2 requires, as Chrome and Firefox check them on import.
    QCOMPARE(har.value(QLatin1String("startedDateTime")).toString(),
             QStringLiteral("2026-11-26T10:00:00.000Z"));
    QCOMPARE(har.value(QLatin1String("time")).toDouble(), 42.0);
    const QJsonObject request = har.value(QLatin1String("request")).toObject();
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(request.value(QLatin1String("queryString")).toArray().size(), 1);
    QCOMPARE(request.value(QLatin1String("postData")).toObject().value(QLatin1String("mimeType")).toString(),
             QStringLiteral("application/json"));
    for (const char* key : {"status", "statusText", "httpVersion", "cookies", "headers", "content",
                            "redirectURL", "headersSize", "bodySize"})
        QVERIFY2(har.value(QLatin1String("response")).toObject().contains(QLatin1String(key)), key);
    QCOMPARE(har.value(QLatin1String("_traceId")).toString(), QStringLiteral("trace-1"));
    QVERIFY(har.contains(QLatin1String("cache")) && har.contains(QLatin1String("timings")));
    const fieldlink::Result<> refused =
        HarExporter::write(dir.filePath(QStringLiteral("missing/dir/run.har")), {entry});
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("missing/dir")));
}

FIELDLINK_TEST_MAIN(TestSecretRedactor, QCoreApplication)
#include "TestSecretRedactor.moc"
