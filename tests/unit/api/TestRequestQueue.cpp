#include "core/api/GhlClient.h"
#include "core/api/GhlContactPager.h"
#include "core/api/KixieClient.h"
#include "core/auth/OAuthSession.h"
#include "core/auth/OAuthTokenClient.h"
#include "core/auth/Pkce.h"
#include "core/auth/SecretStore.h"
#include "support/FakeNetwork.h"
#include "support/ManualClock.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;
using fieldlink::test::FakeAnswer;
using fieldlink::test::FakeNetworkAccessManager;
using fieldlink::test::FakeRequest;
using fieldlink::test::ManualClock;

namespace {

const QUrl ghlBase(QStringLiteral("https://services.example.test"));

GhlSettings ghlSettings(RateBudget budget = {100, 10000}) {
    GhlSettings settings;
    settings.baseUrl = ghlBase;
    settings.locationId = QStringLiteral("loc123");
    settings.burstBudget = budget;
    return settings;
}

FakeAnswer ok(const QByteArray& body = R"({"contact":{"id":"c1"}})") {
    return FakeAnswer::json(200, body);
}

bool isTokenRequest(const FakeRequest& request) {
    return request.request.url().path() == QLatin1String("/oauth/token");
}

QByteArray bearer(const FakeRequest& request) {
    return request.request.rawHeader("Authorization");
}

/// Collects a request's single result.
struct ResultCatcher {
    std::optional<ApiResult> result;
    int calls = 0;
    void watch(ApiRequest* request) {
        QObject::connect(request, &ApiRequest::finished, [this](const ApiResult& r) {
            result = r;
            ++calls;
        });
    }
};

} // namespace

/// The request queue's decisions — retry, backoff, refresh, refusal — on a fake network and a manual clock.
class TestRequestQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theLogCountsEveryCallBeyondWhatItKeeps();
    void everyAttemptIsLoggedWithTheRecordItWasMadeFor();
    void retriesServerErrorsWithBackoffThenSucceeds();
    void givesUpAfterMaxAttemptsWithTheLastError();
    void neverRepeatsACreateWhoseOutcomeIsUnknown();
    void repeatsACreateThatNeverReachedTheService();
    void honoursRetryAfterOn429();
    void pacesToTheBurstBudgetFromTheFirstRequest();
    void refreshesAnExpiredTokenOnceWhileOtherRequestsWait();
    void refreshesBeforeExpiryWithoutSendingTheOldToken();
    void rejectedRefreshTokenFailsEveryWaitingRequestWithReconnect();
    void refusesAWriteTheTokenCannotDoBeforeSending();
    void refusesPlainHttpToARemoteHost();
    void cancelEndsAHangingRequest();
    void countsKixieCallsAndRefusesBeyondTheDailyLimit();
    void pinsTheVersionAndSendsOnlyAcceptedProperties();
    void kixieBusinessRefusalIsAnError();
    void pagerStopsOnARepeatedCursor();
    void logsEveryAttemptWithSecretsRedacted();
    void pkceChallengeIsS256OfTheVerifier();
};

void TestRequestQueue::theLogCountsEveryCallBeyondWhatItKeeps() {
    // A run's API calls are counted by the log; a long run makes more than it keeps in memory.
    RequestLog log(3);
    for (int i = 0; i < 5; ++i) {
        RequestLogEntry entry;
        entry.service = i % 2 == 0 ? Service::Ghl : Service::Kixie;
        log.append(entry);
    }
    QCOMPARE(log.entries().size(), 3);
    QCOMPARE(log.count(Service::Ghl), 3);
    QCOMPARE(log.count(Service::Kixie), 2);
    log.clear();
    QCOMPARE(log.count(Service::Ghl), 0);
}

