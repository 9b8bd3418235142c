// fieldlink-cli sync as a process against an in-process sandbox.
#include "core/mapping/ProfileLoader.h"
#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>

using namespace fieldlink::test;

class TestCliSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dryRunThenRunThenNothingLeftToDo();
    void aMissingConnectionIsAUsageError();
    void aBadGhlSettingVariableIsAUsageError();
    void theTaskSearchContactsVariableIsHonoured();
    void aLedgerThatCannotBeReadStopsTheRunBeforeAnyWrite();
    void conflictingScopesAreAUsageError();
    void anOlderSavedVersionRunsWhenAskedFor();
    void namedContactsAreTheScope();
    void aSliceWritesNoRowTheFullDryRunHeld();
    void anInterruptedRunExitsThree();
    void eventsFromAFileAreWrittenOnceEvenWhenRunTwice();
    void aCallFromAnUnknownNumberIsSkippedAndTheRunSucceeds();
    void listensForWebhooksItRegisteredWithKixie();

private:
    /// Runs to the end; returns the exit code and fills the last stdout line parsed as JSON.
    int sync(SandboxFixture& sandbox, const QStringList& arguments, QJsonObject* summary = nullptr,
             QByteArray* errors = nullptr);

    QTemporaryDir m_dir;
};

int TestCliSync::sync(SandboxFixture& sandbox, const QStringList& arguments, QJsonObject* summary,
                      QByteArray* errors) {
    QProcess process;
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE), QStringList{QStringLiteral("sync")} + arguments);
    if (!process.waitForFinished(120000))
        return -1;
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    if (summary)
        *summary = QJsonDocument::fromJson(lines.constLast()).object();
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitCode();
}

void TestCliSync::dryRunThenRunThenNothingLeftToDo() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QStringList common = {QStringLiteral("--profile"),
                                QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"), db,
                                QStringLiteral("--json")};
    QJsonObject dry;
    QByteArray errors;
    QCOMPARE(sync(sandbox, common + QStringList{QStringLiteral("--dry-run")}, &dry, &errors), 0);
    for (const char* key : {"run", "planned", "created", "updated", "unchanged", "skipped", "conflicts",
                            "failed", "apiCalls", "rateLimited", "seconds"})
        QVERIFY2(dry.contains(QLatin1String(key)), key);
    QVERIFY(at(dry, "created").toInt() > 0);
    QCOMPARE(at(dry, "apiCalls.kixie").toInt(), 0);
    QVERIFY(at(dry, "apiCalls.ghl").toInt() > 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), 0);

    QJsonObject run;
    QCOMPARE(sync(sandbox, common, &run), 0);
    QCOMPARE(at(run, "created").toInt(), at(dry, "created").toInt());
    QVERIFY(at(run, "run").toInt() > at(dry, "run").toInt());

    QJsonObject again;
    QCOMPARE(sync(sandbox, common, &again), 0);
    QCOMPARE(at(again, "apiCalls.kixie").toInt(), 0);
    QCOMPARE(at(again, "unchanged").toInt(), at(run, "created").toInt());
}

void TestCliSync::aLedgerThatCannotBeReadStopsTheRunBeforeAnyWrite() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const QString db = m_dir.filePath(QStringLiteral("unreadable-ledger.sqlite"));
    const QStringList common = {QStringLiteral("--profile"),
                                QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"), db,
                                QStringLiteral("--json")};
    QJsonObject dry;
    QCOMPARE(sync(sandbox, common + QStringList{QStringLiteral("--dry-run")}, &dry), 0);
    QVERIFY(at(dry, "created").toInt() > 0);
    {
        // The schema still says it is current; only the ledger's table is gone, as a damaged file might be.
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        connection.setDatabaseName(db);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE ledger RENAME TO ledger_elsewhere")));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QJsonObject run;
    QByteArray errors;
    // Read as empty, the ledger would plan every contact as new and write them all again. A database fault is
    // for the admin to fix first: exit 2, the run left to resume.
    QCOMPARE(sync(sandbox, common, &run, &errors), 2);
    QVERIFY2(errors.contains("Could not read the ledger") && errors.contains("ledger"), errors.constData());
    QCOMPARE(at(run, "created").toInt(), 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), 0);
}

