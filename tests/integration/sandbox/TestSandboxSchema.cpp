// Every GHL response the sandbox gives, checked against HighLevel's official OpenAPI response schemas.
#include "support/JsonHelpers.h"
#include "support/OpenApiValidator.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::test;

class TestSandboxSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validatorCatchesWrongShapes();
    void everySeededContactConforms();
    void contactWritesConform();
    void contactUpdateWithDndAndCallFieldsConforms();
    void listsConform();
    void relatedDataConforms();
    void customFieldDefinitionsConform();
    void taskSearchConforms();
    void oauthTokenConforms();
    void errorBodiesConform();

private:
    QString conformance(const HttpResult& reply, int status, const char* file, const char* schema) const;
    static fieldlink::sandbox::SandboxOptions unlimited();
    OpenApiValidator m_validator;
    SandboxFixture m_sandbox{unlimited()};
};

/// Stops the test function at the first response that does not conform.
#define EXPECT_CONFORMS(reply, status, file, schema)                                                         \
    do {                                                                                                     \
        const QString problem = conformance(reply, status, file, schema);                                    \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                    \
    } while (false)

fieldlink::sandbox::SandboxOptions TestSandboxSchema::unlimited() {
    // This test is about shapes, not budgets: it sends a few hundred requests in a second or two.
    auto options = SandboxFixture::defaultOptions();
    options.ghlLimits.burstLimit = 1000000;
    return options;
}

void TestSandboxSchema::initTestCase() {
    QVERIFY(m_validator.load(QStringLiteral(SANDBOX_OPENAPI_DIR)));
    // The contacts spec types a custom field value as a string, but the live API returns numbers for
    // NUMERICAL / MONETORY fields and arrays for CHECKBOX / MULTIPLE_OPTIONS ones;
    // the sandbox follows the live API, and docs/sandbox.md records the difference from the spec.
    m_validator.allowAnyType(QStringLiteral("CustomFieldSchema"), QStringLiteral("value"));
    // The update DTO types a number field's field_value as an object while its own example is the number
    // 100, which is what the API takes for NUMERICAL fields.
    m_validator.allowAnyType(QStringLiteral("NumericField"), QStringLiteral("field_value"));
    // The task search's response types each item of `tasks` as an array with no item schema, a gap in the
    // spec: the sandbox answers with the tasks themselves, and taskSearchConforms checks each against the
    // contacts spec's TaskSchema (docs/sandbox.md).
    m_validator.allowAnyType(QStringLiteral("LocationTaskListSuccessfulResponseDto"),
                             QStringLiteral("tasks"));
}

QString TestSandboxSchema::conformance(const HttpResult& reply, int status, const char* file,
                                       const char* schema) const {
    if (reply.status != status)
        return QStringLiteral("%1: status %2, expected %3: %4")
            .arg(text(schema))
            .arg(reply.status)
            .arg(status)
            .arg(QString::fromUtf8(reply.body.left(300)));
    if (!reply.isJson())
        return text(schema) + QStringLiteral(": body is not JSON");
    const QStringList problems = m_validator.validate(reply.json(), text(file), text(schema));
    return problems.isEmpty() ? QString()
                              : text(schema) + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
}

void TestSandboxSchema::validatorCatchesWrongShapes() {
    // The checker itself must be able to fail, or the tests below prove nothing.
    QVERIFY(!m_validator
                 .validate(jsonObject(R"({"contact":{"dnd":"no","tags":[1]}})"), text("apps/contacts.json"),
                           text("ContactsByIdSuccessfulResponseDto"))
                 .isEmpty());
    QVERIFY(!m_validator
                 .validate(jsonObject(R"({"contact":{"customFields":[{"id":5}]}})"),
                           text("apps/contacts.json"), text("ContactsByIdSuccessfulResponseDto"))
                 .isEmpty());
    QVERIFY(!m_validator
                 .validate(jsonObject(R"({"task":{"completed":"yes"}})"), text("apps/contacts.json"),
                           text("TaskByIsSuccessfulResponseDto"))
                 .isEmpty());
    QVERIFY(!m_validator
                 .validate(jsonObject(R"({"statusCode":422,"message":"not an array"})"),
                           text("common/common-schemas.json"), text("UnprocessableDTO"))
                 .isEmpty());
    QVERIFY(m_validator
                .validate(jsonObject(R"({"contact":{"dnd":false,"tags":["a"]}})"), text("apps/contacts.json"),
                          text("ContactsByIdSuccessfulResponseDto"))
                .isEmpty());
}

void TestSandboxSchema::everySeededContactConforms() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray contacts = at(probe.state(), "ghl.contacts").toArray();
    QCOMPARE(contacts.size(), 60);
    for (const QJsonValue& contact : contacts)
        EXPECT_CONFORMS(probe.ghl("GET", QStringLiteral("/contacts/") + at(contact, "id").toString()), 200,
                        "apps/contacts.json", "ContactsByIdSuccessfulResponseDto");
}

