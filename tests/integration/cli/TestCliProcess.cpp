// fieldlink-cli as a process: exit codes and its usage text.
#include "support/TestEnvironment.h"

#include <QProcess>

class TestCliProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelpExitZero();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    static QProcess* run(const QStringList& arguments, QObject* parent);
};

QProcess* TestCliProcess::run(const QStringList& arguments, QObject* parent) {
    auto* process = new QProcess(parent);
    process->start(QStringLiteral(CLI_EXECUTABLE), arguments);
    process->waitForFinished(30000);
    return process;
}

void TestCliProcess::versionAndHelpExitZero() {
    QProcess* version = run({QStringLiteral("--version")}, this);
    QCOMPARE(version->exitCode(), 0);
    QCOMPARE(version->readAllStandardOutput().trimmed(), QByteArray("fieldlink-cli " FIELDLINK_VERSION));
    QProcess* help = run({QStringLiteral("--help")}, this);
    QCOMPARE(help->exitCode(), 0);
    QVERIFY(help->readAllStandardOutput().startsWith("Usage: fieldlink-cli"));
}

void TestCliProcess::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
}

void TestCliProcess::usageErrorsExitTwo() {
    QFETCH(QStringList, arguments);
    QProcess* process = run(arguments, this);
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    QVERIFY(process->readAllStandardError().contains("Usage: fieldlink-cli"));
}

FIELDLINK_TEST_MAIN(TestCliProcess, QCoreApplication)
#include "TestCliProcess.moc"