void TestCliSync::aMissingConnectionIsAUsageError() {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"FIELDLINK_GHL_TOKEN", "FIELDLINK_GHL_LOCATION_ID", "FIELDLINK_KIXIE_API_KEY",
                             "FIELDLINK_KIXIE_BUSINESS_ID"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_EXECUTABLE), {QStringLiteral("sync"), QStringLiteral("--profile"),
                                                   QStringLiteral("ghl-contacts-to-kixie-powerlist")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("FIELDLINK_GHL_TOKEN"));
}

void TestCliSync::aBadGhlSettingVariableIsAUsageError() {
    const auto run = [](const char* name, const QString& value) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDLINK_GHL_TOKEN"), QStringLiteral("pit-unused"));
        env.insert(QStringLiteral("FIELDLINK_GHL_LOCATION_ID"), QStringLiteral("loc-unused"));
        env.insert(QStringLiteral("FIELDLINK_KIXIE_API_KEY"), QStringLiteral("key-unused"));
        env.insert(QStringLiteral("FIELDLINK_KIXIE_BUSINESS_ID"), QStringLiteral("1"));
        env.insert(QLatin1String(name), value);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE),
                      {QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--profile"),
                       QStringLiteral("ghl-contacts-to-kixie-powerlist")});
        if (!process.waitForFinished(30000))
            return std::pair{-1, QByteArray()};
        return std::pair{process.exitCode(), process.readAllStandardError()};
    };
    const QList<std::pair<const char*, QString>> bad{
        {"FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE", QStringLiteral("0")},
        {"FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE", QStringLiteral("lots")},
        {"FIELDLINK_GHL_TASK_SEARCH_CONTACTS", QStringLiteral("500")},
        {"FIELDLINK_GHL_SEND_COMPANY_NAME", QStringLiteral("yes")}};
    for (const auto& [name, value] : bad) {
        const auto [exitCode, errors] = run(name, value);
        QCOMPARE(exitCode, 2);
        // Names the variable and the value, so the admin knows which line of the environment to fix.
        QVERIFY2(errors.contains(name) && errors.contains(value.toUtf8()), errors.constData());
    }
}

void TestCliSync::theTaskSearchContactsVariableIsHonoured() {
    SandboxFixture sandbox;
    const auto taskSearches = [&sandbox] {
        const QJsonObject byRoute = at(sandbox.probe().stats(), "ghl.byRoute").toObject();
        int count = 0;
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            count += it.key().contains(QLatin1String("/tasks/search")) ? it.value().toInt() : 0;
        return count;
    };
    const auto dryRun = [&](const QString& contactsPerSearch) {
        QProcessEnvironment env = sandbox.cliEnvironment();
        if (!contactsPerSearch.isEmpty())
            env.insert(QStringLiteral("FIELDLINK_GHL_TASK_SEARCH_CONTACTS"), contactsPerSearch);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLI_EXECUTABLE),
                      {QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--profile"),
                       QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("contacts-per-search.sqlite"))});
        return process.waitForFinished(120000) && process.exitCode() == 0;
    };
    QVERIFY(dryRun(QString()));
    const int byDefault = taskSearches();
    QVERIFY(dryRun(QStringLiteral("5")));
    const int narrow = taskSearches() - byDefault;
    // Five contacts a search takes many more calls than the default fifty.
    QVERIFY2(byDefault > 0 && narrow > byDefault,
             qPrintable(QStringLiteral("%1 vs %2").arg(byDefault).arg(narrow)));
}

