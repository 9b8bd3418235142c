// Secret stores against a real Secret Service: gnome-keyring in the private D-Bus session that
// scripts/test.sh starts (scripts/with-keyring.sh). The session-only store must behave the same.
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretStore.h"
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>

using namespace fieldlink::auth;

namespace {

struct ReadResult {
    QJsonObject secret;
    SecretError error;
};

ReadResult readBack(SecretStore& store, const QString& account) {
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(account);
    if (spy.isEmpty() && !spy.wait(10000))
        return {{}, {SecretError::Kind::Other, QStringLiteral("no answer")}};
    return {spy.first().at(1).toJsonObject(), spy.first().at(2).value<SecretError>()};
}

SecretError writeAndWait(SecretStore& store, const QString& account, const QJsonObject& secret) {
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(account, secret);
    if (spy.isEmpty() && !spy.wait(10000))
        return {SecretError::Kind::Other, QStringLiteral("no answer")};
    return spy.first().at(1).value<SecretError>();
}

SecretError removeAndWait(SecretStore& store, const QString& account) {
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(account);
    if (spy.isEmpty() && !spy.wait(10000))
        return {SecretError::Kind::Other, QStringLiteral("no answer")};
    return spy.first().at(1).value<SecretError>();
}

std::unique_ptr<SecretStore> makeStore(const QString& kind) {
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>(QStringLiteral("Fieldlink tests"));
    return std::make_unique<MemorySecretStore>();
}

} // namespace

class TestSecretStores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeFindsTheSystemKeychain();
    void oneBlobPerAccountRoundTrips_data();
    void oneBlobPerAccountRoundTrips();
    void secretsNeverReachSettingsOrDataFiles();
};

void TestSecretStores::initTestCase() {
    qRegisterMetaType<SecretError>();
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "keychain tests need a Secret Service: run them through scripts/test.sh (dbus-run-session + "
             "scripts/with-keyring.sh)");
}

void TestSecretStores::probeFindsTheSystemKeychain() {
    KeychainSecretStore store(QStringLiteral("Fieldlink tests"));
    QSignalSpy spy(&store, &KeychainSecretStore::probeFinished);
    store.probe();
    QVERIFY(spy.wait(10000));
    QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
    // The probe cleans up after itself.
    QTRY_COMPARE_WITH_TIMEOUT(readBack(store, QStringLiteral("fieldlink-keychain-probe")).error.kind,
                              SecretError::Kind::NotFound, 5000);
}

void TestSecretStores::oneBlobPerAccountRoundTrips_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("system keychain") << QStringLiteral("keychain");
    QTest::newRow("session only") << QStringLiteral("memory");
}

void TestSecretStores::oneBlobPerAccountRoundTrips() {
    QFETCH(QString, kind);
    auto store = makeStore(kind);
    QCOMPARE(store->persists(), kind == QLatin1String("keychain"));
    const QString ghl = QStringLiteral("ghl:location-%1").arg(QCoreApplication::applicationPid());
    const QString kixie = QStringLiteral("kixie:business-%1").arg(QCoreApplication::applicationPid());
    const QJsonObject oauth{{QStringLiteral("accessToken"), QStringLiteral("oat-first")},
                            {QStringLiteral("refreshToken"), QStringLiteral("ort-first")},
                            {QStringLiteral("expiresAt"), 1764000000}};
    QVERIFY(writeAndWait(*store, ghl, oauth).ok());
    QVERIFY(writeAndWait(*store, kixie, {{QStringLiteral("apiKey"), QStringLiteral("k-1")}}).ok());
    QCOMPARE(readBack(*store, ghl).secret, oauth);

    // A refresh rotates both tokens: one write replaces the whole blob, so they never disagree.
    QJsonObject rotated = oauth;
    rotated[QStringLiteral("accessToken")] = QStringLiteral("oat-second");
    rotated[QStringLiteral("refreshToken")] = QStringLiteral("ort-second");
    QVERIFY(writeAndWait(*store, ghl, rotated).ok());
    QCOMPARE(readBack(*store, ghl).secret, rotated);
    QCOMPARE(readBack(*store, kixie).secret.value(QLatin1String("apiKey")).toString(), QStringLiteral("k-1"));

    // Forget removes it; forgetting again is not an error.
    QVERIFY(removeAndWait(*store, ghl).ok());
    const ReadResult gone = readBack(*store, ghl);
    QCOMPARE(gone.error.kind, SecretError::Kind::NotFound);
    QVERIFY(!gone.error.message.isEmpty());
    QVERIFY(gone.secret.isEmpty());
    QVERIFY(removeAndWait(*store, ghl).ok());
    QVERIFY(removeAndWait(*store, kixie).ok());
}

void TestSecretStores::secretsNeverReachSettingsOrDataFiles() {
    KeychainSecretStore store(QStringLiteral("Fieldlink tests"));
    const QString marker = QStringLiteral("pit-secret-marker-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(writeAndWait(store, QStringLiteral("ghl:scan"), {{QStringLiteral("token"), marker}}).ok());
    QSettings().sync();
    // Everything this process may write lives under the isolated XDG directories.
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        QDirIterator it(qEnvironmentVariable(variable), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(removeAndWait(store, QStringLiteral("ghl:scan")).ok());
}

FIELDLINK_TEST_MAIN(TestSecretStores, QCoreApplication)
#include "TestSecretStores.moc"
