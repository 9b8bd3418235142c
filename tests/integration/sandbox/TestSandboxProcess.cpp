// The fieldlink-sandbox executable: first line, loopback only, clean stop on SIGTERM, --state round trip.
#include "sandbox/SandboxServer.h"
#include "support/HttpProbe.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace fieldlink::test;

class TestSandboxProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsItsAddressFirstAndStopsOnSigterm();
    void stateFileSurvivesARestart();
    void rejectsUnknownOptions();
    void stopsRightAfterStarting();

private:
    /// Starts the executable and returns its base URL from the first line, or an empty string.
    QString start(QProcess& process, const QStringList& arguments);
};

QString TestSandboxProcess::start(QProcess& process, const QStringList& arguments) {
    process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
    if (!process.waitForStarted(10000))
        return {};
    QDeadlineTimer deadline(10000);
    while (!process.canReadLine() && !deadline.hasExpired())
        process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^fieldlink-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

void TestSandboxProcess::printsItsAddressFirstAndStopsOnSigterm() {
    QProcess process;
    const QString baseUrl = start(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--contacts"), QStringLiteral("5")});
    QVERIFY2(!baseUrl.isEmpty(), "first line must be 'fieldlink-sandbox listening on http://127.0.0.1:PORT'");
    HttpProbe probe(baseUrl);
    QCOMPARE(at(probe.state(), "ghl.contacts").toArray().size(), 5);
    probe.closeConnections();
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxProcess::stateFileSurvivesARestart() {
    QTemporaryDir directory;
    const QString stateFile = directory.filePath(QStringLiteral("world.json"));
    QString contactId;
    {
        QProcess process;
        const QString baseUrl = start(process, {QStringLiteral("--contacts"), QStringLiteral("3"),
                                                QStringLiteral("--state"), stateFile});
        QVERIFY(!baseUrl.isEmpty());
        HttpProbe probe(baseUrl);
        const QJsonObject credentials = probe.get(QStringLiteral("/__sandbox/credentials")).json();
        probe.setGhlToken(at(credentials, "ghl.token").toString());
        const HttpResult created = probe.ghl("POST", QStringLiteral("/contacts/"),
                                             jsonObject(R"({"locationId":"%1","firstName":"Persistent"})",
                                                        {at(credentials, "ghl.locationId").toString()}));
        QCOMPARE(created.status, 201);
        contactId = at(created.json(), "contact.id").toString();
        probe.closeConnections();
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }
    QVERIFY(QFile::exists(stateFile));
    QProcess process;
    // A different seed and count: the state file wins over both.
    const QString baseUrl =
        start(process, {QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--contacts"),
                        QStringLiteral("50"), QStringLiteral("--state"), stateFile});
    QVERIFY(!baseUrl.isEmpty());
    HttpProbe probe(baseUrl);
    const QJsonArray contacts = at(probe.state(), "ghl.contacts").toArray();
    QCOMPARE(contacts.size(), 4);
    const QJsonObject credentials = probe.get(QStringLiteral("/__sandbox/credentials")).json();
    probe.setGhlToken(at(credentials, "ghl.token").toString());
    QCOMPARE(
        at(probe.ghl("GET", QStringLiteral("/contacts/") + contactId).json(), "contact.firstName").toString(),
        text("Persistent"));
    probe.closeConnections();
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxProcess::rejectsUnknownOptions() {
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--no-such-flag")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("unknown option --no-such-flag"));
    process.start(QStringLiteral(SANDBOX_EXECUTABLE), {QStringLiteral("--faults"), QStringLiteral("5xx=2")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
}

void TestSandboxProcess::stopsRightAfterStarting() {
    // httplib 0.11 ignores a stop() that comes before its listening thread is up; the server must not
    // return from start() before that, or this loop hangs (seen under AddressSanitizer's slower start).
    for (int i = 0; i < 25; ++i) {
        fieldlink::sandbox::SandboxOptions options;
        options.contacts = 0;
        fieldlink::sandbox::SandboxServer server(options);
        std::string error;
        QVERIFY2(server.start(&error), error.c_str());
        QVERIFY(server.stop(&error));
    }
}

FIELDLINK_TEST_MAIN(TestSandboxProcess, QCoreApplication)
#include "TestSandboxProcess.moc"
