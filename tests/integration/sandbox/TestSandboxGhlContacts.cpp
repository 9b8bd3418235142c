// GHL contacts routes of the sandbox over real HTTP (docs/api.md, the GHL sections).
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QHash>
#include <QSet>

using namespace fieldlink::test;

class TestSandboxGhlContacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void getReturnsTheContactWrapped();
    void unknownContactIdIs400NotFound();
    void createReturns201WithDerivedFields();
    void createRejectsDuplicateEmailWithMeta();
    void createAllowsDuplicatesWhenTheLocationDoes();
    void createValidatesLikeClassValidator();
    void phonesAreStoredInE164OrRefused();
    void upsertUpdatesTheMatchOrCreates();
    void updateReplacesTagsAndRejectsLocationId();
    void deleteRemovesTheContact();
    void customFieldsAcceptIdOrKeyAndAnyValueSpelling();
    void customFieldsRejectUnknownFieldsAndNonArrays();
    void callOutcomeFieldsAreSeededEmpty();
    void updateSetsDndPerChannelAndKeepsTheRest();
    void updateRejectsBadDndSettings();
    void listPagesToTheEndWithoutGapsOrDuplicates();
    void listRejectsUnknownParametersAndLargeLimits();
    void searchFiltersAndSorts();
    void searchPagesWithSearchAfterToTheEnd();
    void searchValidatesItsBody();
    void searchUsesItsOwnContactShape();
    void duplicateSearchFindsByEmailThenPhone();
    void businessContactsPageWithSkip();

private:
    SandboxFixture m_sandbox;
};

void TestSandboxGhlContacts::getReturnsTheContactWrapped() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray contacts = at(probe.state(), "ghl.contacts").toArray();
    QVERIFY(contacts.size() == 60);
    const QString id = at(contacts.first(), "id").toString();
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/") + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(at(reply.json(), "contact.id").toString(), id);
    QCOMPARE(at(reply.json(), "contact.locationId").toString(), m_sandbox.locationId());
    QVERIFY(at(reply.json(), "contact.customFields").isArray());
    QVERIFY(!reply.json().contains(QStringLiteral("notes"))); // related data has its own routes
}

void TestSandboxGhlContacts::unknownContactIdIs400NotFound() {
    const HttpResult reply = m_sandbox.probe().ghl("GET", QStringLiteral("/contacts/doesNotExist000000000"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(at(reply.json(), "message").toString(), text("Contact with id doesNotExist000000000 not found"));
    QVERIFY(!at(reply.json(), "traceId").toString().isEmpty());
}

void TestSandboxGhlContacts::createReturns201WithDerivedFields() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult reply = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","firstName":"Zoë","lastName":"Lefèvre","email":"Zoe.L@Example.com",
                       "phone":"(415) 555-0132","tags":["new","new"," vip "],"dateOfBirth":"1990/05/17"})",
                   {m_sandbox.locationId()}));
    QCOMPARE(reply.status, 201);
    const QJsonValue contact = at(reply.json(), "contact");
    QCOMPARE(at(contact, "id").toString().size(), 20);
    QCOMPARE(at(contact, "phone").toString(), text("+14155550132"));
    QCOMPARE(at(contact, "name").toString(), text("Zoë Lefèvre"));
    QCOMPARE(at(contact, "firstNameLowerCase").toString(), text("zoë"));
    QCOMPARE(at(contact, "emailLowerCase").toString(), text("zoe.l@example.com"));
    QCOMPARE(at(contact, "tags").toArray(), QJsonArray({text("new"), text("vip")}));
    QCOMPARE(at(contact, "dateOfBirth").toString(), text("1990-05-17T00:00:00.000Z"));
    QVERIFY(at(contact, "dateAdded").toString().endsWith(QLatin1Char('Z')));
    const HttpResult fetched = probe.ghl("GET", QStringLiteral("/contacts/") + at(contact, "id").toString());
    QCOMPARE(at(fetched.json(), "contact.phone").toString(), text("+14155550132"));
}

void TestSandboxGhlContacts::createRejectsDuplicateEmailWithMeta() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult first =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Dup","email":"dup.rule@example.com"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(first.status, 201);
    const HttpResult second = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","email":"DUP.RULE@example.com"})", {m_sandbox.locationId()}));
    QCOMPARE(second.status, 400);
    QCOMPARE(at(second.json(), "message").toString(),
             text("This location does not allow duplicated contacts."));
    QCOMPARE(at(second.json(), "meta.contactId").toString(), at(first.json(), "contact.id").toString());
    QCOMPARE(at(second.json(), "meta.matchingField").toString(), text("email"));
    QCOMPARE(at(second.json(), "meta.contactName").toString(), text("Dup"));
}

