// kill -9 at points spread over a run, then `fieldlink-cli sync --resume`: the same final state as an
// uninterrupted run, no write sent twice, nothing lost.
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

// Every answer takes a little while, so a kill lands in the middle of the run.
fieldlink::sandbox::SandboxOptions slowSandbox() {
    return SandboxFixture::slowOptions(15);
}

struct KixieState {
    QSet<QString> rows;       ///< "<list>/<phone>"
    QSet<QString> enrolments; ///< "<cadence>/<phone>"
    int cadenceRequests = 0;
};

KixieState kixieState(SandboxFixture& sandbox) {
    KixieState state;
    const QJsonObject world = sandbox.probe().state();
    for (const QJsonValue& list : at(world, "kixie.powerlists").toArray())
        for (const QJsonValue& row : at(list, "rows").toArray())
            state.rows.insert(at(list, "id").toVariant().toString() + QLatin1Char('/') +
                              at(row, "target").toString());
    for (const QJsonValue& cadence : at(world, "kixie.cadences").toArray())
        for (const QJsonValue& phone : at(cadence, "enrolled").toArray())
            state.enrolments.insert(at(cadence, "id").toVariant().toString() + QLatin1Char('/') +
                                    phone.toString());
    state.cadenceRequests = at(sandbox.probe().stats(), "kixie.byEvent.cadence").toInt();
    return state;
}

} // namespace

class TestSyncResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedRunsResumeToTheUninterruptedState();
    void killedEventRunsFinishWithoutADuplicateNote();

private:
    void start(QProcess& process, SandboxFixture& sandbox, const QString& db, const QStringList& extra);
    void startEvents(QProcess& process, SandboxFixture& sandbox, const QString& db, const QStringList& extra);
    QTemporaryDir m_dir;
};

void TestSyncResume::start(QProcess& process, SandboxFixture& sandbox, const QString& db,
                           const QStringList& extra) {
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--json")} +
                      extra);
}

void TestSyncResume::startEvents(QProcess& process, SandboxFixture& sandbox, const QString& db,
                                 const QStringList& extra) {
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  QStringList{QStringLiteral("events"), QStringLiteral("--db"), db} + extra);
}