void TestRequestQueue::everyAttemptIsLoggedWithTheRecordItWasMadeFor() {
    int calls = 0;
    FakeNetworkAccessManager network(
        [&calls](const FakeRequest&) { return ++calls < 2 ? FakeAnswer::json(503, "{}") : ok(); });
    ManualClock clock;
    RequestLog log;
    GhlClient client(ghlSettings(), &network, &clock, &log);
    client.queue().setRetryRandom([] { return 1.0; });
    client.setTokenSource(new auth::PrivateIntegrationToken(QStringLiteral("pit-token-123456"), &client));
    ResultCatcher first;
    ResultCatcher second;
    {
        const RequestSubject subject(&log, QStringLiteral("contact-1"));
        {
            const RequestSubject nested(&log, QStringLiteral("contact-2"));
            second.watch(client.getContact(QStringLiteral("c2")));
        }
        first.watch(client.getContact(QStringLiteral("c1")));
    }
    ResultCatcher whole;
    whole.watch(client.getContact(QStringLiteral("c3"))); // made for no record
    clock.settle();
    clock.advance(60000);
    QVERIFY(first.result && second.result && whole.result);
    QStringList subjects;
    for (const RequestLogEntry& entry : log.entries())
        subjects << entry.operation + QLatin1Char(':') + entry.subject;
    // The retry of the first request (it met the 503) keeps its record though the scope ended long before.
    QCOMPARE(log.entries().size(), 4);
    QCOMPARE(log.entries().at(0).subject, QStringLiteral("contact-2"));
    QCOMPARE(log.entries().at(0).status, 503);
    QCOMPARE(log.entries().constLast().subject, QStringLiteral("contact-2"));
    QCOMPARE(log.entries().constLast().attempt, 2);
    QCOMPARE(subjects.count(QStringLiteral("contacts.get:contact-1")), 1);
    QCOMPARE(subjects.count(QStringLiteral("contacts.get:")), 1);
    QCOMPARE(log.subject(), QString());
}

void TestRequestQueue::retriesServerErrorsWithBackoffThenSucceeds() {
    int calls = 0;
    FakeNetworkAccessManager network(
        [&calls](const FakeRequest&) { return ++calls < 3 ? FakeAnswer::json(503, "{}") : ok(); });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    client.queue().setRetryRandom([] { return 1.0; });
    client.setTokenSource(new auth::PrivateIntegrationToken(QStringLiteral("pit-token-123456"), &client));
    ResultCatcher catcher;
    catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.settle();
    QCOMPARE(network.requests().size(), 1);
    clock.advance(499);
    QCOMPARE(network.requests().size(), 1);
    clock.advance(1);
    QCOMPARE(network.requests().size(), 2);
    clock.advance(999);
    QCOMPARE(network.requests().size(), 2);
    clock.advance(1);
    QVERIFY(catcher.result);
    QVERIFY2(catcher.result->ok(), qPrintable(catcher.result->message));
    QCOMPARE(catcher.result->attempts, 3);
    QCOMPARE(catcher.calls, 1);
}

void TestRequestQueue::givesUpAfterMaxAttemptsWithTheLastError() {
    FakeNetworkAccessManager network([](const FakeRequest&) { return FakeAnswer::json(500, "{}"); });
    ManualClock clock;
    GhlSettings settings = ghlSettings();
    settings.retry.maxAttempts = 3;
    GhlClient client(settings, &network, &clock, nullptr);
    ResultCatcher catcher;
    catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.advance(120000);
    QVERIFY(catcher.result);
    QCOMPARE(errorClassId(catcher.result->error), errorClassId(ErrorClass::Server));
    QCOMPARE(catcher.result->attempts, 3);
    QCOMPARE(network.requests().size(), 3);
    QVERIFY(!catcher.result->outcomeUnknown);
}

void TestRequestQueue::neverRepeatsACreateWhoseOutcomeIsUnknown() {
    FakeNetworkAccessManager network(
        [](const FakeRequest&) { return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError); });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    ResultCatcher catcher;
    catcher.watch(
        client.createNote(QStringLiteral("c1"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}));
    clock.advance(120000);
    QVERIFY(catcher.result);
    QCOMPARE(network.requests().size(), 1);
    QCOMPARE(errorClassId(catcher.result->error), errorClassId(ErrorClass::Network));
    QVERIFY(catcher.result->outcomeUnknown);
}

void TestRequestQueue::repeatsACreateThatNeverReachedTheService() {
    int calls = 0;
    FakeNetworkAccessManager network([&calls](const FakeRequest&) {
        return ++calls == 1 ? FakeAnswer::failure(QNetworkReply::ConnectionRefusedError)
                            : FakeAnswer::json(201, R"({"note":{"id":"n1"}})");
    });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    ResultCatcher catcher;
    catcher.watch(
        client.createNote(QStringLiteral("c1"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}));
    clock.advance(60000);
    QVERIFY(catcher.result && catcher.result->ok());
    QCOMPARE(network.requests().size(), 2);
    QVERIFY(!catcher.result->outcomeUnknown);
}