void TestSandboxGhlContacts::createAllowsDuplicatesWhenTheLocationDoes() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    QCOMPARE(probe
                 .postJson(QStringLiteral("/__sandbox/ghl/settings"),
                           jsonObject(R"({"allowDuplicateContacts":true})"))
                 .status,
             200);
    const QJsonObject body =
        jsonObject(R"({"locationId":"%1","phone":"+442079460958"})", {sandbox.locationId()});
    QCOMPARE(probe.ghl("POST", QStringLiteral("/contacts/"), body).status, 201);
    QCOMPARE(probe.ghl("POST", QStringLiteral("/contacts/"), body).status, 201);
}

void TestSandboxGhlContacts::createValidatesLikeClassValidator() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult noLocation =
        probe.ghl("POST", QStringLiteral("/contacts/"), jsonObject(R"({"firstName":"A"})"));
    QCOMPARE(noLocation.status, 422);
    QCOMPARE(at(noLocation.json(), "message.0").toString(), text("locationId should not be empty"));
    const HttpResult extra =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","favouriteColour":"red","phone":"not a phone",
                                                      "email":"nope","dnd":"yes"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(extra.status, 422);
    const QJsonArray messages = at(extra.json(), "message").toArray();
    QVERIFY(messages.contains(text("property favouriteColour should not exist")));
    QVERIFY(messages.contains(text("phone must be a valid phone number")));
    QVERIFY(messages.contains(text("email must be an email")));
    QVERIFY(messages.contains(text("dnd must be a boolean value")));
    QCOMPARE(at(extra.json(), "error").toString(), text("Unprocessable Entity"));
    const HttpResult broken = probe.ghlBody("POST", QStringLiteral("/contacts/"), "{\"locationId\":");
    QCOMPARE(broken.status, 400);
}

void TestSandboxGhlContacts::phonesAreStoredInE164OrRefused() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","country":"JP","phone":"０９０-１２３４-５６７８"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(created.status, 201);
    QCOMPARE(at(created.json(), "contact.phone").toString(), text("+819012345678"));
    const QString path = QStringLiteral("/contacts/") + at(created.json(), "contact.id").toString();

    // An update reads a national number in the contact's own country; the extension is not stored.
    const HttpResult updated = probe.ghl("PUT", path, jsonObject(R"({"phone":"080-2345-6789 ext. 7"})"));
    QCOMPARE(updated.status, 200);
    QCOMPARE(at(updated.json(), "contact.phone").toString(), text("+818023456789"));

    const HttpResult words = probe.ghl("PUT", path, jsonObject(R"({"phone":"call after 5pm"})"));
    QCOMPARE(words.status, 422);
    QCOMPARE(at(words.json(), "message").toArray(), QJsonArray{text("phone must be a valid phone number")});
    QCOMPARE(at(probe.ghl("GET", path).json(), "contact.phone").toString(), text("+818023456789"));

    const HttpResult upserted =
        probe.ghl("POST", QStringLiteral("/contacts/upsert"),
                  jsonObject(R"({"locationId":"%1","email":"typed.phone@example.com","phone":"+1 (555) 01"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(upserted.status, 422);
    QCOMPARE(at(upserted.json(), "message").toArray(),
             QJsonArray{text("phone must be a valid phone number")});
    QUrlQuery byEmail;
    byEmail.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    byEmail.addQueryItem(QStringLiteral("email"), QStringLiteral("typed.phone@example.com"));
    QVERIFY(at(probe.ghl("GET", QStringLiteral("/contacts/search/duplicate"), {}, byEmail).json(), "contact")
                .isNull()); // nothing was created
}

void TestSandboxGhlContacts::upsertUpdatesTheMatchOrCreates() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/upsert"),
                  jsonObject(R"({"locationId":"%1","email":"upsert.me@example.com","firstName":"Up"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(created.status, 200);
    QCOMPARE(at(created.json(), "new").toBool(), true);
    QVERIFY(!at(created.json(), "traceId").toString().isEmpty());
    const HttpResult updated =
        probe.ghl("POST", QStringLiteral("/contacts/upsert"),
                  jsonObject(R"({"locationId":"%1","email":"UPSERT.ME@example.com","lastName":"Dated"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(updated.status, 200);
    QCOMPARE(at(updated.json(), "new").toBool(), false);
    QCOMPARE(at(updated.json(), "contact.id").toString(), at(created.json(), "contact.id").toString());
    QCOMPARE(at(updated.json(), "contact.firstName").toString(), text("Up"));
    QCOMPARE(at(updated.json(), "contact.lastName").toString(), text("Dated"));
}

void TestSandboxGhlContacts::updateReplacesTagsAndRejectsLocationId() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","firstName":"Tag","tags":["a","b"]})", {m_sandbox.locationId()}));
    const QString path = QStringLiteral("/contacts/") + at(created.json(), "contact.id").toString();
    const HttpResult updated = probe.ghl("PUT", path, jsonObject(R"({"tags":["c"],"companyName":"Acme"})"));
    QCOMPARE(updated.status, 200);
    QCOMPARE(at(updated.json(), "succeded").toBool(), true); // sic, as GHL spells it
    QCOMPARE(at(updated.json(), "contact.tags").toArray(), QJsonArray({text("c")}));
    QCOMPARE(at(updated.json(), "contact.companyName").toString(), text("Acme"));
    const HttpResult withLocation =
        probe.ghl("PUT", path, jsonObject(R"({"locationId":"%1"})", {m_sandbox.locationId()}));
    QCOMPARE(withLocation.status, 422);
    QCOMPARE(at(withLocation.json(), "message.0").toString(), text("property locationId should not exist"));
    QCOMPARE(probe.ghl("PUT", QStringLiteral("/contacts/nope"), jsonObject(R"({"firstName":"x"})")).status,
             400);
}

