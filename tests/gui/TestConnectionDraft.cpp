#include "app/connections/ConnectionDraft.h"
#include "app/connections/UntestedChanges.h"
#include "core/api/GhlClient.h"
#include "core/api/GhlUnconfirmedSettings.h"
#include "core/api/KixieClient.h"
#include "core/auth/SecretRequests.h"
#include "support/TestEnvironment.h"

#include <QApplication>

using namespace fieldlink;
using store::SavedConnection;

/// The rules for saving the Connections form, without a window.
class TestConnectionDraft : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void problems_data();
    void problems();
    void aPrivateTokenSideCarriesItsSecret();
    void savedSidesKeepTheirKeychainAccount();
    void anOAuthGrantIsStoredWithItsClientSecret();
    void aSideWithoutItsIdIsNotSaved();
    void untestedChangesFollowEachSide();
    void aTestCountsOnlyForTheValuesItRanWith();
    void theUndocumentedGhlSettingsAreCheckedAndSaved();
};

namespace {
ConnectionDraft complete() {
    ConnectionDraft form;
    form.name = QStringLiteral("Acme");
    form.ghlToken = QStringLiteral("pit-1");
    form.locationId = QStringLiteral("loc1");
    form.kixieApiKey = QStringLiteral("key-1");
    form.kixieBusinessId = QStringLiteral("42");
    return form;
}
} // namespace

void TestConnectionDraft::problems_data() {
    QTest::addColumn<ConnectionDraft>("form");
    QTest::addColumn<bool>("nameTaken");
    QTest::addColumn<QString>("problem");
    ConnectionDraft form = complete();
    QTest::newRow("complete") << form << false << QString();
    QTest::newRow("name taken")
        << form << true << ConnectionDraft::tr("A connection named \"%1\" already exists.").arg(form.name);
    form.name.clear();
    QTest::newRow("no name") << form << false << ConnectionDraft::tr("Give the connection a name.");
    form = complete();
    form.locationId.clear();
    QTest::newRow("token without location")
        << form << false << ConnectionDraft::tr("Enter the HighLevel location ID the token belongs to.");
    form = complete();
    form.kixieBusinessId.clear();
    QTest::newRow("key without business id")
        << form << false << ConnectionDraft::tr("Enter the Kixie Business ID that goes with the API key.");
    form = ConnectionDraft{};
    form.name = QStringLiteral("Empty");
    QTest::newRow("neither side") << form << false
                                  << ConnectionDraft::tr(
                                         "Enter a HighLevel location ID, a Kixie Business ID, or both.");
    form = complete();
    form.ghlBaseUrl = QStringLiteral("services leadconnector");
    QTest::newRow("not an address")
        << form << false
        << ConnectionDraft::tr("\"%1\" is not a web address (https://…).").arg(form.ghlBaseUrl);
    form = complete();
    form.kixieBaseUrl = QStringLiteral("ftp://apig.kixie.com");
    QTest::newRow("not a web scheme")
        << form << false
        << ConnectionDraft::tr("\"%1\" is not a web address (https://…).").arg(form.kixieBaseUrl);
    form = complete();
    form.ghlBaseUrl = QStringLiteral("http://127.0.0.1:8787");
    QTest::newRow("the sandbox's address") << form << false << QString();
}

void TestConnectionDraft::problems() {
    QFETCH(ConnectionDraft, form);
    QFETCH(bool, nameTaken);
    QFETCH(QString, problem);
    const fieldlink::Result<> savable = form.check(nameTaken);
    QCOMPARE(savable.ok(), problem.isEmpty());
    QCOMPARE(savable.error(), problem);
}

