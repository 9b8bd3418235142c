// `fieldlink --sandbox` on a desktop with no secret service at all — the session bus disabled, as on a bare
// window manager or a server with X forwarding: the real program, offscreen, in a home of its own. It must go
// on past "Starting the built-in sandbox…", say once that secrets are kept for this session only, and work.
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QUuid>

using namespace fieldlink;

class TestFirstRunWithoutKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theSandboxStartsWorksAndSaysOnceThatSecretsAreForThisSession();
};

void TestFirstRunWithoutKeychain::theSandboxStartsWorksAndSaysOnceThatSecretsAreForThisSession() {
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fieldlink.*.info=true"));
    const QString database = home.filePath(QStringLiteral("fieldlink.sqlite"));
    QProcess fieldlink;
    fieldlink.setProcessEnvironment(environment);
    fieldlink.setProcessChannelMode(QProcess::MergedChannels);
    fieldlink.start(QStringLiteral(FIELDLINK_EXECUTABLE),
                    {QStringLiteral("--sandbox"), QStringLiteral("--db"), database});
    QVERIFY2(fieldlink.waitForStarted(), qPrintable(fieldlink.errorString()));

    // It works: the sandbox's connection is saved (its secrets held in memory), and the program remembers it
    // as the connection that worked, which it does once both connection tests have passed.
    const QString settingsFile = home.filePath(QStringLiteral("config/Fieldlink/Fieldlink.conf"));
    const auto lastWorking = [&settingsFile] {
        return QSettings(settingsFile, QSettings::IniFormat)
            .value(QStringLiteral("connections/lastWorking"))
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(lastWorking(), QStringLiteral("Sandbox"), 60000);
    {
        store::Database opened;
        QVERIFY(opened.open(database, QUuid::createUuid().toString()).ok());
        const auto ghl = store::ConnectionRepository(opened.connection())
                             .find(QStringLiteral("Sandbox"), store::SavedConnection::Service::Ghl);
        QVERIFY(ghl && ghl->secretSavedAt);
    }
    QCOMPARE(fieldlink.state(), QProcess::Running);
    fieldlink.terminate();
    QVERIFY(fieldlink.waitForFinished(10000));
    // Said once, not once per secret.
    const QString output = QString::fromLocal8Bit(fieldlink.readAll());
    QCOMPARE(output.count(QLatin1String("this session only")), 1);
}

FIELDLINK_TEST_MAIN(TestFirstRunWithoutKeychain, QCoreApplication)
#include "TestFirstRunWithoutKeychain.moc"