void TestSandboxGhlContacts::deleteRemovesTheContact() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Gone"})", {m_sandbox.locationId()}));
    const QString path = QStringLiteral("/contacts/") + at(created.json(), "contact.id").toString();
    const HttpResult deleted = probe.ghl("DELETE", path);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(at(deleted.json(), "succeded").toBool(), true);
    QCOMPARE(probe.ghl("GET", path).status, 400);
    QCOMPARE(probe.ghl("DELETE", path).status, 400);
}

void TestSandboxGhlContacts::customFieldsAcceptIdOrKeyAndAnyValueSpelling() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray definitions =
        at(probe.ghl("GET", QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId())).json(),
           "customFields")
            .toArray();
    QVERIFY(definitions.size() >= 8);
    auto idOf = [&](const char* key) {
        for (const QJsonValue& definition : definitions)
            if (at(definition, "fieldKey").toString() == text(key))
                return at(definition, "id").toString();
        return QString();
    };
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Custom","customFields":[
            {"id":"%2","field_value":"By id"},
            {"key":"budget","fieldValue":1234.5},
            {"key":"contact.services_interested","value":["Solar","HVAC"]}]})",
                             {m_sandbox.locationId(), idOf("contact.lead_source_detail")}));
    QCOMPARE(created.status, 201);
    QJsonObject byId;
    for (const QJsonValue& entry : at(created.json(), "contact.customFields").toArray()) {
        QCOMPARE(entry.toObject().keys(),
                 QStringList({text("id"), text("value")})); // output is {id, value} only
        byId.insert(at(entry, "id").toString(), at(entry, "value"));
    }
    QCOMPARE(byId.value(idOf("contact.lead_source_detail")).toString(), text("By id"));
    QCOMPARE(byId.value(idOf("contact.budget")).toDouble(), 1234.5);
    QCOMPARE(byId.value(idOf("contact.services_interested")).toArray().size(), 2);
}

void TestSandboxGhlContacts::customFieldsRejectUnknownFieldsAndNonArrays() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult unknown = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","customFields":[{"key":"no_such_field","field_value":"x"}]})",
                   {m_sandbox.locationId()}));
    QCOMPARE(unknown.status, 400);
    const HttpResult notArray = probe.ghl(
        "POST", QStringLiteral("/contacts/"),
        jsonObject(R"({"locationId":"%1","customFields":{"key":"budget"}})", {m_sandbox.locationId()}));
    QCOMPARE(notArray.status, 422);
    QCOMPARE(at(notArray.json(), "message.0").toString(), text("customFields must be an array"));
}

