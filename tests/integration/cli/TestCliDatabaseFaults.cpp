// Database faults through real fieldlink-cli processes against the sandbox: each says what is wrong in the
// admin's words and exits 2 before anything is sent to Kixie, or — mid-run — stops at once, leaving a run
// that `--resume` finishes with nothing sent twice.
#include "core/store/Database.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <unistd.h>

using namespace fieldlink::test;

namespace {

struct CliResult {
    int exitCode = -1;
    QString errors;
    QJsonObject summary;
};

/// Runs SQL on `db` from this process (another program, as far as the CLI can tell).
class DirectConnection {
public:
    explicit DirectConnection(const QString& db) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        database.setDatabaseName(db);
        database.open();
    }
    ~DirectConnection() {
        QSqlDatabase::database(name()).close();
        QSqlDatabase::removeDatabase(name());
    }
    QVariant value(const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(name()));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString& sql) { return QSqlQuery(QSqlDatabase::database(name())).exec(sql); }

private:
    static QString name() { return QStringLiteral("direct"); }
};

int kixieRequests(SandboxFixture& sandbox) {
    return at(sandbox.probe().stats(), "kixie.requests").toInt();
}

} // namespace

class TestCliDatabaseFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aReadOnlyFileIsRefused();
    void aReadOnlyFolderIsRefused();
    void aFullDiskStopsTheRunBeforeAnythingIsSent();
    void aLockHeldPastTheBusyTimeoutIsRefused();
    void aFileThatIsNotADatabaseIsDamaged();
    void aTruncatedFileIsDamaged();
    void aNewerSchemaIsRefused();
    void aFullDiskMidRunStopsAndTheResumeSendsNothingTwice();

private:
    CliResult sync(SandboxFixture& sandbox, const QString& db, const QStringList& extra = {},
                   const QProcessEnvironment& extraEnv = {}, bool asAnotherUser = false);
    /// A database with the current schema and nothing in it.
    QString freshDatabase(const QString& name);
    QTemporaryDir m_dir;
};

CliResult TestCliDatabaseFaults::sync(SandboxFixture& sandbox, const QString& db, const QStringList& extra,
                                      const QProcessEnvironment& extraEnv, bool asAnotherUser) {
    QProcess process;
    QProcessEnvironment env = sandbox.cliEnvironment();
    for (const QString& key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QStringList arguments = {QStringLiteral("sync"),
                             QStringLiteral("--profile"),
                             QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--json")};
    arguments += extra;
    if (asAnotherUser) // root writes to any file: the permission is seen only by another user
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                  QStringLiteral(CLI_EXECUTABLE)} +
                          arguments);
    else
        process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    CliResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.errors = QString::fromUtf8(process.readAllStandardError());
    result.summary =
        QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').constLast()).object();
    return result;
}

QString TestCliDatabaseFaults::freshDatabase(const QString& name) {
    const QString path = m_dir.filePath(name);
    fieldlink::store::Database database;
    if (const fieldlink::Result<> opened = database.open(path, QStringLiteral("fresh")); !opened)
        qWarning("%s", qPrintable(opened.error()));
    return path;
}

void TestCliDatabaseFaults::aReadOnlyFileIsRefused() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const bool root = ::geteuid() == 0;
    QTemporaryDir shared; // another user must reach the file: a folder anyone may enter
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7755)));
    const QString db = shared.filePath(QStringLiteral("read-only.sqlite"));
    {
        fieldlink::store::Database database;
        QVERIFY(database.open(db, QStringLiteral("ro")).ok());
    }
    QVERIFY(
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const CliResult result = sync(sandbox, db, {}, {}, root);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(QStringLiteral("The Fieldlink database %1 is read-only").arg(db)) &&
                 result.errors.contains(QStringLiteral("write permission")),
             qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aReadOnlyFolderIsRefused() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const bool root = ::geteuid() == 0;
    QTemporaryDir shared;
    const QString folder = shared.filePath(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/folder.sqlite");
    {
        fieldlink::store::Database database;
        QVERIFY(database.open(db, QStringLiteral("rf")).ok());
    }
    const auto everyone = QFileDevice::Permissions(0x7777);
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(db, everyone)); // the file itself could be written
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    const CliResult result = sync(sandbox, db, {}, {}, root);
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(
                 QStringLiteral("The folder of the Fieldlink database %1 is read-only").arg(db)),
             qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aFullDiskStopsTheRunBeforeAnythingIsSent() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = freshDatabase(QStringLiteral("full.sqlite"));
    const int pages = DirectConnection(db).value(QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(pages > 0);
    QProcessEnvironment cap;
    cap.insert(QStringLiteral("FIELDLINK_DB_MAX_PAGES"), QString::number(pages)); // not one page more
    const CliResult result = sync(sandbox, db, {}, cap);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(QStringLiteral("The disk holding the Fieldlink database is full")),
             qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aLockHeldPastTheBusyTimeoutIsRefused() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = freshDatabase(QStringLiteral("locked.sqlite"));
    DirectConnection other(db);
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE"))); // holds the write lock throughout
    QProcessEnvironment shortWait;
    shortWait.insert(QStringLiteral("FIELDLINK_DB_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
    const CliResult result = sync(sandbox, db, {}, shortWait);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(
        result.errors.contains(QStringLiteral("locked by another program and stayed locked for more than "
                                              "300 ms")),
        qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aFileThatIsNotADatabaseIsDamaged() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const CliResult result = sync(sandbox, db);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(QStringLiteral("The Fieldlink database %1 is damaged").arg(db)) &&
                 result.errors.contains(QStringLiteral("backup copy")),
             qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
    QCOMPARE(QFile(db).size(), 8192); // left as it was, for the admin to look at
}

void TestCliDatabaseFaults::aTruncatedFileIsDamaged() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("truncated.sqlite"));
    QCOMPARE(sync(sandbox, db, {QStringLiteral("--dry-run")}).exitCode, 0); // a file with content
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) || QFile(db + QStringLiteral("-wal")).size() == 0);
    const qint64 size = QFile(db).size();
    QVERIFY(size > 16 * 4096);
    QVERIFY(QFile::resize(db, size / 2));
    const CliResult result = sync(sandbox, db);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(QStringLiteral("is damaged")), qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aNewerSchemaIsRefused() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = freshDatabase(QStringLiteral("newer.sqlite"));
    QVERIFY(DirectConnection(db).exec(QStringLiteral("PRAGMA user_version = 99")));
    const CliResult result = sync(sandbox, db);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains(QStringLiteral("was written by a newer version of Fieldlink (schema 99")),
             qPrintable(result.errors));
    QCOMPARE(kixieRequests(sandbox), 0);
}