void TestSandboxSchema::contactWritesConform() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(
            R"({"locationId":"%1","firstName":"Schema","email":"schema@example.com","phone":"+14155550190",
            "dndSettings":{"Call":{"status":"inactive"}},"tags":["a"]})",
            {m_sandbox.locationId()}));
    EXPECT_CONFORMS(created, 201, "apps/contacts.json", "CreateContactsSuccessfulResponseDto");
    const QString path = QStringLiteral("/contacts/") + at(created.json(), "contact.id").toString();
    EXPECT_CONFORMS(probe.ghl("PUT", path, jsonObject(R"({"lastName":"Checked"})")), 200,
                    "apps/contacts.json", "UpdateContactsSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("POST", QStringLiteral("/contacts/upsert"),
                              jsonObject(R"({"locationId":"%1","email":"schema@example.com"})",
                                         {m_sandbox.locationId()})),
                    200, "apps/contacts.json", "UpsertContactsSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("POST", path + QStringLiteral("/tags"), jsonObject(R"({"tags":["b"]})")), 201,
                    "apps/contacts.json", "CreateAddTagSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("DELETE", path + QStringLiteral("/tags"), jsonObject(R"({"tags":["b"]})")), 200,
                    "apps/contacts.json", "CreateDeleteTagSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("DELETE", path), 200, "apps/contacts.json",
                    "DeleteContactsSuccessfulResponseDto");
}

void TestSandboxSchema::contactUpdateWithDndAndCallFieldsConforms() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray definitions =
        at(probe.ghl("GET", QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId())).json(),
           "customFields")
            .toArray();
    auto idOf = [&](const char* key) {
        for (const QJsonValue& definition : definitions)
            if (at(definition, "fieldKey").toString() == text(key))
                return at(definition, "id").toString();
        return QString();
    };
    // The request Fieldlink sends for a call outcome, checked against the update DTO before it is sent.
    const QJsonObject body =
        jsonObject(R"({"dndSettings":{"Call":{"status":"active","message":"Do Not Call, call of 3 Dec"},
                                      "SMS":{"status":"active","message":"Do Not Call","code":""}},
                       "customFields":[{"id":"%1","field_value":"Do Not Call"},
                                       {"id":"%2","field_value":"2026-12-03"},
                                       {"id":"%3","field_value":42}]})",
                   {idOf("contact.last_call_outcome"), idOf("contact.last_call_date"),
                    idOf("contact.last_call_duration")});
    const QStringList requestProblems =
        m_validator.validate(body, text("apps/contacts.json"), text("UpdateContactDto"));
    QVERIFY2(requestProblems.isEmpty(), qPrintable(requestProblems.join(QStringLiteral("; "))));
    const QString path = QStringLiteral("/contacts/") + at(probe.state(), "ghl.contacts.1.id").toString();
    EXPECT_CONFORMS(probe.ghl("PUT", path, body), 200, "apps/contacts.json",
                    "UpdateContactsSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("GET", path), 200, "apps/contacts.json", "ContactsByIdSuccessfulResponseDto");
}

void TestSandboxSchema::listsConform() {
    HttpProbe probe = m_sandbox.probe();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    EXPECT_CONFORMS(probe.ghl("GET", QStringLiteral("/contacts/"), {}, query), 200, "apps/contacts.json",
                    "ContactsSearchSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("GET", QStringLiteral("/contacts/business/bizAcmeHoldings00001"), {}, query),
                    200, "apps/contacts.json", "ContactsSearchSuccessfulResponseDto");
}

void TestSandboxSchema::relatedDataConforms() {
    HttpProbe probe = m_sandbox.probe();
    for (const QJsonValue& contact : at(probe.state(), "ghl.contacts").toArray()) {
        const QString path = QStringLiteral("/contacts/") + at(contact, "id").toString();
        EXPECT_CONFORMS(probe.ghl("GET", path + QStringLiteral("/tasks")), 200, "apps/contacts.json",
                        "TasksListSuccessfulResponseDto");
        EXPECT_CONFORMS(probe.ghl("GET", path + QStringLiteral("/notes")), 200, "apps/contacts.json",
                        "GetNotesListSuccessfulResponseDto");
        EXPECT_CONFORMS(probe.ghl("GET", path + QStringLiteral("/appointments")), 200, "apps/contacts.json",
                        "GetEventsSuccessfulResponseDto");
    }
    const QString path = QStringLiteral("/contacts/") + at(probe.state(), "ghl.contacts.0.id").toString();
    const HttpResult task =
        probe.ghl("POST", path + QStringLiteral("/tasks"),
                  jsonObject(R"({"title":"t","dueDate":"2026-12-24T10:00:00Z","completed":false})"));
    EXPECT_CONFORMS(task, 201, "apps/contacts.json", "TaskByIsSuccessfulResponseDto");
    const QString taskPath = path + QStringLiteral("/tasks/") + at(task.json(), "task.id").toString();
    EXPECT_CONFORMS(probe.ghl("GET", taskPath), 200, "apps/contacts.json", "TaskByIsSuccessfulResponseDto");
    EXPECT_CONFORMS(
        probe.ghl("PUT", taskPath + QStringLiteral("/completed"), jsonObject(R"({"completed":true})")), 200,
        "apps/contacts.json", "TaskByIsSuccessfulResponseDto");
    EXPECT_CONFORMS(probe.ghl("DELETE", taskPath), 200, "apps/contacts.json",
                    "DeleteTaskSuccessfulResponseDto");
    const HttpResult note = probe.ghl("POST", path + QStringLiteral("/notes"), jsonObject(R"({"body":"n"})"));
    EXPECT_CONFORMS(note, 201, "apps/contacts.json", "GetCreateUpdateNoteSuccessfulResponseDto");
    // A call's later events add to its note through this update.
    EXPECT_CONFORMS(probe.ghl("PUT", path + QStringLiteral("/notes/") + at(note.json(), "note.id").toString(),
                              jsonObject(R"({"body":"n, then more"})")),
                    200, "apps/contacts.json", "GetCreateUpdateNoteSuccessfulResponseDto");
    EXPECT_CONFORMS(
        probe.ghl("DELETE", path + QStringLiteral("/notes/") + at(note.json(), "note.id").toString()), 200,
        "apps/contacts.json", "DeleteNoteSuccessfulResponseDto");
}

