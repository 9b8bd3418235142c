#include "core/api/GhlUnconfirmedSettings.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"
#include "support/TestEnvironment.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// Saved connections in a real SQLite file: what the app saves and `fieldlink-cli --connection` finds.
class TestConnectionRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savesAndFindsBothSidesByName();
    void savingAgainUpdatesButKeepsTheKeychainAccount();
    void theSecretAgeIsKeptAndCleared();
    void renameKeepsTheKeychainAccounts();
    void removeDeletesOneSide();
    void listsByNameWithSidesTogether();
    void survivesReopening();
    void theUnconfirmedGhlSettingsRoundTrip();

private:
    static SavedConnection side(const QString& name, SavedConnection::Service service);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConnectionRepository> m_repository;
};

SavedConnection TestConnectionRepository::side(const QString& name, SavedConnection::Service service) {
    SavedConnection connection;
    connection.service = service;
    connection.name = name;
    connection.baseUrl =
        QUrl(service == SavedConnection::Service::Ghl ? QStringLiteral("https://ghl.example")
                                                      : QStringLiteral("https://kixie.example"));
    connection.accountId =
        service == SavedConnection::Service::Ghl ? QStringLiteral("loc1") : QStringLiteral("42");
    connection.authKind = service == SavedConnection::Service::Ghl ? ConnectionAuthKind::privateToken
                                                                   : ConnectionAuthKind::apiKey;
    return connection;
}

void TestConnectionRepository::init() {
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened = m_database->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        QStringLiteral("connections"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_repository = std::make_unique<ConnectionRepository>(m_database->connection());
}

void TestConnectionRepository::cleanup() {
    m_repository.reset();
    m_database.reset();
}

void TestConnectionRepository::savesAndFindsBothSidesByName() {
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    ghl.settings = {{ConnectionSetting::oauthClientId, QStringLiteral("client-1")}};
    SavedConnection kixie = side(QStringLiteral("Acme"), SavedConnection::Service::Kixie);
    const Result<> savedGhl = m_repository->save(ghl);
    QVERIFY2(savedGhl, qPrintable(savedGhl.error()));
    const Result<> savedKixie = m_repository->save(kixie);
    QVERIFY2(savedKixie, qPrintable(savedKixie.error()));
    QVERIFY(ghl.id > 0 && kixie.id > 0 && ghl.id != kixie.id);
    QVERIFY(ghl.secretAccount.startsWith(QLatin1String("ghl:")));
    QVERIFY(kixie.secretAccount.startsWith(QLatin1String("kixie:")));
    QVERIFY(ghl.secretAccount != kixie.secretAccount);

    const auto found = m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(found);
    QCOMPARE(found->id, ghl.id);
    QCOMPARE(found->baseUrl, QUrl(QStringLiteral("https://ghl.example")));
    QCOMPARE(found->accountId, QStringLiteral("loc1"));
    QCOMPARE(found->authKind, ConnectionAuthKind::privateToken);
    QCOMPARE(found->settings.value(ConnectionSetting::oauthClientId).toString(), QStringLiteral("client-1"));
    QCOMPARE(found->environment, SavedConnection::Environment::Production);
    QVERIFY(found->createdAt.isValid());
    QVERIFY(!found->secretSavedAt);
    QVERIFY(!m_repository->find(QStringLiteral("acme"), SavedConnection::Service::Ghl)); // names are exact
    QVERIFY(!m_repository->find(QStringLiteral("Other"), SavedConnection::Service::Kixie));
}

void TestConnectionRepository::savingAgainUpdatesButKeepsTheKeychainAccount() {
    SavedConnection first = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(m_repository->save(first));
    // A second save of the same name and service, as the form does, with no id or account known.
    SavedConnection again = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    again.accountId = QStringLiteral("loc2");
    again.environment = SavedConnection::Environment::Sandbox;
    QVERIFY(m_repository->save(again));
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.secretAccount, first.secretAccount); // the secret stored under it is still found
    QCOMPARE(again.createdAt, first.createdAt);
    QCOMPARE(m_repository->all().size(), 1);
    QCOMPARE(m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl)->accountId,
             QStringLiteral("loc2"));
    QCOMPARE(m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl)->environment,
             SavedConnection::Environment::Sandbox);
}

void TestConnectionRepository::theSecretAgeIsKeptAndCleared() {
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(m_repository->save(ghl));
    const QDateTime savedAt = QDateTime::currentDateTimeUtc().addDays(-91);
    QVERIFY(m_repository->markSecretSaved(ghl.id, savedAt));
    auto found = m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(found->secretSavedAt);
    QCOMPARE(found->secretSavedAt->toMSecsSinceEpoch(), savedAt.toMSecsSinceEpoch());
    // Saving the non-secret part again does not make the secret look new.
    SavedConnection again = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(m_repository->save(again));
    QCOMPARE(again.secretSavedAt->toMSecsSinceEpoch(), savedAt.toMSecsSinceEpoch());
    QVERIFY(m_repository->clearSecretSaved(ghl.id));
    QVERIFY(!m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl)->secretSavedAt);
}