void TestRequestQueue::honoursRetryAfterOn429() {
    int calls = 0;
    FakeNetworkAccessManager network([&calls](const FakeRequest&) {
        if (++calls > 1)
            return ok();
        FakeAnswer answer = FakeAnswer::json(429, R"({"statusCode":429,"message":"Too Many Requests"})");
        answer.headers = {{"Retry-After", "2"}};
        return answer;
    });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    ResultCatcher first;
    first.watch(client.getContact(QStringLiteral("c1")));
    clock.settle();
    QCOMPARE(network.requests().size(), 1);
    ResultCatcher second;
    second.watch(client.getContact(QStringLiteral("c2")));
    clock.advance(1999);
    QCOMPARE(network.requests().size(), 1);
    clock.advance(1);
    QVERIFY(first.result && first.result->ok());
    QVERIFY(second.result && second.result->ok());
    QCOMPARE(client.queue().rateLimitedAnswers(), 1);
    QVERIFY(client.queue().limiter().pace() < 1.0);
}

void TestRequestQueue::pacesToTheBurstBudgetFromTheFirstRequest() {
    FakeNetworkAccessManager network([](const FakeRequest&) { return ok(); });
    ManualClock clock;
    GhlSettings settings = ghlSettings({5, 1000});
    settings.maxConcurrent = 50;
    GhlClient client(settings, &network, &clock, nullptr);
    QList<ResultCatcher> catchers(12);
    for (ResultCatcher& catcher : catchers)
        catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.settle();
    QCOMPARE(network.requests().size(), 5);
    const qint64 window = 1000 + client.queue().limiter().guardMs();
    clock.advance(window - 1);
    QCOMPARE(network.requests().size(), 5);
    clock.advance(1);
    QCOMPARE(network.requests().size(), 10);
    clock.advance(window);
    QCOMPARE(network.requests().size(), 12);
    for (const ResultCatcher& catcher : catchers)
        QVERIFY(catcher.result && catcher.result->ok());
}

namespace {

/// A fake GHL that accepts only `current` as the bearer token and rotates tokens on refresh.
struct FakeOAuthServer {
    QByteArray current = "access-old-0000";
    QByteArray refreshToken = "refresh-old-0000";
    int tokenRequests = 0;
    bool rejectRefresh = false;

    FakeAnswer answer(const FakeRequest& request) {
        if (isTokenRequest(request)) {
            ++tokenRequests;
            if (rejectRefresh || !request.body.contains(QByteArray("refresh_token=" + refreshToken)))
                return FakeAnswer::json(
                    401, R"({"statusCode":401,"message":"Invalid grant: refresh token is invalid"})");
            current = "access-new-" + QByteArray::number(tokenRequests) + "000";
            refreshToken = "refresh-new-" + QByteArray::number(tokenRequests) + "000";
            return FakeAnswer::json(
                200, R"({"access_token":")" + current + R"(","refresh_token":")" + refreshToken +
                         R"(","expires_in":86399,"scope":"contacts.readonly contacts.write"})");
        }
        if (bearer(request) != "Bearer " + current)
            return FakeAnswer::json(
                401, R"({"statusCode":401,"message":"Invalid token: access token is expired"})");
        return ok();
    }
};

auth::OAuthTokens oldTokens(qint64 expiresAtMs) {
    auth::OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("access-old-0000");
    tokens.refreshToken = QStringLiteral("refresh-old-0000");
    tokens.expiresAtMs = expiresAtMs;
    return tokens;
}

auth::OAuthClientConfig oauthConfig() {
    auth::OAuthClientConfig config;
    config.clientId = QStringLiteral("client-id");
    config.clientSecret = QStringLiteral("client-secret-value");
    config.tokenUrl = QUrl(QStringLiteral("https://services.example.test/oauth/token"));
    return config;
}

} // namespace