void TestSandboxSchema::customFieldDefinitionsConform() {
    HttpProbe probe = m_sandbox.probe();
    const QString base = QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId());
    const HttpResult list = probe.ghl("GET", base);
    EXPECT_CONFORMS(list, 200, "apps/locations.json", "CustomFieldsListSuccessfulResponseDto");
    EXPECT_CONFORMS(
        probe.ghl("GET", base + QLatin1Char('/') + at(list.json(), "customFields.0.id").toString()), 200,
        "apps/locations.json", "CustomFieldSuccessfulResponseDto");
}

void TestSandboxSchema::taskSearchConforms() {
    HttpProbe probe = m_sandbox.probe();
    const QString path = QStringLiteral("/locations/%1/tasks/search").arg(m_sandbox.locationId());
    const HttpResult reply = probe.ghl("POST", path, jsonObject(R"({"completed":false,"limit":500})"));
    EXPECT_CONFORMS(reply, 200, "apps/locations.json", "LocationTaskListSuccessfulResponseDto");
    const QJsonArray tasks = at(reply.json(), "tasks").toArray();
    QVERIFY(tasks.size() > 10);
    for (const QJsonValue& task : tasks) {
        QVERIFY(task.isObject());
        const QStringList problems =
            m_validator.validate(task, text("apps/contacts.json"), text("TaskSchema"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
    EXPECT_CONFORMS(probe.ghl("POST", path, jsonObject(R"({"contactId":"one"})")), 422,
                    "common/common-schemas.json", "UnprocessableDTO");
}

void TestSandboxSchema::oauthTokenConforms() {
    HttpProbe probe(m_sandbox.baseUrl());
    QUrlQuery authorize;
    authorize.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    authorize.addQueryItem(QStringLiteral("client_id"),
                           at(m_sandbox.credentials(), "ghl.oauthClientId").toString());
    authorize.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/cb"));
    authorize.addQueryItem(QStringLiteral("scope"), QStringLiteral("contacts.readonly"));
    const HttpResult redirect =
        probe.send("GET", probe.url(QStringLiteral("/v2/oauth/chooselocation"), authorize), {}, {});
    QCOMPARE(redirect.status, 302);
    QUrlQuery form = m_sandbox.oauthTokenForm(QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), QUrlQuery(QUrl(QString::fromUtf8(redirect.header("Location"))))
                                                  .queryItemValue(QStringLiteral("code")));
    EXPECT_CONFORMS(probe.postForm(QStringLiteral("/oauth/token"), form), 200, "apps/oauth.json",
                    "GetAccessCodeSuccessfulResponseDto");
}

void TestSandboxSchema::errorBodiesConform() {
    HttpProbe probe = m_sandbox.probe();
    EXPECT_CONFORMS(probe.ghl("GET", QStringLiteral("/contacts/unknown")), 400, "common/common-schemas.json",
                    "BadRequestDTO");
    EXPECT_CONFORMS(probe.ghl("PUT", QStringLiteral("/contacts/x"), jsonObject(R"({"locationId":"y"})")), 422,
                    "common/common-schemas.json", "UnprocessableDTO");
    HttpProbe anonymous(m_sandbox.baseUrl());
    anonymous.setGhlToken(QStringLiteral("bad"));
    EXPECT_CONFORMS(anonymous.ghl("GET", QStringLiteral("/contacts/x")), 401, "common/common-schemas.json",
                    "UnauthorizedDTO");
}

FIELDLINK_TEST_MAIN(TestSandboxSchema, QCoreApplication)
#include "TestSandboxSchema.moc"