void TestSandboxGhlContacts::callOutcomeFieldsAreSeededEmpty() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray definitions =
        at(probe.ghl("GET", QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId())).json(),
           "customFields")
            .toArray();
    QHash<QString, QString> typeByKey;
    QHash<QString, QString> nameByKey;
    for (const QJsonValue& definition : definitions) {
        typeByKey.insert(at(definition, "fieldKey").toString(), at(definition, "dataType").toString());
        nameByKey.insert(at(definition, "fieldKey").toString(), at(definition, "name").toString());
    }
    const QList<std::pair<const char*, const char*>> expected = {
        {"contact.last_call_outcome", "TEXT"},   {"contact.last_call_date", "DATE"},
        {"contact.last_call_agent", "TEXT"},     {"contact.last_call_duration", "NUMERICAL"},
        {"contact.last_call_recording", "TEXT"}, {"contact.kixie_call_count", "NUMERICAL"}};
    for (const auto& [key, type] : expected)
        QCOMPARE(typeByKey.value(text(key)), text(type));
    QCOMPARE(nameByKey.value(text("contact.last_call_duration")), text("Last call duration (s)"));
    QCOMPARE(nameByKey.value(text("contact.kixie_call_count")), text("Kixie calls"));
    QVERIFY(typeByKey.contains(text("contact.budget"))); // the older fields are still there
    // No seeded contact has a call outcome yet.
    for (const QJsonValue& contact : at(probe.state(), "ghl.contacts").toArray())
        for (const auto& [key, type] : expected)
            QVERIFY(!at(contact, "customFieldsByKey").toObject().contains(text(key)));
}

void TestSandboxGhlContacts::updateSetsDndPerChannelAndKeepsTheRest() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Pilar","lastName":"Peña","source":"Web form",
                       "dndSettings":{"Email":{"status":"active","message":"Unsubscribed"}},
                       "customFields":[{"key":"budget","field_value":500}]})",
                             {m_sandbox.locationId()}));
    QCOMPARE(created.status, 201);
    const QString id = at(created.json(), "contact.id").toString();
    const QString path = QStringLiteral("/contacts/") + id;

    const HttpResult updated = probe.ghl(
        "PUT", path,
        jsonObject(R"({"dndSettings":{"Call":{"status":"active","message":"Do Not Call on 3 Dec","code":""},
                                      "SMS":{"status":"active","message":"Do Not Call on 3 Dec"}},
                       "customFields":[{"key":"contact.last_call_outcome","field_value":"Do Not Call"},
                                       {"key":"last_call_duration","field_value":42},
                                       {"key":"contact.last_call_date","field_value":"2026-12-03"}]})"));
    QCOMPARE(updated.status, 200);

    const QJsonObject contact = at(probe.ghl("GET", path).json(), "contact").toObject();
    QCOMPARE(at(contact, "dndSettings.Call.status").toString(), text("active"));
    QCOMPARE(at(contact, "dndSettings.Call.message").toString(), text("Do Not Call on 3 Dec"));
    QCOMPARE(at(contact, "dndSettings.SMS.status").toString(), text("active"));
    QCOMPARE(at(contact, "dndSettings.SMS.code").toString(), QString()); // filled in, as GHL returns it
    // Channels and fields the update did not name are untouched.
    QCOMPARE(at(contact, "dndSettings.Email.message").toString(), text("Unsubscribed"));
    QCOMPARE(at(contact, "source").toString(), text("Web form"));
    QCOMPARE(at(contact, "lastName").toString(), text("Peña"));

    QJsonObject byKey;
    for (const QJsonValue& state : at(probe.state(), "ghl.contacts").toArray())
        if (at(state, "id").toString() == id)
            byKey = at(state, "customFieldsByKey").toObject();
    QCOMPARE(byKey.value(text("contact.last_call_outcome")).toString(), text("Do Not Call"));
    QCOMPARE(byKey.value(text("contact.last_call_duration")).toInt(), 42);
    QCOMPARE(byKey.value(text("contact.last_call_date")).toString(), text("2026-12-03"));
    QCOMPARE(byKey.value(text("contact.budget")).toInt(), 500);
    QCOMPARE(contact.value(QStringLiteral("customFields")).toArray().size(), 4);

    // A later update of one field leaves the others and the DND as they are.
    QCOMPARE(
        probe
            .ghl("PUT", path,
                 jsonObject(
                     R"({"customFields":[{"key":"contact.last_call_outcome","field_value":"Answered"}]})"))
            .status,
        200);
    const QJsonObject after = at(probe.ghl("GET", path).json(), "contact").toObject();
    QCOMPARE(at(after, "dndSettings.Call.status").toString(), text("active"));
    QCOMPARE(after.value(QStringLiteral("customFields")).toArray().size(), 4);
}