void TestRequestQueue::refreshesAnExpiredTokenOnceWhileOtherRequestsWait() {
    FakeOAuthServer server;
    server.current = "access-already-rotated-elsewhere"; // the token we hold is dead
    FakeNetworkAccessManager network(
        [&server](const FakeRequest& request) { return server.answer(request); });
    ManualClock clock;
    auth::MemorySecretStore secrets;
    auth::OAuthTokenClient tokenClient(oauthConfig(), &network, &clock, nullptr);
    auth::OAuthSession session(oldTokens(clock.wallClockMs() + 3600000), &tokenClient, &clock, &secrets,
                               QStringLiteral("ghl:loc123"));
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    client.setTokenSource(&session);
    QList<ResultCatcher> catchers(3);
    for (ResultCatcher& catcher : catchers)
        catcher.watch(client.getContact(QStringLiteral("c1")));
    QSignalSpy saved(&secrets, &auth::SecretStore::writeFinished);
    clock.advance(1000);
    for (const ResultCatcher& catcher : catchers)
        QVERIFY2(catcher.result && catcher.result->ok(),
                 catcher.result ? qPrintable(catcher.result->message) : "none");
    QCOMPARE(server.tokenRequests, 1);
    QCOMPARE(session.tokens().refreshToken, QStringLiteral("refresh-new-1000"));
    QCOMPARE(saved.count(), 1);
    // Only the first wave went out with the dead token; everything after the refresh used the new one.
    int withNewToken = 0;
    for (const FakeRequest& request : network.requests())
        withNewToken += bearer(request) == "Bearer access-new-1000" ? 1 : 0;
    QCOMPARE(withNewToken, 3);
    QSignalSpy read(&secrets, &auth::SecretStore::readFinished);
    secrets.read(QStringLiteral("ghl:loc123"));
    QVERIFY(read.count() == 1 || read.wait());
    QCOMPARE(read.at(0).at(1).toJsonObject().value(QLatin1String("refreshToken")).toString(),
             QStringLiteral("refresh-new-1000"));
}

void TestRequestQueue::refreshesBeforeExpiryWithoutSendingTheOldToken() {
    FakeOAuthServer server;
    FakeNetworkAccessManager network(
        [&server](const FakeRequest& request) { return server.answer(request); });
    ManualClock clock;
    auth::OAuthTokenClient tokenClient(oauthConfig(), &network, &clock, nullptr);
    auth::OAuthSession session(oldTokens(clock.wallClockMs() + 60000), &tokenClient, &clock, nullptr, {});
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    client.setTokenSource(&session);
    ResultCatcher catcher;
    catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.advance(1000);
    QVERIFY(catcher.result && catcher.result->ok());
    QCOMPARE(network.requests().size(), 2);
    QVERIFY(isTokenRequest(network.requests().at(0)));
    QCOMPARE(bearer(network.requests().at(1)), QByteArray("Bearer access-new-1000"));
}

void TestRequestQueue::rejectedRefreshTokenFailsEveryWaitingRequestWithReconnect() {
    FakeOAuthServer server;
    server.rejectRefresh = true;
    FakeNetworkAccessManager network(
        [&server](const FakeRequest& request) { return server.answer(request); });
    ManualClock clock;
    auth::OAuthTokenClient tokenClient(oauthConfig(), &network, &clock, nullptr);
    auth::OAuthSession session(oldTokens(clock.wallClockMs() + 1000), &tokenClient, &clock, nullptr, {});
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    client.setTokenSource(&session);
    QList<ResultCatcher> catchers(2);
    for (ResultCatcher& catcher : catchers)
        catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.advance(60000);
    for (const ResultCatcher& catcher : catchers) {
        QVERIFY(catcher.result);
        QCOMPARE(errorClassId(catcher.result->error), errorClassId(ErrorClass::Auth));
        QVERIFY2(catcher.result->message.contains(QLatin1String("Reconnect")),
                 qPrintable(catcher.result->message));
    }
    QCOMPARE(server.tokenRequests, 1); // a refresh is never repeated blindly: the token may have rotated
    for (const FakeRequest& request : network.requests())
        QVERIFY(isTokenRequest(request));
}

