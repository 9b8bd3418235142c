// Version header, bearer tokens, scopes, locations and OAuth 2.0 (docs/api.md, the GHL sections).
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::test;

class TestSandboxGhlAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionHeaderIsMandatory_data();
    void versionHeaderIsMandatory();
    void unknownTokensAreInvalidJwt();
    void readonlyTokenCannotWrite();
    void otherLocationsAreForbidden();
    void oauthCodeFlowIssuesRotatingTokens();
    void pkceBindsTheCodeToItsVerifier();
    void expiredAccessTokenIsRefused();
    void tokenEndpointValidatesItsForm();
    void authorizePageRejectsUnknownClients();

private:
    /// Runs the authorize redirect and returns the code for `state`.
    QString authorize(HttpProbe& probe, const QString& state, const QString& scope,
                      const QString& challenge = {});
    SandboxFixture m_sandbox;
};

void TestSandboxGhlAuth::versionHeaderIsMandatory_data() {
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << 401 << text("version header was not found.");
    QTest::newRow("unknown") << QByteArray("2099-01-01") << 401 << text("version header is invalid");
    QTest::newRow("pinned 2021-07-28") << QByteArray("2021-07-28") << 200 << QString();
    QTest::newRow("calendars 2021-04-15") << QByteArray("2021-04-15") << 200 << QString();
    QTest::newRow("sdk default 2023-02-21") << QByteArray("2023-02-21") << 200 << QString();
    QTest::newRow("v3") << QByteArray("v3") << 200 << QString();
}

void TestSandboxGhlAuth::versionHeaderIsMandatory() {
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, message);
    HttpProbe probe = m_sandbox.probe();
    probe.setVersionHeader(version);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/"), {}, query);
    QCOMPARE(reply.status, status);
    if (!message.isEmpty())
        QCOMPARE(at(reply.json(), "message").toString(), message);
}

void TestSandboxGhlAuth::unknownTokensAreInvalidJwt() {
    HttpProbe probe(m_sandbox.baseUrl());
    probe.setGhlToken(QStringLiteral("garbage"));
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/x"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(at(reply.json(), "message").toString(), text("Invalid JWT"));
    HttpProbe anonymous(m_sandbox.baseUrl());
    QCOMPARE(anonymous.ghl("GET", QStringLiteral("/contacts/x")).status, 401);
}

void TestSandboxGhlAuth::readonlyTokenCannotWrite() {
    HttpProbe probe(m_sandbox.baseUrl());
    probe.setGhlToken(m_sandbox.readonlyToken());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/"), {}, query).status, 200);
    const qsizetype before = at(probe.state(), "ghl.contacts").toArray().size();
    const HttpResult write =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"No"})", {m_sandbox.locationId()}));
    QCOMPARE(write.status, 401);
    QCOMPARE(at(write.json(), "message").toString(), text("The token is not authorized for this scope."));
    QCOMPARE(at(probe.state(), "ghl.contacts").toArray().size(),
             before); // refused before anything was written
}

void TestSandboxGhlAuth::otherLocationsAreForbidden() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), QStringLiteral("someOtherLocation000"));
    const HttpResult reply = m_sandbox.probe().ghl("GET", QStringLiteral("/contacts/"), {}, query);
    QCOMPARE(reply.status, 403);
    QCOMPARE(at(reply.json(), "message").toString(),
             text("The token does not have access to this location."));
    const HttpResult fields =
        m_sandbox.probe().ghl("GET", QStringLiteral("/locations/someOtherLocation000/customFields"));
    QCOMPARE(fields.status, 403);
}

QString TestSandboxGhlAuth::authorize(HttpProbe& probe, const QString& state, const QString& scope,
                                      const QString& challenge) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"),
                       at(m_sandbox.credentials(), "ghl.oauthClientId").toString());
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
    query.addQueryItem(QStringLiteral("scope"), scope);
    query.addQueryItem(QStringLiteral("state"), state);
    if (!challenge.isEmpty()) {
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    const HttpResult reply =
        probe.send("GET", probe.url(QStringLiteral("/v2/oauth/chooselocation"), query), {}, {});
    if (reply.status != 302)
        return {};
    const QUrl location(QString::fromUtf8(reply.header("Location")));
    if (location.host() != QLatin1String("127.0.0.1") || location.path() != QLatin1String("/callback"))
        return {};
    if (QUrlQuery(location).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state)
        return {};
    return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
}