void TestConnectionRepository::renameKeepsTheKeychainAccounts() {
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    SavedConnection kixie = side(QStringLiteral("Acme"), SavedConnection::Service::Kixie);
    QVERIFY(m_repository->save(ghl) && m_repository->save(kixie));
    QVERIFY(m_repository->rename(QStringLiteral("Acme"), QStringLiteral("Acme Roofing")));
    QVERIFY(!m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl));
    QCOMPARE(m_repository->find(QStringLiteral("Acme Roofing"), SavedConnection::Service::Ghl)->secretAccount,
             ghl.secretAccount);
    QCOMPARE(
        m_repository->find(QStringLiteral("Acme Roofing"), SavedConnection::Service::Kixie)->secretAccount,
        kixie.secretAccount);
    // Onto a name that is taken: refused whole, nothing half-renamed.
    SavedConnection other = side(QStringLiteral("Other"), SavedConnection::Service::Ghl);
    QVERIFY(m_repository->save(other));
    const Result<> renamed = m_repository->rename(QStringLiteral("Acme Roofing"), QStringLiteral("Other"));
    QVERIFY(!renamed);
    QVERIFY(!renamed.error().isEmpty());
    QVERIFY(m_repository->find(QStringLiteral("Acme Roofing"), SavedConnection::Service::Kixie));
    QVERIFY(m_repository->find(QStringLiteral("Acme Roofing"), SavedConnection::Service::Ghl));
}

void TestConnectionRepository::removeDeletesOneSide() {
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    SavedConnection kixie = side(QStringLiteral("Acme"), SavedConnection::Service::Kixie);
    QVERIFY(m_repository->save(ghl) && m_repository->save(kixie));
    QVERIFY(m_repository->remove(ghl.id));
    QVERIFY(!m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl));
    QVERIFY(m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Kixie));
}

void TestConnectionRepository::listsByNameWithSidesTogether() {
    for (const QString& name : {QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a")}) {
        SavedConnection kixie = side(name, SavedConnection::Service::Kixie);
        SavedConnection ghl = side(name, SavedConnection::Service::Ghl);
        QVERIFY(m_repository->save(kixie) && m_repository->save(ghl));
    }
    QStringList order;
    for (const SavedConnection& connection : m_repository->all())
        order << connection.name + QLatin1Char('/') + SavedConnection::serviceId(connection.service);
    QCOMPARE(order,
             (QStringList{QStringLiteral("A/ghl"), QStringLiteral("A/kixie"), QStringLiteral("a/ghl"),
                          QStringLiteral("a/kixie"), QStringLiteral("b/ghl"), QStringLiteral("b/kixie")}));
}

void TestConnectionRepository::survivesReopening() {
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(m_repository->save(ghl));
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path, QStringLiteral("first")).ok());
        ConnectionRepository repository(database.connection());
        SavedConnection kixie = side(QStringLiteral("Kept"), SavedConnection::Service::Kixie);
        QVERIFY(repository.save(kixie));
    }
    Database reopened;
    QVERIFY(reopened.open(path, QStringLiteral("second")).ok());
    ConnectionRepository repository(reopened.connection());
    QCOMPARE(repository.find(QStringLiteral("Kept"), SavedConnection::Service::Kixie)->accountId,
             QStringLiteral("42"));
}

void TestConnectionRepository::theUnconfirmedGhlSettingsRoundTrip() {
    api::GhlSettings chosen;
    chosen.sendCompanyNameOnUpdate = true;
    chosen.taskSearchPageSize = 250;
    chosen.taskSearchContacts = 10;
    SavedConnection ghl = side(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    ghl.settings = {{ConnectionSetting::oauthClientId, QStringLiteral("client-1")}};
    api::GhlUnconfirmedSettings::write(chosen, ghl.settings);
    const Result<> saved = m_repository->save(ghl);
    QVERIFY2(saved, qPrintable(saved.error()));

    const auto found = m_repository->find(QStringLiteral("Acme"), SavedConnection::Service::Ghl);
    QVERIFY(found);
    api::GhlSettings loaded;
    api::GhlUnconfirmedSettings::read(found->settings, loaded);
    QCOMPARE(loaded.sendCompanyNameOnUpdate, true);
    QCOMPARE(loaded.taskSearchPageSize, 250);
    QCOMPARE(loaded.taskSearchContacts, 10);
    QCOMPARE(found->settings.value(ConnectionSetting::oauthClientId).toString(), QStringLiteral("client-1"));

    // A connection saved before these settings existed, or one edited out of range by hand, gets the
    // defaults.
    SavedConnection older = side(QStringLiteral("Older"), SavedConnection::Service::Ghl);
    older.settings = {{api::GhlUnconfirmedSettings::taskSearchContactsKey, 5000}};
    QVERIFY(m_repository->save(older));
    api::GhlSettings fallback;
    fallback.taskSearchContacts = 7;
    api::GhlUnconfirmedSettings::read(
        m_repository->find(QStringLiteral("Older"), SavedConnection::Service::Ghl)->settings, fallback);
    QCOMPARE(fallback.taskSearchContacts, api::GhlSettings{}.taskSearchContacts);
    QCOMPARE(fallback.taskSearchPageSize, api::GhlSettings{}.taskSearchPageSize);
    QCOMPARE(fallback.sendCompanyNameOnUpdate, false);
}

FIELDLINK_TEST_MAIN(TestConnectionRepository, QCoreApplication)
#include "TestConnectionRepository.moc"
