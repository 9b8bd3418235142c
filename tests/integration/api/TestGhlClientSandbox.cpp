#include "ApiTestSupport.h"
#include "core/api/Clock.h"
#include "core/api/GhlContactPager.h"
#include "core/api/GhlScopeProbe.h"
#include "support/JsonHelpers.h"
#include "support/TestEnvironment.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::api;
using namespace fieldlink::test;

/// GhlClient against the sandbox over real HTTP: paging, pacing, faults and scopes.
class TestGhlClientSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesTwoThousandContactsToTheEnd_data();
    void pagesTwoThousandContactsToTheEnd();
    void stopsAtTheRequestedMaximum();
    void threeThousandRequestsAtFiftyPerSecondWithoutA429();
    void everyCallUnderFaultsEndsOnceInSuccessOrAClassifiedError();
    void aSlowAnswerEndsAsATimeout();
    void readsRelatedRecordsAndWrites();
    void probesScopesWithoutSideEffects();
    void refusesAReadonlyTokensWriteBeforeSending();
    void explainsAWrongLocation();

private:
};

void TestGhlClientSandbox::pagesTwoThousandContactsToTheEnd_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("search with searchAfter, 500 per page")
        << static_cast<int>(GhlContactPager::Mode::Search) << 500;
    QTest::newRow("deprecated list with startAfterId, 100 per page")
        << static_cast<int>(GhlContactPager::Mode::List) << 100;
}

void TestGhlClientSandbox::pagesTwoThousandContactsToTheEnd() {
    QFETCH(int, mode);
    QFETCH(int, pageSize);
    sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.contacts = 2000;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.started());
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    GhlContactPager pager(&client, static_cast<GhlContactPager::Mode>(mode));
    pager.setPageSize(pageSize);
    QSet<QString> ids;
    int pages = 0;
    connect(&pager, &GhlContactPager::page, this, [&](const QJsonArray& contacts) {
        ++pages;
        for (const QJsonValue& contact : contacts) {
            const QString id = contact.toObject().value(QLatin1String("id")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
        }
    });
    QSignalSpy finished(&pager, &GhlContactPager::finished);
    pager.start();
    QVERIFY(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(pages, 2000 / pageSize);
    QCOMPARE(finished.count(), 1);
}

void TestGhlClientSandbox::stopsAtTheRequestedMaximum() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    GhlContactPager pager(&client, GhlContactPager::Mode::Search);
    pager.setPageSize(20);
    pager.setMaximum(25);
    int delivered = 0;
    connect(&pager, &GhlContactPager::page, this,
            [&](const QJsonArray& contacts) { delivered += int(contacts.size()); });
    QSignalSpy finished(&pager, &GhlContactPager::finished);
    pager.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(delivered, 25);
}

void TestGhlClientSandbox::threeThousandRequestsAtFiftyPerSecondWithoutA429() {
    sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.ghlLimits.burstLimit = 50;
    options.ghlLimits.windowMs = 1000;
    SandboxFixture sandbox(options);
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    // The client starts from GHL's documented 100 per 10 s and learns 50 per 1 s from the first answers.
    // The id comes from the control route, which is not rate limited: a GHL request here would share the
    // client's bucket without the client knowing, and the test is about the client's own pacing.
    const QString contactId = at(sandbox.probe().state(), "ghl.contacts.0.id").toString();
    QVERIFY(!contactId.isEmpty());
    int done = 0;
    QStringList failures;
    for (int i = 0; i < 3000; ++i) {
        connect(client.getContact(contactId), &ApiRequest::finished, this, [&](const ApiResult& result) {
            ++done;
            if (!result.ok())
                failures << result.message;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 3000, 180000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0)));
    QCOMPARE(client.queue().rateLimitedAnswers(), 0);
    const QJsonObject stats = sandbox.probe().stats();
    QCOMPARE(at(stats, "ghl.rateLimited").toInt(), 0);
    QVERIFY(at(stats, "ghl.peakWindowRequests").toInt() <= 50);
    QCOMPARE(client.queue().limiter().budget().maxRequests, 50);
}

