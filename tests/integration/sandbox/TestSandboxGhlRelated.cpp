// Tasks, notes, appointments, tags and custom field definitions (docs/api.md, "GHL: endpoints and scopes").
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::test;

class TestSandboxGhlRelated : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tasksFollowTheirLifecycle();
    void taskCreateNeedsTitleDueDateAndCompleted();
    void notesFollowTheirLifecycle();
    void noteBodiesRejectLocationId();
    void appointmentsComeAsEvents();
    void tagsAreAddedAndRemovedWithABody();
    void customFieldDefinitionsByIdOrKey();
    void relatedRoutesOfAnUnknownContactAre400();
    void taskSearchPagesThroughTheOpenTasksOfManyContacts();
    void taskSearchFiltersAndValidates();

private:
    SandboxFixture m_sandbox;
    QString m_contactPath;
};

void TestSandboxGhlRelated::init() {
    const HttpResult created = m_sandbox.probe().ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","firstName":"Related"})", {m_sandbox.locationId()}));
    QCOMPARE(created.status, 201);
    m_contactPath = QStringLiteral("/contacts/") + at(created.json(), "contact.id").toString();
}

void TestSandboxGhlRelated::tasksFollowTheirLifecycle() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created = probe.ghl("POST", m_contactPath + QStringLiteral("/tasks"),
                                         jsonObject(R"({"title":"Call back","body":"About the quote",
                                                        "dueDate":"2026-12-01T15:00:00+01:00","completed":false})"));
    QCOMPARE(created.status, 201);
    const QString taskId = at(created.json(), "task.id").toString();
    QCOMPARE(at(created.json(), "task.dueDate").toString(), text("2026-12-01T14:00:00.000Z"));
    QCOMPARE(at(created.json(), "task.contactId").toString(), m_contactPath.section(QLatin1Char('/'), 2));
    const QString taskPath = m_contactPath + QStringLiteral("/tasks/") + taskId;

    const HttpResult updated = probe.ghl("PUT", taskPath, jsonObject(R"({"title":"Call back - urgent"})"));
    QCOMPARE(updated.status, 200);
    QCOMPARE(at(updated.json(), "task.title").toString(), text("Call back - urgent"));
    QCOMPARE(at(updated.json(), "task.body").toString(), text("About the quote"));

    const HttpResult completed =
        probe.ghl("PUT", taskPath + QStringLiteral("/completed"), jsonObject(R"({"completed":true})"));
    QCOMPARE(completed.status, 200);
    QCOMPARE(at(completed.json(), "task.completed").toBool(), true);

    QCOMPARE(at(probe.ghl("GET", taskPath).json(), "task.completed").toBool(), true);
    QCOMPARE(at(probe.ghl("GET", m_contactPath + QStringLiteral("/tasks")).json(), "tasks").toArray().size(),
             1);
    const HttpResult deleted = probe.ghl("DELETE", taskPath);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(at(deleted.json(), "succeded").toBool(), true);
    QCOMPARE(at(probe.ghl("GET", m_contactPath + QStringLiteral("/tasks")).json(), "tasks").toArray().size(),
             0);
    QCOMPARE(probe.ghl("GET", taskPath).status, 400);
}

void TestSandboxGhlRelated::taskCreateNeedsTitleDueDateAndCompleted() {
    const HttpResult reply = m_sandbox.probe().ghl("POST", m_contactPath + QStringLiteral("/tasks"),
                                                   jsonObject(R"({"body":"no title","dueDate":"tomorrow"})"));
    QCOMPARE(reply.status, 422);
    const QJsonArray messages = at(reply.json(), "message").toArray();
    QVERIFY(messages.contains(text("title should not be empty")));
    QVERIFY(messages.contains(text("completed should not be empty")));
    QVERIFY(messages.contains(text("dueDate must be a valid ISO 8601 date string")));
}

void TestSandboxGhlRelated::notesFollowTheirLifecycle() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created = probe.ghl("POST", m_contactPath + QStringLiteral("/notes"),
                                         jsonObject(R"({"body":"Llamar después de las 5 🌅","pinned":true})"));
    QCOMPARE(created.status, 201);
    QCOMPARE(at(created.json(), "note.body").toString(), text("Llamar después de las 5 🌅"));
    QVERIFY(!at(created.json(), "note.dateAdded").toString().isEmpty());
    const QString notePath =
        m_contactPath + QStringLiteral("/notes/") + at(created.json(), "note.id").toString();
    QCOMPARE(
        at(probe.ghl("PUT", notePath, jsonObject(R"({"body":"Edited"})")).json(), "note.body").toString(),
        text("Edited"));
    QCOMPARE(at(probe.ghl("GET", notePath).json(), "note.body").toString(), text("Edited"));
    QCOMPARE(at(probe.ghl("GET", m_contactPath + QStringLiteral("/notes")).json(), "notes").toArray().size(),
             1);
    QCOMPARE(probe.ghl("DELETE", notePath).status, 200);
    QCOMPARE(probe.ghl("GET", notePath).status, 400);
    const HttpResult empty =
        probe.ghl("POST", m_contactPath + QStringLiteral("/notes"), jsonObject(R"({"body":"  "})"));
    QCOMPARE(empty.status, 422);
}