void TestConnectionDraft::aPrivateTokenSideCarriesItsSecret() {
    const auto sides = complete().sides(std::nullopt, std::nullopt);
    QCOMPARE(sides.size(), 2);
    const SavedConnection& ghl = sides.at(0).row;
    QCOMPARE(ghl.service, SavedConnection::Service::Ghl);
    QCOMPARE(ghl.name, QStringLiteral("Acme"));
    QCOMPARE(ghl.baseUrl, api::GhlSettings{}.baseUrl); // empty field: the documented address
    QCOMPARE(ghl.authKind, store::ConnectionAuthKind::privateToken);
    QCOMPARE(ghl.environment, SavedConnection::Environment::Production);
    QCOMPARE(sides.at(0).secret, (QJsonObject{{auth::SecretKey::privateToken, QStringLiteral("pit-1")}}));
    QCOMPARE(sides.at(1).row.baseUrl, api::KixieSettings{}.baseUrl);
    QCOMPARE(sides.at(1).row.accountId, QStringLiteral("42"));
    QCOMPARE(sides.at(1).secret, (QJsonObject{{auth::SecretKey::apiKey, QStringLiteral("key-1")}}));
    // Nothing secret in the rows themselves.
    for (const auto& side : sides)
        QVERIFY(!QJsonDocument(side.row.settings).toJson().contains("pit-1"));
}

void TestConnectionDraft::savedSidesKeepTheirKeychainAccount() {
    SavedConnection saved;
    saved.id = 7;
    saved.secretAccount = QStringLiteral("ghl:existing");
    saved.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
    ConnectionDraft form = complete();
    form.ghlToken.clear(); // not retyped: the stored token stays
    form.sandbox = true;
    const auto sides = form.sides(saved, std::nullopt);
    QCOMPARE(sides.at(0).row.id, 7);
    QCOMPARE(sides.at(0).row.secretAccount, QStringLiteral("ghl:existing"));
    QCOMPARE(sides.at(0).row.createdAt, saved.createdAt);
    QCOMPARE(sides.at(0).row.environment, SavedConnection::Environment::Sandbox);
    QVERIFY(sides.at(0).secret.isEmpty());
}

void TestConnectionDraft::anOAuthGrantIsStoredWithItsClientSecret() {
    ConnectionDraft form = complete();
    form.oauth = true;
    form.oauthClientId = QStringLiteral("client-1");
    form.oauthClientSecret = QStringLiteral("secret-1");
    form.oauthRedirectPort = 50001;
    auth::OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("access");
    tokens.refreshToken = QStringLiteral("refresh");
    form.pendingOAuth = tokens;
    const auto sides = form.sides(std::nullopt, std::nullopt);
    const ConnectionSideToSave& ghl = sides.at(0);
    QCOMPARE(ghl.row.authKind, store::ConnectionAuthKind::oauth);
    QCOMPARE(ghl.row.settings.value(store::ConnectionSetting::oauthClientId).toString(),
             QStringLiteral("client-1"));
    QCOMPARE(ghl.row.settings.value(store::ConnectionSetting::oauthRedirectPort).toInt(), 50001);
    QCOMPARE(ghl.secret.value(QLatin1String("refreshToken")).toString(), QStringLiteral("refresh"));
    QCOMPARE(ghl.secret.value(auth::SecretKey::clientSecret).toString(), QStringLiteral("secret-1"));
    QVERIFY(!ghl.secret.contains(auth::SecretKey::privateToken)); // a typed PIT does not ride along
}

void TestConnectionDraft::aSideWithoutItsIdIsNotSaved() {
    ConnectionDraft form = complete();
    form.locationId.clear();
    form.ghlToken.clear();
    const auto sides = form.sides(std::nullopt, std::nullopt);
    QCOMPARE(sides.size(), 1);
    QCOMPARE(sides.at(0).row.service, SavedConnection::Service::Kixie);
}

