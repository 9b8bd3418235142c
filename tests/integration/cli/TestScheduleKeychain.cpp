// A schedule's command reaches the connection's secrets headless: the crontab line Fieldlink shows, run the
// way cron runs it (a bare environment, /bin/sh, no display, no FIELDLINK_* variables), finds the Secret
// Service of the session over the bus the line names and syncs against the sandbox. A systemd user service
// gets the same bus from the user manager.
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/SecretRequests.h"
#include "core/schedule/CrontabLine.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::test;
using store::SavedConnection;

class TestScheduleKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theCrontabLineReachesTheKeychainInCronsBareEnvironment();

private:
    bool writeKeychain(const QString& account, const QJsonObject& secret) {
        auth::KeychainSecretStore store;
        QSignalSpy written(&store, &auth::SecretStore::writeFinished);
        store.write(account, secret);
        return written.wait(10000) && written.at(0).at(1).value<auth::SecretError>().ok();
    }

    QTemporaryDir m_dir;
};

void TestScheduleKeychain::theCrontabLineReachesTheKeychainInCronsBareEnvironment() {
    // The session bus as a socket path, put where the line looks for it: <runtime dir>/bus.
    const QRegularExpressionMatch bus = QRegularExpression(QStringLiteral("unix:path=([^,]+)"))
                                            .match(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    if (!bus.hasMatch())
        QSKIP("needs a session bus at a socket path (run under dbus-run-session -- scripts/with-keyring.sh)");
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::link(bus.captured(1), runtime + QStringLiteral("/bus")));

    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString databasePath = m_dir.filePath(QStringLiteral("app.sqlite"));
    {
        store::Database database;
        QVERIFY(database.open(databasePath, QStringLiteral("setup")).ok());
        store::ConnectionRepository repository(database.connection());
        SavedConnection ghl;
        ghl.service = SavedConnection::Service::Ghl;
        ghl.name = QStringLiteral("Acme Roofing");
        ghl.environment = SavedConnection::Environment::Sandbox;
        ghl.baseUrl = QUrl(sandbox.baseUrl());
        ghl.accountId = sandbox.locationId();
        ghl.authKind = store::ConnectionAuthKind::privateToken;
        SavedConnection kixie = ghl;
        kixie.service = SavedConnection::Service::Kixie;
        kixie.accountId = sandbox.kixieBusinessId();
        kixie.authKind = store::ConnectionAuthKind::apiKey;
        QVERIFY(repository.save(ghl) && repository.save(kixie));
        QVERIFY(writeKeychain(ghl.secretAccount, {{auth::SecretKey::privateToken, sandbox.ghlToken()}}));
        QVERIFY(writeKeychain(kixie.secretAccount, {{auth::SecretKey::apiKey, sandbox.kixieApiKey()}}));
    }

    schedule::Schedule periodic;
    periodic.name = QStringLiteral("acme");
    periodic.connection = QStringLiteral("Acme Roofing");
    periodic.profile = QStringLiteral("ghl-contacts-to-kixie-powerlist");
    periodic.everyMinutes = 15;
    periodic.cliPath = QStringLiteral(CLI_EXECUTABLE);
    periodic.databasePath = databasePath;
    const QString line = schedule::CrontabLine::lines(periodic, runtime).constFirst();
    const QString fields = schedule::CrontabLine::timeFields(15) + QLatin1Char(' ');
    QVERIFY(line.startsWith(fields));
    QString command = line.mid(fields.size());
    command.replace(QLatin1String("\\%"), QLatin1String("%")); // what cron does before /bin/sh -c

    // cron's environment: HOME, LOGNAME, PATH and SHELL, nothing else (no display, no session variables).
    QProcess cron;
    cron.setProcessEnvironment(QProcessEnvironment());
    cron.start(QStringLiteral("/usr/bin/env"),
               {QStringLiteral("-i"), QStringLiteral("HOME=") + QDir::homePath(),
                QStringLiteral("LOGNAME=fieldlink"), QStringLiteral("PATH=/usr/bin:/bin"),
                QStringLiteral("SHELL=/bin/sh"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                command + QStringLiteral(" --json")});
    QVERIFY(cron.waitForFinished(120000));
    const QByteArray output = cron.readAllStandardOutput();
    QVERIFY2(cron.exitCode() == 0, QByteArray(output + cron.readAllStandardError()).constData());
    const QJsonObject summary = QJsonDocument::fromJson(output.trimmed().split('\n').constLast()).object();
    QVERIFY2(at(summary, "apiCalls.ghl").toInt() > 0, output.constData());
    QVERIFY2(at(summary, "created").toInt() > 0, output.constData());

    // The secrets came through that bus: without it the same line reaches no keychain and sends nothing.
    QString unreachable = schedule::CrontabLine::lines(periodic, m_dir.filePath(QStringLiteral("no-bus")))
                              .constFirst()
                              .mid(fields.size());
    unreachable.replace(QLatin1String("\\%"), QLatin1String("%"));
    QProcess withoutBus;
    withoutBus.setProcessEnvironment(QProcessEnvironment());
    withoutBus.start(QStringLiteral("/usr/bin/env"),
                     {QStringLiteral("-i"), QStringLiteral("HOME=") + QDir::homePath(),
                      QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                      unreachable});
    QVERIFY(withoutBus.waitForFinished(120000));
    const QString said = QString::fromLocal8Bit(withoutBus.readAllStandardError());
    QCOMPARE(withoutBus.exitCode(), 2);
    QVERIFY2(said.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(said));
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), at(summary, "apiCalls.kixie").toInt());
}

QTEST_GUILESS_MAIN(TestScheduleKeychain)
#include "TestScheduleKeychain.moc"