void TestCliSync::conflictingScopesAreAUsageError() {
    SandboxFixture sandbox;
    QByteArray errors;
    QCOMPARE(sync(sandbox,
                  {QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                   QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--tag"),
                   QStringLiteral("vip"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite"))},
                  nullptr, &errors),
             2);
    QVERIFY(errors.contains("--since-last"));
    QCOMPARE(sync(sandbox,
                  {QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                   QStringLiteral("--contact"), QStringLiteral("abc"), QStringLiteral("--query"),
                   QStringLiteral("ana"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite"))},
                  nullptr, &errors),
             2);
    QVERIFY(errors.contains("--contact"));
}

void TestCliSync::namedContactsAreTheScope() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QStringList ids;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1")) && ids.size() < 2)
            ids << at(contact, "id").toString();
    }
    QCOMPARE(ids.size(), 2);
    QJsonObject summary;
    QCOMPARE(sync(sandbox,
                  {QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                   QStringLiteral("--contact"), ids.at(0), QStringLiteral("--contact"), ids.at(1),
                   QStringLiteral("--dry-run"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("named.sqlite")), QStringLiteral("--json")},
                  &summary),
             0);
    // Two contacts read (each by its id), each planned once; a hot lead adds its enrolment.
    QCOMPARE(at(sandbox.probe().stats(), "ghl.byRoute.GET /contacts/:contactId").toInt(), 2);
    QVERIFY(at(summary, "created").toInt() + at(summary, "skipped").toInt() == 2);
}

void TestCliSync::aSliceWritesNoRowTheFullDryRunHeld() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    // A twin of a lead: a second contact with its phone and tags, so both map to one PowerList row.
    QJsonObject lead;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1")) &&
            at(contact, "type").toString() != QLatin1String("customer")) {
            lead = contact.toObject();
            break;
        }
    }
    QVERIFY(!lead.isEmpty());
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/ghl/settings"),
                           jsonObject(R"({"allowDuplicateContacts":true})"))
                 .status,
             200);
    const QJsonObject twin{{QStringLiteral("locationId"), sandbox.locationId()},
                           {QStringLiteral("firstName"), QStringLiteral("Twin")},
                           {QStringLiteral("phone"), lead.value(QLatin1String("phone"))},
                           {QStringLiteral("tags"), lead.value(QLatin1String("tags"))}};
    QCOMPARE(sandbox.probe().ghl("POST", QStringLiteral("/contacts/"), twin).status, 201);
    const QStringList common = {QStringLiteral("--profile"),
                                QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"),
                                m_dir.filePath(QStringLiteral("slice.sqlite")), QStringLiteral("--json")};
    QJsonObject full;
    QCOMPARE(sync(sandbox, common + QStringList{QStringLiteral("--dry-run")}, &full), 0);
    QCOMPARE(at(full, "conflicts").toInt(), 2);
    // What cron runs next, over one contact: the lead's twin is outside it, and still nothing is written.
    QJsonObject slice;
    QCOMPARE(
        sync(sandbox, common + QStringList{QStringLiteral("--contact"), at(lead, "id").toString()}, &slice),
        0);
    QCOMPARE(at(slice, "conflicts").toInt(), 1);
    QCOMPARE(at(slice, "created").toInt(), 0);
    QCOMPARE(at(sandbox.probe().stats(), "kixie.requests").toInt(), 0);
}

void TestCliSync::anOlderSavedVersionRunsWhenAskedFor() {
    // Two versions saved in the app: the second renames the default route.
    QByteArray first =
        fieldlink::mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist")).text;
    const QString name = QJsonDocument::fromJson(first).object().value(QLatin1String("name")).toString();
    QByteArray second = first;
    second.replace("\"New Leads\"", "\"Fresh Leads\"");
    QVERIFY(second != first);
    const QString db = m_dir.filePath(QStringLiteral("versions.sqlite"));
    {
        fieldlink::store::Database database;
        QVERIFY(database.open(db, QStringLiteral("versions")).ok());
        fieldlink::store::ProfileRepository profiles(database.connection());
        QCOMPARE(profiles
                     .saveVersion(name, QStringLiteral("ghl_to_kixie"), QStringLiteral("contact"), first,
                                  QStringLiteral("as shipped"))
                     .valueOr(0),
                 1);
        QCOMPARE(profiles
                     .saveVersion(name, QStringLiteral("ghl_to_kixie"), QStringLiteral("contact"), second,
                                  QStringLiteral("renamed"))
                     .valueOr(0),
                 2);
    }
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    const auto routesOfRun = [&db](int run) {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("routes"));
        connection.setDatabaseName(db);
        QStringList routes;
        if (connection.open()) {
            QSqlQuery query(connection);
            query.prepare(QStringLiteral("SELECT DISTINCT route FROM run_records WHERE run_id = ?"));
            query.addBindValue(run);
            query.exec();
            while (query.next())
                routes << query.value(0).toString();
            connection.close();
        }
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("routes"));
        return routes;
    };
    const QStringList common = {QStringLiteral("--profile"), name, QStringLiteral("--dry-run"),
                                QStringLiteral("--db"),      db,   QStringLiteral("--json")};
    QJsonObject newest;
    QCOMPARE(sync(sandbox, common, &newest), 0);
    QVERIFY(routesOfRun(at(newest, "run").toInt()).contains(QStringLiteral("Fresh Leads")));
    QJsonObject older;
    QCOMPARE(
        sync(sandbox, common + QStringList{QStringLiteral("--profile-version"), QStringLiteral("1")}, &older),
        0);
    const QStringList olderRoutes = routesOfRun(at(older, "run").toInt());
    QVERIFY2(olderRoutes.contains(QStringLiteral("New Leads")) &&
                 !olderRoutes.contains(QStringLiteral("Fresh Leads")),
             qPrintable(olderRoutes.join(u',')));
    // A version never saved, and one that is no number.
    QByteArray errors;
    QVERIFY(sync(sandbox, common + QStringList{QStringLiteral("--profile-version"), QStringLiteral("7")},
                 nullptr, &errors) != 0);
    QVERIFY2(errors.contains("no version 7") && errors.contains("newest is version 2"), errors.constData());
    QCOMPARE(sync(sandbox,
                  common + QStringList{QStringLiteral("--profile-version"), QStringLiteral("latest")},
                  nullptr, &errors),
             2);
    QVERIFY(errors.contains("--profile-version"));
}