void TestGhlClientSandbox::everyCallUnderFaultsEndsOnceInSuccessOrAClassifiedError() {
    sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.serverError = 0.10;
    options.faults.drop = 0.05;
    options.faults.malformed = 0.05;
    options.ghlLimits.burstLimit = 1000;
    options.ghlLimits.windowMs = 1000;
    SandboxFixture sandbox(options);
    GhlSettings settings = sandboxGhlSettings(sandbox);
    settings.retry.baseDelayMs = 20;
    GhlClient client(settings, sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    // The ids come from the seed's first page; the probe has no faults of its own to survive, so retry it.
    QList<QString> ids;
    for (int attempt = 0; attempt < 20 && ids.isEmpty(); ++attempt) {
        const HttpResult page =
            sandbox.probe().ghl("POST", QStringLiteral("/contacts/search"),
                                jsonObject(R"({"locationId":"%1","pageLimit":20})", {sandbox.locationId()}));
        for (const QJsonValue& contact : at(page.json(), "contacts").toArray())
            ids << contact.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!ids.isEmpty());
    QList<std::pair<bool, ApiResult>> results; // (idempotent, result)
    for (int i = 0; i < 300; ++i) {
        const QString id = ids.at(i % ids.size());
        const bool create = i % 5 == 0;
        ApiRequest* request =
            create
                ? client.createNote(id, QJsonObject{{QStringLiteral("body"), QStringLiteral("n%1").arg(i)}})
                : (i % 2 ? client.getContact(id) : client.listNotes(id));
        connect(request, &ApiRequest::finished, this, [&results, create](const ApiResult& result) {
            results.append({!create, result});
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 300, 120000);
    int idempotentOk = 0;
    int unknownOutcomes = 0;
    for (const auto& [idempotent, result] : results) {
        if (result.ok()) {
            idempotentOk += idempotent ? 1 : 0;
            continue;
        }
        QVERIFY2(!result.message.isEmpty(), qPrintable(errorClassId(result.error)));
        QVERIFY(result.error == ErrorClass::Server || result.error == ErrorClass::Network ||
                result.error == ErrorClass::Malformed || result.error == ErrorClass::Timeout);
        if (!idempotent) {
            QVERIFY2(result.outcomeUnknown, qPrintable(result.message));
            QCOMPARE(result.attempts, 1);
            ++unknownOutcomes;
        }
    }
    // Reads are retried through the faults; creates with an unknown outcome are left to the caller.
    QVERIFY2(idempotentOk >= 238, qPrintable(QString::number(idempotentOk)));
    QVERIFY(unknownOutcomes > 0);
    QTest::qWait(0);
    QCOMPARE(results.size(), 300); // nothing finished twice
    const QJsonObject stats = sandbox.probe().stats();
    QVERIFY(at(stats, "faults.5xx").toInt() > 0 && at(stats, "faults.drop").toInt() > 0 &&
            at(stats, "faults.malformed").toInt() > 0);
}

void TestGhlClientSandbox::aSlowAnswerEndsAsATimeout() {
    sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.faults.slow = 1.0;
    options.faults.slowDelayMs = 3000;
    SandboxFixture sandbox(options);
    GhlSettings settings = sandboxGhlSettings(sandbox);
    settings.transferTimeoutMs = 300;
    settings.retry.maxAttempts = 2;
    settings.retry.baseDelayMs = 10;
    GhlClient client(settings, sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    const ApiResult result = awaitResult(client.getContact(QStringLiteral("abc")));
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Timeout));
    QCOMPARE(result.attempts, 2);
}

void TestGhlClientSandbox::readsRelatedRecordsAndWrites() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken token(sandbox.ghlToken());
    client.setTokenSource(&token);
    const ApiResult upsert = awaitResult(client.upsertContact(jsonObject(
        R"({"firstName":"Ana","lastName":"Ruiz","phone":"+14155550123","email":"ana.ruiz@example.com","gender":"female"})")));
    QVERIFY2(upsert.ok(), qPrintable(upsert.message));
    const QString id = at(upsert.json, "contact.id").toString();
    QVERIFY(!id.isEmpty());
    // locationId and unknown keys are left out, so GHL's 422 whitelist never fires.
    QVERIFY2(
        awaitResult(client.updateContact(id, jsonObject(R"({"city":"Austin","locationId":"x","bogus":1})")))
            .ok(),
        "update");
    const ApiResult note = awaitResult(client.createNote(id, jsonObject(R"({"body":"Called, no answer"})")));
    QVERIFY2(note.ok(), qPrintable(note.message));
    QCOMPARE(note.status, 201);
    const ApiResult task = awaitResult(client.createTask(
        id, jsonObject(R"({"title":"Call back","dueDate":"2026-12-01T15:00:00.000Z","completed":false})")));
    QVERIFY2(task.ok(), qPrintable(task.message));
    const QString taskId = at(task.json, "task.id").toString();
    QVERIFY(awaitResult(client.setTaskCompleted(id, taskId, true)).ok());
    QVERIFY(awaitResult(client.addTags(id, {QStringLiteral("called"), QStringLiteral("vip")})).ok());
    const ApiResult removed = awaitResult(client.removeTags(id, {QStringLiteral("vip")}));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const ApiResult contact = awaitResult(client.getContact(id));
    QCOMPARE(at(contact.json, "contact.city").toString(), QStringLiteral("Austin"));
    QCOMPARE(at(contact.json, "contact.tags").toArray(), QJsonArray{QStringLiteral("called")});
    QCOMPARE(at(awaitResult(client.listNotes(id)).json, "notes").toArray().size(), 1);
    const QJsonArray tasks = at(awaitResult(client.listTasks(id)).json, "tasks").toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(at(tasks.at(0), "completed").toBool(), true);
    QVERIFY(awaitResult(client.listAppointments(id)).ok());
    const ApiResult fields = awaitResult(client.customFields());
    QVERIFY(!at(fields.json, "customFields").toArray().isEmpty());
    const ApiResult missing = awaitResult(client.getContact(QStringLiteral("doesNotExist00000000")));
    QCOMPARE(errorClassId(missing.error), errorClassId(ErrorClass::NotFound));
}

void TestGhlClientSandbox::probesScopesWithoutSideEffects() {
    SandboxFixture sandbox;
    for (const auto& [token, canWrite] :
         {std::pair{sandbox.ghlToken(), true}, {sandbox.readonlyToken(), false}}) {
        GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
        auth::PrivateIntegrationToken source(token);
        client.setTokenSource(&source);
        GhlScopeProbe probe(&client);
        QSignalSpy finished(&probe, &GhlScopeProbe::finished);
        probe.start();
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<GhlScopeProbe::Report>();
        QVERIFY2(report.result.ok(), qPrintable(report.result.message));
        QCOMPARE(report.scopes.value(GhlScope::contactsRead), true);
        QCOMPARE(report.scopes.value(GhlScope::contactsWrite), canWrite);
        QVERIFY(report.scopes.contains(GhlScope::customFieldsRead));
    }
    const QJsonObject state = sandbox.probe().state();
    QVERIFY(!QJsonDocument(state).toJson().contains("fieldlinkScopeProbe0"));
}

void TestGhlClientSandbox::refusesAReadonlyTokensWriteBeforeSending() {
    SandboxFixture sandbox;
    GhlClient client(sandboxGhlSettings(sandbox), sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken source(sandbox.readonlyToken());
    client.setTokenSource(&source);
    GhlScopeProbe probe(&client);
    QSignalSpy probed(&probe, &GhlScopeProbe::finished);
    probe.start();
    QVERIFY(probed.wait(30000));
    source.setGrantedScopes(probed.at(0).at(0).value<GhlScopeProbe::Report>().granted());
    const int before = at(sandbox.probe().stats(), "ghl.requests").toInt();
    const ApiResult result =
        awaitResult(client.createNote(QStringLiteral("anyContact0000000000"), jsonObject(R"({"body":"x"})")));
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Scope));
    QCOMPARE(result.attempts, 0);
    QVERIFY(result.message.contains(GhlScope::contactsWrite));
    const int after = at(sandbox.probe().stats(), "ghl.requests").toInt();
    QCOMPARE(after, before);
}

void TestGhlClientSandbox::explainsAWrongLocation() {
    SandboxFixture sandbox;
    GhlSettings settings = sandboxGhlSettings(sandbox);
    settings.locationId = QStringLiteral("someoneElsesLocation");
    GhlClient client(settings, sandbox.network(), SystemClock::instance(), nullptr);
    auth::PrivateIntegrationToken source(sandbox.ghlToken());
    client.setTokenSource(&source);
    const ApiResult result = awaitResult(client.customFields());
    QCOMPARE(errorClassId(result.error), errorClassId(ErrorClass::Auth));
    QVERIFY2(result.message.contains(QLatin1String("location")), qPrintable(result.message));
    auth::PrivateIntegrationToken wrong(QStringLiteral("pit-not-a-real-token-000"));
    client.setTokenSource(&wrong);
    const ApiResult bad = awaitResult(client.listContacts(1));
    QCOMPARE(errorClassId(bad.error), errorClassId(ErrorClass::Auth));
}

FIELDLINK_TEST_MAIN(TestGhlClientSandbox, QCoreApplication)
#include "TestGhlClientSandbox.moc"