void TestSandboxGhlContacts::updateRejectsBadDndSettings() {
    HttpProbe probe = m_sandbox.probe();
    const QString path = QStringLiteral("/contacts/") + at(probe.state(), "ghl.contacts.2.id").toString();
    const QJsonObject before = at(probe.ghl("GET", path).json(), "contact").toObject();

    const HttpResult badChannel =
        probe.ghl("PUT", path, jsonObject(R"({"dndSettings":{"Phone":{"status":"active"}}})"));
    QCOMPARE(badChannel.status, 422);
    QCOMPARE(at(badChannel.json(), "message.0").toString(),
             text("property dndSettings.Phone should not exist"));
    const HttpResult badStatus =
        probe.ghl("PUT", path, jsonObject(R"({"dndSettings":{"Call":{"status":true}}})"));
    QCOMPARE(badStatus.status, 422);
    QVERIFY(at(badStatus.json(), "message.0").toString().contains(text("active, inactive, permanent")));
    const HttpResult badMessage =
        probe.ghl("PUT", path, jsonObject(R"({"dndSettings":{"SMS":{"status":"active","message":5}}})"));
    QCOMPARE(badMessage.status, 422);
    QCOMPARE(at(badMessage.json(), "message.0").toString(), text("dndSettings.SMS.message must be a string"));
    const HttpResult unknownField =
        probe.ghl("PUT", path, jsonObject(R"({"dndSettings":{"Call":{"status":"active"}},
                       "customFields":[{"key":"contact.last_call_mood","field_value":"x"}]})"));
    QCOMPARE(unknownField.status, 400);
    QCOMPARE(at(unknownField.json(), "message").toString(),
             text("Custom field contact.last_call_mood does not exist in this location"));
    // A rejected update changes nothing, not even the parts that were valid.
    QCOMPARE(at(probe.ghl("GET", path).json(), "contact").toObject(), before);
}

void TestSandboxGhlContacts::listPagesToTheEndWithoutGapsOrDuplicates() {
    SandboxFixture sandbox; // untouched by other tests: exactly the seeded contacts
    HttpProbe probe = sandbox.probe();
    QSet<QString> seen;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), sandbox.locationId());
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
    int pages = 0;
    for (;;) {
        const HttpResult page = probe.ghl("GET", QStringLiteral("/contacts/"), {}, query);
        QCOMPARE(page.status, 200);
        QCOMPARE(at(page.json(), "meta.total").toInt(), 60);
        for (const QJsonValue& contact : at(page.json(), "contacts").toArray()) {
            QVERIFY2(!seen.contains(at(contact, "id").toString()), "a contact appeared on two pages");
            seen.insert(at(contact, "id").toString());
        }
        ++pages;
        const QJsonValue next = at(page.json(), "meta.nextPageUrl");
        if (next.isNull())
            break;
        QVERIFY(pages < 20);
        // Follow nextPageUrl exactly as a client would.
        query = QUrlQuery(QUrl(next.toString()));
        QCOMPARE(query.queryItemValue(QStringLiteral("startAfterId")),
                 at(page.json(), "meta.startAfterId").toString());
    }
    QCOMPARE(seen.size(), 60);
    QCOMPARE(pages, 9);
}