void TestRequestQueue::refusesAWriteTheTokenCannotDoBeforeSending() {
    FakeNetworkAccessManager network([](const FakeRequest&) { return ok(); });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    auto* token = new auth::PrivateIntegrationToken(QStringLiteral("pit-readonly-123"), &client);
    token->setGrantedScopes(QSet<QString>{GhlScope::contactsRead});
    client.setTokenSource(token);
    ResultCatcher write;
    write.watch(client.createTask(QStringLiteral("c1"),
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Call back")}}));
    ResultCatcher read;
    read.watch(client.getContact(QStringLiteral("c1")));
    clock.settle();
    QVERIFY(write.result);
    QCOMPARE(errorClassId(write.result->error), errorClassId(ErrorClass::Scope));
    QVERIFY(write.result->message.contains(GhlScope::contactsWrite));
    QCOMPARE(write.result->attempts, 0);
    QVERIFY(read.result && read.result->ok());
    QCOMPARE(network.requests().size(), 1);
}

void TestRequestQueue::refusesPlainHttpToARemoteHost() {
    FakeNetworkAccessManager network([](const FakeRequest&) { return ok(); });
    ManualClock clock;
    GhlSettings settings = ghlSettings();
    settings.baseUrl = QUrl(QStringLiteral("http://services.example.test"));
    GhlClient client(settings, &network, &clock, nullptr);
    ResultCatcher catcher;
    catcher.watch(client.getContact(QStringLiteral("c1")));
    clock.settle();
    QVERIFY(catcher.result && !catcher.result->ok());
    QVERIFY(catcher.result->message.contains(QLatin1String("https")));
    QVERIFY(network.requests().isEmpty());
    QVERIFY(checkServiceUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
    QVERIFY(checkServiceUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
    QVERIFY(!checkServiceUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).isEmpty());
}

void TestRequestQueue::cancelEndsAHangingRequest() {
    FakeNetworkAccessManager network([](const FakeRequest&) {
        FakeAnswer answer;
        answer.hang = true;
        return answer;
    });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    ResultCatcher sent;
    ApiRequest* request = client.getContact(QStringLiteral("c1"));
    sent.watch(request);
    clock.settle();
    QCOMPARE(network.requests().size(), 1);
    request->cancel();
    clock.settle();
    QVERIFY(sent.result);
    QCOMPARE(errorClassId(sent.result->error), errorClassId(ErrorClass::Cancelled));
    QCOMPARE(network.requests().size(), 1);
    QCOMPARE(client.queue().inFlight(), 0);
}

void TestRequestQueue::countsKixieCallsAndRefusesBeyondTheDailyLimit() {
    FakeNetworkAccessManager network(
        [](const FakeRequest&) { return FakeAnswer::json(200, R"({"success":true})"); });
    ManualClock clock;
    KixieSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://kixie.example.test"));
    settings.dailyLimit = 2;
    KixieClient client(settings, {QStringLiteral("kixie-key-0001"), QStringLiteral("555")}, &network, &clock,
                       nullptr);
    QList<ResultCatcher> catchers(3);
    for (ResultCatcher& catcher : catchers)
        catcher.watch(
            client.updatePowerList(QJsonObject{{QStringLiteral("target"), QStringLiteral("+15551234567")}}));
    clock.settle();
    QVERIFY(catchers[0].result->ok() && catchers[1].result->ok());
    QCOMPARE(errorClassId(catchers[2].result->error), errorClassId(ErrorClass::RateLimited));
    QVERIFY(catchers[2].result->message.contains(QLatin1String("00:00 UTC")));
    QCOMPARE(network.requests().size(), 2);
    const FakeRequest& sent = network.requests().at(0);
    QCOMPARE(QUrlQuery(sent.request.url()).queryItemValue(QStringLiteral("apikey")),
             QStringLiteral("kixie-key-0001"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("apikey")).toString(), QStringLiteral("kixie-key-0001"));
    QCOMPARE(body.value(QLatin1String("businessid")).toString(), QStringLiteral("555"));
    QCOMPARE(body.value(QLatin1String("eventname")).toString(), QStringLiteral("updatepowerlist"));
}

void TestRequestQueue::pinsTheVersionAndSendsOnlyAcceptedProperties() {
    FakeNetworkAccessManager network([](const FakeRequest&) { return ok(); });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    client.updateContact(QStringLiteral("c1"),
                         QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ana")},
                                     {QStringLiteral("locationId"), QStringLiteral("loc123")},
                                     {QStringLiteral("gender"), QStringLiteral("female")},
                                     {QStringLiteral("companyName"), QStringLiteral("Acme")}});
    client.removeTags(QStringLiteral("c1"), {QStringLiteral("vip")});
    clock.settle();
    QCOMPARE(network.requests().size(), 2);
    const FakeRequest& update = network.requests().at(0);
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.request.rawHeader("Version"), QByteArray("2021-07-28"));
    const QJsonObject expected{{QStringLiteral("firstName"), QStringLiteral("Ana")}};
    QCOMPARE(QJsonDocument::fromJson(update.body).object(), expected);
    const FakeRequest& untag = network.requests().at(1);
    QCOMPARE(untag.method, QByteArray("DELETE"));
    QCOMPARE(QJsonDocument::fromJson(untag.body).object().value(QLatin1String("tags")).toArray().size(), 1);
}

void TestRequestQueue::kixieBusinessRefusalIsAnError() {
    FakeNetworkAccessManager network([](const FakeRequest&) {
        return FakeAnswer::json(200, R"({"success":false,"error":"Invalid API key"})");
    });
    ManualClock clock;
    KixieSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://kixie.example.test"));
    KixieClient client(settings, {QStringLiteral("kixie-key-0001"), QStringLiteral("555")}, &network, &clock,
                       nullptr);
    ResultCatcher catcher;
    catcher.watch(client.removeFromPowerList(QStringLiteral("12"), {QStringLiteral("+15551234567")}));
    clock.advance(60000);
    QCOMPARE(errorClassId(catcher.result->error), errorClassId(ErrorClass::Auth));
    QCOMPARE(network.requests().size(), 1); // a refusal is an answer, not something to retry
}

void TestRequestQueue::pagerStopsOnARepeatedCursor() {
    FakeNetworkAccessManager network([](const FakeRequest&) {
        return ok(R"({"contacts":[{"id":"a","address":"1 Main St","searchAfter":[1,"a"]},)"
                  R"({"id":"b","dateOfBirth":0,"searchAfter":[2,"b"]}],"total":4})");
    });
    ManualClock clock;
    GhlClient client(ghlSettings(), &network, &clock, nullptr);
    GhlContactPager pager(&client, GhlContactPager::Mode::Search);
    pager.setPageSize(2);
    QList<QJsonArray> pages;
    connect(&pager, &GhlContactPager::page, this, [&pages](const QJsonArray& page) { pages << page; });
    QSignalSpy finished(&pager, &GhlContactPager::finished);
    pager.start();
    clock.advance(1000);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Malformed));
    QCOMPARE(network.requests().size(), 2);
    // Search results come out in the GET shape.
    const QJsonObject first = pages.at(0).at(0).toObject();
    QCOMPARE(first.value(QLatin1String("address1")).toString(), QStringLiteral("1 Main St"));
    QVERIFY(!first.contains(QLatin1String("searchAfter")));
    QCOMPARE(pages.at(0).at(1).toObject().value(QLatin1String("dateOfBirth")).toString(),
             QStringLiteral("1970-01-01T00:00:00.000Z"));
}