void TestCliSync::anInterruptedRunExitsThree() {
    fieldlink::sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.slow = 1.0;
    options.faults.slowDelayMs = 4000;
    SandboxFixture sandbox(options);
    QProcess process;
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  {QStringLiteral("sync"), QStringLiteral("--profile"),
                   QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("interrupted.sqlite"))});
    QVERIFY(process.waitForStarted());
    // Wait until the first request reached the (slow) sandbox, then interrupt as cron's timeout would.
    QTRY_VERIFY_WITH_TIMEOUT(at(sandbox.probe().stats(), "ghl.requests").toInt() >= 1, 20000);
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
}

void TestCliSync::eventsFromAFileAreWrittenOnceEvenWhenRunTwice() {
    SandboxFixture sandbox;
    QString contactId;
    QString phone;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1"))) {
            contactId = at(contact, "id").toString();
            phone = at(contact, "phone").toString();
            break;
        }
    }
    QVERIFY(!contactId.isEmpty());
    QFile file(m_dir.filePath(QStringLiteral("events.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const char* event : {"endcall", "disposition"}) {
        const QJsonObject payload{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("hookevent"), QLatin1String(event)},
                         {QStringLiteral("externalid"), QStringLiteral("cli-call-0001")},
                         {QStringLiteral("contactid"), contactId},
                         {QStringLiteral("phone"), phone},
                         {QStringLiteral("disposition"), QStringLiteral("Not Interested")},
                         {QStringLiteral("callDetails"),
                          QJsonObject{{QStringLiteral("externalid"), QStringLiteral("cli-call-0001")}}}}}};
        file.write(QJsonDocument(payload).toJson(QJsonDocument::Compact) + '\n');
    }
    file.close();
    const QStringList arguments = {
        QStringLiteral("--profile"), QStringLiteral("kixie-calls-to-ghl"),
        QStringLiteral("--file"),    file.fileName(),
        QStringLiteral("--db"),      m_dir.filePath(QStringLiteral("events.sqlite")),
        QStringLiteral("--json")};
    const auto runEvents = [&](QJsonObject* summary) {
        QProcess process;
        process.setProcessEnvironment(sandbox.cliEnvironment());
        process.start(QStringLiteral(CLI_EXECUTABLE), QStringList{QStringLiteral("events")} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *summary = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').constLast())
                       .object();
        return process.exitCode();
    };
    const auto notesOf = [&] {
        return at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/%1/notes").arg(contactId)).json(),
                  "notes")
            .toArray()
            .size();
    };
    const qsizetype notesBefore = notesOf();
    QJsonObject first;
    QCOMPARE(runEvents(&first), 0);
    QCOMPARE(at(first, "notes").toInt(), 1);
    QCOMPARE(at(first, "noteUpdates").toInt(), 1); // the disposition adds to the endcall's note
    QCOMPARE(at(first, "tags").toInt(), 1);
    QJsonObject second;
    QCOMPARE(runEvents(&second), 0);
    QCOMPARE(at(second, "notes").toInt(), 0);
    QCOMPARE(at(second, "duplicates").toInt(), 4); // two note parts, the tags and the contact update
    QCOMPARE(notesOf(), notesBefore + 1);
}

