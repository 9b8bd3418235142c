// One writer per account and direction, with real fieldlink-cli processes on one database against the
// sandbox: a second run refuses naming the first (exit 2) or, with --wait, runs after it; a lease left by a
// process killed with SIGKILL is taken over.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace fieldlink::test;

namespace {

// Every answer takes a little while, so the first run is still writing when the second starts.
fieldlink::sandbox::SandboxOptions slowSandbox() {
    return SandboxFixture::slowOptions(60);
}

const QStringList profile = {QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist")};

} // namespace

class TestCliRunLease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSecondRunRefusesNamingTheFirst();
    void withWaitTheSecondRunFinishesAfterTheFirst();
    void aLeaseLeftByAKilledProcessIsTakenOver();
    void aDryRunRunsBesideAWriter();
    void anEventsRunRefusesWhileAListenerHoldsTheLocation();

private:
    void start(QProcess& process, SandboxFixture& sandbox, const QString& db, const QStringList& extra);
    /// The run that holds the lease on `db`, once it holds it and is numbered (0 if that never happens).
    qint64 waitForLeaseHolder(const QString& db, QProcess& holder);
    QJsonObject summary(QProcess& process);
    QTemporaryDir m_dir;
};

void TestCliRunLease::start(QProcess& process, SandboxFixture& sandbox, const QString& db,
                            const QStringList& extra) {
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--json")} +
                      profile + extra);
    QVERIFY(process.waitForStarted());
}

qint64 TestCliRunLease::waitForLeaseHolder(const QString& db, QProcess& holder) {
    qint64 runId = 0;
    const auto readLease = [&] {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        database.setDatabaseName(db);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT run_id, pid FROM run_leases")) && query.next() &&
                query.value(1).toLongLong() == holder.processId())
                runId = query.value(0).toLongLong();
        }
        database = {};
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return runId > 0 || holder.state() == QProcess::NotRunning;
    };
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(readLease(), 30000);
    }();
    return runId;
}