void TestRequestQueue::logsEveryAttemptWithSecretsRedacted() {
    FakeOAuthServer server;
    server.current = "access-already-rotated-elsewhere";
    FakeNetworkAccessManager network(
        [&server](const FakeRequest& request) { return server.answer(request); });
    ManualClock clock;
    RequestLog log;
    auth::OAuthTokenClient tokenClient(oauthConfig(), &network, &clock, &log);
    auth::OAuthSession session(oldTokens(clock.wallClockMs() + 3600000), &tokenClient, &clock, nullptr, {});
    GhlClient client(ghlSettings(), &network, &clock, &log);
    client.setTokenSource(&session);
    client.getContact(QStringLiteral("c1"));
    clock.advance(1000);
    QCOMPARE(log.entries().size(), 3); // 401, refresh, retry
    QCOMPARE(log.entries().at(0).status, 401);
    QCOMPARE(log.entries().at(1).operation, QStringLiteral("oauth.token.refresh"));
    QCOMPARE(log.entries().at(2).attempt, 2);
    const QByteArray har = HarExporter::toHar(log.entries());
    for (const char* secret : {"access-old-0000", "refresh-old-0000", "access-new-1000", "refresh-new-1000",
                               "client-secret-value"})
        QVERIFY2(!har.contains(secret), secret);
    QVERIFY(har.contains("Bearer [REDACTED]"));
    const QJsonObject harLog = QJsonDocument::fromJson(har).object().value(QLatin1String("log")).toObject();
    QCOMPARE(harLog.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(harLog.value(QLatin1String("entries")).toArray().size(), 3);
}

void TestRequestQueue::pkceChallengeIsS256OfTheVerifier() {
    // RFC 7636 appendix B.
    QCOMPARE(auth::Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const auth::Pkce first = auth::Pkce::generate();
    const auth::Pkce second = auth::Pkce::generate();
    QCOMPARE(first.verifier.size(), 43);
    QVERIFY(first.verifier != second.verifier);
    QCOMPARE(first.challenge, auth::Pkce::challengeFor(first.verifier));
}

FIELDLINK_TEST_MAIN(TestRequestQueue, QCoreApplication)
#include "TestRequestQueue.moc"