void TestSandboxGhlRelated::noteBodiesRejectLocationId() {
    const HttpResult reply =
        m_sandbox.probe().ghl("POST", m_contactPath + QStringLiteral("/notes"),
                              jsonObject(R"({"body":"x","locationId":"%1"})", {m_sandbox.locationId()}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(at(reply.json(), "message.0").toString(), text("property locationId should not exist"));
}

void TestSandboxGhlRelated::appointmentsComeAsEvents() {
    HttpProbe probe = m_sandbox.probe();
    QString withAppointments;
    for (const QJsonValue& contact : at(probe.state(), "ghl.contacts").toArray()) {
        if (!at(contact, "appointments").toArray().isEmpty()) {
            withAppointments = at(contact, "id").toString();
            break;
        }
    }
    QVERIFY(!withAppointments.isEmpty());
    const HttpResult reply =
        probe.ghl("GET", QStringLiteral("/contacts/%1/appointments").arg(withAppointments));
    QCOMPARE(reply.status, 200);
    const QJsonValue first = at(reply.json(), "events.0");
    QCOMPARE(at(first, "contactId").toString(), withAppointments);
    // GHL's contacts API shows appointment times without a zone: "2021-07-16 11:00:00".
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"))
                .match(at(first, "startTime").toString())
                .hasMatch());
    QCOMPARE(at(probe.ghl("GET", m_contactPath + QStringLiteral("/appointments")).json(), "events")
                 .toArray()
                 .size(),
             0);
}

void TestSandboxGhlRelated::tagsAreAddedAndRemovedWithABody() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult added = probe.ghl("POST", m_contactPath + QStringLiteral("/tags"),
                                       jsonObject(R"({"tags":["hot","vip","hot"]})"));
    QCOMPARE(added.status, 201);
    QCOMPARE(at(added.json(), "tags").toArray(), QJsonArray({text("hot"), text("vip")}));
    const HttpResult removed =
        probe.ghl("DELETE", m_contactPath + QStringLiteral("/tags"), jsonObject(R"({"tags":["hot"]})"));
    QCOMPARE(removed.status, 200);
    QCOMPARE(at(removed.json(), "tags").toArray(), QJsonArray({text("vip")}));
    QCOMPARE(at(probe.ghl("GET", m_contactPath).json(), "contact.tags").toArray(), QJsonArray({text("vip")}));
    QCOMPARE(
        probe.ghl("POST", m_contactPath + QStringLiteral("/tags"), jsonObject(R"({"tags":"hot"})")).status,
        422);
}

void TestSandboxGhlRelated::customFieldDefinitionsByIdOrKey() {
    HttpProbe probe = m_sandbox.probe();
    const QString base = QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId());
    QUrlQuery contactModel;
    contactModel.addQueryItem(QStringLiteral("model"), QStringLiteral("contact"));
    const QJsonArray fields = at(probe.ghl("GET", base, {}, contactModel).json(), "customFields").toArray();
    QSet<QString> types;
    for (const QJsonValue& field : fields) {
        types.insert(at(field, "dataType").toString());
        QVERIFY(at(field, "fieldKey").toString().startsWith(QLatin1String("contact.")));
    }
    QVERIFY(types.size() >= 8); // text, numbers, money, options, dates, phone...
    const QString id = at(fields.first(), "id").toString();
    QCOMPARE(at(probe.ghl("GET", base + QLatin1Char('/') + id).json(), "customField.id").toString(), id);
    const QString key = at(fields.first(), "fieldKey").toString();
    QCOMPARE(at(probe.ghl("GET", base + QLatin1Char('/') + key).json(), "customField.id").toString(), id);
    QUrlQuery opportunities;
    opportunities.addQueryItem(QStringLiteral("model"), QStringLiteral("opportunity"));
    QCOMPARE(at(probe.ghl("GET", base, {}, opportunities).json(), "customFields").toArray().size(), 0);
    QCOMPARE(probe.ghl("GET", base + QStringLiteral("/nope")).status, 400);
}