void TestSyncResume::killedRunsResumeToTheUninterruptedState() {
    const QStringList profile = {QStringLiteral("--profile"),
                                 QStringLiteral("ghl-contacts-to-kixie-powerlist")};
    KixieState baseline;
    int baselineKixieCalls = 0;
    {
        SandboxFixture sandbox(slowSandbox());
        QProcess process;
        start(process, sandbox, m_dir.filePath(QStringLiteral("baseline.sqlite")), profile);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        baseline = kixieState(sandbox);
        baselineKixieCalls = at(sandbox.probe().stats(), "kixie.requests").toInt();
    }
    QVERIFY(baselineKixieCalls > 20);
    QVERIFY(!baseline.enrolments.isEmpty());
    QCOMPARE(baseline.cadenceRequests, int(baseline.enrolments.size()));

    int interrupted = 0;
    constexpr int trials = 10;
    for (int trial = 0; trial < trials; ++trial) {
        SandboxFixture sandbox(slowSandbox());
        const QString db = m_dir.filePath(QStringLiteral("trial%1.sqlite").arg(trial));
        // Kill points spread over the writes: after the 1st, ... up to near the last Kixie request.
        const int killAfter = 1 + trial * (baselineKixieCalls - 2) / (trials - 1);
        QProcess process;
        start(process, sandbox, db, profile);
        QTRY_VERIFY_WITH_TIMEOUT(at(sandbox.probe().stats(), "kixie.requests").toInt() >= killAfter ||
                                     process.state() == QProcess::NotRunning,
                                 60000);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            QVERIFY(process.waitForFinished(30000));
        }
        if (process.exitStatus() == QProcess::CrashExit) {
            ++interrupted;
            QProcess resume;
            start(resume, sandbox, db, {QStringLiteral("--resume")});
            QVERIFY(resume.waitForFinished(60000));
            // Killed in its last moments, the run may already have finished: then there is nothing to resume.
            const QByteArray resumeErrors = resume.readAllStandardError();
            QVERIFY2(resume.exitCode() == 0 || resume.exitCode() == 1 ||
                         (resume.exitCode() == 2 && resumeErrors.contains("no interrupted run")),
                     resumeErrors.constData());
        }
        const KixieState state = kixieState(sandbox);
        QCOMPARE(state.rows, baseline.rows);
        // An enrolment is never sent twice; one whose sending was cut short is held for review, not resent.
        QCOMPARE(state.cadenceRequests, int(state.enrolments.size()));
        QVERIFY(QSet<QString>(state.enrolments).subtract(baseline.enrolments).isEmpty());
        {
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trial"));
            database.setDatabaseName(db);
            QVERIFY(database.open());
            QSqlQuery runs(database);
            QVERIFY(runs.exec(QStringLiteral("SELECT COUNT(*), SUM(status = 'finished') FROM runs")) &&
                    runs.next());
            QCOMPARE(runs.value(0).toInt(), 1); // resumed, not restarted
            QCOMPARE(runs.value(1).toInt(), 1);
            QSqlQuery held(database);
            QVERIFY(held.exec(QStringLiteral("SELECT COUNT(*) FROM run_records WHERE action = 'conflict' AND "
                                             "error LIKE '%cadence%'")) &&
                    held.next());
            // Every enrolment missing from Kixie is held for review (so is one Kixie got just before the
            // kill: Fieldlink cannot know, and does not guess).
            const int missing = int(baseline.enrolments.size() - state.enrolments.size());
            QVERIFY2(
                held.value(0).toInt() >= missing,
                qPrintable(QStringLiteral("%1 held, %2 missing").arg(held.value(0).toInt()).arg(missing)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trial"));
    }
    QVERIFY2(interrupted >= trials - 2, qPrintable(QString::number(interrupted)));
}

void TestSyncResume::killedEventRunsFinishWithoutADuplicateNote() {
    // Twelve calls to twelve contacts, each with an endcall and a disposition: one note per contact, holding
    // each event's part once.
    QStringList contacts;
    QStringList phones;
    {
        SandboxFixture sandbox(slowSandbox());
        for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
            if (at(contact, "notes").toArray().isEmpty() && contacts.size() < 12) {
                contacts << at(contact, "id").toString();
                phones << at(contact, "phone").toString();
            }
        }
    }
    QCOMPARE(contacts.size(), 12);
    const QString file = m_dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            for (const char* event : {"endcall", "disposition"}) {
                const QJsonObject data{
                    {QStringLiteral("hookevent"), QLatin1String(event)},
                    {QStringLiteral("externalid"), QStringLiteral("kill-call-%1").arg(i)},
                    {QStringLiteral("contactid"), contacts.at(i)},
                    {QStringLiteral("phone"), phones.at(i)},
                    {QStringLiteral("disposition"), QStringLiteral("Call Back")},
                    {QStringLiteral("callDetails"),
                     QJsonObject{{QStringLiteral("calldate"), QStringLiteral("2026-11-20T15:04:05.000Z")}}}};
                out.write(QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
                              .toJson(QJsonDocument::Compact) +
                          '\n');
            }
        }
    }
    const QStringList arguments = {QStringLiteral("--profile"), QStringLiteral("kixie-calls-to-ghl"),
                                   QStringLiteral("--file"), file};
    // Per contact: its notes, and how often each event's reference line appears in them.
    const auto notesPerContact = [&contacts](SandboxFixture& sandbox) {
        QMap<QString, QString> notes;
        for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
            const qsizetype index = contacts.indexOf(at(contact, "id").toString());
            if (index < 0)
                continue;
            QString body;
            for (const QJsonValue& note : at(contact, "notes").toArray())
                body += at(note, "body").toString();
            const QString call = QStringLiteral("[Fieldlink: Kixie call kill-call-%1, ").arg(index);
            notes.insert(contacts.at(index), QStringLiteral("%1 notes, endcall %2, disposition %3")
                                                 .arg(at(contact, "notes").toArray().size())
                                                 .arg(body.count(call + QStringLiteral("endcall]")))
                                                 .arg(body.count(call + QStringLiteral("disposition]"))));
        }
        return notes;
    };
    QMap<QString, QString> expected;
    for (const QString& contact : contacts)
        expected.insert(contact, QStringLiteral("1 notes, endcall 1, disposition 1"));
    constexpr int trials = 10;
    int interrupted = 0;
    for (int trial = 0; trial < trials; ++trial) {
        SandboxFixture sandbox(slowSandbox());
        const QString db = m_dir.filePath(QStringLiteral("events%1.sqlite").arg(trial));
        // Notes, tasks and tags: about 60 GHL writes; kill points spread over them.
        const int killAfter = 2 + trial * 6;
        QProcess process;
        startEvents(process, sandbox, db, arguments);
        QTRY_VERIFY_WITH_TIMEOUT(at(sandbox.probe().stats(), "ghl.requests").toInt() >= killAfter ||
                                     process.state() == QProcess::NotRunning,
                                 60000);
        bool killed = false;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            QVERIFY(process.waitForFinished(30000));
            killed = process.exitStatus() == QProcess::CrashExit;
            interrupted += killed ? 1 : 0;
        }
        // Half the trials run the same command again, half resume the interrupted run itself; both finish
        // the work.
        const bool resume = killed && trial % 2 == 1;
        if (resume && interrupted == 1) {
            // A sync's --resume does not take an events run for its own.
            QProcess wrongCommand;
            start(wrongCommand, sandbox, db, {QStringLiteral("--resume")});
            QVERIFY(wrongCommand.waitForFinished(60000));
            QCOMPARE(wrongCommand.exitCode(), 2);
        }
        QProcess again;
        startEvents(again, sandbox, db,
                    resume ? arguments + QStringList{QStringLiteral("--resume")} : arguments);
        QVERIFY(again.waitForFinished(60000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QCOMPARE(notesPerContact(sandbox), expected);
        if (resume) { // one run, carried on to the end, not a second one
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("events-trial"));
            database.setDatabaseName(db);
            QVERIFY(database.open());
            QSqlQuery runs(QStringLiteral("SELECT status FROM runs"), database);
            QStringList statuses;
            while (runs.next())
                statuses << runs.value(0).toString();
            QCOMPARE(statuses, QStringList{QStringLiteral("finished")});
            runs.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("events-trial"));
    }
    QVERIFY2(interrupted >= trials - 2, qPrintable(QString::number(interrupted)));
}

FIELDLINK_TEST_MAIN(TestSyncResume, QCoreApplication)
#include "TestSyncResume.moc"
