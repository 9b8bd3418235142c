// GHL burst and daily limits per (token, location) with all five X-RateLimit-* headers
// (docs/api.md, "GHL: rate limits").
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::test;

class TestSandboxRateLimit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void burstBeyondTheWindowIs429WithHeaders();
    void windowSlidesAndAdmitsAgain();
    void tokensHaveSeparateBuckets();
    void dailyQuotaRunsOut();

private:
    static fieldlink::sandbox::SandboxOptions limited(int burst, int windowMs, int daily);
    static QUrlQuery locationQuery(const SandboxFixture& sandbox);
};

fieldlink::sandbox::SandboxOptions TestSandboxRateLimit::limited(int burst, int windowMs, int daily) {
    auto options = SandboxFixture::defaultOptions();
    options.contacts = 5;
    options.ghlLimits = {burst, windowMs, daily};
    return options;
}

QUrlQuery TestSandboxRateLimit::locationQuery(const SandboxFixture& sandbox) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), sandbox.locationId());
    return query;
}

void TestSandboxRateLimit::burstBeyondTheWindowIs429WithHeaders() {
    // A window long enough that the five requests below cannot straddle two windows.
    SandboxFixture sandbox(limited(5, 60000, 1000));
    HttpProbe probe = sandbox.probe();
    for (int i = 1; i <= 5; ++i) {
        const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-RateLimit-Max"), QByteArray("5"));
        QCOMPARE(reply.header("X-RateLimit-Interval-Milliseconds"), QByteArray("60000"));
        QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 5 - i);
        QCOMPARE(reply.header("X-RateLimit-Limit-Daily"), QByteArray("1000"));
        QCOMPARE(reply.header("X-RateLimit-Daily-Remaining").toInt(), 1000 - i);
    }
    const HttpResult limitedReply =
        probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox));
    QCOMPARE(limitedReply.status, 429);
    QCOMPARE(limitedReply.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(limitedReply.header("Retry-After").toInt() >= 1);
    QVERIFY(limitedReply.header("Retry-After").toInt() <= 60);
    QCOMPARE(at(limitedReply.json(), "statusCode").toInt(), 429);
    const QJsonObject stats = probe.stats();
    QCOMPARE(at(stats, "ghl.rateLimited").toInt(), 1);
    QCOMPARE(at(stats, "ghl.requests").toInt(), 6);
    QCOMPARE(at(stats, "ghl.peakWindowRequests").toInt(), 5);
    QCOMPARE(at(stats, "ghl.byRoute.GET /contacts/").toInt(), 6);
}

void TestSandboxRateLimit::windowSlidesAndAdmitsAgain() {
    SandboxFixture sandbox(limited(3, 400, 1000));
    HttpProbe probe = sandbox.probe();
    int refused = 0;
    for (int i = 0; i < 6; ++i)
        refused += probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status == 429;
    QVERIFY(refused >= 1);
    // Once the oldest admitted request leaves the window, the next one passes again. QTRY evaluates its
    // condition again after it holds, so the request is made only until one is admitted: a further request
    // would spend the slot just freed and could be refused.
    bool admitted = false;
    const auto askUntilAdmitted = [&] {
        if (!admitted)
            admitted =
                probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status == 200;
        return admitted;
    };
    QTRY_VERIFY_WITH_TIMEOUT(askUntilAdmitted(), 5000);
    QVERIFY(at(probe.stats(), "ghl.peakWindowRequests").toInt() <= 3);
}

void TestSandboxRateLimit::tokensHaveSeparateBuckets() {
    SandboxFixture sandbox(limited(2, 60000, 1000));
    HttpProbe full = sandbox.probe();
    HttpProbe readonly(sandbox.baseUrl());
    readonly.setGhlToken(sandbox.readonlyToken());
    QCOMPARE(full.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status, 200);
    QCOMPARE(full.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status, 200);
    QCOMPARE(full.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status, 429);
    QCOMPARE(readonly.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status, 200);
}

void TestSandboxRateLimit::dailyQuotaRunsOut() {
    SandboxFixture sandbox(limited(100, 1000, 3));
    HttpProbe probe = sandbox.probe();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox)).status, 200);
    const HttpResult over = probe.ghl("GET", QStringLiteral("/contacts/"), {}, locationQuery(sandbox));
    QCOMPARE(over.status, 429);
    QCOMPARE(over.header("X-RateLimit-Daily-Remaining"), QByteArray("0"));
    QVERIFY(over.header("Retry-After").toInt() > 1); // until the next UTC midnight, not the burst window
}

FIELDLINK_TEST_MAIN(TestSandboxRateLimit, QCoreApplication)
#include "TestSandboxRateLimit.moc"