void TestSandboxGhlContacts::listRejectsUnknownParametersAndLargeLimits() {
    HttpProbe probe = m_sandbox.probe();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    query.addQueryItem(QStringLiteral("email"), QStringLiteral("a@example.com"));
    const HttpResult unknown = probe.ghl("GET", QStringLiteral("/contacts/"), {}, query);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(at(unknown.json(), "message.0").toString(), text("property email should not exist"));
    query.removeQueryItem(QStringLiteral("email"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("101"));
    QCOMPARE(probe.ghl("GET", QStringLiteral("/contacts/"), {}, query).status, 422);
}

void TestSandboxGhlContacts::searchFiltersAndSorts() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult all =
        probe.ghl("POST", QStringLiteral("/contacts/search"),
                  jsonObject(R"({"locationId":"%1","pageLimit":500})", {m_sandbox.locationId()}));
    QCOMPARE(all.status, 200);
    const int total = at(all.json(), "total").toInt();
    QVERIFY(total >= 60);

    const HttpResult tagged = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                        jsonObject(R"({"locationId":"%1","pageLimit":500,
                                                       "filters":[{"field":"tags","operator":"eq","value":"vip"}]})",
                                                   {m_sandbox.locationId()}));
    QCOMPARE(tagged.status, 200);
    QVERIFY(at(tagged.json(), "total").toInt() > 0);
    QVERIFY(at(tagged.json(), "total").toInt() < total);
    for (const QJsonValue& contact : at(tagged.json(), "contacts").toArray())
        QVERIFY(at(contact, "tags").toArray().contains(text("vip")));

    const HttpResult either =
        probe.ghl("POST", QStringLiteral("/contacts/search"),
                  jsonObject(R"({"locationId":"%1","pageLimit":500,"filters":[{"group":"OR","filters":[
                                            {"field":"tags","operator":"eq","value":"vip"},
                                            {"field":"tags","operator":"eq","value":"hot"}]}]})",
                             {m_sandbox.locationId()}));
    QVERIFY(at(either.json(), "total").toInt() >= at(tagged.json(), "total").toInt());

    const HttpResult noPhone = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                         jsonObject(R"({"locationId":"%1","pageLimit":500,
                                                        "filters":[{"field":"phone","operator":"not_exists"}]})",
                                                    {m_sandbox.locationId()}));
    for (const QJsonValue& contact : at(noPhone.json(), "contacts").toArray())
        QVERIFY(!contact.toObject().contains(QStringLiteral("phone")));

    const HttpResult recent = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                        jsonObject(R"({"locationId":"%1","pageLimit":500,
                                                       "filters":[{"field":"dateAdded","operator":"range","value":{"gte":"2026-01-01T00:00:00Z"}}],
                                                       "sort":[{"field":"dateAdded","direction":"desc"}]})",
                                                   {m_sandbox.locationId()}));
    const QJsonArray recentContacts = at(recent.json(), "contacts").toArray();
    QVERIFY(!recentContacts.isEmpty());
    for (qsizetype i = 1; i < recentContacts.size(); ++i)
        QVERIFY(at(recentContacts[i - 1], "dateAdded").toString() >=
                at(recentContacts[i], "dateAdded").toString());
    QVERIFY(at(recentContacts.last(), "dateAdded").toString() >= text("2026-01-01"));
}

void TestSandboxGhlContacts::searchPagesWithSearchAfterToTheEnd() {
    SandboxFixture sandbox;
    HttpProbe probe = sandbox.probe();
    QSet<QString> seen;
    QJsonObject body = jsonObject(R"({"locationId":"%1","pageLimit":11})", {sandbox.locationId()});
    for (int round = 0; round < 20; ++round) {
        const HttpResult page = probe.ghl("POST", QStringLiteral("/contacts/search"), body);
        QCOMPARE(page.status, 200);
        const QJsonArray contacts = at(page.json(), "contacts").toArray();
        if (contacts.isEmpty())
            break;
        for (const QJsonValue& contact : contacts) {
            QVERIFY(!seen.contains(at(contact, "id").toString()));
            seen.insert(at(contact, "id").toString());
        }
        body[QStringLiteral("searchAfter")] = at(contacts.last(), "searchAfter");
    }
    QCOMPARE(seen.size(), 60);
}

void TestSandboxGhlContacts::searchValidatesItsBody() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult tooLarge =
        probe.ghl("POST", QStringLiteral("/contacts/search"),
                  jsonObject(R"({"locationId":"%1","pageLimit":501})", {m_sandbox.locationId()}));
    QCOMPARE(tooLarge.status, 422);
    const HttpResult noLimit = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                         jsonObject(R"({"locationId":"%1"})", {m_sandbox.locationId()}));
    QCOMPARE(noLimit.status, 422);
    QCOMPARE(at(noLimit.json(), "message.0").toString(), text("pageLimit should not be empty"));
    const HttpResult badField = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                          jsonObject(R"({"locationId":"%1","pageLimit":5,
                                                         "filters":[{"field":"contact_name","operator":"eq","value":"x"}]})",
                                                     {m_sandbox.locationId()}));
    QCOMPARE(badField.status, 400);
    QCOMPARE(at(badField.json(), "message").toString(), text("Invalid field contact_name"));
    const HttpResult deep =
        probe.ghl("POST", QStringLiteral("/contacts/search"),
                  jsonObject(R"({"locationId":"%1","pageLimit":500,"page":21})", {m_sandbox.locationId()}));
    QCOMPARE(deep.status, 400); // page + pageLimit reach 10 000 records at most
}