void TestSandboxGhlAuth::oauthCodeFlowIssuesRotatingTokens() {
    HttpProbe probe(m_sandbox.baseUrl());
    const QString code =
        authorize(probe, QStringLiteral("st@te 1/2"), QStringLiteral("contacts.readonly contacts.write"));
    QVERIFY(!code.isEmpty());

    QUrlQuery form = m_sandbox.oauthTokenForm(QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
    const HttpResult token = probe.postForm(QStringLiteral("/oauth/token"), form);
    QCOMPARE(token.status, 200);
    QCOMPARE(at(token.json(), "token_type").toString(), text("Bearer"));
    QCOMPARE(at(token.json(), "expires_in").toInt(), 86399);
    QCOMPARE(at(token.json(), "scope").toString(), text("contacts.readonly contacts.write"));
    QCOMPARE(at(token.json(), "locationId").toString(), m_sandbox.locationId());
    QCOMPARE(probe.postForm(QStringLiteral("/oauth/token"), form).status, 400); // a code is single-use

    probe.setGhlToken(at(token.json(), "access_token").toString());
    QCOMPARE(
        probe.ghl("GET", QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId())).status,
        401); // not granted

    QUrlQuery refresh = m_sandbox.oauthTokenForm(QStringLiteral("refresh_token"));
    refresh.addQueryItem(QStringLiteral("refresh_token"), at(token.json(), "refresh_token").toString());
    const HttpResult rotated = probe.postForm(QStringLiteral("/oauth/token"), refresh);
    QCOMPARE(rotated.status, 200);
    QVERIFY(at(rotated.json(), "refresh_token").toString() != at(token.json(), "refresh_token").toString());
    const HttpResult reused = probe.postForm(QStringLiteral("/oauth/token"), refresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(at(reused.json(), "message").toString(), text("Invalid grant: refresh token is invalid"));
    probe.setGhlToken(at(rotated.json(), "access_token").toString());
    QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/x")).status,
             400); // authorised; the contact does not exist
}

void TestSandboxGhlAuth::pkceBindsTheCodeToItsVerifier() {
    HttpProbe probe(m_sandbox.baseUrl());
    // RFC 7636 appendix B: this verifier's S256 challenge.
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const auto exchange = [&](const QString& code, const QString& codeVerifier) {
        QUrlQuery form = m_sandbox.oauthTokenForm(QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
        if (!codeVerifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
        return probe.postForm(QStringLiteral("/oauth/token"), form);
    };
    const QString wrongCode =
        authorize(probe, QStringLiteral("s1"), QStringLiteral("contacts.readonly"), challenge);
    QVERIFY(!wrongCode.isEmpty());
    const HttpResult wrong = exchange(wrongCode, verifier.left(42) + QLatin1Char('x'));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(at(wrong.json(), "message").toString(),
             text("Invalid grant: code_verifier does not match the code_challenge"));
    const QString missingCode =
        authorize(probe, QStringLiteral("s2"), QStringLiteral("contacts.readonly"), challenge);
    QCOMPARE(exchange(missingCode, {}).status, 400);
    const QString code =
        authorize(probe, QStringLiteral("s3"), QStringLiteral("contacts.readonly"), challenge);
    QCOMPARE(exchange(code, verifier).status, 200);

    QUrlQuery plain;
    plain.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    plain.addQueryItem(QStringLiteral("client_id"),
                       at(m_sandbox.credentials(), "ghl.oauthClientId").toString());
    plain.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
    plain.addQueryItem(QStringLiteral("code_challenge"), verifier);
    plain.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
    QCOMPARE(probe.send("GET", probe.url(QStringLiteral("/v2/oauth/chooselocation"), plain), {}, {}).status,
             400);
}

void TestSandboxGhlAuth::expiredAccessTokenIsRefused() {
    HttpProbe probe(m_sandbox.baseUrl());
    const QString code = authorize(probe, QStringLiteral("s"), QStringLiteral("contacts.readonly"));
    QUrlQuery form = m_sandbox.oauthTokenForm(QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    const QString accessToken =
        at(probe.postForm(QStringLiteral("/oauth/token"), form).json(), "access_token").toString();
    QVERIFY(!accessToken.isEmpty());
    probe.setGhlToken(accessToken);
    QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/x")).status, 400);
    const HttpResult expire = probe.postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"),
                                             jsonObject(R"({"token":"%1"})", {accessToken}));
    QCOMPARE(at(expire.json(), "expired").toInt(), 1);
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/x"));
    QCOMPARE(reply.status, 401);
    QVERIFY(at(reply.json(), "message").toString().contains(QLatin1String("expired")));
    // Private Integration Tokens do not expire: "expire all" only touches OAuth access tokens.
    probe.postJson(QStringLiteral("/__sandbox/ghl/expire-tokens"), QJsonObject());
    QCOMPARE(m_sandbox.probe().ghl("GET", QStringLiteral("/contacts/x")).status, 400);
}

void TestSandboxGhlAuth::tokenEndpointValidatesItsForm() {
    HttpProbe probe(m_sandbox.baseUrl());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"),
                      at(m_sandbox.credentials(), "ghl.oauthClientId").toString());
    form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("wrong"));
    const HttpResult missingGrant = probe.postForm(QStringLiteral("/oauth/token"), form);
    QCOMPARE(missingGrant.status, 422);
    QVERIFY(at(missingGrant.json(), "message").toArray().contains(text("grant_type should not be empty")));
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    QCOMPARE(probe.postForm(QStringLiteral("/oauth/token"), form).status, 401);
    // JSON instead of a form: every field reads as empty.
    QCOMPARE(probe.postJson(QStringLiteral("/oauth/token"), jsonObject(R"({"grant_type":"refresh_token"})"))
                 .status,
             422);
}

void TestSandboxGhlAuth::authorizePageRejectsUnknownClients() {
    HttpProbe probe(m_sandbox.baseUrl());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nobody"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/cb"));
    const HttpResult reply =
        probe.send("GET", probe.url(QStringLiteral("/v2/oauth/chooselocation"), query), {}, {});
    QCOMPARE(reply.status, 400);
    QVERIFY(at(reply.json(), "message").toString().startsWith(QLatin1String("No integration found")));
}

FIELDLINK_TEST_MAIN(TestSandboxGhlAuth, QCoreApplication)
#include "TestSandboxGhlAuth.moc"