namespace {

/// `count` tasks on the contact at `contactPath`, titled "<prefix> 1" …; every third one done.
void addTasks(HttpProbe& probe, const QString& contactPath, const QString& prefix, int count) {
    for (int i = 1; i <= count; ++i) {
        const HttpResult created =
            probe.ghl("POST", contactPath + QStringLiteral("/tasks"),
                      jsonObject(R"({"title":"%1 %2","dueDate":"2026-12-01T15:00:00Z","completed":%3})",
                                 {prefix, QString::number(i),
                                  i % 3 == 0 ? QStringLiteral("true") : QStringLiteral("false")}));
        QCOMPARE(created.status, 201);
    }
}

QStringList titles(const HttpResult& reply) {
    QStringList result;
    for (const QJsonValue& task : at(reply.json(), "tasks").toArray())
        result << at(task, "title").toString();
    return result;
}

} // namespace

void TestSandboxGhlRelated::taskSearchPagesThroughTheOpenTasksOfManyContacts() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult other =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Other"})", {m_sandbox.locationId()}));
    QCOMPARE(other.status, 201);
    const QString otherPath = QStringLiteral("/contacts/") + at(other.json(), "contact.id").toString();
    addTasks(probe, m_contactPath, QStringLiteral("First"), 6);
    addTasks(probe, otherPath, QStringLiteral("Second"), 3);
    const QString search = QStringLiteral("/locations/%1/tasks/search").arg(m_sandbox.locationId());
    const QJsonArray both{m_contactPath.section(QLatin1Char('/'), 2), otherPath.section(QLatin1Char('/'), 2)};

    QStringList seen;
    for (int skip = 0;; skip += 2) {
        const HttpResult page = probe.ghl("POST", search,
                                          QJsonObject{{QStringLiteral("contactId"), both},
                                                      {QStringLiteral("completed"), false},
                                                      {QStringLiteral("limit"), 2},
                                                      {QStringLiteral("skip"), skip}});
        QCOMPARE(page.status, 200);
        seen << titles(page);
        for (const QJsonValue& task : at(page.json(), "tasks").toArray()) {
            QVERIFY(both.contains(at(task, "contactId")));
            QCOMPARE(at(task, "completed").toBool(), false);
        }
        if (titles(page).size() < 2)
            break;
        QVERIFY(skip < 20);
    }
    // 4 open of the first contact's 6 and 2 of the second's 3, each once, in a stable order.
    QCOMPARE(seen.size(), 6);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);
    QVERIFY(!seen.contains(QStringLiteral("First 3")) && !seen.contains(QStringLiteral("Second 3")));

    // Done ones with completed=true (without `limit`: 25 a page, the spec's default).
    const HttpResult done =
        probe.ghl("POST", search,
                  QJsonObject{{QStringLiteral("contactId"), both}, {QStringLiteral("completed"), true}});
    QStringList doneTitles = titles(done);
    doneTitles.sort();
    QCOMPARE(doneTitles,
             (QStringList{QStringLiteral("First 3"), QStringLiteral("First 6"), QStringLiteral("Second 3")}));
}

void TestSandboxGhlRelated::taskSearchFiltersAndValidates() {
    HttpProbe probe = m_sandbox.probe();
    addTasks(probe, m_contactPath, QStringLiteral("Quote"), 2);
    const QString search = QStringLiteral("/locations/%1/tasks/search").arg(m_sandbox.locationId());
    const QJsonArray one{m_contactPath.section(QLatin1Char('/'), 2)};
    const HttpResult byQuery = probe.ghl("POST", search,
                                         QJsonObject{{QStringLiteral("contactId"), one},
                                                     {QStringLiteral("query"), QStringLiteral("quote 2")}});
    QCOMPARE(titles(byQuery), QStringList{QStringLiteral("Quote 2")});

    const HttpResult wrong =
        probe.ghl("POST", search, jsonObject(R"({"contactId":"one","limit":0,"locationId":"x"})"));
    QCOMPARE(wrong.status, 422);
    const QJsonArray messages = at(wrong.json(), "message").toArray();
    QVERIFY(messages.contains(text("contactId must be an array of strings")));
    QVERIFY(messages.contains(text("limit must be a positive number")));
    QVERIFY(messages.contains(text("property locationId should not exist")));

    // Its own scope: a token without locations/tasks.readonly is refused.
    HttpProbe readonly = m_sandbox.probe();
    readonly.setGhlToken(m_sandbox.readonlyToken());
    QCOMPARE(readonly.ghl("POST", search, QJsonObject{{QStringLiteral("contactId"), one}}).status, 401);
}

void TestSandboxGhlRelated::relatedRoutesOfAnUnknownContactAre400() {
    HttpProbe probe = m_sandbox.probe();
    for (const char* suffix : {"/tasks", "/notes", "/appointments"})
        QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/unknown") + text(suffix)).status, 400);
}

FIELDLINK_TEST_MAIN(TestSandboxGhlRelated, QCoreApplication)
#include "TestSandboxGhlRelated.moc"