void TestSandboxGhlContacts::searchUsesItsOwnContactShape() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","firstName":"Shape","address1":"1 Main St",
                                                        "dateOfBirth":"1985-02-03","companyName":"Shape Co"})",
                             {m_sandbox.locationId()}));
    const QString id = at(created.json(), "contact.id").toString();
    const HttpResult found = probe.ghl("POST", QStringLiteral("/contacts/search"),
                                       jsonObject(R"({"locationId":"%1","pageLimit":5,
                                                      "filters":[{"field":"id","operator":"eq","value":"%2"}]})",
                                                  {m_sandbox.locationId(), id}));
    const QJsonValue contact = at(found.json(), "contacts.0");
    QCOMPARE(at(contact, "address").toString(), text("1 Main St"));
    QVERIFY(!contact.toObject().contains(QStringLiteral("address1")));
    QVERIFY(at(contact, "dateOfBirth").isDouble()); // epoch ms on search, ISO string on GET
    QCOMPARE(static_cast<qint64>(at(contact, "dateOfBirth").toDouble()), Q_INT64_C(476236800000));
    QCOMPARE(at(contact, "businessName").toString(), text("Shape Co"));
    QCOMPARE(at(contact, "searchAfter.1").toString(), id);
}

void TestSandboxGhlContacts::duplicateSearchFindsByEmailThenPhone() {
    HttpProbe probe = m_sandbox.probe();
    const HttpResult created =
        probe.ghl("POST", QStringLiteral("/contacts/"),
                  jsonObject(R"({"locationId":"%1","email":"twin@example.com","phone":"+33612345678"})",
                             {m_sandbox.locationId()}));
    QCOMPARE(created.status, 201);
    const QString id = at(created.json(), "contact.id").toString();
    QUrlQuery byPhone;
    byPhone.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    byPhone.addQueryItem(QStringLiteral("number"), QStringLiteral("%2B33612345678"));
    const HttpResult phone = probe.ghl("GET", QStringLiteral("/contacts/search/duplicate"), {}, byPhone);
    QCOMPARE(phone.status, 200);
    QCOMPARE(at(phone.json(), "contact.id").toString(), id);
    QUrlQuery byEmail;
    byEmail.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    byEmail.addQueryItem(QStringLiteral("email"), QStringLiteral("TWIN@example.com"));
    QCOMPARE(
        at(probe.ghl("GET", QStringLiteral("/contacts/search/duplicate"), {}, byEmail).json(), "contact.id")
            .toString(),
        id);
    QUrlQuery none;
    none.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    none.addQueryItem(QStringLiteral("email"), QStringLiteral("nobody.at.all@example.com"));
    const HttpResult missing = probe.ghl("GET", QStringLiteral("/contacts/search/duplicate"), {}, none);
    QCOMPARE(missing.status, 200);
    QVERIFY(at(missing.json(), "contact").isNull());
}

void TestSandboxGhlContacts::businessContactsPageWithSkip() {
    HttpProbe probe = m_sandbox.probe();
    const QJsonArray contacts = at(probe.state(), "ghl.contacts").toArray();
    QString businessId;
    int expected = 0;
    for (const QJsonValue& contact : contacts) {
        const QString id = at(contact, "businessId").toString();
        if (!id.isEmpty() && (businessId.isEmpty() || id == businessId)) {
            businessId = id;
            ++expected;
        }
    }
    QVERIFY(!businessId.isEmpty());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/business/") + businessId, {}, query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(at(reply.json(), "count").toInt(), expected);
    query.addQueryItem(QStringLiteral("skip"), QStringLiteral("1"));
    QCOMPARE(
        at(probe.ghl("GET", QStringLiteral("/contacts/business/") + businessId, {}, query).json(), "contacts")
            .toArray()
            .size(),
        expected - 1);
}

FIELDLINK_TEST_MAIN(TestSandboxGhlContacts, QCoreApplication)
#include "TestSandboxGhlContacts.moc"