void TestCliDatabaseFaults::aFullDiskMidRunStopsAndTheResumeSendsNothingTwice() {
    // How many pages a whole run takes, and what it leaves in Kixie.
    int emptyPages = 0;
    int fullPages = 0;
    QSet<QString> baselineRows;
    int baselineKixie = 0;
    const auto rowsOf = [](SandboxFixture& sandbox) {
        QSet<QString> rows;
        for (const QJsonValue& list : at(sandbox.probe().state(), "kixie.powerlists").toArray())
            for (const QJsonValue& row : at(list, "rows").toArray())
                rows.insert(at(list, "id").toVariant().toString() + QLatin1Char('/') +
                            at(row, "target").toString());
        return rows;
    };
    const auto enrolmentsOf = [](SandboxFixture& sandbox) {
        int enrolled = 0;
        for (const QJsonValue& cadence : at(sandbox.probe().state(), "kixie.cadences").toArray())
            enrolled += int(at(cadence, "enrolled").toArray().size());
        return enrolled;
    };
    {
        SandboxFixture sandbox(SandboxFixture::fastOptions());
        const QString db = freshDatabase(QStringLiteral("baseline.sqlite"));
        emptyPages = DirectConnection(db).value(QStringLiteral("PRAGMA page_count")).toInt();
        QCOMPARE(sync(sandbox, db).exitCode, 0);
        fullPages = DirectConnection(db).value(QStringLiteral("PRAGMA page_count")).toInt();
        baselineRows = rowsOf(sandbox);
        baselineKixie = kixieRequests(sandbox);
    }
    QVERIFY(fullPages > emptyPages + 10);
    QVERIFY(baselineKixie > 10);
    // The cap is found where the disk fills while writing to Kixie (the reads come first).
    for (const int percent : {99, 97, 95, 90, 85, 80, 70, 60}) {
        SandboxFixture sandbox(SandboxFixture::fastOptions());
        const QString db = freshDatabase(QStringLiteral("mid-run-%1.sqlite").arg(percent));
        QProcessEnvironment cap;
        cap.insert(QStringLiteral("FIELDLINK_DB_MAX_PAGES"),
                   QString::number(emptyPages + (fullPages - emptyPages) * percent / 100));
        const CliResult stopped = sync(sandbox, db, {}, cap);
        if (stopped.exitCode == 0)
            continue; // the cap was not reached
        QCOMPARE(stopped.exitCode, 2);
        QVERIFY2(stopped.errors.contains(QStringLiteral("The disk holding the Fieldlink database is full")),
                 qPrintable(stopped.errors));
        const int sentBeforeTheFault = kixieRequests(sandbox);
        if (sentBeforeTheFault == 0 || sentBeforeTheFault >= baselineKixie)
            continue; // filled before writing (the case above), or after the last write
        QCOMPARE(DirectConnection(db)
                     .value(QStringLiteral("SELECT status FROM runs WHERE id = %1")
                                .arg(at(stopped.summary, "run").toInt()))
                     .toString(),
                 QStringLiteral("interrupted"));
        // Room again: the resume finishes the run.
        const CliResult resumed = sync(sandbox, db, {QStringLiteral("--resume")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.errors));
        QCOMPARE(at(resumed.summary, "run").toInt(), at(stopped.summary, "run").toInt());
        QCOMPARE(rowsOf(sandbox), baselineRows);
        // Nothing recorded as done was sent again: only the writes in flight at the fault (at most one
        // window) are sent a second time, and those are upserts of the same row.
        QVERIFY2(kixieRequests(sandbox) <= baselineKixie + 6,
                 qPrintable(QStringLiteral("%1 > %2").arg(kixieRequests(sandbox)).arg(baselineKixie)));
        QCOMPARE(at(sandbox.probe().stats(), "kixie.byEvent.cadence").toInt(), enrolmentsOf(sandbox));
        return;
    }
    QFAIL("no cap made the disk fill while writing to Kixie");
}

FIELDLINK_TEST_MAIN(TestCliDatabaseFaults, QCoreApplication)

#include "TestCliDatabaseFaults.moc"