QJsonObject TestCliRunLease::summary(QProcess& process) {
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

void TestCliRunLease::aSecondRunRefusesNamingTheFirst() {
    SandboxFixture sandbox(slowSandbox());
    const QString db = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    QProcess first;
    start(first, sandbox, db, {});
    const qint64 firstRun = waitForLeaseHolder(db, first);
    QVERIFY2(firstRun > 0, "the first run never held the lease while running");
    QProcess second;
    start(second, sandbox, db, {});
    QVERIFY(second.waitForFinished(30000));
    const QString errors = QString::fromUtf8(second.readAllStandardError());
    QCOMPARE(second.exitCode(), 2);
    QVERIFY2(errors.contains(QStringLiteral("Another run is already writing to Kixie")) &&
                 errors.contains(QStringLiteral("run %1,").arg(firstRun)) &&
                 errors.contains(QStringLiteral("fieldlink-cli on ")) &&
                 errors.contains(QStringLiteral("process %1").arg(first.processId())) &&
                 errors.contains(QStringLiteral("last heartbeat")),
             qPrintable(errors));
    QCOMPARE(at(summary(second), "apiCalls.kixie").toInt(), 0);
    QVERIFY(first.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
}

void TestCliRunLease::withWaitTheSecondRunFinishesAfterTheFirst() {
    SandboxFixture sandbox(slowSandbox());
    const QString db = m_dir.filePath(QStringLiteral("wait.sqlite"));
    QProcess first;
    start(first, sandbox, db, {});
    const qint64 firstRun = waitForLeaseHolder(db, first);
    QVERIFY(firstRun > 0);
    QProcess second;
    start(second, sandbox, db, {QStringLiteral("--wait"), QStringLiteral("300")});
    QByteArray secondErrors;
    const QByteArray waiting = QStringLiteral("Waiting for run %1 (").arg(firstRun).toUtf8();
    QTRY_VERIFY_WITH_TIMEOUT((secondErrors += second.readAllStandardError()).contains(waiting), 30000);
    QVERIFY(first.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    const int kixieAfterFirst = at(sandbox.probe().stats(), "kixie.requests").toInt();
    QVERIFY(kixieAfterFirst > 0);
    QVERIFY(second.waitForFinished(120000));
    secondErrors += second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, secondErrors.constData());
    QCOMPARE(secondErrors.count(waiting), 1); // said once
    const QJsonObject secondSummary = summary(second);
    // It planned from the ledger the first run left: everything unchanged, nothing sent twice.
    QCOMPARE(at(secondSummary, "apiCalls.kixie").toInt(), 0);
    QVERIFY(at(secondSummary, "unchanged").toInt() > 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), kixieAfterFirst);
    QVERIFY(at(secondSummary, "run").toInt() > firstRun);
}

void TestCliRunLease::aLeaseLeftByAKilledProcessIsTakenOver() {
    SandboxFixture sandbox(slowSandbox());
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess first;
    start(first, sandbox, db, {});
    const qint64 firstRun = waitForLeaseHolder(db, first);
    QVERIFY(firstRun > 0);
    first.kill(); // SIGKILL: no chance to give the lease up
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QProcess resume;
    start(resume, sandbox, db, {QStringLiteral("--resume")});
    QVERIFY(resume.waitForFinished(120000));
    const QByteArray errors = resume.readAllStandardError();
    QVERIFY2(resume.exitCode() == 0, errors.constData());
    QCOMPARE(at(summary(resume), "run").toInt(), firstRun); // the killed run, resumed after the takeover
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
    database.setDatabaseName(db);
    QVERIFY(database.open());
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM run_leases")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // released at the end
    QVERIFY(query.exec(QStringLiteral("SELECT status FROM runs WHERE id = %1").arg(firstRun)) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("finished"));
}

void TestCliRunLease::aDryRunRunsBesideAWriter() {
    SandboxFixture sandbox(slowSandbox());
    const QString db = m_dir.filePath(QStringLiteral("dry.sqlite"));
    QProcess writer;
    start(writer, sandbox, db, {});
    QVERIFY(waitForLeaseHolder(db, writer) > 0);
    QProcess dry;
    start(dry, sandbox, db, {QStringLiteral("--dry-run"), QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY(dry.waitForFinished(60000));
    QVERIFY2(dry.exitCode() == 0, dry.readAllStandardError().constData());
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
}

void TestCliRunLease::anEventsRunRefusesWhileAListenerHoldsTheLocation() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("events.sqlite"));
    const QString events = m_dir.filePath(QStringLiteral("no-events.json"));
    QFile file(events);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[]");
    file.close();
    const QStringList common = {QStringLiteral("events"), QStringLiteral("--db"), db,
                                QStringLiteral("--profile"), QStringLiteral("kixie-calls-to-ghl")};
    QProcess listener; // a watch job: holds the location's Kixie → GHL lease while it listens
    listener.setProcessEnvironment(sandbox.cliEnvironment());
    listener.start(QStringLiteral(CLI_EXECUTABLE),
                   common + QStringList{QStringLiteral("--listen"), QStringLiteral("0")});
    QVERIFY(listener.waitForStarted());
    QVERIFY(waitForLeaseHolder(db, listener) > 0);
    QProcess fromFile;
    fromFile.setProcessEnvironment(sandbox.cliEnvironment());
    fromFile.start(QStringLiteral(CLI_EXECUTABLE), common + QStringList{QStringLiteral("--file"), events});
    QVERIFY(fromFile.waitForFinished(30000));
    const QByteArray errors = fromFile.readAllStandardError();
    QCOMPARE(fromFile.exitCode(), 2);
    QVERIFY2(errors.contains("Another run is already writing to HighLevel"), errors.constData());
    // A GHL → Kixie sync of the same location is another lease: it is not held up.
    QProcess sync;
    start(sync, sandbox, db, {QStringLiteral("--limit"), QStringLiteral("3")});
    QVERIFY(sync.waitForFinished(60000));
    QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
    listener.terminate(); // its normal end: the lease is given up
    QVERIFY(listener.waitForFinished(30000));
    QProcess after;
    after.setProcessEnvironment(sandbox.cliEnvironment());
    after.start(QStringLiteral(CLI_EXECUTABLE), common + QStringList{QStringLiteral("--file"), events});
    QVERIFY(after.waitForFinished(30000));
    QVERIFY2(after.exitCode() == 0, after.readAllStandardError().constData());
}

FIELDLINK_TEST_MAIN(TestCliRunLease, QCoreApplication)

#include "TestCliRunLease.moc"