void TestCliSync::aCallFromAnUnknownNumberIsSkippedAndTheRunSucceeds() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QFile file(m_dir.filePath(QStringLiteral("stranger.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QJsonObject payload{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("hookevent"), QStringLiteral("endcall")},
                     {QStringLiteral("externalid"), QStringLiteral("cli-stranger-0001")},
                     {QStringLiteral("phone"), QStringLiteral("+12025550166")},
                     {QStringLiteral("callDetails"),
                      QJsonObject{{QStringLiteral("externalid"), QStringLiteral("cli-stranger-0001")},
                                  {QStringLiteral("calltype"), QStringLiteral("incoming")},
                                  {QStringLiteral("duration"), 42}}}}}};
    file.write(QJsonDocument(payload).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    QProcess process;
    process.setProcessEnvironment(sandbox.cliEnvironment());
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  {QStringLiteral("events"), QStringLiteral("--profile"),
                   QStringLiteral("kixie-calls-to-ghl"), QStringLiteral("--file"), file.fileName(),
                   QStringLiteral("--db"), m_dir.filePath(QStringLiteral("stranger.sqlite")),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    // What cron sees: a stranger's call is no failure.
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, output.constData());
    const QJsonObject summary = QJsonDocument::fromJson(output.trimmed().split('\n').constLast()).object();
    QCOMPARE(at(summary, "skipped").toInt(), 1);
    QCOMPARE(at(summary, "failed").toInt(), 0);
    QCOMPARE(at(summary, "contactsCreated").toInt(), 0);
}

void TestCliSync::listensForWebhooksItRegisteredWithKixie() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QString contactId;
    QString phone;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        if (at(contact, "phone").toString().startsWith(QLatin1String("+1")) &&
            at(contact, "notes").toArray().isEmpty()) {
            contactId = at(contact, "id").toString();
            phone = at(contact, "phone").toString();
            break;
        }
    }
    QVERIFY(!contactId.isEmpty());
    // A free port to listen on and to register (as a tunnel's public URL would be) before the process starts.
    QTcpServer probePort;
    QVERIFY(probePort.listen(QHostAddress::LocalHost));
    const quint16 port = probePort.serverPort();
    probePort.close();
    const QString url = QStringLiteral("http://127.0.0.1:%1/kixie/webhook").arg(port);
    QProcessEnvironment env = sandbox.cliEnvironment();
    env.insert(QStringLiteral("FIELDLINK_WEBHOOK_HEADER"), QStringLiteral("X-Fieldlink-Token"));
    env.insert(QStringLiteral("FIELDLINK_WEBHOOK_SECRET"), QStringLiteral("hook-secret-123"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_EXECUTABLE),
                  {QStringLiteral("events"), QStringLiteral("--profile"),
                   QStringLiteral("kixie-calls-to-ghl"), QStringLiteral("--listen"), QString::number(port),
                   QStringLiteral("--register"), url, QStringLiteral("--db"),
                   m_dir.filePath(QStringLiteral("listen.sqlite")), QStringLiteral("--json")});
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT(
        (errors += process.readAllStandardError()).contains("Listening for Kixie webhooks"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(at(sandbox.probe().state(), "kixie.webhooks").toArray().size(), 3, 20000);
    const QJsonArray hooks = at(sandbox.probe().state(), "kixie.webhooks").toArray();
    QCOMPARE(at(hooks.at(0), "location").toString(), url);

    const HttpResult call = sandbox.probe().postJson(
        QStringLiteral("/__sandbox/kixie/calls"),
        QJsonObject{{QStringLiteral("phone"), phone},
                    {QStringLiteral("disposition"), QStringLiteral("Not Interested")}});
    QCOMPARE(call.status, 201);
    // endcall and disposition arrive through the listener and become one note on the contact found by phone.
    const auto notes = [&] {
        return at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/%1/notes").arg(contactId)).json(),
                  "notes")
            .toArray()
            .size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        at(sandbox.probe().stats(), "ghl.byRoute.PUT /contacts/:contactId/notes/:id").toInt(), 1, 20000);
    QCOMPARE(notes(), qsizetype(1));
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').constLast()).object();
    QCOMPARE(at(summary, "notes").toInt(), 1);
    QCOMPARE(at(summary, "noteUpdates").toInt(), 1);
    QCOMPARE(at(summary, "tags").toInt(), 1);
}

FIELDLINK_TEST_MAIN(TestCliSync, QCoreApplication)
#include "TestCliSync.moc"