void TestConnectionDraft::untestedChangesFollowEachSide() {
    using State = UntestedChanges::State;
    using Side = UntestedChanges::Side;
    UntestedChanges untested;
    ConnectionDraft form = complete();
    untested.load(form);
    QCOMPARE(untested.state(Side::Ghl, form), State::Unchanged);
    QVERIFY(untested.saveQuestion(form).isEmpty());
    // A new name is not a new connection to test.
    form.name = QStringLiteral("Acme Roofing");
    QVERIFY(untested.saveQuestion(form).isEmpty());
    // A new token is.
    form.ghlToken = QStringLiteral("pit-2");
    QCOMPARE(untested.state(Side::Ghl, form), State::Untested);
    QCOMPARE(untested.state(Side::Kixie, form), State::Unchanged);
    QVERIFY(untested.saveQuestion(form).contains(QLatin1String("HighLevel was changed")));
    QVERIFY(!untested.saveQuestion(form).contains(QLatin1String("Kixie")));
    // Put back as it was: nothing to ask.
    form.ghlToken = QStringLiteral("pit-1");
    QCOMPARE(untested.state(Side::Ghl, form), State::Unchanged);
    // Switching to OAuth changes the side even before anything is typed.
    form.oauth = true;
    QCOMPARE(untested.state(Side::Ghl, form), State::Untested);
}

void TestConnectionDraft::aTestCountsOnlyForTheValuesItRanWith() {
    using State = UntestedChanges::State;
    using Side = UntestedChanges::Side;
    UntestedChanges untested;
    ConnectionDraft form = complete();
    untested.load(form);
    form.kixieApiKey = QStringLiteral("key-2");
    untested.testStarted(Side::Kixie, form);
    // Still running: not shown to work yet.
    QCOMPARE(untested.state(Side::Kixie, form), State::Untested);
    untested.testFinished(Side::Kixie, false);
    QCOMPARE(untested.state(Side::Kixie, form), State::Failed);
    QVERIFY(untested.saveQuestion(form).contains(QLatin1String("The Kixie test failed.")));
    QVERIFY(!untested.lastTestWasOfTheShownValues(Side::Kixie));
    untested.testStarted(Side::Kixie, form);
    untested.testFinished(Side::Kixie, true);
    QCOMPARE(untested.state(Side::Kixie, form), State::Passed);
    QVERIFY(untested.saveQuestion(form).isEmpty());
    // Typed over after the test: untested again.
    form.kixieBusinessId = QStringLiteral("43");
    QCOMPARE(untested.state(Side::Kixie, form), State::Untested);
    // A test of the values as shown (the saved ones) is what says whether the saved connection works.
    untested.load(complete());
    untested.testStarted(Side::Ghl, complete());
    QVERIFY(untested.lastTestWasOfTheShownValues(Side::Ghl));
}

void TestConnectionDraft::theUndocumentedGhlSettingsAreCheckedAndSaved() {
    ConnectionDraft form = complete();
    form.taskSearchContacts = 0;
    QVERIFY2(form.check(false).error().contains(QLatin1String("Contacts per task search")),
             qPrintable(form.check(false).error()));
    form.taskSearchContacts = 10;
    form.taskSearchPageSize = 5000;
    QVERIFY2(form.check(false).error().contains(QLatin1String("Tasks per page")),
             qPrintable(form.check(false).error()));
    form.taskSearchPageSize = 250;
    form.sendCompanyName = true;
    QVERIFY(form.check(false));

    const SavedConnection ghl = form.sides(std::nullopt, std::nullopt).at(0).row;
    api::GhlSettings read;
    api::GhlUnconfirmedSettings::read(ghl.settings, read);
    QCOMPARE(read.taskSearchContacts, 10);
    QCOMPARE(read.taskSearchPageSize, 250);
    QCOMPARE(read.sendCompanyNameOnUpdate, true);
    // What a connection test and a run use is what the form holds.
    QCOMPARE(form.ghlSettings().taskSearchContacts, 10);
    QCOMPARE(form.ghlSettings().locationId, QStringLiteral("loc1"));
}

FIELDLINK_TEST_MAIN(TestConnectionDraft, QApplication)
#include "TestConnectionDraft.moc"
