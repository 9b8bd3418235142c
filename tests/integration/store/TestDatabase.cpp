#include "core/store/Database.h"
#include "core/store/RequestLogRepository.h"
#include "support/TestEnvironment.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// The SQLite file on a real disk: migrations, WAL, refusal of a newer schema, the request log table.
class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsTheSchemaInWalMode();
    void reopeningRunsNoMigrationTwice();
    void aFailingMigrationIsUndoneCompletely();
    void refusesADatabaseFromANewerVersion();
    void explainsAnUnwritablePath();
    void keepsTheRequestLogPerRun();
    void anOlderRequestLogKeepsItsEntriesWhenUpgraded();
    void enforcesForeignKeys();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestDatabase::createsTheSchemaInWalMode() {
    Database database;
    const fieldlink::Result<> opened = database.open(path(QStringLiteral("a.sqlite")), QStringLiteral("a"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(database.userVersion(), Database::schemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    const QStringList tables = database.connection().tables();
    for (const char* table : {"connections", "profiles", "profile_versions", "runs", "run_records",
                              "request_log", "ledger", "sync_cursors", "daily_usage"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestDatabase::reopeningRunsNoMigrationTwice() {
    const QString file = path(QStringLiteral("b.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file, QStringLiteral("b1")).ok());
        QSqlQuery insert(database.connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO profiles (name, direction, object, created_at) "
                                           "VALUES ('p', 'ghl_to_kixie', 'contact', 'now')")));
    }
    Database again;
    QVERIFY(again.open(file, QStringLiteral("b2")).ok());
    QSqlQuery count(again.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM profiles")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestDatabase::aFailingMigrationIsUndoneCompletely() {
    const QString file = path(QStringLiteral("c.sqlite"));
    QList<Migration> steps = Database::migrations();
    steps.append({Database::schemaVersion() + 1,
                  {QStringLiteral("CREATE TABLE added_then_undone (x INTEGER)"),
                   QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    Database database;
    const fieldlink::Result<> opened = database.open(file, QStringLiteral("c"), steps);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("undone")), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(QLatin1String("no_such_table")));
    Database reopened;
    QVERIFY(reopened.open(file, QStringLiteral("c2")).ok());
    QCOMPARE(reopened.userVersion(), Database::schemaVersion());
    QVERIFY(!reopened.connection().tables().contains(QStringLiteral("added_then_undone")));
}

void TestDatabase::refusesADatabaseFromANewerVersion() {
    const QString file = path(QStringLiteral("d.sqlite"));
    {
        Database database;
        QVERIFY(database.open(file, QStringLiteral("d1")).ok());
        QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    Database database;
    const fieldlink::Result<> opened = database.open(file, QStringLiteral("d2"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("newer version")), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
}

void TestDatabase::explainsAnUnwritablePath() {
    QFile blocker(path(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database database;
    const fieldlink::Result<> opened =
        database.open(path(QStringLiteral("not-a-directory/e.sqlite")), QStringLiteral("e"));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("not-a-directory")), qPrintable(opened.error()));
}

void TestDatabase::anOlderRequestLogKeepsItsEntriesWhenUpgraded() {
    // A database written before requests named their record (schema 2): its log reads on, with no record.
    const QString file = path(QStringLiteral("g.sqlite"));
    {
        Database old;
        QVERIFY(old.open(file, QStringLiteral("g1"), Database::migrations().mid(0, 2)).ok());
        QCOMPARE(old.userVersion(), 2);
        QVERIFY(QSqlQuery(old.connection())
                    .exec(QStringLiteral(
                        "INSERT INTO request_log (started_at, service, operation, method, url, status, "
                        "latency_ms, bytes_sent, bytes_received, attempt, error_class, trace_id, "
                        "request_headers, response_headers) VALUES ('2026-11-01T10:00:00.000Z', 'ghl', "
                        "'contacts.get', 'GET', 'https://x/contacts/1', 200, 5, 0, 10, 1, 'none', '', '[]', "
                        "'[]')")));
    }
    Database upgraded;
    QVERIFY(upgraded.open(file, QStringLiteral("g2")).ok());
    QCOMPARE(upgraded.userVersion(), Database::schemaVersion());
    const QList<api::RequestLogEntry> entries = RequestLogRepository(upgraded.connection()).entries(0);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).operation, QStringLiteral("contacts.get"));
    QCOMPARE(entries.at(0).subject, QString());
}

void TestDatabase::keepsTheRequestLogPerRun() {
    Database database;
    QVERIFY(database.open(path(QStringLiteral("f.sqlite")), QStringLiteral("f")).ok());
    QSqlQuery setup(database.connection());
    QVERIFY(setup.exec(QStringLiteral("INSERT INTO profiles (id, name, direction, object, created_at) VALUES "
                                      "(1, 'p', 'ghl_to_kixie', 'contact', 'now')")));
    QVERIFY(setup.exec(
        QStringLiteral("INSERT INTO profile_versions (id, profile_id, version, document, created_at) "
                       "VALUES (1, 1, 1, '{}', 'now')")));
    QVERIFY(setup.exec(
        QStringLiteral("INSERT INTO runs (id, profile_version_id, mode, scope, status, started_at) "
                       "VALUES (7, 1, 'run', '{}', 'running', 'now')")));
    RequestLogRepository repository(database.connection());
    api::RequestLogEntry entry;
    entry.startedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    entry.service = api::Service::Kixie;
    entry.operation = QStringLiteral("kixie.updatepowerlist");
    entry.method = "POST";
    entry.url = QStringLiteral("https://apig.kixie.com/app/event?apikey=%5BREDACTED%5D");
    entry.status = 200;
    entry.latencyMs = 12;
    entry.attempt = 2;
    entry.error = api::ErrorClass::Malformed;
    entry.requestHeaders = {{"Accept", "application/json"}};
    entry.requestBody = R"({"target":"+15551234567"})";
    repository.record(entry); // before the run is recorded (a run's first call): the run's once it is
    QCOMPARE(repository.entries(0).size(), 1);
    repository.setRunId(7);
    QCOMPARE(repository.entries(0).size(), 0);
    repository.record(entry);
    QVERIFY2(repository.writeStatus(), qPrintable(repository.writeStatus().error()));
    const QList<api::RequestLogEntry> inRun = repository.entries(7);
    QCOMPARE(inRun.size(), 2);
    const api::RequestLogEntry& stored = inRun.at(0);
    QCOMPARE(stored.startedAt, entry.startedAt);
    QCOMPARE(stored.service, api::Service::Kixie);
    QCOMPARE(stored.url, entry.url);
    QCOMPARE(stored.attempt, 2);
    QCOMPARE(stored.error, api::ErrorClass::Malformed);
    QCOMPARE(stored.requestHeaders, entry.requestHeaders);
    QCOMPARE(stored.requestBody, entry.requestBody);
    QCOMPARE(stored.subject, QString());
    // A record's trace: only the entries made for it, in the run.
    entry.subject = QStringLiteral("contact-9");
    repository.record(entry);
    repository.setRunId(0);
    repository.record(entry); // the same record after the run is not the run's
    QCOMPARE(repository.entries(0).size(), 1);
    const QList<api::RequestLogEntry> trace = repository.entries(7, QStringLiteral("contact-9"));
    QCOMPARE(trace.size(), 1);
    QCOMPARE(trace.at(0).subject, QStringLiteral("contact-9"));
    QCOMPARE(repository.entries(7).size(), 3);
    QVERIFY(repository.entries(7, QStringLiteral("contact-8")).isEmpty());
}

void TestDatabase::enforcesForeignKeys() {
    Database database;
    QVERIFY(database.open(path(QStringLiteral("g.sqlite")), QStringLiteral("g")).ok());
    QSqlQuery orphan(database.connection());
    QVERIFY(
        !orphan.exec(QStringLiteral("INSERT INTO runs (profile_version_id, mode, scope, status, started_at) "
                                    "VALUES (42, 'run', '{}', 'running', 'now')")));
}

FIELDLINK_TEST_MAIN(TestDatabase, QCoreApplication)
#include "TestDatabase.moc"
